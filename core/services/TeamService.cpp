#include "TeamService.h"

#include "AuditService.h"
#include "domain/Validator.h"
#include "security/Permissions.h"
#include "store/Transaction.h"
#include "util/Ids.h"

#include <algorithm>

namespace hub::services {

bool TeamService::mayRead(const QString &role)
{
    return mayChange(role) || role == QLatin1String("supervisor");
}

bool TeamService::mayChange(const QString &role)
{
    return security::Permissions::allows(role, security::Action::ChangeSettings);
}

Status TeamService::checkChange(const domain::Actor &actor) const
{
    if (!mayChange(actor.role))
        return Error::make(Error::Kind::Permission,
                           tr("only an administrator can add, rename or retire teams"));
    return {};
}

Result<QVector<TeamSummary>> TeamService::list(const domain::Actor &actor)
{
    if (!mayRead(actor.role))
        return Error::make(Error::Kind::Permission,
                           tr("only administrators and supervisors can list the teams"));
    store::TeamRepository teams(m_ctx.db);
    QVector<TeamSummary> out;
    for (const auto &t : teams.all())
        out.push_back({t, teams.openWork(t.id)});
    std::stable_sort(out.begin(), out.end(), [](const TeamSummary &a, const TeamSummary &b) {
        if (a.team.retired() != b.team.retired())
            return !a.team.retired();
        return a.team.name.compare(b.team.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

Result<domain::Team> TeamService::find(const domain::Actor &actor, const QString &idOrName)
{
    if (!mayRead(actor.role))
        return Error::make(Error::Kind::Permission,
                           tr("only administrators and supervisors can list the teams"));
    store::TeamRepository teams(m_ctx.db);
    if (auto byId = teams.get(idOrName); byId.ok())
        return byId;
    for (const auto &t : teams.all()) {
        if (t.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return t;
    }
    return Error{Error::Kind::NotFound, QStringLiteral("team"),
                 tr("there is no team '%1'").arg(idOrName), 0};
}

Result<QString> TeamService::checkName(const QString &name, const QString &exceptId)
{
    const auto trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(QStringLiteral("name"), tr("a team needs a name"));
    if (trimmed.size() > kMaxName)
        return Error::invalid(QStringLiteral("name"),
                              tr("is longer than %1 characters").arg(kMaxName));
    for (const auto &t : store::TeamRepository(m_ctx.db).all()) {
        if (t.id != exceptId && t.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return Error::invalid(
                QStringLiteral("name"),
                t.retired() ? tr("the retired team '%1' already has this name").arg(t.name)
                            : tr("the team '%1' already has this name").arg(t.name));
    }
    return trimmed;
}

Result<domain::Team> TeamService::save(const domain::Actor &actor, const domain::Team &team,
                                       const QString &action, const QString &detail, bool isNew)
{
    const domain::Validator validator(m_ctx.codes, m_ctx.today());
    if (auto s = validator.team(team); !s.ok())
        return s.error();
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    store::TeamRepository teams(m_ctx.db);
    if (auto s = isNew ? teams.insert(team) : teams.update(team); !s.ok())
        return s.error();
    if (auto s = AuditService(m_ctx).record(actor, action, QStringLiteral("team"), team.id,
                                            QString(), detail);
        !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    m_ctx.notifier.notify(ChangeNotifier::Kind::Everything, QString(), QString());
    return team;
}

Result<domain::Team> TeamService::add(const domain::Actor &actor, const QString &name)
{
    if (auto s = checkChange(actor); !s.ok())
        return s.error();
    auto checked = checkName(name, QString());
    if (!checked.ok())
        return checked.error();
    const domain::Team team{util::newId(), checked.value(), {}};
    return save(actor, team, QStringLiteral("team.add"), QStringLiteral("name=%1").arg(team.name),
                true);
}

Result<domain::Team> TeamService::rename(const domain::Actor &actor, const QString &teamId,
                                         const QString &newName)
{
    if (auto s = checkChange(actor); !s.ok())
        return s.error();
    auto team = store::TeamRepository(m_ctx.db).get(teamId);
    if (!team.ok())
        return Error{Error::Kind::NotFound, QStringLiteral("team"),
                     tr("there is no team '%1'").arg(teamId), 0};
    auto checked = checkName(newName, teamId);
    if (!checked.ok())
        return checked.error();
    if (checked.value() == team->name)
        return team; // nothing to change
    domain::Team renamed = team.value();
    renamed.name = checked.value();
    return save(actor, renamed, QStringLiteral("team.rename"),
                QStringLiteral("from=%1 to=%2").arg(team->name, renamed.name), false);
}

Result<domain::Team> TeamService::retire(const domain::Actor &actor, const QString &teamId)
{
    if (auto s = checkChange(actor); !s.ok())
        return s.error();
    store::TeamRepository teams(m_ctx.db);
    auto team = teams.get(teamId);
    if (!team.ok())
        return Error{Error::Kind::NotFound, QStringLiteral("team"),
                     tr("there is no team '%1'").arg(teamId), 0};
    if (team->retired())
        return Error::invalid(QStringLiteral("team"), tr("%1 is already retired").arg(team->name));
    const auto work = teams.openWork(teamId);
    if (work.any()) {
        const auto count = [](int n, const QString &one, const QString &many) {
            return n == 1 ? one : many.arg(n);
        };
        QStringList parts;
        if (work.referrals > 0)
            parts << count(work.referrals, tr("1 open referral"), tr("%1 open referrals"));
        if (work.episodes > 0)
            parts << count(work.episodes, tr("1 open support episode"),
                           tr("%1 open support episodes"));
        if (work.tasks > 0)
            parts << count(work.tasks, tr("1 open task"), tr("%1 open tasks"));
        if (work.activeUsers > 0)
            parts << count(work.activeUsers, tr("1 active user"), tr("%1 active users"));
        const auto last = parts.takeLast();
        const auto all =
            parts.isEmpty() ? last : tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
        return Error::make(Error::Kind::Conflict,
                           tr("%1 still has %2: move them first").arg(team->name, all));
    }
    domain::Team retired = team.value();
    retired.retiredAt = m_ctx.clock.now();
    return save(actor, retired, QStringLiteral("team.retire"),
                QStringLiteral("name=%1").arg(retired.name), false);
}

} // namespace hub::services
