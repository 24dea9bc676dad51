#include "PersonService.h"

#include "Access.h"
#include "AuditService.h"
#include "domain/Postcode.h"
#include "domain/Validator.h"
#include "store/Repositories.h"
#include "store/Transaction.h"

namespace hub::services {

namespace {
// The archive names of the fields that differ: the audit says what changed, not to what.
QString changedFields(const domain::Person &a, const domain::Person &b)
{
    QStringList out;
    auto check = [&out](bool differs, const char *name) {
        if (differs)
            out << QString::fromLatin1(name);
    };
    check(a.givenName != b.givenName, "given_name");
    check(a.familyName != b.familyName, "family_name");
    check(a.dateOfBirth != b.dateOfBirth, "date_of_birth");
    check(a.gender != b.gender, "gender");
    check(a.ethnicGroup != b.ethnicGroup, "ethnic_group");
    check(a.disability != b.disability, "disability");
    check(a.firstLanguage != b.firstLanguage, "first_language");
    check(a.interpreterNeeded != b.interpreterNeeded, "interpreter_needed");
    check(a.phone != b.phone, "phone");
    check(a.email != b.email, "email");
    check(a.address != b.address, "address");
    check(a.postcode != b.postcode, "postcode");
    check(a.safeVoicemail != b.safeVoicemail, "safe_voicemail");
    check(a.safeLetters != b.safeLetters, "safe_letters");
    check(a.safeText != b.safeText, "safe_text");
    check(a.contactNotes != b.contactNotes, "contact_notes");
    check(a.restricted != b.restricted, "restricted");
    check(a.safeTimes != b.safeTimes, "safe_times");
    return out.join(QLatin1Char(' '));
}
} // namespace

QString PersonService::safetyAnswers(const domain::Person &before, const domain::Person &after)
{
    QStringList out;
    auto add = [&out](domain::ContactSafety a, domain::ContactSafety b, const char *field) {
        if (a != b)
            out << QString::fromLatin1(field) + QLatin1Char('=') + domain::safetyCode(b);
    };
    add(before.safeVoicemail, after.safeVoicemail, "safe_voicemail");
    add(before.safeLetters, after.safeLetters, "safe_letters");
    add(before.safeText, after.safeText, "safe_text");
    return out.join(QLatin1Char(' '));
}

Result<domain::Person> PersonService::update(const domain::Actor &actor, domain::Person edited)
{
    if (auto s = security::check(actor, security::Action::EditPerson); !s.ok())
        return s.error();
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    if (!store::PersonRepository(m_ctx.db).exists(edited.id))
        return ServiceErrors::notFound(tr("Person"), edited.id);
    if (auto s = refuseMerged(m_ctx.db, actor, security::Action::EditPerson, edited.id); !s.ok())
        return s.error();
    if (auto s = checkPerson(m_ctx.db, actor, security::Action::EditPerson, edited.id); !s.ok())
        return s.error();
    store::PersonRepository people(m_ctx.db);
    auto stored = people.get(edited.id);
    if (!stored.ok())
        return ServiceErrors::notFound(tr("Person"), edited.id);

    // Trimmed here so that "  " is an empty name, not a name of spaces.
    edited.givenName = edited.givenName.trimmed();
    edited.familyName = edited.familyName.trimmed();
    edited.phone = edited.phone.trimmed();
    edited.email = edited.email.trimmed();
    edited.postcode = domain::normalisePostcode(edited.postcode);
    edited.safeTimes = edited.safeTimes.trimmed();
    edited.createdAt = stored->createdAt; // when the hub first recorded them never changes

    const domain::Validator validator(m_ctx.codes, m_ctx.today());
    if (auto s = validator.person(edited); !s.ok())
        return s.error();
    // Safe contact times are free text shown in the header badge: kept short enough to read.
    constexpr int kSafeTimesMax = 200;
    if (edited.safeTimes.size() > kSafeTimesMax)
        return Error::invalid(QStringLiteral("safe_times"),
                              tr("is longer than %1 characters").arg(kSafeTimesMax));
    if (edited == stored.value())
        return edited;

    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = people.update(edited); !s.ok())
        return s.error();
    if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("person.update"),
                                            QStringLiteral("person"), edited.id, edited.id,
                                            changedFields(stored.value(), edited));
        !s.ok())
        return s.error();
    if (const auto answers = safetyAnswers(stored.value(), edited); !answers.isEmpty()) {
        if (auto s =
                AuditService(m_ctx).record(actor, QStringLiteral("person.contact_safety"),
                                           QStringLiteral("person"), edited.id, edited.id, answers);
            !s.ok())
            return s.error();
    }
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    m_ctx.notifier.notify(ChangeNotifier::Kind::Person, edited.id, edited.id);
    return edited;
}

} // namespace hub::services
