#include "Hub.h"
#include "HubDetail.h"
#include "HubSchema.h"
#include "RecordKinds.h"

#include "util/Time.h"

#include <QSqlError>
#include <QSqlQuery>

// The hub's scope and erasure: who sees which records (the rule of
// security::Permissions::check, as the engine's filter and, on PostgreSQL, as the
// row-level security policy of HubSchema.cpp), a person's scope worked out again, and
// erasure. The push is in Hub.cpp, the pull in HubPull.cpp.

namespace hub::sync {

namespace {

// The personal values an erasure removes from the hub (HubSchema.cpp: scrubFields).
void scrub(const QString &kind, QJsonObject &d)
{
    for (const auto &f : scrubFields()) {
        const auto field = QLatin1String(f.field);
        if (kind == QLatin1String(f.kind) && d.contains(field))
            d.insert(field, f.value);
    }
    const auto dob = d.value(QLatin1String("date_of_birth")).toString();
    if (kind == QLatin1String("person") && !dob.isEmpty() &&
        dob.mid(5, 5) != QLatin1String("02-29"))
        d.insert(QLatin1String("date_of_birth"), dob.left(8) + QLatin1String("01"));
}

bool isSupervisor(const HubUser &user)
{
    return user.role == QLatin1String("supervisor");
}

} // namespace

// A supervisor with no team sees the whole hub; one with a team sees that team's people,
// unassigned ones and those they hold; anyone else their team's and unassigned people, a
// restricted person only as a holder. Records of no one (teams NULL) are seen by all.
bool Hub::canSee(const HubUser &user, const QVariant &teams, const QString &holders,
                 bool restricted) const
{
    if (teams.isNull() || (isSupervisor(user) && user.teamId.isEmpty()))
        return true;
    const auto t = teams.toString();
    const bool team =
        t == QLatin1String(",") || t.contains(QStringLiteral(",%1,").arg(user.teamId));
    const bool holder = holders.contains(QStringLiteral(",%1,").arg(user.userId));
    return isSupervisor(user) ? team || holder : team && (!restricted || holder);
}

// canSee() in SQL, for the rows of alias `a`; its values come from scopeBinds().
QString Hub::visible(const QString &a) const
{
    const QString has =
        m_pg ? QStringLiteral("strpos(%1, ?) > 0") : QStringLiteral("instr(%1, ?) > 0");
    const auto holder = has.arg(a + QStringLiteral(".holders"));
    return QStringLiteral("(%1.teams IS NULL OR ? = 1 OR ((%1.teams = ',' OR %2) AND "
                          "(%1.restricted = 0 OR ? = 1 OR %3)) OR (? = 1 AND %3))")
        .arg(a, has.arg(a + QStringLiteral(".teams")), holder);
}

QVariantList Hub::scopeBinds(const HubUser &user)
{
    const int supervisor = isSupervisor(user) ? 1 : 0;
    const auto holder = QStringLiteral(",%1,").arg(user.userId);
    return {supervisor == 1 && user.teamId.isEmpty() ? 1 : 0,
            QStringLiteral(",%1,").arg(user.teamId),
            supervisor,
            holder,
            supervisor,
            holder};
}

// Whether this pusher may erase people: on PostgreSQL the hub asks its login's mapping
// (hub_user), on a SQLite-file hub the program asks the app user's role.
bool Hub::mayErase(const HubUser &user)
{
    if (!m_pg)
        return erasingRoles().contains(user.role);
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT hub_may_erase()")) && q.next() && q.value(0).toBool();
}

Status Hub::keepOutOfScope(const PushChange &change, const QString &personId,
                           const std::optional<QJsonObject> &hubData, const QString &hubAuthor,
                           const QString &author, PushResult &result)
{
    ++result.refused;
    const auto *kind = recordKind(change.kind);
    // Only edits of rows the desk had from the hub: without its base the hub cannot tell
    // which fields the desk changed (a re-push after a hub restore sends every row).
    if (change.op != QLatin1String("upsert") || !change.hasBase || !kind || kind->appendOnly)
        return {};
    for (auto it = change.data.begin(); it != change.data.end(); ++it) {
        const auto base = change.base.value(it.key());
        if (base == it.value() || (hubData && hubData->value(it.key()) == it.value()))
            continue; // not changed at the desk, or the hub has it already
        ++result.conflicts;
        if (auto s = raise(change, personId, it.key(), QStringLiteral("out_of_scope"), base,
                           hubData ? hubData->value(it.key()) : QJsonValue(), it.value(), hubAuthor,
                           author);
            !s.ok())
            return s;
    }
    return {};
}

// A user moved to another team: the people they hold are scoped again.
Status Hub::rescopeHolder(const QString &userId)
{
    if (m_pg)
        return exec(QStringLiteral("SELECT hub_rescope_holder(?)"), {userId});
    QStringList people;
    {
        auto &q = prepared(QStringLiteral("SELECT id FROM hub_record WHERE kind = 'person' AND "
                                          "instr(holders, ?) > 0"));
        q.addBindValue(QStringLiteral(",%1,").arg(userId));
        if (!q.exec())
            return hubError(q.lastError(), QStringLiteral("hub_record"));
        while (q.next())
            people << q.value(0).toString();
        q.finish();
    }
    for (const auto &p : people) {
        if (auto s = rescope(p); !s.ok())
            return s;
    }
    return {};
}

Status Hub::erase(const QString &personId)
{
    m_erasedNow.insert(personId);
    if (m_erased.contains(personId))
        return {}; // sent again (a desk re-sending after a hub restore)
    m_erased.insert(personId);
    if (m_pg) // every row of theirs, also those this login's row-level security hides
        return exec(QStringLiteral("SELECT hub_erase(?)"), {personId});
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kind, id, data FROM hub_record WHERE person_id = ?"));
    q.addBindValue(personId);
    if (!q.exec())
        return hubError(q.lastError(), QStringLiteral("hub_record"));
    QVector<std::tuple<QString, QString, QJsonObject>> rows;
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), hubObject(q.value(2))});
    for (auto &[kind, id, data] : rows) {
        scrub(kind, data);
        const int gone = kind == QLatin1String("task") ? 1 : 0;
        if (auto s = exec(QStringLiteral("UPDATE hub_record SET data = ?, deleted = ?, "
                                         "ver = %1 WHERE kind = ? AND id = ?")
                              .arg(stamp()),
                          {hubJson(data), gone, kind, id});
            !s.ok())
            return s;
    }
    if (auto s = exec(QStringLiteral("DELETE FROM hub_conflict WHERE person_id = ?"), {personId});
        !s.ok())
        return s;
    return exec(QStringLiteral("INSERT INTO hub_erasure (person_id, erased_at, ver) "
                               "VALUES (?, ?, %1) ON CONFLICT (person_id) DO NOTHING")
                    .arg(stamp()),
                {personId, util::toIsoUtc(m_clock->now())});
}

