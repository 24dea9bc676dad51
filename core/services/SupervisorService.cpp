#include "SupervisorService.h"

#include "Access.h"
#include "AuditService.h"
#include "ReferralService.h"
#include "domain/Validator.h"
#include "security/Permissions.h"
#include "store/Repositories.h"
#include "store/SupervisorQueries.h"
#include "store/Transaction.h"
#include "util/Ids.h"

namespace hub::services {

namespace {

bool mayHoldWork(const domain::User &u)
{
    return u.active &&
           (u.role == QLatin1String("caseworker") || u.role == QLatin1String("supervisor"));
}

// Whom a referral or support episode is about and who holds it (both empty when it does
// not exist).
struct Owner
{
    QString personId;
    QString holderId;
};

Owner ownerOf(store::Database &db, const RecordRef &ref)
{
    if (ref.recordType == QLatin1String("episode")) {
        auto e = store::EpisodeRepository(db).get(ref.id);
        return e.ok() ? Owner{e->personId, e->caseworkerId} : Owner{};
    }
    auto r = store::ReferralRepository(db).get(ref.id);
    return r.ok() ? Owner{r->personId, r->assignedTo} : Owner{};
}

QString personOf(store::Database &db, const RecordRef &ref)
{
    return ownerOf(db, ref).personId;
}

// `action` on one record, in the scope of that record (Access.h recordScope).
Status checkRecord(store::Database &db, const domain::Actor &actor, security::Action action,
                   const Owner &owner)
{
    return security::check(actor, action, recordScope(db, owner.personId, owner.holderId));
}

} // namespace

bool SupervisorService::maySupervise(const domain::Actor &actor)
{
    // The desk shows people's names and moves their records: supervisors (and the system).
    return security::Permissions::allows(actor.role, security::Action::Reassign);
}

const QStringList &SupervisorService::priorities()
{
    static const QStringList all{QStringLiteral("normal"), QStringLiteral("high"),
                                 QStringLiteral("urgent")};
    return all;
}

Status SupervisorService::checkSupervisor(const domain::Actor &actor, bool writing) const
{
    if (!maySupervise(actor))
        return Error::make(Error::Kind::Permission,
                           tr("only a supervisor can review caseloads and move work"));
    if (writing && actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    return {};
}

Result<QString> SupervisorService::teamOf(const domain::Actor &actor, const QString &teamId)
{
    const QString team = teamId.isEmpty() ? actor.teamId : teamId;
    if (team.isEmpty())
        return Error::invalid(QStringLiteral("team_id"), tr("choose a team to review"));
    if (!store::TeamRepository(m_ctx.db).get(team).ok())
        return ServiceErrors::notFound(tr("Team"), team);
    // A supervisor reviews their own team (one with no team supervises the whole hub).
    if (actor.role == QLatin1String("supervisor") && !actor.teamId.isEmpty() &&
        team != actor.teamId)
        return Error::make(Error::Kind::Permission,
                           tr("a supervisor can only review their own team"));
    return team;
}

Status SupervisorService::checkRecords(const QVector<RecordRef> &records) const
{
    if (records.isEmpty())
        return Error::invalid(QStringLiteral("records"),
                              tr("choose at least one referral or support episode"));
    for (const auto &ref : records) {
        if (ref.recordType != QLatin1String("referral") &&
            ref.recordType != QLatin1String("episode"))
            return Error::invalid(QStringLiteral("record_type"),
                                  tr("only referrals and support episodes can be changed here, "
                                     "not '%1'")
                                      .arg(ref.recordType));
    }
    return {};
}

bool SupervisorService::mayReceiveWorkFrom(const domain::Actor &actor, const domain::User &to)
{
    const auto reach = security::Permissions::reach(actor, security::Action::Reassign);
    return mayHoldWork(to) && !reach.nobody && (!reach.teamBound || to.teamId == actor.teamId);
}

QVector<domain::User> SupervisorService::reassignTargets(const domain::Actor &actor)
{
    QVector<domain::User> out;
    if (!maySupervise(actor))
        return out;
    for (const auto &u : store::UserRepository(m_ctx.db).all()) {
        if (mayReceiveWorkFrom(actor, u))
            out.push_back(u);
    }
    return out;
}

Result<int> SupervisorService::reassign(const domain::Actor &actor,
                                        const QVector<RecordRef> &records, const QString &toUserId,
                                        const QString &reason)
{
    if (auto s = security::check(actor, security::Action::Reassign); !s.ok())
        return s.error();
    if (auto s = checkSupervisor(actor, true); !s.ok())
        return s.error();
    auto to = store::UserRepository(m_ctx.db).get(toUserId);
    if (toUserId.isEmpty() || !to.ok() || !mayHoldWork(to.value()))
        return Error::invalid(QStringLiteral("to_user"),
                              tr("choose an active caseworker or supervisor"));
    // A supervisor of a team moves work within it; one with no team, anywhere.
    if (!mayReceiveWorkFrom(actor, to.value()))
        return Error{Error::Kind::Permission, QStringLiteral("to_user"),
                     tr("a supervisor can only move work to their own team's workers"), 0};
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"), tr("say why the work is moving"));
    if (auto s = checkRecords(records); !s.ok())
        return s.error();

    // Everything is checked before anything is written; the transaction is the safety net.
    store::ReferralRepository referrals(m_ctx.db);
    store::EpisodeRepository episodes(m_ctx.db);
    QVector<domain::Referral> movedReferrals;
    QVector<domain::Episode> movedEpisodes;
    for (const auto &ref : records) {
        if (ref.recordType == QLatin1String("referral")) {
            auto r = referrals.get(ref.id);
            if (!r.ok())
                return Error{Error::Kind::NotFound, QStringLiteral("record_id"),
                             tr("referral %1 does not exist").arg(ref.id), 0};
            if (auto s = checkRecord(m_ctx.db, actor, security::Action::Reassign,
                                     {r->personId, r->assignedTo});
                !s.ok())
                return s.error();
            if (r->status != QLatin1String("new") &&
                r->status != QLatin1String("contact_attempted"))
                return Error::invalid(QStringLiteral("status"),
                                      tr("a referral already triaged moves with its support "
                                         "episode; reassign the episode instead"));
            if (r->assignedTo != toUserId)
                movedReferrals.push_back(r.value());
        } else {
            auto e = episodes.get(ref.id);
            if (!e.ok())
                return Error{Error::Kind::NotFound, QStringLiteral("record_id"),
                             tr("support episode %1 does not exist").arg(ref.id), 0};
            if (auto s = checkRecord(m_ctx.db, actor, security::Action::Reassign,
                                     {e->personId, e->caseworkerId});
                !s.ok())
                return s.error();
            if (e->status == QLatin1String("closed"))
                return Error::invalid(QStringLiteral("status"),
                                      tr("a closed support episode cannot be reassigned"));
            if (e->caseworkerId != toUserId)
                movedEpisodes.push_back(e.value());
        }
    }

    const auto now = m_ctx.clock.now();
    store::SupervisorQueries queries(m_ctx.db);
    QStringList movedTasks;
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    AuditService audit(m_ctx);
    // The change, its history row and its audit event (who moved what from whom to whom;
    // never the reason's text).
    const auto record = [&](const QString &type, const QString &id, const QString &personId,
                            const QString &from) {
        if (auto s = queries.insertAssignmentChange(
                {util::newId(), type, id, from, toUserId, reason.trimmed(), actor.userId, now});
            !s.ok())
            return s;
        return audit.record(actor, QStringLiteral("supervisor.reassign"), type, id, personId,
                            QStringLiteral("from=%1 to=%2").arg(from, toUserId));
    };
    for (auto r : movedReferrals) {
        const auto from = r.assignedTo;
        r.assignedTo = toUserId;
        if (auto s = referrals.update(r); !s.ok())
            return s.error();
        if (auto s = record(QStringLiteral("referral"), r.id, r.personId, from); !s.ok())
            return s.error();
    }
    for (auto e : movedEpisodes) {
        const auto from = e.caseworkerId;
        e.caseworkerId = toUserId;
        if (auto s = episodes.update(e); !s.ok())
            return s.error();
        if (auto s = record(QStringLiteral("episode"), e.id, e.personId, from); !s.ok())
            return s.error();
        auto tasks = queries.moveOpenTasks(e.id, from, toUserId);
        if (!tasks.ok())
            return tasks.error();
        movedTasks += tasks.value();
    }
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    for (const auto &r : movedReferrals)
        m_ctx.notifier.notify(ChangeNotifier::Kind::Referral, r.id, r.personId);
    for (const auto &e : movedEpisodes)
        m_ctx.notifier.notify(ChangeNotifier::Kind::Episode, e.id, e.personId);
    for (const auto &id : movedTasks)
        m_ctx.notifier.notify(ChangeNotifier::Kind::Task, id, QString());
    return int(movedReferrals.size() + movedEpisodes.size());
}

Result<ClosureRequest> SupervisorService::closureRequest(const domain::Actor &actor,
                                                         const QString &episodeId)
{
    if (auto s = security::check(actor, security::Action::ApproveClosure); !s.ok())
        return s.error();
    if (auto s = checkSupervisor(actor, false); !s.ok())
        return s.error();
    auto e = store::EpisodeRepository(m_ctx.db).get(episodeId);
    if (!e.ok())
        return ServiceErrors::notFound(tr("Support episode"), episodeId);
    if (auto s = checkRecord(m_ctx.db, actor, security::Action::ApproveClosure,
                             {e->personId, e->caseworkerId});
        !s.ok())
        return s.error();
    // The request names the person and carries the caseworker's reasons: reading it is a
    // view of the person's records, audited like opening their file.
    if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("closure.view"),
                                            QStringLiteral("episode"), e->id, e->personId,
                                            QStringLiteral("status=%1").arg(e->status));
        !s.ok())
        return s.error();
    ClosureRequest out;
    out.episode = e.value();
    if (auto p = store::PersonRepository(m_ctx.db).get(e->personId); p.ok())
        out.personName = p->displayName();
    store::UserRepository users(m_ctx.db);
    if (auto u = users.get(e->closureRequestedBy); u.ok())
        out.requestedByName = u->displayName;
    if (auto u = users.get(e->caseworkerId); u.ok())
        out.caseworkerName = u->displayName;
    return out;
}

