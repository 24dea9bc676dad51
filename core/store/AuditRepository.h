#pragma once

#include "Database.h"
#include "domain/AuditEvent.h"

#include <functional>
#include <optional>

namespace hub::store {

// Which events to read: empty fields match everything. Times are stored UTC ISO strings,
// `fromAt` inclusive and `untilAt` exclusive.
struct AuditSelection
{
    QString userId;
    QString personId;
    QString action;
    QString fromAt;
    QString untilAt;
    qint64 afterSeq = 0; // only events after this one (0: from the first)
};

// The audit_event table: appended to, read in order, never changed (the schema's triggers
// refuse UPDATE and DELETE). Transactions are the caller's.
class AuditRepository
{
public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    // The newest event, or nullopt when the trail is empty.
    Result<std::optional<domain::AuditEvent>> last();
    Status insert(const domain::AuditEvent &e);
    // Every event in seq order.
    Status forEach(const std::function<Status(const domain::AuditEvent &)> &visit);

    // Up to `limit` matching events, newest first, all older than `beforeSeq` (0: from the
    // newest). Paging by seq, so a page costs the same at the end of a long trail.
    Result<QVector<domain::AuditEvent>> page(const AuditSelection &which, qint64 beforeSeq,
                                             int limit);
    Result<qint64> count(const AuditSelection &which);
    // The matching events in seq order.
    Status forEach(const AuditSelection &which,
                   const std::function<Status(const domain::AuditEvent &)> &visit);
    // Every action code on the trail, sorted.
    Result<QStringList> actions();
    // The event numbered `seq`, or nullopt when the trail has none.
    Result<std::optional<domain::AuditEvent>> at(qint64 seq);

    // Shared with the hub's copy of the trail (core/sync/HubAudit.cpp): the columns of an
    // event in order, an event read from `q` starting at column `first`, and the WHERE
    // clause of a selection with its values appended to `values`.
    static const QString &columns();
    static domain::AuditEvent fromRow(const QSqlQuery &q, int first = 0);
    static QString where(const AuditSelection &which, QVariantList &values);

private:
    Database &m_db;
};

} // namespace hub::store
