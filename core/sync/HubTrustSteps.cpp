// The hub's trust steps that came after schema 3 and changed hub_push_rows further
// (docs/SYNC.md): schema 9's merged people and schema 10's teams and code lists. Each is a
// frozen step; HubTrust.cpp holds the rules and functions they build on.
#include "HubTrust.h"

#include "HubSchema.h"
#include "ImportMigration.h"
#include "RecordKinds.h"

namespace hub::sync {

const QVector<FieldRule> &fieldRulesAddedByHubSchema9()
{
    static const QVector<FieldRule> rules{
        {"person_merge", "id", "id", nullptr, 0, true},
        {"person_merge", "person_id", "id", nullptr, 0, true},
        {"person_merge", "other_id", "id", nullptr, 0, true},
        {"person_merge", "reason", "text", nullptr, 400, true},
        {"person_merge", "merged_by", "id", nullptr, 0, true},
        {"person_merge", "merged_at", "time", nullptr, 0, true},
    };
    return rules;
}

// hub_push_rows as hub schema 9 made it (frozen): schema 7's with the merges' checks.
QString hubPushRowsOfSchema9(const QString &quotedSchema)
{
    // Only a supervisor's desk merges people, or changes which record a person was merged
    // into; a record moves to another person only when a merge of the two lists it (its
    // undoing moves it back: the merge record stays on the hub, deleted).
    const auto before =
        QStringLiteral("        ELSIF p IS DISTINCT FROM dp OR (p IS NULL AND NOT (k = 'task' AND");
    const auto checks =
        QStringLiteral(R"(        ELSIF (k = 'person_merge' OR (k = 'person' AND found_ AND
                coalesce(d->>'merged_into', '') <>
                coalesce(CAST(cur.data AS jsonb)->>'merged_into', ''))) AND
                me.app_role <> 'supervisor' THEN
            ok := false; -- only a supervisor's desk merges people
        ELSIF found_ AND p IS NOT NULL AND dp IS NOT NULL AND p <> dp AND
                me.app_role = 'supervisor' AND k IN ('referral', 'episode', 'task') AND
                EXISTS (SELECT 1 FROM hub_record m WHERE m.kind = 'person_merge' AND
                    ((CAST(m.data AS jsonb)->>'person_id' = dp AND
                      CAST(m.data AS jsonb)->>'other_id' = p) OR
                     (CAST(m.data AS jsonb)->>'person_id' = p AND
                      CAST(m.data AS jsonb)->>'other_id' = dp)) AND
                    CAST(coalesce(CAST(m.data AS jsonb)->>'moved', '{}') AS jsonb)->k ? i)
        THEN
            ok := true; -- moved by a merge that lists it, or moved back
)");
    auto push = hubPushRowsOfSchema7(quotedSchema);
    if (!push.contains(before)) // schema 7's function is not what this step was written for
        return {};
    return push.replace(before, checks + before);
}

// Hub schema 9, after the referral import's 7 (whose hub_push_rows it changes further) and
// the desk logins' 8.
QStringList hubMergeMigration(bool postgres, const QString &quotedSchema)
{
    if (!postgres)
        return {}; // a SQLite-file hub keeps any kind and checks no role
    QStringList out;
    for (const auto &k : hubKindsAddedBySchema9())
        out << kindInsert(k);
    for (const auto &r : fieldRulesAddedByHubSchema9())
        out << ruleInsert(r);
    const auto push = hubPushRowsOfSchema9(quotedSchema);
    if (push.isEmpty())
        return {QStringLiteral("SELECT hub_schema_9_cannot_find_hub_push_rows()")};
    out << push;
    out << hubEraseStatement(quotedSchema, scrubFieldsOfHubSchema9());
    return out;
}

const QVector<FieldRule> &fieldRulesAddedByHubSchema10()
{
    static const QVector<FieldRule> rules{
        {"ref_code", "list", "text", nullptr, 64, true},
        {"ref_code", "code", "text", nullptr, 64, true},
        {"ref_code", "label", "text", nullptr, 200, true},
    };
    return rules;
}

// Hub schema 10 (docs/SYNC.md "Teams and code lists (hub schema 10)"), after the merges'
// 9: the code lists' rules, and teams and codes retired, never deleted.
QStringList hubCodeListMigration(bool postgres, const QString &quotedSchema)
{
    if (!postgres)
        return {}; // a SQLite-file hub checks no role
    QStringList out;
    for (const auto &r : fieldRulesAddedByHubSchema10())
        out << ruleInsert(r);
    // Teams and codes are still administrators' to write. A row sent back as the hub holds
    // it is still no write, now whatever empty fields (a team's retired_at) a desk of
    // local schema 15 sends with it; and no login but the hub's owner deletes a team or a
    // code: records keep naming them (a team or a code is retired instead).
    const auto same =
        QStringLiteral("(found_ AND cur.deleted = del AND CAST(cur.data AS jsonb) = d);\n");
    const auto kept = QStringLiteral(
        "(found_ AND cur.deleted = del AND\n"
        "                   jsonb_strip_nulls(CAST(cur.data AS jsonb)) = jsonb_strip_nulls(d));\n"
        "            IF ok AND del = 1 AND k IN ('team', 'ref_code') AND\n"
        "                    NOT (found_ AND cur.deleted = 1) THEN\n"
        "                ok := false; -- retired, never deleted\n"
        "            END IF;\n");
    auto push = hubPushRowsOfSchema9(quotedSchema);
    if (push.count(same) != 1)
        return {QStringLiteral("SELECT hub_schema_10_cannot_find_hub_push_rows()")};
    out << push.replace(same, kept);
    return out;
}

} // namespace hub::sync
