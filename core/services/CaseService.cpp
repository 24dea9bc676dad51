#include "CaseService.h"

#include "Access.h"
#include "AuditService.h"
#include "store/PersonQueries.h"
#include "store/Repositories.h"
#include "util/Ids.h"

#include <QSet>

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
                                                           const QString &text, int limit,
                                                           security::Action action)
{
    if (auto s = security::check(actor, action); !s.ok())
        return s.error();
    limit = qBound(1, limit, 1000);
    // A person is found only by those who may do `action` for them (open their file, for
    // the search box; log a contact, for that picker): not another team's caseworkers, nor
    // anyone but their holders and supervisors for a restricted person. A name found is a
    // name known, and a picker never offers a person that the next step would refuse.
    const store::PersonFilter reader(security::Permissions::reach(actor, action));
    store::PersonQueries queries(m_db);
    QVector<domain::PersonSummary> rows;
    // The searcher's own work first (their caseload, then their team's), even when newer
    // people would fill the limit.
    if (!actor.userId.isEmpty()) {
        auto own = queries.search(text, limit, reader, actor.userId, actor.teamId);
        if (!own.ok())
            return own;
        rows = std::move(own).value();
    }
    if (rows.size() < limit) {
        auto all = queries.search(text, limit, reader);
        if (!all.ok())
            return all;
        QSet<QString> seen;
        for (const auto &p : rows)
            seen.insert(p.id);
        for (auto &p : all.value())
            if (rows.size() < limit && !seen.contains(p.id))
                rows.push_back(std::move(p));
    }
    markCloseness(actor, rows);
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return int(a.closeness) < int(b.closeness);
    });
    return rows;
}

void CaseService::markCloseness(const domain::Actor &actor, QVector<domain::PersonSummary> &rows)
{
    using Closeness = domain::PersonSummary::Closeness;
    QHash<QString, QString> teamNames;
    for (const auto &team : store::TeamRepository(m_db).all())
        teamNames.insert(team.id, team.name);
    for (auto &p : rows) {
        // Who holds the person's work: the scope the permission rule reads (personScope).
        const auto scope = personScope(m_db, p.id);
        p.holderTeams.clear();
        if (!actor.userId.isEmpty() && scope.holders.contains(actor.userId)) {
            p.closeness = Closeness::Mine;
        } else if (!actor.teamId.isEmpty() && scope.teams.contains(actor.teamId)) {
            p.closeness = Closeness::MyTeam;
        } else if (scope.holders.isEmpty()) {
            p.closeness = Closeness::Unassigned;
        } else {
            p.closeness = Closeness::OtherTeam;
            for (const auto &team : scope.teams)
                p.holderTeams << teamNames.value(team, tr("no team"));
        }
    }
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
    // A merged record (a tombstone) opens as the record it was merged into.
    return openOne(actor, survivorOf(m_db, personId));
}

Result<domain::PersonFile> CaseService::openOne(const domain::Actor &actor, const QString &personId)
{
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