Status SupervisorService::approveClosure(const domain::Actor &actor, const QString &episodeId,
                                         const QString &comment)
{
    return reviewClosure(actor, episodeId, comment, true);
}

Status SupervisorService::returnClosure(const domain::Actor &actor, const QString &episodeId,
                                        const QString &comment)
{
    return reviewClosure(actor, episodeId, comment, false);
}

Status SupervisorService::reviewClosure(const domain::Actor &actor, const QString &episodeId,
                                        const QString &comment, bool approve)
{
    if (auto s = security::check(actor, security::Action::ApproveClosure); !s.ok())
        return s;
    if (auto s = checkSupervisor(actor, true); !s.ok())
        return s;
    store::EpisodeRepository episodes(m_ctx.db);
    auto found = episodes.get(episodeId);
    if (!found.ok())
        return Error{Error::Kind::NotFound, QStringLiteral("episode_id"),
                     tr("support episode %1 does not exist").arg(episodeId), 0};
    auto e = found.value();
    if (auto s = checkRecord(m_ctx.db, actor, security::Action::ApproveClosure,
                             {e.personId, e.caseworkerId});
        !s.ok())
        return s;
    if (e.status != QLatin1String("closure_requested"))
        return Error::invalid(QStringLiteral("status"),
                              tr("nobody has asked to close this support episode"));
    if (!approve && comment.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("comment"),
                              tr("say what needs doing before closure is asked for again"));

    const auto now = m_ctx.clock.now();
    const store::SupervisorQueries::ClosureReview review{util::newId(),
                                                         e.id,
                                                         approve ? QStringLiteral("approved")
                                                                 : QStringLiteral("returned"),
                                                         comment.trimmed(),
                                                         e.closureReason,
                                                         e.closureRequestedBy,
                                                         e.closureRequestedAt,
                                                         actor.userId,
                                                         now};
    QVector<domain::Referral> closedReferrals;
    if (approve) {
        e.status = QStringLiteral("closed");
        e.closedAt = now;
        e.closureApprovedBy = actor.userId;
        store::ReferralRepository referrals(m_ctx.db);
        for (const auto &id : e.referralIds) {
            auto r = referrals.get(id);
            if (r.ok() &&
                ReferralService::checkTransition(r->status, QStringLiteral("closed")).ok()) {
                auto closed = r.value();
                closed.status = QStringLiteral("closed");
                closedReferrals.push_back(closed);
            }
        }
    } else {
        e.status = QStringLiteral("open");
        e.closureReason.clear();
        e.outcomes.clear();
        e.closureRequestedAt = QDateTime();
        e.closureRequestedBy.clear();
    }
    const domain::Validator validator(m_ctx.codes, m_ctx.today());
    if (auto s = validator.episode(e); !s.ok())
        return s;

    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = episodes.update(e); !s.ok())
        return s;
    for (const auto &r : closedReferrals) {
        if (auto s = store::ReferralRepository(m_ctx.db).update(r); !s.ok())
            return s;
    }
    if (auto s = store::SupervisorQueries(m_ctx.db).insertClosureReview(review); !s.ok())
        return s;
    if (auto s = AuditService(m_ctx).record(
            actor, approve ? QStringLiteral("closure.approve") : QStringLiteral("closure.return"),
            QStringLiteral("episode"), e.id, e.personId,
            QStringLiteral("reason=%1 requested_by=%2")
                .arg(review.closureReason, review.requestedBy));
        !s.ok())
        return s;
    if (auto s = tx.commit(); !s.ok())
        return s;
    m_ctx.notifier.notify(ChangeNotifier::Kind::Episode, e.id, e.personId);
    for (const auto &r : closedReferrals)
        m_ctx.notifier.notify(ChangeNotifier::Kind::Referral, r.id, r.personId);
    return {};
}

