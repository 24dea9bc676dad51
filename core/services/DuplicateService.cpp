#include "DuplicateService.h"

#include "Access.h"
#include "AuditService.h"
#include "store/PersonMergeRepository.h"

namespace hub::services {

Result<QVector<domain::PersonMatchCandidate>>
DuplicateService::candidates(const domain::Actor &actor)
{
    if (auto s = security::check(actor, security::Action::FindDuplicates); !s.ok())
        return s.error();
    // The people the actor may open, by the one rule of Permissions (services/Access.h).
    const auto reader = viewablePeople(actor);
    auto people = store::PersonMergeRepository(m_ctx.db).candidates(reader);
    if (!people.ok())
        return people.error();
    // Names of many people at once: the trail says who listed them, and how many.
    if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("person.duplicates"),
                                            QStringLiteral("person"), QString(), QString(),
                                            QStringLiteral("people=%1").arg(people->size()));
        !s.ok())
        return s.error();
    return people;
}

domain::DuplicateFinder::Outcome
DuplicateService::find(const QVector<domain::PersonMatchCandidate> &people,
                       const std::function<void(int, int)> &progress,
                       const std::atomic_bool *cancel)
{
    return domain::DuplicateFinder::find(people, domain::DuplicateFinder::kThreshold, progress,
                                         cancel);
}

Result<domain::DuplicateFinder::Outcome>
DuplicateService::run(const domain::Actor &actor, const std::function<void(int, int)> &progress,
                      const std::atomic_bool *cancel)
{
    auto people = candidates(actor);
    if (!people.ok())
        return people.error();
    return find(people.value(), progress, cancel);
}

} // namespace hub::services
