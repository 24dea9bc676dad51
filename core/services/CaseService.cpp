#include "CaseService.h"

#include "Access.h"
#include "AuditService.h"
#include "store/PersonQueries.h"
#include "store/Repositories.h"
#include "util/Ids.h"

#include <algorithm>

namespace hub::services {

CaseService::CaseService(store::Database &db, QObject *parent)
    : CaseService(db, util::Clock::system(), parent)
{
}

CaseService::CaseService(store::Database &db, const util::Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock)
{
}

Result<QVector<domain::PersonSummary>> CaseService::search(const domain::Actor &actor,
                                                           const QString &text, int limit)
{
    if (auto s = security::check(actor, security::Action::ViewPerson); !s.ok())
        return s.error();
    // A person is found only by those who may open their file (not another team's
    // caseworkers, nor anyone but their holders and supervisors for a restricted person):
    // a name found is a name known.
    return store::PersonQueries(m_db).search(text, qBound(1, limit, 1000), viewablePeople(actor));
}

int CaseService::caseloadCount(const domain::Actor &actor)
{
    if (!security::Permissions::allows(actor.role, security::Action::ViewPerson))
        return 0;
    return store::PersonQueries(m_db).caseloadCount();
}

Result<QVector<domain::PersonSummary>> CaseService::caseloadPage(const domain::Actor &actor,
                                                                 domain::CaseloadSort sort,
                                                                 Qt::SortOrder order, int offset,
                                                                 int limit)
{
    if (auto s = security::check(actor, security::Action::ViewPerson); !s.ok())
        return s.error();
    auto page =
        store::PersonQueries(m_db).caseloadPage(sort, order, offset, limit, viewablePeople(actor));
    if (!page.ok())
        return page;
    // The list keeps its rows (so paging and the count stay true), but a person the actor
    // may not open (restricted, or another team's) shows no name, contact details or
    // crime: only that a restricted record, or another team's, is there.
    for (auto &p : page.value()) {
        if (!p.hidden)
            continue;
        const QString id = p.id;
        const bool restricted = p.restricted;
        p = domain::PersonSummary{};
        p.id = id;
        p.hidden = true;
        p.restricted = restricted;
        p.familyName = hiddenPersonLabel(actor, restricted);
    }
    return page;
}

Result<domain::PersonFile> CaseService::openPerson(const domain::Actor &actor,
                                                   const QString &personId)
{
    if (!util::isValidId(personId))
        return Error::invalid(QStringLiteral("id"),
                              QStringLiteral("'%1' is not a person id").arg(personId.left(60)));
    if (auto s = checkPerson(m_db, actor, security::Action::ViewPerson, personId); !s.ok())
        return s.error();
    auto person = store::PersonRepository(m_db).get(personId);
    if (!person.ok())
        return person.error();
    // Every view of a person is audited (PRODUCT.md "Need to know"); no event, no file.
    if (auto s = AuditService(m_db, m_clock)
                     .record(actor, QStringLiteral("person.view"), QStringLiteral("person"),
                             personId, personId);
        !s.ok())
        return s.error();
    domain::PersonFile file;
    file.person = person.value();
    file.referrals = store::ReferralRepository(m_db).forPerson(personId);
    store::EpisodeRepository episodes(m_db);
    file.episodes = episodes.forPerson(personId);
    for (const auto &e : file.episodes)
        file.onwardReferrals += episodes.onwardForEpisode(e.id);
    file.contacts = store::ContactRepository(m_db).forPerson(personId);
    file.tasks = store::TaskRepository(m_db).forPerson(personId);

    store::UserRepository users(m_db);
    auto remember = [&](const QString &id) {
        if (id.isEmpty() || file.userNames.contains(id))
            return;
        auto u = users.get(id);
        file.userNames.insert(id, u.ok() ? u->displayName : id);
    };
    for (const auto &r : file.referrals)
        remember(r.assignedTo);
    for (const auto &e : file.episodes) {
        remember(e.caseworkerId);
        remember(e.closureApprovedBy);
    }
    for (const auto &c : file.contacts)
        remember(c.recordedBy);
    for (const auto &t : file.tasks)
        remember(t.ownerId);
    return file;
}

} // namespace hub::services
