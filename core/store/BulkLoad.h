#pragma once

#include "Database.h"

namespace hub::store {

// A bulk write (archive import, demo caseload) inside the caller's transaction:
// - SQLite's page cache is raised for the duration (at dataset L the default cache misses
//   on every index insert; 256 MiB cut import by a fifth, 1 GiB (the whole L file, so no
//   page is spilled mid-transaction) another 6%) and put back afterwards;
// - the search index is not maintained row by row (FTS5 flushes on every statement) but
//   rebuilt once by finish(), in the same transaction, so a crash or rollback can never
//   leave it out of step with the people it indexes;
// - into a database that holds no people yet (a restore, a demo caseload), the secondary
//   indexes are dropped and built again by finish(): one sort per index instead of a random
//   B-tree insert per row, which at dataset L is most of the load time. Unique indexes stay,
//   so duplicates are still refused row by row, and so do partial indexes: they are small,
//   and contact_by_amends answers the deferred foreign-key check that SQLite runs for every
//   contact while an amendment read before its original is outstanding (without it, every
//   such insert scans the whole contact table). All of it is DDL inside the caller's
//   transaction: a rollback puts every index back as it was.
class BulkLoad
{
public:
    enum class Search
    {
        Rebuild,
        Untouched
    }; // Untouched: a bulk read, e.g. an export
    // Construct inside the transaction and call finish() before committing it; an
    // abandoned load (an error, then rollback) skips the rebuild.
    explicit BulkLoad(Database &db, Search search = Search::Rebuild,
                      int cacheKibibytes = 1024 * 1024);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    // Rebuilds the search index and resumes per-row maintenance.
    Status finish();

private:
    void deferIndexesIfEmpty();

    Database &m_db;
    qint64 m_previousCache = 0;
    bool m_suspended = false;
    QStringList m_deferredIndexes; // CREATE INDEX statements to run again in finish()
};

// Foreign keys checked once for a whole load instead of on every row: switched off before
// the caller's transaction begins (SQLite ignores the switch inside one), checked by
// check() before the commit, switched back on when this goes out of scope. Declare it
// before the Transaction so that it outlives it.
class ForeignKeysCheckedAtEnd
{
public:
    explicit ForeignKeysCheckedAtEnd(Database &db);
    ~ForeignKeysCheckedAtEnd();
    ForeignKeysCheckedAtEnd(const ForeignKeysCheckedAtEnd &) = delete;
    ForeignKeysCheckedAtEnd &operator=(const ForeignKeysCheckedAtEnd &) = delete;

    // An error naming the first table with a row whose linked record is missing.
    Status check();

private:
    Database &m_db;
    bool m_off = false;
};

// Rebuilds the whole person search index from the people and referrals on file.
Status rebuildSearchIndex(Database &db);

} // namespace hub::store