Status SupervisorService::setPriority(const domain::Actor &actor, const QVector<RecordRef> &records,
                                      const QString &priority)
{
    if (auto s = security::check(actor, security::Action::SetPriority); !s.ok())
        return s;
    if (auto s = checkSupervisor(actor, true); !s.ok())
        return s;
    if (!priorities().contains(priority))
        return Error::invalid(QStringLiteral("priority"),
                              tr("must be normal, high or urgent, not '%1'").arg(priority));
    if (auto s = checkRecords(records); !s.ok())
        return s;
    store::SupervisorQueries queries(m_ctx.db);
    for (const auto &ref : records) {
        if (!queries.priority(ref.recordType, ref.id).ok())
            return Error{Error::Kind::NotFound, QStringLiteral("record_id"),
                         tr("%1 %2 does not exist")
                             .arg(ref.recordType == QLatin1String("episode") ? tr("support episode")
                                                                             : tr("referral"),
                                  ref.id),
                         0};
        if (auto s =
                checkRecord(m_ctx.db, actor, security::Action::SetPriority, ownerOf(m_ctx.db, ref));
            !s.ok())
            return s;
    }
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    AuditService audit(m_ctx);
    for (const auto &ref : records) {
        const auto from = queries.priority(ref.recordType, ref.id);
        if (auto s = queries.setPriority(ref.recordType, ref.id, priority); !s.ok())
            return s;
        if (auto s = audit.record(actor, QStringLiteral("supervisor.priority"), ref.recordType,
                                  ref.id, personOf(m_ctx.db, ref),
                                  QStringLiteral("from=%1 to=%2")
                                      .arg(from.ok() ? from.value() : QString(), priority));
            !s.ok())
            return s;
    }
    if (auto s = tx.commit(); !s.ok())
        return s;
    for (const auto &ref : records) {
        m_ctx.notifier.notify(ref.recordType == QLatin1String("episode")
                                  ? ChangeNotifier::Kind::Episode
                                  : ChangeNotifier::Kind::Referral,
                              ref.id, personOf(m_ctx.db, ref));
    }
    return {};
}

} // namespace hub::services
