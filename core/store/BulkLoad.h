#pragma once

#include "Database.h"

namespace hub::store {

// A bulk write (archive import, demo caseload) inside the caller's transaction:
// - SQLite's page cache is raised for the duration (at dataset L the default cache misses
//   on every index insert; 256 MiB cut import by a fifth) and put back afterwards;
// - the search index is not maintained row by row (FTS5 flushes on every statement) but
//   rebuilt once by finish(), in the same transaction, so a crash or rollback can never
//   leave it out of step with the people it indexes.
class BulkLoad
{
public:
    enum class Search { Rebuild, Untouched }; // Untouched: a bulk read, e.g. an export
    // Construct inside the transaction and call finish() before committing it; an
    // abandoned load (an error, then rollback) skips the rebuild.
    explicit BulkLoad(Database &db, Search search = Search::Rebuild,
                      int cacheKibibytes = 256 * 1024);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    // Rebuilds the search index and resumes per-row maintenance.
    Status finish();

private:
    Database &m_db;
    qint64 m_previousCache = 0;
    bool m_suspended = false;
};

// Rebuilds the whole person search index from the people and referrals on file.
Status rebuildSearchIndex(Database &db);

} // namespace hub::store