// The person's scope as services::personScope works it out on a workstation: the holders
// of open referrals and episodes (else of any), their teams, the restricted flag.
Status Hub::rescope(const QString &personId)
{
    if (m_pg) // the same rule in SQL, run as the hub's owner (HubSchema.cpp)
        return exec(QStringLiteral("SELECT hub_rescope(?)"), {personId});
    auto &q = prepared(QStringLiteral("SELECT kind, data FROM hub_record WHERE person_id = ? AND "
                                      "kind IN ('person', 'referral', 'episode') AND deleted = 0"));
    q.addBindValue(personId);
    if (!q.exec())
        return hubError(q.lastError(), QStringLiteral("hub_record"));
    QStringList open;
    QStringList ever;
    int restricted = 0;
    bool found = false;
    auto add = [](QStringList &list, const QString &id) {
        if (!id.isEmpty() && !list.contains(id))
            list << id;
    };
    static const QStringList closedReferral{QStringLiteral("closed"), QStringLiteral("declined"),
                                            QStringLiteral("no_contact")};
    while (q.next()) {
        const auto kind = q.value(0).toString();
        const auto d = hubObject(q.value(1));
        if (kind == QLatin1String("person")) {
            found = true;
            restricted = d.value(QLatin1String("restricted")).toInt();
            continue;
        }
        const bool referral = kind == QLatin1String("referral");
        const auto holder =
            d.value(referral ? QLatin1String("assigned_to") : QLatin1String("caseworker_id"))
                .toString();
        const auto status = d.value(QLatin1String("status")).toString();
        add(ever, holder);
        if (referral ? !closedReferral.contains(status) : status != QLatin1String("closed"))
            add(open, holder);
    }
    if (!found)
        return {};
    const auto holders = open.isEmpty() ? ever : open;
    QStringList teams;
    for (const auto &h : holders) {
        auto &u = prepared(
            QStringLiteral("SELECT data FROM hub_record WHERE kind = 'app_user' AND id = ?"));
        u.addBindValue(h);
        if (u.exec() && u.next()) {
            const auto team = hubObject(u.value(0)).value(QLatin1String("team_id")).toString();
            if (!team.isEmpty() && !teams.contains(team))
                teams << team;
        }
    }
    teams.sort();
    const auto teamsText = QStringLiteral(",%1,").arg(teams.join(QLatin1Char(',')));
    const auto holdersText = QStringLiteral(",%1,").arg(holders.join(QLatin1Char(',')));
    const auto fixed = [&](const QString &t) {
        return t == QLatin1String(",,") ? QStringLiteral(",") : t;
    };
    auto &now = prepared(QStringLiteral("SELECT teams, holders, restricted FROM hub_record "
                                        "WHERE kind = 'person' AND id = ?"));
    now.addBindValue(personId);
    if (now.exec() && now.next() && now.value(0).toString() == fixed(teamsText) &&
        now.value(1).toString() == fixed(holdersText) && now.value(2).toInt() == restricted)
        return {};
    // The scope changed: every row of the person is stamped again, so users who may now
    // see them pull them, and the change is logged, so users who no longer may drop them.
    if (auto s = exec(QStringLiteral("UPDATE hub_record SET teams = ?, holders = ?, "
                                     "restricted = ?, ver = %1 WHERE person_id = ?")
                          .arg(stamp()),
                      {fixed(teamsText), fixed(holdersText), restricted, personId});
        !s.ok())
        return s;
    return exec(
        QStringLiteral("INSERT INTO hub_scope_change (person_id, ver) VALUES (?, %1)").arg(stamp()),
        {personId});
}

} // namespace hub::sync
