#pragma once

#include "ServiceContext.h"
#include "domain/Records.h"
#include "security/Permissions.h"

#include <QCoreApplication>

namespace hub::services {

// A support episode's working life: needs assessment, onward referrals, closure request.
// Approving a closure is the supervisor's (supervisor desk).
class EpisodeService
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeService)

public:
    explicit EpisodeService(ServiceContext &ctx) : m_ctx(ctx) {}

    Status assessNeeds(const domain::Actor &actor, const QString &episodeId,
                       const QMap<QString, QString> &needs);

    Result<domain::OnwardReferral> referOn(const domain::Actor &actor, const QString &episodeId,
                                           const QString &agency, const QDateTime &referredAt = {});
    Status recordOnwardOutcome(const domain::Actor &actor, const QString &onwardId, bool accepted);

    // Asks a supervisor to close: a closure reason and every outcome measure are required.
    Status requestClosure(const domain::Actor &actor, const QString &episodeId,
                          const QString &reason, const QMap<QString, QString> &outcomes);

private:
    Result<domain::Episode> openEpisode(const QString &episodeId);
    // openEpisode after the checks every episode action makes: the role may do `action`,
    // a signed-in user, and the person's records are within their scope.
    Result<domain::Episode> openEpisodeFor(const domain::Actor &actor, security::Action action,
                                           const QString &episodeId);
    Status save(const domain::Actor &actor, const domain::Episode &e, const QString &action,
                const QString &detail);
    ServiceContext &m_ctx;
};

// Reminders and support-plan actions.
class TaskService
{
    Q_DECLARE_TR_FUNCTIONS(TaskService)

public:
    explicit TaskService(ServiceContext &ctx) : m_ctx(ctx) {}

    // Owner defaults to the actor; kind defaults to "action". A task about a person goes
    // only to someone who may complete it (possibleOwners()).
    Result<domain::Task> create(const domain::Actor &actor, domain::Task draft);
    // Who a task about `personId` may be given to: the active caseworkers and supervisors
    // whom the permission rule lets complete it (the person's scope: their team, or the
    // holders of a restricted person), the actor's team first. Without a person, all of them.
    QVector<domain::User> possibleOwners(const domain::Actor &actor, const QString &personId);
    // Marks done now; completing a done task changes nothing.
    Result<domain::Task> complete(const domain::Actor &actor, const QString &taskId);

private:
    ServiceContext &m_ctx;
};

} // namespace hub::services
