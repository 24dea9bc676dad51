#include "ErasureRepository.h"

#include "RowAccess.h"
#include "SqlValues.h"
#include "domain/RecordSchema.h"
#include "sync/RecordKinds.h"

#include <QCoreApplication>

namespace hub::store {

namespace {

// The person's referrals and episodes, for the tables that point at them.
const QString kEpisodes = QStringLiteral("(SELECT id FROM episode WHERE person_id = :p)");
const QString kReferrals = QStringLiteral("(SELECT id FROM referral WHERE person_id = :p)");

// Every timestamp that says something happened with a person, as (person_id, t); with
// `onePerson`, only :p's (each branch then reads its table's person index).
QString activity(bool onePerson)
{
    const QString where = onePerson ? QStringLiteral(" AND person_id = :p") : QString();
    return QStringLiteral(
               "SELECT id AS person_id, created_at AS t FROM person WHERE %2 "
               "UNION ALL SELECT person_id, received_at FROM referral WHERE 1 %1 "
               "UNION ALL SELECT person_id, decided_at FROM referral "
               "  WHERE decided_at IS NOT NULL %1 "
               "UNION ALL SELECT person_id, opened_at FROM episode WHERE 1 %1 "
               "UNION ALL SELECT person_id, closed_at FROM episode WHERE closed_at IS NOT NULL %1 "
               "UNION ALL SELECT person_id, closure_requested_at FROM episode "
               "  WHERE closure_requested_at IS NOT NULL %1 "
               "UNION ALL SELECT person_id, max(at, recorded_at) FROM contact WHERE 1 %1 "
               "UNION ALL SELECT e.person_id, o.referred_at FROM onward_referral o "
               "  JOIN episode e ON e.id = o.episode_id WHERE 1 %3 "
               "UNION ALL SELECT person_id, done_at FROM task "
               "  WHERE person_id IS NOT NULL AND done_at IS NOT NULL %1")
        .arg(where, onePerson ? QStringLiteral("id = :p") : QStringLiteral("1"),
             onePerson ? QStringLiteral(" AND e.person_id = :p") : QString());
}

// The rows of kind `k` about person :p, as a condition over its table (domain::Reach).
QString reachCondition(const domain::KindSpec &k)
{
    using domain::Reach;
    switch (k.reach) {
    case Reach::None:
        return {};
    case Reach::Self:
        return QStringLiteral("id = :p");
    case Reach::Person:
        return QStringLiteral("person_id = :p");
    case Reach::Episode:
        return QStringLiteral("episode_id IN %1").arg(kEpisodes);
    case Reach::PersonOrEpisode:
        return QStringLiteral("person_id = :p OR episode_id IN %1").arg(kEpisodes);
    case Reach::ReferralOrEpisode:
        return QStringLiteral("(record_type = 'referral' AND record_id IN %1) OR "
                              "(record_type = 'episode' AND record_id IN %2)")
            .arg(kReferrals, kEpisodes);
    }
    return {};
}

// What an erasure leaves in a column (domain::Erase).
QString erasedValue(const domain::FieldSpec &f)
{
    using domain::Erase;
    switch (f.erase) {
    case Erase::Keep:
        return {};
    case Erase::Empty:
        return QStringLiteral("''");
    case Erase::Null:
        return QStringLiteral("NULL");
    case Erase::True:
        return QStringLiteral("1");
    case Erase::False:
        return QStringLiteral("0");
    case Erase::EmptyObject:
        return QStringLiteral("'{}'");
    case Erase::NotAsked:
        return QStringLiteral("'not_asked'");
    case Erase::MonthOfBirth:
        // Ages at the end of a month need the year and month of birth, and the day only
        // for 29 February (COUNTING_RULES.md; docs/SECURITY.md).
        return QStringLiteral("CASE WHEN substr(%1, 6, 5) = '02-29' THEN %1 "
                              "ELSE substr(%1, 1, 8) || '01' END")
            .arg(f.column);
    }
    return {};
}

// The statement that erases person :p's rows of kind `k`: deletes them (tasks) or blanks
// every field the record schema erases; empty when the kind keeps nothing of theirs.
// A kind whose records link to each other (a contact's amendment may name another person
// than its original) takes the linked rows either way too.
QString erasureStatement(const domain::KindSpec &k)
{
    auto where = reachCondition(k);
    if (where.isEmpty())
        return {};
    if (k.erasureDeletes)
        return QStringLiteral("DELETE FROM %1 WHERE %2").arg(k.table, where);
    QStringList set;
    QStringList links;
    for (const auto &f : k.fields) {
        if (const auto v = erasedValue(f); !v.isEmpty() && !f.column.isEmpty())
            set << QStringLiteral("%1 = %2").arg(f.column, v);
        if (f.type == domain::FieldType::Id && f.refersTo == k.name && !f.column.isEmpty())
            links << f.column;
    }
    if (set.isEmpty())
        return {};
    const auto own = QStringLiteral("SELECT %2 FROM %1 WHERE %3").arg(k.table);
    QStringList conditions{where};
    for (const auto &l : links)
        conditions << QStringLiteral("%1 IN (%2)").arg(l, own.arg(k.key.first(), where))
                   << QStringLiteral("%1 IN (%2)").arg(k.key.first(), own.arg(l, where));
    return QStringLiteral("UPDATE %1 SET %2 WHERE %3")
        .arg(k.table, set.join(QStringLiteral(", ")), conditions.join(QStringLiteral(" OR ")));
}

const QString kOpenWork =
    QStringLiteral("(SELECT count(*) FROM referral WHERE person_id = %1 "
                   "   AND status NOT IN ('closed', 'declined', 'no_contact')) "
                   "+ (SELECT count(*) FROM episode WHERE person_id = %1 AND status <> 'closed')");

} // namespace

Status ErasureRepository::run(const QString &sql, const QString &personId)
{
    auto &q = m_db.prepared(sql);
    if (sql.contains(QLatin1String(":p")))
        q.bindValue(QStringLiteral(":p"), personId);
    if (!q.exec())
        return Database::storageError(q);
    q.finish();
    return {};
}

// The sync bookkeeping (schema 8) keeps copies of record values: the merge base of each
// row and both sides of a conflict. `before` (while the person's rows still exist) drops
// their merge bases and blanks their conflicts; after the blanking, the upserts it queued
// go too (the erasure row queues the one 'erase' the hub needs).
Status ErasureRepository::forgetSyncCopies(const QString &personId, bool before)
{
    if (!detail::exists(m_db,
                        QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = ? AND "
                                       "type = 'table'"),
                        QStringLiteral("sync_row")))
        return {};
    if (before) {
        if (auto s = run(QStringLiteral("UPDATE sync_conflict SET base = NULL, hub = NULL, "
                                        "client = NULL WHERE person_id = :p"),
                         personId);
            !s.ok())
            return s;
    }
    for (const auto &k : sync::recordKinds()) {
        if (k.personSql.isEmpty())
            continue;
        QStringList key;
        for (const auto &column : k.key)
            key << QStringLiteral("t.") + column;
        const auto rows = QStringLiteral("(SELECT %1 FROM %2 t WHERE %3 = :p)")
                              .arg(key.join(QStringLiteral(" || '|' || ")), k.table, k.personSql);
        const auto sql =
            before ? QStringLiteral("DELETE FROM sync_row WHERE kind = '%1' AND row_id IN %2")
                   : QStringLiteral("DELETE FROM sync_outbox WHERE kind = '%1' AND op = 'upsert' "
                                    "AND row_id IN %2");
        if (auto s = run(sql.arg(k.table, rows), personId); !s.ok())
            return s;
    }
    return {};
}

