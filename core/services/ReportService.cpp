#include "ReportService.h"

#include "AuditService.h"
#include "reports/ReportReader.h"
#include "reports/ReportWriters.h"
#include "security/Permissions.h"
#include "store/ReportSnapshotRepository.h"
#include "store/Repositories.h"
#include "store/Transaction.h"
#include "util/Ids.h"

#include "util/Time.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace hub::services {

bool ReportService::maySaveSnapshot(const domain::Actor &actor)
{
    return security::Permissions::allows(actor.role, security::Action::SaveSnapshot);
}

bool ReportService::isClosed(const QDate &month) const
{
    const QDate first(month.year(), month.month(), 1);
    return first.isValid() && first.addMonths(1) <= m_ctx.today();
}

QDate ReportService::lastClosedMonth() const
{
    const QDate today = m_ctx.today();
    return QDate(today.year(), today.month(), 1).addMonths(-1);
}

namespace {

// What the audit trail says a report covered: "monthly", then the last month of a run and
// the team when there is one, so the whole hub's month reads as it always did.
QString scopeWords(const reports::MonthlyReport &r)
{
    QString words = QStringLiteral("monthly");
    if (r.isRange())
        words += QStringLiteral(" to %1").arg(reports::monthKey(r.lastMonth));
    if (!r.teamId.isEmpty())
        words += QStringLiteral(" team=%1").arg(r.teamId);
    return words;
}

} // namespace

QString ReportService::boundTeam(const domain::Actor &actor)
{
    // The same rule as a supervisor's reach over people: one team, unless they have none.
    return actor.role == QLatin1String("supervisor") ? actor.teamId : QString();
}

Status ReportService::checkTeam(const domain::Actor &actor, const QString &teamId) const
{
    if (auto s = security::check(actor, security::Action::ViewReports); !s.ok())
        return s;
    const QString bound = boundTeam(actor);
    if (!bound.isEmpty() && teamId != bound)
        return Error::make(Error::Kind::Permission,
                           tr("a supervisor of a team sees their own team's figures only"));
    return {};
}

