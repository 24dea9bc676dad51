#pragma once

#include "ServiceContext.h"
#include "domain/Records.h"

#include <QCoreApplication>

namespace hub::services {

// What the caseload review counts, per caseworker and for the team.
enum class ReviewMeasure
{
    OpenEpisodes,     // support episodes open or awaiting closure approval
    ContactsThisWeek, // contacts the worker logged Monday to Sunday (Europe/London)
    OverdueTasks,     // open tasks due before today
    Breaches,         // Victims' Code first contact overdue or missed
    DueSoon,          // first contact due today or tomorrow, nobody contacted yet
    Unallocated,      // referrals awaiting triage that nobody holds (team total only)
    DaysSinceContact, // the longest any open episode of the worker has gone without contact
    ClosuresAwaiting, // closure requested, awaiting a supervisor
    MeasureCount
};

struct ReviewRow
{
    QString userId; // empty for the team total
    QString name;   // the worker's display name, or "Team total"
    int values[int(ReviewMeasure::MeasureCount)] = {};
    bool isTeam = false;
    int value(ReviewMeasure m) const { return values[int(m)]; }
};

struct TeamReview
{
    QString teamId;
    QString teamName;
    QDate weekStart;         // Monday of the week counted, Europe/London
    QVector<ReviewRow> rows; // one per worker, then the team total last
};

// One record behind a number of the review.
struct ReviewRecord
{
    QString recordType; // referral | episode | task | contact
    QString id;
    QString personId;
    QString personName;
    QString ownerId;
    // What makes it count: a task's title, a contact's channel code, a referral's offence
    // group code; and when: opened, contacted, received, due (instant), or a task's due date.
    QString what;
    QDateTime at;
    QDate due;
    QString status;   // the record's status code (episode or referral), empty otherwise
    QString priority; // normal | high | urgent (referrals and episodes), empty otherwise
    int days = 0;     // DaysSinceContact: days without contact
};

// A closure request as the supervisor reviews it.
struct ClosureRequest
{
    domain::Episode episode;
    QString personName;
    QString requestedByName;
    QString caseworkerName;
};

struct RecordRef
{
    QString recordType; // referral | episode
    QString id;
};

// The supervisor desk (PRODUCT.md "Review a caseload"): what each worker holds and what is
// overdue, breached, unallocated or awaiting closure approval, and the fixes in place
// (reassign, approve or return a closure, set a priority). Supervisors and administrators
// only; every write is one transaction and one change notice per record.
class SupervisorService
{
    Q_DECLARE_TR_FUNCTIONS(SupervisorService)

public:
    explicit SupervisorService(ServiceContext &ctx) : m_ctx(ctx) {}

    static bool maySupervise(const domain::Actor &actor);
    static const QStringList &priorities();

    // Rows per worker of the team (its active caseworkers, and anyone of the team holding
    // work), then the team total. An empty teamId means the actor's team.
    Result<TeamReview> review(const domain::Actor &actor, const QString &teamId = {});
    // Who asked for a list of records: a person opening it, or the same list read again
    // while it stays open (after a saved change, or the minute's tick).
    enum class RecordsRead
    {
        Opened,
        Refreshed
    };
    // The records behind one number: of `userId`, or of the whole team when it is empty.
    // The list names people, so each one a person opens is an audit event
    // ("review.records": the team, the measure, whose records and how many); reading an
    // open list again is checked the same way but not recorded again.
    Result<QVector<ReviewRecord>> records(const domain::Actor &actor, const QString &teamId,
                                          const QString &userId, ReviewMeasure measure,
                                          RecordsRead read = RecordsRead::Opened);

    // Gives every record to `toUserId` (an active caseworker or supervisor) for `reason`,
    // in one transaction: one unknown or closed record and nothing changes. The open tasks
    // of a moved episode follow it. Returns how many records changed hands. A supervisor
    // of a team moves only that team's records (and unassigned ones of people it may
    // open), and only to that team's workers; a supervisor with no team, any to anyone.
    // A refusal is a Permission error (field "to_user" for a worker of another team).
    Result<int> reassign(const domain::Actor &actor, const QVector<RecordRef> &records,
                         const QString &toUserId, const QString &reason);

    // Who `actor` may give work to (reassign): the active caseworkers and supervisors of
    // their team, or of the whole hub for a supervisor with no team.
    QVector<domain::User> reassignTargets(const domain::Actor &actor);
    static bool mayReceiveWorkFrom(const domain::Actor &actor, const domain::User &to);

    // The request behind a closure awaiting approval (any episode of a person the actor
    // may supervise, for its details). Reading it is audited ("closure.view").
    Result<ClosureRequest> closureRequest(const domain::Actor &actor, const QString &episodeId);

    // Approving and returning are for the supervisor of the caseworker's team (or one with
    // no team).
    // Closes an episode whose closure was requested (closed_at now, approved by the actor);
    // its accepted referrals close too. The comment is optional.
    Status approveClosure(const domain::Actor &actor, const QString &episodeId,
                          const QString &comment = {});
    // Sends a closure request back to the caseworker with a comment (required); the
    // episode is open again and the request is kept in the review history.
    Status returnClosure(const domain::Actor &actor, const QString &episodeId,
                         const QString &comment);

    // Sets "normal", "high" or "urgent" on each record, in one transaction.
    Status setPriority(const domain::Actor &actor, const QVector<RecordRef> &records,
                       const QString &priority);

private:
    // records() without the checks and the audit event, for the review's numbers.
    Result<QVector<ReviewRecord>> gather(const QString &teamId, const QString &userId,
                                         ReviewMeasure measure);
    Result<QString> teamOf(const domain::Actor &actor, const QString &teamId);
    Status checkSupervisor(const domain::Actor &actor, bool writing) const;
    Status checkRecords(const QVector<RecordRef> &records) const;
    Status reviewClosure(const domain::Actor &actor, const QString &episodeId,
                         const QString &comment, bool approve);
    ServiceContext &m_ctx;
};

} // namespace hub::services