Status ErasureRepository::erasePerson(const ErasureRecord &record)
{
    if (m_db.transactionDepth() == 0)
        return Error::make(Error::Kind::Storage,
                           QCoreApplication::translate("hub::store::ErasureRepository",
                                                       "an erasure must run inside a transaction"));
    if (isErased(record.personId))
        return Error{Error::Kind::Conflict, QStringLiteral("person_id"),
                     QCoreApplication::translate("hub::store::ErasureRepository",
                                                 "person %1 was already erased")
                         .arg(record.personId),
                     0};

    // Append-only kinds (contacts, schema v1): the one controlled exception lifts their
    // trigger for this transaction only and puts back exactly the SQL the schema holds.
    QStringList guards;
    for (const auto &k : domain::recordSchema()) {
        if (!k.appendOnly)
            continue;
        auto &trigger = m_db.prepared(
            QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?"));
        trigger.addBindValue(k.table + QLatin1String("_append_only"));
        if (!trigger.exec())
            return Database::storageError(trigger);
        if (trigger.next())
            guards << trigger.value(0).toString();
        trigger.finish();
    }

    if (auto s = forgetSyncCopies(record.personId, true); !s.ok())
        return s;
    // Kind by kind, parents first: the names and crime references go while the search
    // triggers still find the person's row; then the row itself goes.
    for (const auto &k : domain::recordSchema()) {
        const auto sql = erasureStatement(k);
        if (sql.isEmpty())
            continue;
        if (k.appendOnly) {
            if (auto s =
                    m_db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1_append_only").arg(k.table));
                !s.ok())
                return s;
        }
        if (auto s = run(sql, record.personId); !s.ok())
            return s;
    }
    if (auto s = run(QStringLiteral("DELETE FROM person_search WHERE rowid = "
                                    "(SELECT num FROM person WHERE id = :p)"),
                     record.personId);
        !s.ok())
        return s;
    if (auto s = forgetSyncCopies(record.personId, false); !s.ok())
        return s;
    for (const auto &sql : guards) {
        if (auto s = m_db.exec(sql); !s.ok())
            return s;
    }

    if (auto s = markLeftovers(); !s.ok())
        return s;
    auto &q = m_db.prepared(
        QStringLiteral("INSERT INTO erasure (person_id, requested_on, reason, erased_by, "
                       "erased_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(record.personId);
    q.addBindValue(sql::date(record.requestedOn));
    q.addBindValue(record.reason);
    q.addBindValue(sql::text(record.erasedBy));
    q.addBindValue(sql::time(record.erasedAt));
    if (auto s = detail::execWrite(q, "erasure"); !s.ok())
        return s;
    // The records merged into this one (tombstones, person.merged_into) go with it: their
    // names would otherwise outlive the erasure (docs/SECURITY.md "Merging people").
    auto &t = m_db.prepared(QStringLiteral("SELECT id FROM person WHERE merged_into = ? AND id NOT "
                                           "IN (SELECT person_id FROM erasure)"));
    t.addBindValue(record.personId);
    if (!t.exec())
        return Database::storageError(t);
    QStringList tombstones;
    while (t.next())
        tombstones << t.value(0).toString();
    t.finish();
    for (const auto &id : tombstones) {
        auto each = record;
        each.personId = id;
        if (auto s = erasePerson(each); !s.ok())
            return s;
    }
    return {};
}

Status ErasureRepository::compactSearch()
{
    return m_db.exec(
        QStringLiteral("INSERT INTO person_search(person_search) VALUES ('optimize')"));
}

namespace {
const QString kLeftovers = QStringLiteral("erasure.wal_leftovers");
}

Status ErasureRepository::markLeftovers()
{
    return run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('%1', '1') "
                              "ON CONFLICT (key) DO NOTHING")
                   .arg(kLeftovers),
               QString());
}

bool ErasureRepository::hasLeftovers()
{
    return detail::exists(m_db, QStringLiteral("SELECT 1 FROM meta WHERE key = ?"), kLeftovers);
}

Status ErasureRepository::wipeLeftovers()
{
    if (m_db.transactionDepth() != 0)
        return Error::make(Error::Kind::Storage,
                           QCoreApplication::translate("hub::store::ErasureRepository",
                                                       "the write-ahead log can only be cleared "
                                                       "after the erasure is committed"));
    if (!hasLeftovers())
        return {};
    if (auto s = m_db.checkpointTruncate(); !s.ok())
        return s;
    // The mark's own commit names nobody: what it leaves in the log is harmless.
    return run(QStringLiteral("DELETE FROM meta WHERE key = '%1'").arg(kLeftovers), QString());
}

bool ErasureRepository::isErased(const QString &personId)
{
    return detail::exists(m_db, QStringLiteral("SELECT 1 FROM erasure WHERE person_id = ?"),
                          personId);
}

QSet<QString> ErasureRepository::erasedIds()
{
    QSet<QString> out;
    auto &q = m_db.prepared(QStringLiteral("SELECT person_id FROM erasure"));
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString());
    }
    q.finish();
    return out;
}

