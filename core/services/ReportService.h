#pragma once

#include "ServiceContext.h"
#include "domain/Records.h"
#include "domain/ReportSnapshot.h"
#include "reports/MonthlyReport.h"

#include <QCoreApplication>

namespace hub::services {

// One figure whose value today's data no longer gives.
struct FigureChange
{
    QString figure;    // the JSON key, e.g. "contacts_logged"
    QString breakdown; // the code or part within it ("met", "police"); empty for a plain figure
    QString saved;
    QString today;
};

// A snapshot set against what the database gives now for the same month and as_of.
struct SnapshotComparison
{
    bool differs = false;
    QByteArray todayJson;
    QVector<FigureChange> changes; // in report order
};

// The monthly support counts (COUNTING_RULES.md) for the Reports screen and hubctl, and
// their snapshots. Counting itself is hub::reports; this adds the hub's code lists and
// Victims' Code days, the clock, and who may save what.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    explicit ReportService(ServiceContext &ctx) : m_ctx(ctx) {}

    // Supervisors and administrators save snapshots; everyone may read the counts, which
    // hold no personal data.
    static bool maySaveSnapshot(const domain::Actor &actor);

    // The team whose figures alone `actor` may see: a supervisor of a team sees that
    // team's; hub-wide roles (administrators, auditors, a supervisor without a team) see
    // any team's or the whole hub's, and get an empty string here.
    static QString boundTeam(const domain::Actor &actor);
    // The teams `actor` may count, by name: every team for a hub-wide role, their own for a
    // supervisor of a team; ViewReports.
    Result<QVector<domain::Team>> teams(const domain::Actor &actor);
    // The team named `nameOrId` (its name in any case, or its id), among teams(actor).
    Result<domain::Team> findTeam(const domain::Actor &actor, const QString &nameOrId);

    // A month is closed once its last day is before today (Europe/London).
    bool isClosed(const QDate &month) const;
    // The most recent closed month (the first day of last month).
    QDate lastClosedMonth() const;
    QDateTime now() const { return m_ctx.clock.now(); }

    // Every figure for the month (any day of it), at `asOf` (default: now), for
    // supervisors, administrators and auditors (ViewReports): the whole hub's, or for a
    // supervisor of a team that team's. Each report produced is an audit event
    // ("report.view": the month and as_of).
    Result<reports::MonthlyReport> monthly(const domain::Actor &actor, const QDate &month,
                                           const QDateTime &asOf = {});
    // The figures of a run of months, of the whole hub or one team (scope.teamId; the name
    // is filled in here). A supervisor of a team is refused any other scope than their
    // own team's; "report.view" records the months and the team.
    Result<reports::MonthlyReport> report(const domain::Actor &actor,
                                          const reports::ReportScope &scope,
                                          const QDateTime &asOf = {});
    // The 12 months ending with `lastMonth`, oldest first, at `asOf` (default: now), of
    // boundTeam(actor) or `teamId`; ViewReports and the same team rule as report().
    Result<QVector<reports::TrendPoint>> trend(const domain::Actor &actor, const QDate &lastMonth,
                                               const QDateTime &asOf = {});
    Result<QVector<reports::TrendPoint>> trend(const domain::Actor &actor, const QDate &lastMonth,
                                               const QDateTime &asOf, const QString &teamId);
    // Records that `report` leaves the app as `format` (csv, pdf, json) to `target` (a file
    // name; empty for standard output): "report.export". Call it before writing; on an
    // error, write nothing.
    Status recordExport(const domain::Actor &actor, const reports::MonthlyReport &report,
                        const QString &format, const QString &target);

    // Computes the month's figures now and keeps them, immutable, with the actor and time:
    // the whole hub's, or one team's (`teamId`; by default boundTeam(actor)). Closed months
    // only; supervisors and administrators only, within their team rule.
    Result<domain::ReportSnapshot> saveSnapshot(const domain::Actor &actor, const QDate &month);
    Result<domain::ReportSnapshot> saveSnapshot(const domain::Actor &actor, const QDate &month,
                                                const QString &teamId);
    // The month's snapshots of the whole hub (or of `teamId`; by default boundTeam(actor)),
    // newest first; ViewReports.
    Result<QVector<domain::ReportSnapshot>> snapshots(const domain::Actor &actor,
                                                      const QDate &month);
    Result<QVector<domain::ReportSnapshot>> snapshots(const domain::Actor &actor,
                                                      const QDate &month, const QString &teamId);
    // Whether today's data, counted at the snapshot's own as_of (and for its team), gives
    // other figures, and which: the JSON is compared byte for byte, then figure by figure;
    // ViewReports.
    Result<SnapshotComparison> compareWithToday(const domain::Actor &actor,
                                                const domain::ReportSnapshot &snapshot);

private:
    // ViewReports, then the team rule of boundTeam().
    Status checkTeam(const domain::Actor &actor, const QString &teamId) const;
    // The scope with the team's name; an unknown team is an error.
    Result<reports::ReportScope> named(reports::ReportScope scope);
    Result<reports::MonthlyReport> count(const reports::ReportScope &scope, const QDateTime &asOf);
    ServiceContext &m_ctx;
};

} // namespace hub::services
