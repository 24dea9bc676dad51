#pragma once

#include <QStringList>

namespace hub::sync {

// The hub's tables (docs/SYNC.md "What is stored"): one generic record table with scope
// columns, applied batches, conflicts, erasures (ids only), scope changes, clock skew log,
// meta and, on PostgreSQL, the login role -> app user map with row-level security.
QStringList hubSchema(bool postgres);

} // namespace hub::sync