QSet<QString> ErasureRepository::erasedRecordIds()
{
    QSet<QString> out;
    auto &q = m_db.prepared(QStringLiteral(
        "WITH gone(id) AS (SELECT person_id FROM erasure), "
        "eps(id) AS (SELECT id FROM episode WHERE person_id IN gone), "
        "cs(id) AS (SELECT id FROM contact WHERE person_id IN gone) "
        "SELECT id FROM referral WHERE person_id IN gone UNION ALL SELECT id FROM eps "
        "UNION ALL SELECT id FROM onward_referral WHERE episode_id IN eps "
        "UNION ALL SELECT id FROM cs UNION ALL SELECT id FROM contact WHERE amends IN cs "
        "UNION ALL SELECT amends FROM contact WHERE amends IS NOT NULL AND id IN cs "
        "UNION ALL SELECT id FROM task WHERE person_id IN gone OR episode_id IN eps"));
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString());
    }
    q.finish();
    return out;
}

Result<ErasureRecord> ErasureRepository::get(const QString &personId)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT person_id, requested_on, reason, erased_by, "
                                           "erased_at FROM erasure WHERE person_id = ?"));
    q.addBindValue(personId);
    return detail::fetchOne<ErasureRecord>(
        q,
        [](const QSqlQuery &row) {
            return ErasureRecord{row.value(0).toString(), sql::toDate(row.value(1)),
                                 row.value(2).toString(), row.value(3).toString(),
                                 sql::toTime(row.value(4))};
        },
        personId, "erasure");
}

