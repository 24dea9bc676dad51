#pragma once

#include "Database.h"
#include "domain/Records.h"

namespace hub::store {

// The read and write side of the supervisor desk that the repositories do not cover:
// one team's open work, priorities, reassignments with their reasons and closure reviews.
// Every query is over the users whose team is `teamId`.
class SupervisorQueries
{
public:
    explicit SupervisorQueries(Database &db) : m_db(db) {}

    struct EpisodeRow
    {
        QString id;
        QString personId;
        QString personName;
        QString caseworkerId;
        QString status;
        QString priority;
        QDateTime openedAt;
        QDateTime lastContactAt; // newest contact with the person (as corrected)
        QDateTime closureRequestedAt;
    };
    struct ContactRow
    {
        QString id;
        QString personId;
        QString personName;
        QString recordedBy;
        QDateTime at;
        QString channel;
        QString direction;
    };
    struct TaskRow
    {
        QString id;
        QString personId;
        QString personName;
        QString ownerId;
        QString title;
        QDate dueOn;
    };
    // A referral whose Victims' Code clock the supervisor watches, with who holds it: the
    // assignee while it awaits triage, the episode's caseworker once accepted.
    struct ReferralRow
    {
        domain::Referral referral;
        QString personName;
        QString holderId;
        QString episodeId; // empty while awaiting triage
        QString priority;
    };

    // Open episodes (open or closure requested) of the team's users.
    Result<QVector<EpisodeRow>> openEpisodes(const QString &teamId);
    // Contacts (as corrected, amendments not counted twice) recorded by the team's users in
    // [from, to).
    Result<QVector<ContactRow>> contacts(const QString &teamId, const QDateTime &from,
                                         const QDateTime &to);
    // Open tasks of the team's users due before `today`.
    Result<QVector<TaskRow>> overdueTasks(const QString &teamId, const QDate &today);
    // Referrals awaiting triage assigned to the team's users, and the referrals of their
    // open episodes.
    Result<QVector<ReferralRow>> heldReferrals(const QString &teamId);
    // Referrals awaiting triage that nobody is assigned to (every team's queue).
    Result<QVector<ReferralRow>> unallocatedReferrals();
    // Users of the team (any role, active or not), by display name.
    Result<QVector<domain::User>> teamUsers(const QString &teamId);

    // "normal", "high" or "urgent"; NotFound when there is no such record.
    Result<QString> priority(const QString &table, const QString &id);
    Status setPriority(const QString &table, const QString &id, const QString &priority);

    struct AssignmentChange
    {
        QString id;
        QString recordType; // referral | episode
        QString recordId;
        QString fromUser; // empty when it was unassigned
        QString toUser;
        QString reason;
        QString changedBy;
        QDateTime changedAt;
    };
    Status insertAssignmentChange(const AssignmentChange &c);
    QVector<AssignmentChange> assignmentChanges(const QString &recordId);

    struct ClosureReview
    {
        QString id;
        QString episodeId;
        QString decision; // approved | returned
        QString comment;
        QString closureReason;
        QString requestedBy;
        QDateTime requestedAt;
        QString reviewedBy;
        QDateTime reviewedAt;
    };
    Status insertClosureReview(const ClosureReview &r);
    // Newest first.
    QVector<ClosureReview> closureReviews(const QString &episodeId);

    // Moves the open tasks of an episode from one owner to another.
    Result<QStringList> moveOpenTasks(const QString &episodeId, const QString &fromUser,
                                      const QString &toUser);

private:
    Database &m_db;
};

} // namespace hub::store
