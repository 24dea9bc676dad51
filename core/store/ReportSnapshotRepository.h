#pragma once

#include "Database.h"
#include "domain/ReportSnapshot.h"

#include <QVector>

namespace hub::store {

// The report_snapshot table: written once, read by month; the schema's triggers refuse
// UPDATE and DELETE. Transactions are the caller's.
class ReportSnapshotRepository
{
public:
    explicit ReportSnapshotRepository(Database &db) : m_db(db) {}

    Status insert(const domain::ReportSnapshot &s);
    // The snapshots of one month, newest first, with the saver's display name.
    Result<QVector<domain::ReportSnapshot>> byMonth(const QDate &month);

private:
    Database &m_db;
};

} // namespace hub::store
