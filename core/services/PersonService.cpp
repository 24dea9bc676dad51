#include "PersonService.h"

#include "domain/Validator.h"
#include "store/Repositories.h"
#include "store/Transaction.h"

namespace hub::services {

Result<domain::Person> PersonService::update(const domain::Actor &actor, domain::Person edited)
{
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    store::PersonRepository people(m_ctx.db);
    auto stored = people.get(edited.id);
    if (!stored.ok())
        return ServiceErrors::notFound(tr("Person"), edited.id);

    // Trimmed here so that "  " is an empty name, not a name of spaces.
    edited.givenName = edited.givenName.trimmed();
    edited.familyName = edited.familyName.trimmed();
    edited.phone = edited.phone.trimmed();
    edited.email = edited.email.trimmed();
    edited.postcode = edited.postcode.trimmed().toUpper();
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
    if (auto s = people.update(edited); !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    m_ctx.notifier.notify(ChangeNotifier::Kind::Person, edited.id, edited.id);
    return edited;
}

} // namespace hub::services
