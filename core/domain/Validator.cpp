#include "Validator.h"

#include "PhoneNumber.h"
#include "Postcode.h"
#include "util/Ids.h"

#include <QRegularExpression>

namespace hub::domain {

namespace {
constexpr int kNameMax = 200;
constexpr int kShortMax = 400;
constexpr int kLongMax = 100000;
} // namespace

Status Validator::id(const QString &field, const QString &value, bool required) const
{
    if (value.isEmpty())
        return required ? Error::invalid(field, tr("is required")) : Status{};
    if (!util::isValidId(value))
        return Error::invalid(field, tr("'%1' is not a lower-case UUID").arg(value.left(60)));
    return {};
}

Status Validator::code(const QString &field, const QString &list, const QString &value) const
{
    if (value.isEmpty())
        return Error::invalid(field, tr("is required"));
    if (!m_codes.has(list, value))
        return Error::invalid(field, tr("unknown code '%1'").arg(value.left(60)));
    return {};
}

Status Validator::text(const QString &field, const QString &value, bool required,
                       int maxLength) const
{
    if (required && value.trimmed().isEmpty())
        return Error::invalid(field, tr("must not be empty"));
    if (value.size() > maxLength)
        return Error::invalid(field, tr("is longer than %1 characters").arg(maxLength));
    if (value.contains(QChar(0)))
        return Error::invalid(field, tr("contains a NUL character"));
    return {};
}

Status Validator::time(const QString &field, const QDateTime &value) const
{
    if (!value.isValid())
        return Error::invalid(field, tr("is required"));
    return {};
}

#define HUB_CHECK(expr)                                                                            \
    do {                                                                                           \
        if (auto s_ = (expr); !s_.ok())                                                            \
            return s_;                                                                             \
    } while (false)

Status Validator::team(const Team &t) const
{
    HUB_CHECK(id(QStringLiteral("id"), t.id));
    HUB_CHECK(text(QStringLiteral("name"), t.name, true, kNameMax));
    return {};
}

Status Validator::user(const User &u) const
{
    HUB_CHECK(id(QStringLiteral("id"), u.id));
    HUB_CHECK(text(QStringLiteral("username"), u.username, true, 64));
    if (u.username.contains(QLatin1Char(' ')))
        return Error::invalid(QStringLiteral("username"), tr("must not contain spaces"));
    HUB_CHECK(text(QStringLiteral("display_name"), u.displayName, true, kNameMax));
    HUB_CHECK(code(QStringLiteral("role"), QStringLiteral("role"), u.role));
    HUB_CHECK(id(QStringLiteral("team_id"), u.teamId, false));
    return {};
}

Status Validator::person(const Person &p) const
{
    HUB_CHECK(id(QStringLiteral("id"), p.id));
    HUB_CHECK(text(QStringLiteral("given_name"), p.givenName, true, kNameMax));
    HUB_CHECK(text(QStringLiteral("family_name"), p.familyName, true, kNameMax));
    if (p.dateOfBirth.isValid()) {
        if (p.dateOfBirth > m_today)
            return Error::invalid(QStringLiteral("date_of_birth"), tr("is in the future"));
        if (p.dateOfBirth.year() < 1900)
            return Error::invalid(QStringLiteral("date_of_birth"), tr("is before 1900"));
    }
    HUB_CHECK(code(QStringLiteral("gender"), QStringLiteral("gender"), p.gender));
    HUB_CHECK(code(QStringLiteral("ethnic_group"), QStringLiteral("ethnic_group"), p.ethnicGroup));
    HUB_CHECK(code(QStringLiteral("disability"), QStringLiteral("disability"), p.disability));
    static const QRegularExpression bcp47(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    if (!bcp47.match(p.firstLanguage).hasMatch())
        return Error::invalid(
            QStringLiteral("first_language"),
            tr("'%1' is not a BCP 47 language tag").arg(p.firstLanguage.left(40)));
    HUB_CHECK(text(QStringLiteral("phone"), p.phone, false, 40));
    HUB_CHECK(PhoneNumber::check(QStringLiteral("phone"), p.phone));
    HUB_CHECK(text(QStringLiteral("email"), p.email, false, kNameMax));
    if (!p.email.isEmpty() && !p.email.contains(QLatin1Char('@')))
        return Error::invalid(QStringLiteral("email"), tr("is not an email address"));
    HUB_CHECK(text(QStringLiteral("address"), p.address, false, kShortMax));
    HUB_CHECK(text(QStringLiteral("postcode"), p.postcode, false, 12));
    if (!p.postcode.isEmpty() && p.postcode != QLatin1String(kNoFixedAbode) &&
        !isUkPostcode(p.postcode))
        return Error::invalid(QStringLiteral("postcode"),
                              tr("'%1' is not a UK postcode (for example PE1 1XX); if there is "
                                 "none, choose \"No fixed abode / overseas\"")
                                  .arg(p.postcode.left(12)));
    HUB_CHECK(code(QStringLiteral("safe_voicemail"), QStringLiteral("contact_safety"),
                   safetyCode(p.safeVoicemail)));
    HUB_CHECK(code(QStringLiteral("safe_letters"), QStringLiteral("contact_safety"),
                   safetyCode(p.safeLetters)));
    HUB_CHECK(code(QStringLiteral("safe_text"), QStringLiteral("contact_safety"),
                   safetyCode(p.safeText)));
    HUB_CHECK(text(QStringLiteral("contact_notes"), p.contactNotes, false, kLongMax));
    HUB_CHECK(time(QStringLiteral("created_at"), p.createdAt));
    return {};
}

Status Validator::referral(const Referral &r) const
{
    HUB_CHECK(id(QStringLiteral("id"), r.id));
    HUB_CHECK(id(QStringLiteral("person_id"), r.personId));
    HUB_CHECK(time(QStringLiteral("received_at"), r.receivedAt));
    HUB_CHECK(code(QStringLiteral("source"), QStringLiteral("source"), r.source));
    HUB_CHECK(text(QStringLiteral("crime_reference"), r.crimeReference, false, 40));
    HUB_CHECK(
        code(QStringLiteral("offence_group"), QStringLiteral("offence_group"), r.offenceGroup));
    for (const auto &f : r.flags)
        HUB_CHECK(code(QStringLiteral("flags"), QStringLiteral("flag"), f));
    if (QStringList unique = r.flags; unique.removeDuplicates() > 0)
        return Error::invalid(QStringLiteral("flags"), tr("lists a flag twice"));
    if (!r.enhancedReason.isEmpty()) {
        HUB_CHECK(code(QStringLiteral("enhanced_reason"), QStringLiteral("enhanced_reason"),
                       r.enhancedReason));
        if (!r.enhanced)
            return Error::invalid(QStringLiteral("enhanced_reason"),
                                  tr("is set but the referral is not enhanced"));
    }
    HUB_CHECK(code(QStringLiteral("status"), QStringLiteral("referral_status"), r.status));
    HUB_CHECK(id(QStringLiteral("assigned_to"), r.assignedTo, false));
    // A police file's own ids (docs/REFERRAL_IMPORT.md).
    HUB_CHECK(text(QStringLiteral("force_referral_id"), r.forceReferralId, false, 64));
    HUB_CHECK(text(QStringLiteral("force_person_id"), r.forcePersonId, false, 64));
    return {};
}

Status Validator::episode(const Episode &e) const
{
    HUB_CHECK(id(QStringLiteral("id"), e.id));
    HUB_CHECK(id(QStringLiteral("person_id"), e.personId));
    for (const auto &r : e.referralIds)
        HUB_CHECK(id(QStringLiteral("referral_ids"), r));
    HUB_CHECK(id(QStringLiteral("caseworker_id"), e.caseworkerId));
    HUB_CHECK(time(QStringLiteral("opened_at"), e.openedAt));
    HUB_CHECK(code(QStringLiteral("status"), QStringLiteral("episode_status"), e.status));
    const bool closed = e.status == QLatin1String("closed");
    if (closed && !e.closedAt.isValid())
        return Error::invalid(QStringLiteral("closed_at"),
                              tr("is required when the episode is closed"));
    if (!closed && e.closedAt.isValid())
        return Error::invalid(QStringLiteral("closed_at"),
                              tr("is set but the episode is not closed"));
    if (closed && e.closedAt < e.openedAt)
        return Error::invalid(QStringLiteral("closed_at"), tr("is before opened_at"));
    if (!e.closureReason.isEmpty())
        HUB_CHECK(code(QStringLiteral("closure_reason"), QStringLiteral("closure_reason"),
                       e.closureReason));
    HUB_CHECK(id(QStringLiteral("closure_approved_by"), e.closureApprovedBy, false));
    for (auto it = e.needs.begin(); it != e.needs.end(); ++it) {
        HUB_CHECK(code(QStringLiteral("needs"), QStringLiteral("need_area"), it.key()));
        HUB_CHECK(code(QStringLiteral("needs"), QStringLiteral("need_level"), it.value()));
    }
    for (auto it = e.outcomes.begin(); it != e.outcomes.end(); ++it) {
        HUB_CHECK(code(QStringLiteral("outcomes"), QStringLiteral("outcome_measure"), it.key()));
        HUB_CHECK(code(QStringLiteral("outcomes"), QStringLiteral("outcome_result"), it.value()));
    }
    return {};
}

Status Validator::onwardReferral(const OnwardReferral &o) const
{
    HUB_CHECK(id(QStringLiteral("id"), o.id));
    HUB_CHECK(id(QStringLiteral("episode_id"), o.episodeId));
    HUB_CHECK(code(QStringLiteral("agency"), QStringLiteral("agency"), o.agency));
    HUB_CHECK(time(QStringLiteral("referred_at"), o.referredAt));
    return {};
}

Status Validator::contact(const Contact &c) const
{
    HUB_CHECK(id(QStringLiteral("id"), c.id));
    HUB_CHECK(id(QStringLiteral("person_id"), c.personId));
    HUB_CHECK(id(QStringLiteral("referral_id"), c.referralId, false));
    HUB_CHECK(id(QStringLiteral("episode_id"), c.episodeId, false));
    HUB_CHECK(time(QStringLiteral("at"), c.at));
    HUB_CHECK(code(QStringLiteral("direction"), QStringLiteral("direction"), c.direction));
    HUB_CHECK(code(QStringLiteral("channel"), QStringLiteral("channel"), c.channel));
    HUB_CHECK(code(QStringLiteral("outcome"), QStringLiteral("contact_outcome"), c.outcome));
    if (c.durationMinutes < 0)
        return Error::invalid(QStringLiteral("duration_minutes"), tr("must be 0 or more"));
    if (c.durationMinutes > 24 * 60)
        return Error::invalid(QStringLiteral("duration_minutes"), tr("is longer than a day"));
    HUB_CHECK(text(QStringLiteral("summary"), c.summary, false, kLongMax));
    HUB_CHECK(id(QStringLiteral("recorded_by"), c.recordedBy));
    HUB_CHECK(time(QStringLiteral("recorded_at"), c.recordedAt));
    HUB_CHECK(id(QStringLiteral("amends"), c.amends, false));
    if (c.amends == c.id)
        return Error::invalid(QStringLiteral("amends"), tr("a contact cannot amend itself"));
    return {};
}

Status Validator::task(const Task &t) const
{
    HUB_CHECK(id(QStringLiteral("id"), t.id));
    HUB_CHECK(id(QStringLiteral("person_id"), t.personId, false));
    HUB_CHECK(id(QStringLiteral("episode_id"), t.episodeId, false));
    HUB_CHECK(text(QStringLiteral("title"), t.title, true, kShortMax));
    if (!t.dueOn.isValid())
        return Error::invalid(QStringLiteral("due_on"), tr("is required"));
    HUB_CHECK(id(QStringLiteral("owner_id"), t.ownerId));
    return {};
}

#undef HUB_CHECK

Status Validator::referralTransition(const QString &from, const QString &to)
{
    static const QHash<QString, QStringList> allowed{
        {QStringLiteral("new"),
         {QStringLiteral("contact_attempted"), QStringLiteral("accepted"),
          QStringLiteral("declined"), QStringLiteral("no_contact")}},
        {QStringLiteral("contact_attempted"),
         {QStringLiteral("accepted"), QStringLiteral("declined"), QStringLiteral("no_contact")}},
        {QStringLiteral("accepted"), {QStringLiteral("closed")}},
    };
    if (allowed.value(from).contains(to))
        return {};
    const auto &codes = ReferenceData::builtin();
    return Error::invalid(
        QStringLiteral("status"),
        QCoreApplication::translate("ReferralService", "a referral that is '%1' cannot become '%2'")
            .arg(codes.label(QStringLiteral("referral_status"), from),
                 codes.label(QStringLiteral("referral_status"), to)));
}

} // namespace hub::domain
