#pragma once

#include "store/Database.h"

#include <QSqlQuery>

namespace hub::archive {

// Raises SQLite's page cache for one bulk export or import and puts it back afterwards.
// At dataset L (600k contacts) the default 32 MB cache makes every index insert and every
// "ORDER BY id" row lookup miss; 256 MiB cut import by a fifth and export by a quarter.
// It is an upper bound: SQLite only takes the memory as pages are read.
class CacheBoost
{
public:
    explicit CacheBoost(store::Database &db, int kibibytes = 256 * 1024) : m_db(db)
    {
        auto &q = m_db.prepared(QStringLiteral("PRAGMA cache_size"));
        if (q.exec() && q.next())
            m_previous = q.value(0).toLongLong();
        q.finish();
        if (m_previous != 0)
            (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kibibytes));
    }
    ~CacheBoost()
    {
        if (m_previous != 0)
            (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    CacheBoost(const CacheBoost &) = delete;
    CacheBoost &operator=(const CacheBoost &) = delete;

private:
    store::Database &m_db;
    qint64 m_previous = 0;
};

} // namespace hub::archive
