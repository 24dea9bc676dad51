#include "ImportMigration.h"

#include <QJsonValue>

namespace hub::sync {

QVector<RecordKind> hubKindsAddedBySchema7()
{
    RecordKind profile;
    profile.table = QStringLiteral("referral_profile");
    profile.key = {QStringLiteral("name")};
    return {profile};
}

const QVector<FieldRule> &fieldRulesAddedByHubSchema7()
{
    static const QVector<FieldRule> rules{
        {"referral_profile", "name", "text", nullptr, 100, true},
        {"referral_profile", "source", "code", "source", 0, true},
        {"referral_profile", "body", "text", nullptr, 100000, true},
        {"referral_profile", "updated_at", "time", nullptr, 0, true},
        {"referral_profile", "updated_by", "id", nullptr, 0, false},
        {"referral", "force_referral_id", "text", nullptr, 64, false},
        {"referral", "force_person_id", "text", nullptr, 64, false},
    };
    return rules;
}

const QVector<ScrubField> &scrubFieldsOfHubSchema7()
{
    static const QVector<ScrubField> fields = [] {
        auto out = scrubFieldsOfHubSchema6();
        const QJsonValue null(QJsonValue::Null);
        out.push_back({"referral", "force_referral_id", null});
        out.push_back({"referral", "force_person_id", null});
        return out;
    }();
    return fields;
}

QString hubPushRowsOfSchema7(const QString &quotedSchema)
{
    // Reference kinds are written by administrators' logins only; mapping profiles are
    // also supervisors' (security::Action::ManageReferralProfiles).
    const QString admins = QStringLiteral("ok := me.app_role = 'admin' OR");
    auto push = hubPushRowsOfSchema3(quotedSchema);
    if (push.count(admins) != 1)
        return {};
    return push.replace(admins, QStringLiteral("ok := me.app_role = 'admin' OR (k = "
                                               "'referral_profile' AND me.app_role = "
                                               "'supervisor') OR"));
}

QStringList hubImportMigration(bool pg, const QString &quotedSchema)
{
    if (!pg)
        return {};
    QStringList out;
    // A reference kind (no person): key "name", no person or via field, not append-only.
    // The same statements as every step writes (HubTrust's kindInsert and ruleInsert), with
    // the ON CONFLICT this step has always had: byte for byte what it ran when it shipped
    // (tst_recordschema, hubSchema7StatementsAreUnchanged).
    for (const auto &k : hubKindsAddedBySchema7())
        out << kindInsert(k) + QStringLiteral(" ON CONFLICT (kind) DO NOTHING");
    for (const auto &r : fieldRulesAddedByHubSchema7())
        out << ruleInsert(r) + QStringLiteral(" ON CONFLICT (kind, field) DO NOTHING");
    out << hubEraseStatement(quotedSchema, scrubFieldsOfHubSchema7());
    const auto push = hubPushRowsOfSchema7(quotedSchema);
    if (push.isEmpty())
        return {QStringLiteral("SELECT hub_schema_7_cannot_find_hub_push_rows()")};
    out << push;
    return out;
}

} // namespace hub::sync
