#include "ReportService.h"

#include "AuditService.h"
#include "reports/ReportReader.h"
#include "reports/ReportWriters.h"
#include "security/Permissions.h"
#include "store/ReportSnapshotRepository.h"
#include "store/Transaction.h"
#include "util/Ids.h"

#include "util/Time.h"

#include <QFileInfo>
#include <QHash>

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

Result<reports::MonthlyReport> ReportService::count(const QDate &month, const QDateTime &asOf)
{
    return reports::monthly(m_ctx.db, month, asOf.isValid() ? asOf : now(),
                            reports::codesOf(m_ctx.db), m_ctx.victimsCode);
}

Result<reports::MonthlyReport> ReportService::monthly(const domain::Actor &actor,
                                                      const QDate &month, const QDateTime &asOf)
{
    if (auto s = security::check(actor, security::Action::ViewReports); !s.ok())
        return s.error();
    auto report = count(month, asOf);
    if (!report.ok())
        return report;
    if (auto s = AuditService(m_ctx).record(
            actor, QStringLiteral("report.view"), QStringLiteral("report"),
            reports::monthKey(report->month), QString(),
            QStringLiteral("monthly as_of=%1").arg(util::toIsoUtc(report->asOf)));
        !s.ok())
        return s.error();
    return report;
}

Result<QVector<reports::TrendPoint>>
ReportService::trend(const domain::Actor &actor, const QDate &lastMonth, const QDateTime &asOf)
{
    if (auto s = security::check(actor, security::Action::ViewReports); !s.ok())
        return s.error();
    return reports::trend(m_ctx.db, lastMonth, asOf.isValid() ? asOf : now(), m_ctx.victimsCode);
}

Status ReportService::recordExport(const domain::Actor &actor, const reports::MonthlyReport &report,
                                   const QString &format, const QString &target)
{
    if (auto s = security::check(actor, security::Action::ViewReports); !s.ok())
        return s;
    return AuditService(m_ctx).record(actor, QStringLiteral("report.export"),
                                      QStringLiteral("report"), reports::monthKey(report.month),
                                      QString(),
                                      QStringLiteral("monthly %1 as_of=%2 to %3")
                                          .arg(format, util::toIsoUtc(report.asOf),
                                               target.isEmpty() ? QStringLiteral("standard output")
                                                                : QFileInfo(target).fileName()));
}

Result<domain::ReportSnapshot> ReportService::saveSnapshot(const domain::Actor &actor,
                                                           const QDate &month)
{
    if (auto s = security::check(actor, security::Action::SaveSnapshot); !s.ok())
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
    auto report = count(first, at);
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
    auto saved = snapshots(actor, first);
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
    if (auto s = security::check(actor, security::Action::ViewReports); !s.ok())
        return s.error();
    if (!month.isValid())
        return QVector<domain::ReportSnapshot>();
    return store::ReportSnapshotRepository(m_ctx.db).byMonth(QDate(month.year(), month.month(), 1));
}

Result<SnapshotComparison> ReportService::compareWithToday(const domain::Actor &actor,
                                                           const domain::ReportSnapshot &snapshot)
{
    if (auto s = security::check(actor, security::Action::ViewReports); !s.ok())
        return s.error();
    auto today = count(snapshot.month, snapshot.asOf);
    if (!today.ok())
        return today.error();
    SnapshotComparison out;
    out.todayJson = reports::toJson(today.value());
    out.differs = out.todayJson != snapshot.figuresJson;
    if (!out.differs)
        return out;
    auto saved = reports::leaves(snapshot.figuresJson);
    if (!saved.ok())
        return saved.error();
    auto now = reports::leaves(out.todayJson);
    if (!now.ok())
        return now.error();
    QHash<QString, QString> todayValues;
    for (const auto &leaf : now.value())
        todayValues.insert(leaf.path(), leaf.value);
    QHash<QString, bool> seen;
    for (const auto &leaf : saved.value()) {
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
