#pragma once

#include "Result.h"

#include <QString>

namespace hub::store {

class Database;

// A transaction-consistent copy of the whole database written to `file` (VACUUM INTO): it
// sees the last commit when it starts and nothing another connection commits while it
// runs, and it never blocks a writer. `file` must not exist or must be empty.
Status snapshotInto(Database &db, const QString &file);

// PRAGMA integrity_check: an error naming the first problem when the file is damaged.
Status checkIntegrity(Database &db);

} // namespace hub::store