Result<QVector<RetentionRow>> ErasureRepository::inactiveSince(const QDateTime &before,
                                                               bool includeOpen)
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT p.id, p.given_name, p.family_name, a.last FROM person p JOIN "
                       "(SELECT person_id, max(t) AS last FROM (%1) GROUP BY person_id) a "
                       "ON a.person_id = p.id WHERE a.last < :before AND p.merged_into IS NULL "
                       "AND NOT EXISTS (SELECT 1 FROM erasure x WHERE x.person_id = p.id) "
                       "AND (:open OR (%2) = 0) ORDER BY a.last, p.id")
            .arg(activity(false), kOpenWork.arg(QStringLiteral("p.id"))));
    q.bindValue(QStringLiteral(":before"), sql::time(before));
    q.bindValue(QStringLiteral(":open"), sql::boolean(includeOpen));
    if (!q.exec())
        return Database::storageError(q);
    QVector<RetentionRow> out;
    while (q.next()) {
        const auto last = sql::toTime(q.value(3));
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       util::londonDate(last)});
    }
    q.finish();
    return out;
}

Result<QDateTime> ErasureRepository::lastActivity(const QString &personId)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT max(t) FROM (%1)").arg(activity(true)));
    q.bindValue(QStringLiteral(":p"), personId);
    if (!q.exec() || !q.next())
        return Database::storageError(q);
    const auto last = sql::toTime(q.value(0));
    q.finish();
    return last;
}

int ErasureRepository::openWork(const QString &personId)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT %1").arg(kOpenWork.arg(QStringLiteral(":p"))));
    q.bindValue(QStringLiteral(":p"), personId);
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

} // namespace hub::store
