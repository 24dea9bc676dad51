#include "EpisodeService.h"

#include "Access.h"
#include "AuditService.h"
#include "DirectoryService.h"
#include "domain/Validator.h"
#include "store/Repositories.h"
#include "store/Transaction.h"
#include "util/Ids.h"

namespace hub::services {

Result<domain::Episode> EpisodeService::openEpisodeFor(const domain::Actor &actor,
                                                       security::Action action,
                                                       const QString &episodeId)
{
    if (auto s = security::check(actor, action); !s.ok())
        return s.error();
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    auto e = openEpisode(episodeId);
    if (!e.ok())
        return e.error();
    if (auto s = checkPerson(m_ctx.db, actor, action, e->personId); !s.ok())
        return s.error();
    return e;
}

Result<domain::Episode> EpisodeService::openEpisode(const QString &episodeId)
{
    auto e = store::EpisodeRepository(m_ctx.db).get(episodeId);
    if (!e.ok())
        return ServiceErrors::notFound(tr("Support episode"), episodeId);
    if (e->status == QLatin1String("closed"))
        return Error::invalid(QStringLiteral("status"), tr("the support episode is closed"));
    return e;
}

Status EpisodeService::save(const domain::Actor &actor, const domain::Episode &e,
                            const QString &action, const QString &detail)
{
    const domain::Validator validator(m_ctx.codes, m_ctx.today());
    if (auto s = validator.episode(e); !s.ok())
        return s;
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = store::EpisodeRepository(m_ctx.db).update(e); !s.ok())
        return s;
    if (auto s = AuditService(m_ctx).record(actor, action, QStringLiteral("episode"), e.id,
                                            e.personId, detail);
        !s.ok())
        return s;
    if (auto s = tx.commit(); !s.ok())
        return s;
    m_ctx.notifier.notify(ChangeNotifier::Kind::Episode, e.id, e.personId);
    return {};
}

Status EpisodeService::assessNeeds(const domain::Actor &actor, const QString &episodeId,
                                   const QMap<QString, QString> &needs)
{
    auto e = openEpisodeFor(actor, security::Action::ManageEpisode, episodeId);
    if (!e.ok())
        return e.error();
    auto episode = e.value();
    episode.needs = needs;
    return save(actor, episode, QStringLiteral("episode.assess_needs"),
                QStringList(needs.keys()).join(QLatin1Char(' ')));
}

Result<domain::OnwardReferral> EpisodeService::referOn(const domain::Actor &actor,
                                                       const QString &episodeId,
                                                       const QString &agency,
                                                       const QDateTime &referredAt)
{
    auto e = openEpisodeFor(actor, security::Action::ManageEpisode, episodeId);
    if (!e.ok())
        return e.error();
    domain::OnwardReferral o{util::newId(), episodeId, agency,
                             referredAt.isValid() ? referredAt : m_ctx.clock.now(), std::nullopt};
    const domain::Validator validator(m_ctx.codes, m_ctx.today());
    if (auto s = validator.onwardReferral(o); !s.ok())
        return s.error();
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = store::EpisodeRepository(m_ctx.db).insertOnward(o); !s.ok())
        return s.error();
    if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("episode.refer_on"),
                                            QStringLiteral("onward_referral"), o.id, e->personId,
                                            QStringLiteral("agency=") + agency);
        !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    m_ctx.notifier.notify(ChangeNotifier::Kind::Episode, episodeId, e->personId);
    return o;
}

Status EpisodeService::recordOnwardOutcome(const domain::Actor &actor, const QString &onwardId,
                                           bool accepted)
{
    if (auto s = security::check(actor, security::Action::ManageEpisode); !s.ok())
        return s;
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    store::EpisodeRepository episodes(m_ctx.db);
    auto o = episodes.getOnward(onwardId);
    if (!o.ok())
        return ServiceErrors::notFound(tr("Onward referral"), onwardId);
    auto onward = o.value();
    onward.accepted = accepted;
    auto e = episodes.get(onward.episodeId);
    if (e.ok()) {
        if (auto s = checkPerson(m_ctx.db, actor, security::Action::ManageEpisode, e->personId);
            !s.ok())
            return s;
    }
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = episodes.updateOnward(onward); !s.ok())
        return s;
    if (auto s = AuditService(m_ctx).record(
            actor, QStringLiteral("episode.onward_outcome"), QStringLiteral("onward_referral"),
            onward.id, e.ok() ? e->personId : QString(),
            accepted ? QStringLiteral("accepted") : QStringLiteral("not accepted"));
        !s.ok())
        return s;
    if (auto s = tx.commit(); !s.ok())
        return s;
    m_ctx.notifier.notify(ChangeNotifier::Kind::Episode, onward.episodeId,
                          e.ok() ? e->personId : QString());
    return {};
}

