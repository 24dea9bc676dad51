#include "ReportSnapshotRepository.h"

#include "RowAccess.h"
#include "SqlValues.h"

namespace hub::store {

using namespace detail;

namespace {
QString monthText(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}
} // namespace

Status ReportSnapshotRepository::insert(const domain::ReportSnapshot &s)
{
    auto &q = m_db.prepared(QStringLiteral(
        "INSERT INTO report_snapshot (id, month, as_of, created_by, created_at, figures_json) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.id);
    q.addBindValue(monthText(s.month));
    q.addBindValue(sql::time(s.asOf));
    q.addBindValue(sql::text(s.createdBy));
    q.addBindValue(sql::time(s.createdAt));
    q.addBindValue(QString::fromUtf8(s.figuresJson));
    return execWrite(q, "report_snapshot");
}

Result<QVector<domain::ReportSnapshot>> ReportSnapshotRepository::byMonth(const QDate &month)
{
    auto &q = m_db.prepared(QStringLiteral(
        "SELECT s.id, s.month, s.as_of, s.created_by, u.display_name, s.created_at, "
        "s.figures_json FROM report_snapshot s LEFT JOIN app_user u ON u.id = s.created_by "
        "WHERE s.month = ? ORDER BY s.created_at DESC, s.id DESC"));
    q.addBindValue(monthText(month));
    if (!q.exec())
        return Database::storageError(q);
    QVector<domain::ReportSnapshot> out;
    while (q.next()) {
        domain::ReportSnapshot s;
        s.id = q.value(0).toString();
        s.month = QDate::fromString(q.value(1).toString() + QStringLiteral("-01"), Qt::ISODate);
        s.asOf = util::parseRfc3339(q.value(2).toString());
        s.createdBy = q.value(3).toString();
        s.createdByName = q.value(4).toString();
        s.createdAt = util::parseRfc3339(q.value(5).toString());
        s.figuresJson = q.value(6).toString().toUtf8();
        out.push_back(s);
    }
    q.finish();
    return out;
}

} // namespace hub::store
