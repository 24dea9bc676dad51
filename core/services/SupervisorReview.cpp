#include "SupervisorService.h"

#include "Access.h"
#include "AuditService.h"
#include "ReferralService.h"
#include "security/Permissions.h"
#include "store/Repositories.h"
#include "store/SupervisorQueries.h"

#include <algorithm>

// The read side of the supervisor desk: the caseload review and the records behind it.

namespace hub::services {

namespace {

using Measure = ReviewMeasure;

// Days between two London calendar dates of instants, never negative.
int daysBetween(const QDateTime &from, const QDate &today)
{
    return std::max<qint64>(0, util::londonDate(from).daysTo(today));
}

ReviewRecord referralRecord(const store::SupervisorQueries::ReferralRow &row,
                            const calendar::ClockState &clock)
{
    ReviewRecord rec;
    rec.recordType = QStringLiteral("referral");
    rec.id = row.referral.id;
    rec.personId = row.referral.personId;
    rec.personName = row.personName;
    rec.ownerId = row.holderId;
    rec.what = row.referral.offenceGroup;
    rec.at = clock.dueAt.isValid() ? clock.dueAt : row.referral.receivedAt;
    rec.due = clock.dueDate;
    rec.status = row.referral.status;
    rec.priority = row.priority;
    return rec;
}

// The measure as the audit trail names it.
QString measureCode(Measure measure)
{
    switch (measure) {
    case Measure::OpenEpisodes:
        return QStringLiteral("open_episodes");
    case Measure::ContactsThisWeek:
        return QStringLiteral("contacts_this_week");
    case Measure::OverdueTasks:
        return QStringLiteral("overdue_tasks");
    case Measure::Breaches:
        return QStringLiteral("breaches");
    case Measure::DueSoon:
        return QStringLiteral("due_soon");
    case Measure::Unallocated:
        return QStringLiteral("unallocated");
    case Measure::DaysSinceContact:
        return QStringLiteral("days_since_contact");
    case Measure::ClosuresAwaiting:
        return QStringLiteral("closures_awaiting");
    case Measure::MeasureCount:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace

Result<QVector<ReviewRecord>> SupervisorService::records(const domain::Actor &actor,
                                                         const QString &teamId,
                                                         const QString &userId,
                                                         ReviewMeasure measure, RecordsRead read)
{
    if (auto s = security::check(actor, security::Action::ViewReports); !s.ok())
        return s.error();
    if (auto s = checkSupervisor(actor, false); !s.ok())
        return s.error();
    auto team = teamOf(actor, teamId);
    if (!team.ok())
        return team.error();
    auto out = gather(team.value(), userId, measure);
    if (!out.ok())
        return out;
    // The team's work can be about a person the supervisor may not open (a contact or task
    // of a person since moved to another team, an unassigned referral of another team's
    // person): the row stays, so that it still adds up to the number, without who it is.
    QHash<QString, QString> hidden; // person id -> what stands for their name, or empty
    for (auto &rec : out.value()) {
        if (rec.personId.isEmpty())
            continue;
        auto it = hidden.constFind(rec.personId);
        if (it == hidden.cend()) {
            const auto scope = personScope(m_ctx.db, rec.personId);
            it = hidden.insert(rec.personId,
                               security::check(actor, security::Action::ViewPerson, scope).ok()
                                   ? QString()
                                   : hiddenPersonLabel(actor, scope.restricted));
        }
        if (it->isEmpty())
            continue;
        rec.personName = *it;
        if (rec.recordType == QLatin1String("task"))
            rec.what.clear(); // a task's title is free text and may name them
    }
    if (read == RecordsRead::Refreshed)
        return out;
    if (auto s = AuditService(m_ctx).record(
            actor, QStringLiteral("review.records"), QStringLiteral("team"), team.value(),
            QString(),
            QStringLiteral("measure=%1 user=%2 records=%3")
                .arg(measureCode(measure), userId.isEmpty() ? QStringLiteral("team") : userId)
                .arg(out->size()));
        !s.ok())
        return s.error();
    return out;
}

Result<QVector<ReviewRecord>>
SupervisorService::gather(const QString &teamId, const QString &userId, ReviewMeasure measure)
{
    store::SupervisorQueries queries(m_ctx.db);
    const QDate today = m_ctx.today();
    const QDateTime now = m_ctx.clock.now();
    QVector<ReviewRecord> out;

    switch (measure) {
    case Measure::OpenEpisodes:
    case Measure::ClosuresAwaiting:
    case Measure::DaysSinceContact: {
        auto rows = queries.openEpisodes(teamId);
        if (!rows.ok())
            return rows.error();
        for (const auto &e : rows.value()) {
            if (measure == Measure::ClosuresAwaiting &&
                e.status != QLatin1String("closure_requested"))
                continue;
            ReviewRecord rec;
            rec.recordType = QStringLiteral("episode");
            rec.id = e.id;
            rec.personId = e.personId;
            rec.personName = e.personName;
            rec.ownerId = e.caseworkerId;
            rec.status = e.status;
            rec.priority = e.priority;
            // An episode nobody has contacted yet counts from the day it opened.
            const QDateTime last = e.lastContactAt.isValid() && e.lastContactAt > e.openedAt
                                       ? e.lastContactAt
                                       : e.openedAt;
            rec.days = daysBetween(last, today);
            rec.at = measure == Measure::ClosuresAwaiting   ? e.closureRequestedAt
                     : measure == Measure::DaysSinceContact ? last
                                                            : e.openedAt;
            out.push_back(rec);
        }
        break;
    }
    case Measure::ContactsThisWeek: {
        // Monday 00:00 to the next Monday 00:00, Europe/London (a week across a clock
        // change is 167 or 169 hours long).
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        const QDateTime from(monday, QTime(0, 0), util::london());
        const QDateTime to(monday.addDays(7), QTime(0, 0), util::london());
        auto rows = queries.contacts(teamId, from.toUTC(), to.toUTC());
        if (!rows.ok())
            return rows.error();
        for (const auto &c : rows.value()) {
            ReviewRecord rec;
            rec.recordType = QStringLiteral("contact");
            rec.id = c.id;
            rec.personId = c.personId;
            rec.personName = c.personName;
            rec.ownerId = c.recordedBy;
            rec.what = c.channel;
            rec.at = c.at;
            out.push_back(rec);
        }
        break;
    }
    case Measure::OverdueTasks: {
        auto rows = queries.overdueTasks(teamId, today);
        if (!rows.ok())
            return rows.error();
        for (const auto &t : rows.value()) {
            ReviewRecord rec;
            rec.recordType = QStringLiteral("task");
            rec.id = t.id;
            rec.personId = t.personId;
            rec.personName = t.personName;
            rec.ownerId = t.ownerId;
            rec.what = t.title;
            rec.due = t.dueOn;
            rec.days = int(t.dueOn.daysTo(today));
            out.push_back(rec);
        }
        break;
    }
    case Measure::Breaches:
    case Measure::DueSoon: {
        // The referrals a worker answers for: assigned and awaiting triage, or in one of
        // their open episodes. The clock is the hub's (ReferralService), not recomputed.
        auto rows = queries.heldReferrals(teamId);
        if (!rows.ok())
            return rows.error();
        ReferralService referrals(m_ctx);
        for (const auto &row : rows.value()) {
            const auto clock = referrals.clockFor(row.referral);
            const bool counts =
                measure == Measure::Breaches
                    ? clock.isBreach()
                    : clock.status == calendar::ClockState::Status::Running &&
                          (clock.dueDate == today || clock.dueDate == today.addDays(1));
            if (counts)
                out.push_back(referralRecord(row, clock));
        }
        break;
    }
    case Measure::Unallocated: {
        if (!userId.isEmpty())
            return out; // nobody holds them: a team figure only
        auto rows = queries.unallocatedReferrals();
        if (!rows.ok())
            return rows.error();
        for (const auto &row : rows.value()) {
            auto rec = referralRecord(
                row, m_ctx.victimsCode.state(row.referral.receivedAt, row.referral.enhanced,
                                             row.referral.consentToContact, QDateTime(), now));
            rec.at = row.referral.receivedAt;
            out.push_back(rec);
        }
        break;
    }
    case Measure::MeasureCount:
        return Error::invalid(QStringLiteral("measure"), tr("unknown measure"));
    }

    if (!userId.isEmpty())
        out.erase(std::remove_if(out.begin(), out.end(),
                                 [&](const ReviewRecord &r) { return r.ownerId != userId; }),
                  out.end());
    if (measure == Measure::DaysSinceContact)
        std::stable_sort(out.begin(), out.end(), [](const ReviewRecord &a, const ReviewRecord &b) {
            return a.days > b.days;
        });
    return out;
}

Result<TeamReview> SupervisorService::review(const domain::Actor &actor, const QString &teamId)
{
    if (auto s = security::check(actor, security::Action::ViewReports); !s.ok())
        return s.error();
    if (auto s = checkSupervisor(actor, false); !s.ok())
        return s.error();
    auto team = teamOf(actor, teamId);
    if (!team.ok())
        return team.error();
    auto users = store::SupervisorQueries(m_ctx.db).teamUsers(team.value());
    if (!users.ok())
        return users.error();

    TeamReview review;
    review.teamId = team.value();
    review.teamName = store::TeamRepository(m_ctx.db).get(team.value())->name;
    const QDate today = m_ctx.today();
    review.weekStart = today.addDays(1 - today.dayOfWeek());

    // Each number is the size of the list its drill-down shows, so the two never disagree.
    QHash<QString, ReviewRow> byUser;
    ReviewRow total;
    total.isTeam = true;
    total.name = tr("Team total");
    for (int m = 0; m < int(Measure::MeasureCount); ++m) {
        const auto measure = Measure(m);
        auto recs = gather(team.value(), QString(), measure);
        if (!recs.ok())
            return recs.error();
        for (const auto &rec : recs.value()) {
            if (rec.ownerId.isEmpty())
                continue;
            auto &row = byUser[rec.ownerId];
            row.userId = rec.ownerId;
            // Days since last contact: the worst of the worker's open episodes, not the
            // median, because one victim left without contact for weeks is what a review
            // must surface, however well the rest of the caseload is kept up.
            if (measure == Measure::DaysSinceContact)
                row.values[m] = std::max(row.values[m], rec.days);
            else
                ++row.values[m];
        }
        if (measure == Measure::DaysSinceContact) {
            for (const auto &rec : recs.value())
                total.values[m] = std::max(total.values[m], rec.days);
        } else {
            total.values[m] = int(recs.value().size());
        }
    }
    for (const auto &u : users.value()) {
        // The team's active caseworkers, and anyone else of the team holding work (a
        // supervisor holding none is not part of the caseload).
        const bool caseworker = u.active && u.role == QLatin1String("caseworker");
        if (!caseworker && !byUser.contains(u.id))
            continue;
        ReviewRow row = byUser.value(u.id);
        row.userId = u.id;
        row.name = u.displayName;
        review.rows.push_back(row);
    }
    review.rows.push_back(total);
    return review;
}

} // namespace hub::services
