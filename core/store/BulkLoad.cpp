#include "BulkLoad.h"

#include "PersonPhones.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <utility>

namespace hub::store {

BulkLoad::BulkLoad(Database &db, Search search, int cacheKibibytes) : m_db(db)
{
    auto &q = m_db.prepared(QStringLiteral("PRAGMA cache_size"));
    if (q.exec() && q.next())
        m_previousCache = q.value(0).toLongLong();
    q.finish();
    if (m_previousCache != 0)
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKibibytes));
    if (search == Search::Rebuild) {
        m_suspended = m_db.exec(QStringLiteral("UPDATE search_state SET suspended = 1")).ok();
        deferIndexesIfEmpty();
    }
}

void BulkLoad::deferIndexesIfEmpty()
{
    auto &empty = m_db.prepared(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM person)"));
    const bool fresh = empty.exec() && empty.next() && empty.value(0).toBool();
    empty.finish();
    if (!fresh)
        return;
    QStringList names;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
            "sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' AND sql NOT LIKE '% WHERE %' "
            "ORDER BY rowid")))
        return;
    while (q.next()) {
        names << q.value(0).toString();
        m_deferredIndexes << q.value(1).toString();
    }
    q.finish();
    for (int i = 0; i < names.size(); ++i) {
        if (!m_db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(names.at(i))).ok()) {
            // Keep what was dropped so far on the list; leave the rest in place.
            m_deferredIndexes = m_deferredIndexes.mid(0, i);
            return;
        }
    }
}

BulkLoad::~BulkLoad()
{
    if (m_suspended) // abandoned: the caller's rollback undoes this too
        (void)m_db.exec(QStringLiteral("UPDATE search_state SET suspended = 0"));
    if (m_previousCache != 0)
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCache));
}

Status BulkLoad::finish()
{
    const QStringList indexes = std::exchange(m_deferredIndexes, {});
    for (const auto &sql : indexes) {
        if (auto s = m_db.exec(sql); !s.ok())
            return s;
    }
    if (!m_suspended)
        return {};
    m_suspended = false;
    if (auto s = rebuildSearchIndex(m_db); !s.ok())
        return s;
    // The loaded numbers in E.164 now, rather than on the first search.
    if (auto s = PersonPhones(m_db).catchUp(); !s.ok())
        return s;
    return m_db.exec(QStringLiteral("UPDATE search_state SET suspended = 0"));
}

ForeignKeysCheckedAtEnd::ForeignKeysCheckedAtEnd(Database &db) : m_db(db)
{
    if (!m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok())
        return;
    auto &q = m_db.prepared(QStringLiteral("PRAGMA foreign_keys"));
    m_off = q.exec() && q.next() && q.value(0).toInt() == 0;
    q.finish();
}

ForeignKeysCheckedAtEnd::~ForeignKeysCheckedAtEnd()
{
    if (m_off)
        (void)m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

Status ForeignKeysCheckedAtEnd::check()
{
    if (!m_off)
        return {}; // still on: every row was checked as it came
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Database::storageError(q);
    if (!q.next())
        return {};
    return Error::make(Error::Kind::Storage,
                       QCoreApplication::translate("hub::store::Database",
                                                   "a %1 record refers to a %2 record that is "
                                                   "not here; nothing was saved")
                           .arg(q.value(0).toString(), q.value(2).toString()));
}

Status rebuildSearchIndex(Database &db)
{
    // The same expressions as the person_search triggers of migration 1; merged records
    // (tombstones) are not searched (migration 13).
    if (auto s = db.exec(QStringLiteral("DELETE FROM person_search")); !s.ok())
        return s;
    return db.exec(QStringLiteral(
        "INSERT INTO person_search (rowid, names, phone, postcode, crime_refs) "
        "SELECT p.num, p.given_name || ' ' || p.family_name, "
        "coalesce(p.phone || ' ' || replace(replace(replace(replace(p.phone, ' ', ''), '-', ''), "
        "'(', ''), ')', ''), ''), "
        "coalesce(p.postcode || ' ' || replace(p.postcode, ' ', ''), ''), "
        "coalesce((SELECT group_concat(r.crime_reference, ' ') FROM referral r "
        "WHERE r.person_id = p.id), '') FROM person p WHERE p.merged_into IS NULL"));
}

} // namespace hub::store
