#pragma once

#include "ServiceContext.h"
#include "domain/Records.h"
#include "store/Repositories.h"

#include <QCoreApplication>

namespace hub::services {

// One team with what its members hold open (store::TeamRepository::OpenWork).
struct TeamSummary
{
    domain::Team team;
    store::TeamRepository::OpenWork work;
};

// The hub's teams (docs/ADMIN_GUIDE.md "Teams and code lists"): administrators add, rename
// and retire them (security::Action::ChangeSettings); supervisors may list them. A team is
// never deleted: retired, it keeps its history and reports and is offered for no new user
// or work. Each change is validated, audited (ids and names only) and reaches the hub
// through the sync outbox like any team row.
class TeamService
{
    Q_DECLARE_TR_FUNCTIONS(TeamService)

public:
    explicit TeamService(ServiceContext &ctx) : m_ctx(ctx) {}

    static constexpr int kMaxName = 200;

    // Who may read the teams and code lists: administrators (ChangeSettings), who change
    // them, and supervisors, who only look (the Administration section shows them read-only).
    static bool mayRead(const QString &role);
    static bool mayChange(const QString &role);

    // Every team, active ones first, each by name, with its open work. Administrators and
    // supervisors.
    Result<QVector<TeamSummary>> list(const domain::Actor &actor);
    // The team with this id, or else with this name (case-insensitively).
    Result<domain::Team> find(const domain::Actor &actor, const QString &idOrName);

    // A new team. The name is trimmed, 1 to kMaxName characters, and no other team's
    // (case-insensitively, retired teams included).
    Result<domain::Team> add(const domain::Actor &actor, const QString &name);
    Result<domain::Team> rename(const domain::Actor &actor, const QString &teamId,
                                const QString &newName);
    // Refused, changing nothing, while the team's members hold open referrals, support
    // episodes or tasks, or any of its members is active: the message says how many of each.
    Result<domain::Team> retire(const domain::Actor &actor, const QString &teamId);

private:
    Status checkChange(const domain::Actor &actor) const;
    Result<QString> checkName(const QString &name, const QString &exceptId);
    Result<domain::Team> save(const domain::Actor &actor, const domain::Team &team,
                              const QString &action, const QString &detail, bool isNew);

    ServiceContext &m_ctx;
};

} // namespace hub::services