Status EpisodeService::requestClosure(const domain::Actor &actor, const QString &episodeId,
                                      const QString &reason, const QMap<QString, QString> &outcomes)
{
    auto e = openEpisodeFor(actor, security::Action::RequestClosure, episodeId);
    if (!e.ok())
        return e.error();
    auto episode = e.value();
    if (episode.status != QLatin1String("open"))
        return Error::invalid(QStringLiteral("status"), tr("closure has already been requested"));
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("closure_reason"), tr("choose why support is ending"));
    // Retired measures are no longer asked for (services::CodeListService).
    for (const auto &measure : m_ctx.codes.offered(QStringLiteral("outcome_measure"))) {
        if (!outcomes.contains(measure))
            return Error::invalid(
                QStringLiteral("outcomes"),
                tr("rate '%1' (choose \"Not applicable\" if it does not apply)")
                    .arg(m_ctx.codes.label(QStringLiteral("outcome_measure"), measure)));
    }
    episode.status = QStringLiteral("closure_requested");
    episode.closureReason = reason;
    episode.outcomes = outcomes;
    episode.closureRequestedAt = m_ctx.clock.now();
    episode.closureRequestedBy = actor.userId;
    return save(actor, episode, QStringLiteral("episode.request_closure"),
                QStringLiteral("reason=") + reason);
}

namespace {
// Whether `user` may complete a task about the person whose scope is `scope`.
bool mayComplete(const domain::User &user, const security::Scope &scope)
{
    return security::check(domain::Actor{user.id, user.role, user.teamId, QString()},
                           security::Action::CompleteTask, scope)
        .ok();
}
} // namespace

QVector<domain::User> TaskService::possibleOwners(const domain::Actor &actor,
                                                  const QString &personId)
{
    auto users = DirectoryService(m_ctx.db).caseworkers(actor.teamId);
    if (personId.isEmpty())
        return users;
    const auto scope = personScope(m_ctx.db, personId);
    QVector<domain::User> out;
    for (const auto &u : users)
        if (u.id == actor.userId || mayComplete(u, scope))
            out.push_back(u);
    return out;
}

Result<domain::Task> TaskService::create(const domain::Actor &actor, domain::Task t)
{
    if (auto s = security::check(actor, security::Action::CreateTask); !s.ok())
        return s.error();
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    if (t.id.isEmpty())
        t.id = util::newId();
    if (t.ownerId.isEmpty())
        t.ownerId = actor.userId;
    if (t.kind.isEmpty())
        t.kind = QStringLiteral("action");
    t.title = t.title.trimmed();
    t.doneAt = QDateTime();
    static const QStringList kinds{QStringLiteral("action"), QStringLiteral("next_contact"),
                                   QStringLiteral("reminder")};
    if (!kinds.contains(t.kind))
        return Error::invalid(QStringLiteral("kind"), tr("unknown task kind '%1'").arg(t.kind));
    const domain::Validator validator(m_ctx.codes, m_ctx.today());
    if (auto s = validator.task(t); !s.ok())
        return s.error();
    if (!t.personId.isEmpty() && !store::PersonRepository(m_ctx.db).exists(t.personId))
        return Error::invalid(QStringLiteral("person_id"), tr("is not a person on file"));
    if (auto s = refuseMerged(m_ctx.db, actor, security::Action::CreateTask, t.personId);
        !t.personId.isEmpty() && !s.ok())
        return s.error();
    if (!t.episodeId.isEmpty()) {
        auto e = store::EpisodeRepository(m_ctx.db).get(t.episodeId);
        if (!e.ok() || (!t.personId.isEmpty() && e->personId != t.personId))
            return Error::invalid(QStringLiteral("episode_id"),
                                  tr("is not a support episode of this person"));
        t.personId = e->personId;
    }
    if (!t.personId.isEmpty()) {
        if (auto s = checkPerson(m_ctx.db, actor, security::Action::CreateTask, t.personId);
            !s.ok())
            return s.error();
    }
    const auto owner = store::UserRepository(m_ctx.db).get(t.ownerId);
    if (!owner.ok())
        return Error::invalid(QStringLiteral("owner_id"), tr("is not a user"));
    // A task given to someone who could not open the person would only show them a refusal.
    if (!t.personId.isEmpty() && t.ownerId != actor.userId &&
        !mayComplete(owner.value(), personScope(m_ctx.db, t.personId)))
        return Error::invalid(
            QStringLiteral("owner_id"),
            tr("%1 may not work on this person's records").arg(owner->displayName));
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = store::TaskRepository(m_ctx.db).insert(t); !s.ok())
        return s.error();
    if (auto s = AuditService(m_ctx).record(
            actor, QStringLiteral("task.create"), QStringLiteral("task"), t.id, t.personId,
            QStringLiteral("kind=%1 owner=%2").arg(t.kind, t.ownerId));
        !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    m_ctx.notifier.notify(ChangeNotifier::Kind::Task, t.id, t.personId);
    return t;
}

Result<domain::Task> TaskService::complete(const domain::Actor &actor, const QString &taskId)
{
    if (auto s = security::check(actor, security::Action::CompleteTask); !s.ok())
        return s.error();
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    store::TaskRepository tasks(m_ctx.db);
    auto found = tasks.get(taskId);
    if (!found.ok())
        return ServiceErrors::notFound(tr("Task"), taskId);
    if (!found->personId.isEmpty()) {
        if (auto s = checkPerson(m_ctx.db, actor, security::Action::CompleteTask, found->personId);
            !s.ok())
            return s.error();
    }
    auto t = found.value();
    if (t.doneAt.isValid())
        return t;
    t.doneAt = m_ctx.clock.now();
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = tasks.update(t); !s.ok())
        return s.error();
    if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("task.complete"),
                                            QStringLiteral("task"), t.id, t.personId);
        !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    m_ctx.notifier.notify(ChangeNotifier::Kind::Task, t.id, t.personId);
    return t;
}

} // namespace hub::services
