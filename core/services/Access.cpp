#include "Access.h"

#include "store/Repositories.h"

#include <QCoreApplication>

namespace hub::services {

security::Scope personScope(store::Database &db, const QString &personId)
{
    security::Scope scope;
    scope.personal = true;
    auto person = store::PersonRepository(db).get(personId);
    if (person.ok())
        scope.restricted = person->restricted;

    QStringList open;
    QStringList ever;
    auto add = [](QStringList &list, const QString &id) {
        if (!id.isEmpty() && !list.contains(id))
            list << id;
    };
    for (const auto &r : store::ReferralRepository(db).forPerson(personId)) {
        add(ever, r.assignedTo);
        if (r.status != QLatin1String("closed") && r.status != QLatin1String("declined") &&
            r.status != QLatin1String("no_contact"))
            add(open, r.assignedTo);
    }
    for (const auto &e : store::EpisodeRepository(db).forPerson(personId)) {
        add(ever, e.caseworkerId);
        if (e.status != QLatin1String("closed"))
            add(open, e.caseworkerId);
    }
    scope.holders = open.isEmpty() ? ever : open;
    store::UserRepository users(db);
    for (const auto &id : scope.holders) {
        auto u = users.get(id);
        if (u.ok() && !scope.teams.contains(u->teamId))
            scope.teams << u->teamId;
    }
    return scope;
}

Status checkPerson(store::Database &db, const domain::Actor &actor, security::Action action,
                   const QString &personId)
{
    if (!security::Permissions::allows(actor.role, action))
        return security::check(actor, action); // the role alone refuses; no need to look
    return security::check(actor, action, personScope(db, personId));
}

security::Scope recordScope(store::Database &db, const QString &personId, const QString &holderId)
{
    auto scope = personScope(db, personId);
    if (holderId.isEmpty())
        return scope;
    scope.holders = QStringList{holderId};
    scope.teams.clear();
    if (auto u = store::UserRepository(db).get(holderId); u.ok())
        scope.teams << u->teamId;
    return scope;
}

QString hiddenPersonLabel(const domain::Actor &actor, bool restricted)
{
    // A hidden person is hidden by the restriction first (Permissions::refusal's order).
    const auto reach = security::Permissions::reach(actor, security::Action::ViewPerson);
    return restricted && !reach.seesRestricted
               ? QCoreApplication::translate("Access", "Restricted record")
               : QCoreApplication::translate("Access", "Another team's record");
}

QString survivorOf(store::Database &db, const QString &personId)
{
    store::PersonRepository people(db);
    QString id = personId;
    // A merge chain is short (a record merged into one later merged again); the bound
    // only guards a cycle written by hand.
    for (int hops = 0; hops < 16; ++hops) {
        auto p = people.get(id);
        if (!p.ok() || p->mergedInto.isEmpty())
            break;
        id = p->mergedInto;
    }
    return id;
}

Status refuseMerged(store::Database &db, const domain::Actor &actor, security::Action action,
                    const QString &personId, const QString &advice)
{
    const auto survivor = survivorOf(db, personId);
    if (survivor == personId)
        return {};
    QString name;
    auto kept = store::PersonRepository(db).get(survivor);
    if (kept.ok() && checkPerson(db, actor, action, survivor).ok())
        name = (kept->givenName + QLatin1Char(' ') + kept->familyName).trimmed();
    else
        name = hiddenPersonLabel(actor, kept.ok() && kept->restricted);
    return Error{Error::Kind::Conflict, QStringLiteral("person_id"),
                 QCoreApplication::translate("Access", "this record was merged into %1 (%2): %3")
                     .arg(name, survivor,
                          advice.isEmpty() ? QCoreApplication::translate(
                                                 "Access", "open that record and record it there")
                                           : advice),
                 0};
}

} // namespace hub::services