Result<QVector<domain::Team>> ReportService::teams(const domain::Actor &actor)
{
    if (auto s = security::check(actor, security::Action::ViewReports); !s.ok())
        return s.error();
    const QString bound = boundTeam(actor);
    QVector<domain::Team> out;
    for (const auto &t : store::TeamRepository(m_ctx.db).all()) {
        if (bound.isEmpty() || t.id == bound)
            out.push_back(t);
    }
    std::sort(out.begin(), out.end(), [](const domain::Team &a, const domain::Team &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

Result<domain::Team> ReportService::findTeam(const domain::Actor &actor, const QString &nameOrId)
{
    auto all = store::TeamRepository(m_ctx.db).all();
    for (const auto &t : all) {
        if (t.id == nameOrId || t.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0) {
            if (auto s = checkTeam(actor, t.id); !s.ok())
                return s.error();
            return t;
        }
    }
    if (auto s = security::check(actor, security::Action::ViewReports); !s.ok())
        return s.error();
    QStringList names;
    for (const auto &t : all)
        names << t.name;
    names.sort(Qt::CaseInsensitive);
    return Error::invalid(QStringLiteral("team"),
                          tr("there is no team '%1' (there are: %2)")
                              .arg(nameOrId, names.join(QStringLiteral(", "))));
}

Result<reports::ReportScope> ReportService::named(reports::ReportScope scope)
{
    if (scope.teamId.isEmpty())
        return scope;
    auto team = store::TeamRepository(m_ctx.db).get(scope.teamId);
    if (!team.ok())
        return Error::invalid(QStringLiteral("team"), tr("there is no such team"));
    scope.teamName = team->name;
    return scope;
}

Result<reports::MonthlyReport> ReportService::count(const reports::ReportScope &scope,
                                                    const QDateTime &asOf)
{
    auto withName = named(scope);
    if (!withName.ok())
        return withName.error();
    return reports::counted(m_ctx.db, withName.value(), asOf.isValid() ? asOf : now(),
                            reports::codesOf(m_ctx.db), m_ctx.victimsCode);
}

Result<reports::MonthlyReport> ReportService::monthly(const domain::Actor &actor,
                                                      const QDate &month, const QDateTime &asOf)
{
    return report(actor, {month, month, boundTeam(actor), {}}, asOf);
}

Result<reports::MonthlyReport> ReportService::report(const domain::Actor &actor,
                                                     const reports::ReportScope &scope,
                                                     const QDateTime &asOf)
{
    if (auto s = checkTeam(actor, scope.teamId); !s.ok())
        return s.error();
    auto report = count(scope, asOf);
    if (!report.ok())
        return report;
    if (auto s = AuditService(m_ctx).record(
            actor, QStringLiteral("report.view"), QStringLiteral("report"),
            reports::monthKey(report->month), QString(),
            QStringLiteral("%1 as_of=%2")
                .arg(scopeWords(report.value()), util::toIsoUtc(report->asOf)));
        !s.ok())
        return s.error();
    return report;
}

Result<QVector<reports::TrendPoint>>
ReportService::trend(const domain::Actor &actor, const QDate &lastMonth, const QDateTime &asOf)
{
    return trend(actor, lastMonth, asOf, boundTeam(actor));
}

Result<QVector<reports::TrendPoint>> ReportService::trend(const domain::Actor &actor,
                                                          const QDate &lastMonth,
                                                          const QDateTime &asOf,
                                                          const QString &teamId)
{
    if (auto s = checkTeam(actor, teamId); !s.ok())
        return s.error();
    return reports::trend(m_ctx.db, lastMonth, asOf.isValid() ? asOf : now(), m_ctx.victimsCode, 12,
                          teamId);
}

Status ReportService::recordExport(const domain::Actor &actor, const reports::MonthlyReport &report,
                                   const QString &format, const QString &target)
{
    if (auto s = checkTeam(actor, report.teamId); !s.ok())
        return s;
    return AuditService(m_ctx).record(
        actor, QStringLiteral("report.export"), QStringLiteral("report"),
        reports::monthKey(report.month), QString(),
        QStringLiteral("%1 %2 as_of=%3 to %4")
            .arg(scopeWords(report), format, util::toIsoUtc(report.asOf),
                 target.isEmpty() ? QStringLiteral("standard output")
                                  : QFileInfo(target).fileName()));
}

Result<domain::ReportSnapshot> ReportService::saveSnapshot(const domain::Actor &actor,
                                                           const QDate &month)
{
    return saveSnapshot(actor, month, boundTeam(actor));
}

Result<domain::ReportSnapshot>
ReportService::saveSnapshot(const domain::Actor &actor, const QDate &month, const QString &teamId)
{
    if (auto s = security::check(actor, security::Action::SaveSnapshot); !s.ok())
        return s.error();
    if (auto s = checkTeam(actor, teamId); !s.ok())
        return s.error();
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    if (!month.isValid())
        return Error::invalid(QStringLiteral("month"), tr("choose a month"));
    const QDate first(month.year(), month.month(), 1);
    if (!isClosed(first))
        return Error::invalid(QStringLiteral("month"),
                              tr("%1 is not over yet; a snapshot can be saved from the day "
                                 "after its last day")
                                  .arg(reports::monthKey(first)));
    const QDateTime at = now();
    auto report = count({first, first, teamId, {}}, at);
    if (!report.ok())
        return report.error();
    domain::ReportSnapshot s;
    s.id = util::newId();
    s.month = first;
    s.asOf = report->asOf;
    s.createdBy = actor.userId;
    s.createdAt = report->asOf;
    s.figuresJson = reports::toJson(report.value());

    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto st = store::ReportSnapshotRepository(m_ctx.db).insert(s); !st.ok())
        return st.error();
    if (auto st = AuditService(m_ctx).record(actor, QStringLiteral("report.snapshot"),
                                             QStringLiteral("report_snapshot"), s.id, QString(),
                                             reports::monthKey(first));
        !st.ok())
        return st.error();
    if (auto st = tx.commit(); !st.ok())
        return st.error();
    auto saved = snapshots(actor, first, teamId);
    if (saved.ok()) {
        for (const auto &one : saved.value()) {
            if (one.id == s.id)
                s.createdByName = one.createdByName;
        }
    }
    return s;
}

Result<QVector<domain::ReportSnapshot>> ReportService::snapshots(const domain::Actor &actor,
                                                                 const QDate &month)
{
    return snapshots(actor, month, boundTeam(actor));
}

Result<QVector<domain::ReportSnapshot>>
ReportService::snapshots(const domain::Actor &actor, const QDate &month, const QString &teamId)
{
    if (auto s = checkTeam(actor, teamId); !s.ok())
        return s.error();
    if (!month.isValid())
        return QVector<domain::ReportSnapshot>();
    auto all =
        store::ReportSnapshotRepository(m_ctx.db).byMonth(QDate(month.year(), month.month(), 1));
    if (!all.ok())
        return all;
    // Each snapshot is of the whole hub or of one team, as its figures say.
    QVector<domain::ReportSnapshot> out;
    for (const auto &s : all.value()) {
        auto figures = reports::fromJson(s.figuresJson);
        if (figures.ok() ? figures->teamId == teamId : teamId.isEmpty())
            out.push_back(s);
    }
    return out;
}

Result<SnapshotComparison> ReportService::compareWithToday(const domain::Actor &actor,
                                                           const domain::ReportSnapshot &snapshot)
{
    auto saved = reports::fromJson(snapshot.figuresJson);
    if (!saved.ok())
        return saved.error();
    if (auto s = checkTeam(actor, saved->teamId); !s.ok())
        return s.error();
    auto today = count({snapshot.month, snapshot.month, saved->teamId, {}}, snapshot.asOf);
    if (!today.ok())
        return today.error();
    SnapshotComparison out;
    out.todayJson = reports::toJson(today.value());
    out.differs = out.todayJson != snapshot.figuresJson;
    if (!out.differs)
        return out;
    auto savedLeaves = reports::leaves(snapshot.figuresJson);
    if (!savedLeaves.ok())
        return savedLeaves.error();
    auto now = reports::leaves(out.todayJson);
    if (!now.ok())
        return now.error();
    QHash<QString, QString> todayValues;
    for (const auto &leaf : now.value())
        todayValues.insert(leaf.path(), leaf.value);
    QHash<QString, bool> seen;
    for (const auto &leaf : savedLeaves.value()) {
        seen.insert(leaf.path(), true);
        const auto it = todayValues.constFind(leaf.path());
        const QString current = it == todayValues.cend() ? QString() : it.value();
        if (current != leaf.value)
            out.changes.push_back({leaf.figure, leaf.breakdown, leaf.value, current});
    }
    // Codes added to a list since the snapshot was saved.
    for (const auto &leaf : now.value()) {
        if (!seen.contains(leaf.path()))
            out.changes.push_back({leaf.figure, leaf.breakdown, QString(), leaf.value});
    }
    return out;
}

} // namespace hub::services
