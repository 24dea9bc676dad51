#pragma once

#include "Database.h"
#include "domain/AuditEvent.h"

#include <functional>
#include <optional>

namespace hub::store {

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

private:
    Database &m_db;
};

} // namespace hub::store
