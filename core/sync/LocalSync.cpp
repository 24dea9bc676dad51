#include "LocalSync.h"

#include "Hlc.h"
#include "HubDetail.h"
#include "store/BulkLoad.h"
#include "store/Database.h"
#include "store/ErasureRepository.h"
#include "store/Transaction.h"
#include "util/Ids.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <future>
#include <optional>

namespace hub::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncLocal)
};

// A page of hub rows with their JSON parsed and their values in column order.
struct ReadyPage
{
    QVector<HubRow> rows;
    QVector<QVariantList> values;
};

ReadyPage preparePage(QVector<HubRow> rows, const QStringList &columns)
{
    ReadyPage out;
    out.values.reserve(rows.size());
    for (auto &row : rows) {
        row.data = QJsonDocument::fromJson(row.text.toUtf8()).object();
        out.values.push_back(LocalRows::values(columns, row.data));
    }
    out.rows = std::move(rows);
    return out;
}

const QString &auditTrailKey()
{
    static const QString key = QStringLiteral("audit_trail");
    return key;
}

} // namespace

Result<LocalSync::State> LocalSync::state()
{
    auto &q = m_db.prepared(QStringLiteral("SELECT client_id, hub_epoch, pull_cursor, "
                                           "pending_batch, hlc FROM sync_state"));
    if (!q.exec() || !q.next())
        return store::Database::storageError(q);
    State s{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), QString()};
    q.finish();
    if (s.clientId.isEmpty()) {
        s.clientId = util::newId();
        if (auto st = note(QStringLiteral("client_id"), s.clientId); !st.ok())
            return st.error();
    }
    m_hlc = s.hlc;
    auto &t = m_db.prepared(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    t.addBindValue(auditTrailKey());
    if (!t.exec())
        return store::Database::storageError(t);
    s.auditTrail = t.next() ? t.value(0).toString() : s.clientId;
    t.finish();
    return s;
}

Status LocalSync::setAuditTrail(const QString &trail)
{
    auto &q = m_db.prepared(
        QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                       "SET value = excluded.value"));
    q.addBindValue(auditTrailKey());
    q.addBindValue(trail);
    if (!q.exec())
        return store::Database::storageError(q);
    q.finish();
    return {};
}

Status LocalSync::note(const QString &column, const QVariant &value)
{
    auto &q = m_db.prepared(QStringLiteral("UPDATE sync_state SET %1 = ?").arg(column));
    q.addBindValue(value);
    if (!q.exec())
        return store::Database::storageError(q);
    q.finish();
    return {};
}

int LocalSync::pendingChanges()
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT kind, row_id FROM sync_outbox)"));
    int n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toInt();
    q.finish();
    return n;
}

Status LocalSync::queueAll(bool forgetBases, const QString &epoch)
{
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    for (const auto &kind : recordKinds()) {
        const auto keys = kind.key.join(QStringLiteral(" || '|' || "));
        if (auto s = m_db.exec(QStringLiteral("INSERT INTO sync_outbox (kind, row_id, op) "
                                              "SELECT '%1', %2, 'upsert' FROM %1")
                                   .arg(kind.table, keys));
            !s.ok())
            return s;
    }
    // Erasures too: a hub restored from a backup may not know of them.
    if (auto s = m_db.exec(QStringLiteral("INSERT INTO sync_outbox (kind, row_id, op) "
                                          "SELECT 'erasure', person_id, 'erase' FROM erasure"));
        !s.ok())
        return s;
    if (forgetBases) {
        if (auto s = m_db.exec(QStringLiteral("DELETE FROM sync_row")); !s.ok())
            return s;
        if (auto s = note(QStringLiteral("pull_cursor"), QVariant(QMetaType(QMetaType::QString)));
            !s.ok())
            return s;
    }
    if (auto s = note(QStringLiteral("hub_epoch"), epoch); !s.ok())
        return s;
    return tx.commit();
}

Result<QString> LocalSync::reserve()
{
    auto st = state();
    if (!st.ok())
        return st.error();
    if (!st->pendingBatch.isEmpty())
        return st->pendingBatch;
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const auto batch = util::newId();
    auto &q = m_db.prepared(QStringLiteral("UPDATE sync_outbox SET batch = ? WHERE batch IS NULL"));
    q.addBindValue(batch);
    if (!q.exec())
        return store::Database::storageError(q);
    const int rows = q.numRowsAffected();
    q.finish();
    if (rows == 0)
        return QString();
    if (auto s = note(QStringLiteral("pending_batch"), batch); !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return batch;
}

Result<QVector<PushChange>> LocalSync::changes(const QString &batchId)
{
    // Coalesced per row: the row's last operation, its values now, its base.
    QVector<std::pair<QString, QString>> order;
    QHash<QString, QString> lastOp;
    {
        auto &q = m_db.prepared(QStringLiteral(
            "SELECT kind, row_id, op FROM sync_outbox WHERE batch = ? ORDER BY seq"));
        q.addBindValue(batchId);
        if (!q.exec())
            return store::Database::storageError(q);
        while (q.next()) {
            const auto key = q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
            if (!lastOp.contains(key))
                order.push_back({q.value(0).toString(), q.value(1).toString()});
            lastOp.insert(key, q.value(2).toString());
        }
        q.finish();
    }
    QVector<PushChange> out;
    for (const auto &[kindName, id] : order) {
        PushChange c;
        c.kind = kindName;
        c.id = id;
        c.op = lastOp.value(kindName + QLatin1Char('/') + id);
        m_hlc = hlcTick(m_hlc, m_clock.now());
        c.hlc = m_hlc;
        if (c.op == QLatin1String("resolve")) {
            auto &q =
                m_db.prepared(QStringLiteral("SELECT resolution FROM sync_conflict WHERE id = ?"));
            q.addBindValue(id);
            if (q.exec() && q.next())
                c.data.insert(QStringLiteral("resolution"), q.value(0).toString());
            q.finish();
        } else if (const auto *kind = recordKind(kindName)) {
            if (c.op == QLatin1String("upsert")) {
                auto row = m_rows.read(*kind, id);
                if (!row.ok())
                    return row.error();
                if (row->isEmpty())
                    continue; // gone since (a task removed by an erasure)
                c.data = *row;
            }
            auto &q = m_db.prepared(
                QStringLiteral("SELECT base FROM sync_row WHERE kind = ? AND row_id = ?"));
            q.addBindValue(kindName);
            q.addBindValue(id);
            if (q.exec() && q.next()) {
                c.hasBase = true;
                c.base = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            }
            q.finish();
        }
        out.push_back(c);
    }
    if (auto s = note(QStringLiteral("hlc"), m_hlc); !s.ok())
        return s.error();
    return out;
}

Status LocalSync::acknowledge(const QString &batchId)
{
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto &q = m_db.prepared(QStringLiteral("DELETE FROM sync_outbox WHERE batch = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return store::Database::storageError(q);
    q.finish();
    if (auto s = note(QStringLiteral("pending_batch"), QVariant(QMetaType(QMetaType::QString)));
        !s.ok())
        return s;
    return tx.commit();
}

Status LocalSync::purge(const QString &personId)
{
    // Children before parents; the outbox and merge bases of those rows go too.
    const auto &kinds = recordKinds();
    for (int i = kinds.size() - 1; i >= 0; --i) {
        const auto &k = kinds.at(i);
        if (k.personSql.isEmpty())
            continue;
        const auto keys = k.key.join(QStringLiteral(" || '|' || "));
        for (const auto *table : {"sync_outbox", "sync_row"}) {
            auto &q = m_db.prepared(QStringLiteral("DELETE FROM %1 WHERE kind = '%2' AND row_id IN "
                                                   "(SELECT %3 FROM %2 t WHERE %4 = ?)")
                                        .arg(QLatin1String(table), k.table, keys, k.personSql));
            q.addBindValue(personId);
            if (!q.exec())
                return store::Database::storageError(q);
            q.finish();
        }
        const auto cols = k.key.join(QStringLiteral(", "));
        auto &q = m_db.prepared(
            QStringLiteral("DELETE FROM %1 WHERE (%2) IN (SELECT %2 FROM %1 t WHERE %3 = ?)")
                .arg(k.table, cols, k.personSql));
        q.addBindValue(personId);
        if (!q.exec())
            return store::Database::storageError(q);
        q.finish();
    }
    return {};
}

Status LocalSync::eraseLocally(const QString &personId)
{
    store::ErasureRepository erasures(m_db);
    // Its outbox rows first, while the rows still say whose they are.
    const auto &kinds = recordKinds();
    for (const auto &k : kinds) {
        if (k.personSql.isEmpty())
            continue;
        auto &q = m_db.prepared(
            QStringLiteral("DELETE FROM sync_outbox WHERE kind = '%1' AND "
                           "row_id IN (SELECT %2 FROM %1 t WHERE %3 = ?)")
                .arg(k.table, k.key.join(QStringLiteral(" || '|' || ")), k.personSql));
        q.addBindValue(personId);
        if (!q.exec())
            return store::Database::storageError(q);
        q.finish();
    }
    if (erasures.isErased(personId))
        return {};
    const auto now = m_clock.now();
    return erasures.erasePerson(
        {personId, util::londonDate(now), Text::tr("erased on the hub"), QString(), now});
}

Status LocalSync::applyRow(const HubRow &row, const QSet<QString> &pendingKeys,
                           const QSet<QString> &erased, const QVariantList *values)
{
    const auto *kind = recordKind(row.kind);
    if (!kind)
        return {}; // a kind a newer program syncs
    if (!erased.isEmpty() && !kind->personField.isEmpty() &&
        erased.contains(row.data.value(kind->personField).toString()))
        return {};
    m_hlc = hlcMax(m_hlc, row.hlc);
    QJsonObject base = row.data;
    bool baseIsHubs = true; // the hub's JSON text is then written as it came
    if (!pendingKeys.isEmpty() && pendingKeys.contains(row.kind + QLatin1Char('/') + row.id)) {
        // Local changes not yet accepted: keep them over the hub's values, and keep their
        // old base so the hub sees both sides when they are pushed.
        auto local = m_rows.read(*kind, row.id);
        if (!local.ok())
            return local.error();
        auto &q = m_db.prepared(
            QStringLiteral("SELECT base FROM sync_row WHERE kind = ? AND row_id = ?"));
        q.addBindValue(row.kind);
        q.addBindValue(row.id);
        const bool hadBase = q.exec() && q.next();
        const auto oldBase = hadBase
                                 ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()
                                 : QJsonObject();
        q.finish();
        if (!local->isEmpty()) {
            QJsonObject merged = row.data;
            for (auto it = local->begin(); it != local->end(); ++it) {
                const bool changed = !hadBase || oldBase.value(it.key()) != it.value();
                if (changed && it.value() != row.data.value(it.key())) {
                    merged.insert(it.key(), it.value());
                    base.insert(it.key(), hadBase ? oldBase.value(it.key()) : QJsonValue());
                    baseIsHubs = false;
                }
            }
            if (auto s = m_rows.upsert(*kind, merged); !s.ok())
                return s;
        }
    } else if (row.deleted) {
        if (auto s = m_rows.remove(*kind, row.id); !s.ok())
            return s;
    } else if (auto s = values ? m_rows.upsert(*kind, *values) : m_rows.upsert(*kind, row.data);
               !s.ok()) {
        return s;
    }
    if (kind->appendOnly)
        return {}; // never merged (corrections are new rows): no base to keep
    auto &q = m_db.prepared(
        QStringLiteral("INSERT INTO sync_row (kind, row_id, version, base) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (kind, row_id) DO UPDATE SET version = excluded.version, base "
                       "= excluded.base"));
    q.addBindValue(row.kind);
    q.addBindValue(row.id);
    q.addBindValue(row.hlc);
    q.addBindValue(baseIsHubs && !row.text.isEmpty() ? row.text : hubJson(base));
    if (!q.exec())
        return store::Database::storageError(q);
    q.finish();
    return {};
}

Result<QSet<QString>> LocalSync::unsentPeople()
{
    QVector<QPair<QString, QString>> rows;
    {
        auto &q = m_db.prepared(
            QStringLiteral("SELECT DISTINCT kind, row_id FROM sync_outbox WHERE batch IS NULL"));
        if (!q.exec())
            return store::Database::storageError(q);
        while (q.next())
            rows.push_back({q.value(0).toString(), q.value(1).toString()});
        q.finish();
    }
    QSet<QString> out;
    for (const auto &[kindName, id] : rows) {
        if (const auto *kind = recordKind(kindName)) {
            const auto person = m_rows.personOf(*kind, id);
            if (!person.isEmpty())
                out.insert(person);
        }
    }
    return out;
}

Result<LocalSync::Applied> LocalSync::applyPull(Hub &hub, const PullStart &start,
                                                int massDeletePercent,
                                                const std::function<void()> &midway)
{
    Applied out;
    // Only people this desk holds leave it (the hub lists every scope change).
    QStringList leaving;
    for (const auto &id : start.revoked) {
        auto &q = m_db.prepared(QStringLiteral("SELECT 1 FROM person WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next())
            leaving << id;
        q.finish();
    }
    // The mass-deletion guard: people leaving this desk's scope (not erasures) beyond the
    // set share stop the pull for an administrator to look at.
    if (!leaving.isEmpty()) {
        auto &q = m_db.prepared(QStringLiteral("SELECT count(*) FROM person"));
        const int people = q.exec() && q.next() ? q.value(0).toInt() : 0;
        q.finish();
        if (leaving.size() > 10 && leaving.size() * 100 > people * massDeletePercent)
            return Error::make(
                Error::Kind::Conflict,
                Text::tr("the hub would remove %1 of the %2 people on this computer "
                         "(more than %3%): sync stopped; ask an administrator to check "
                         "the hub's team assignments")
                    .arg(leaving.size())
                    .arg(people)
                    .arg(massDeletePercent));
    }
    bool first = false;
    {
        auto &q = m_db.prepared(QStringLiteral("SELECT pull_cursor IS NULL FROM sync_state"));
        first = q.exec() && q.next() && q.value(0).toBool();
        q.finish();
    }
    // A desk's first pull is a bulk load: foreign keys are checked once over the whole
    // load before it commits (not row by row), the search index is built once at the end.
    std::optional<store::ForeignKeysCheckedAtEnd> keys;
    if (first)
        keys.emplace(m_db);
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    std::optional<store::BulkLoad> bulk;
    if (first)
        bulk.emplace(m_db, store::BulkLoad::Search::Rebuild, 256 * 1024);
    // One transaction for the whole pull, with the cursor; foreign keys checked at the end
    // (a contact may amend one that comes later, a person may come back into scope).
    for (const auto *sql :
         {"PRAGMA defer_foreign_keys = ON", "UPDATE sync_state SET applying = 1"}) {
        if (auto s = m_db.exec(QString::fromLatin1(sql)); !s.ok())
            return s.error();
    }
    // The write lock is held from here: no edit can land until the commit. An edit made
    // since the push to someone leaving this desk would go with them: stop, unsaved.
    if (!leaving.isEmpty()) {
        auto unsent = unsentPeople();
        if (!unsent.ok())
            return unsent.error();
        for (const auto &id : leaving) {
            if (unsent->contains(id)) {
                out.unsentEdits = true;
                return out; // rolled back
            }
        }
    }
    QSet<QString> erased;
    for (const auto &id : start.erased) {
        if (auto s = eraseLocally(id); !s.ok())
            return s.error();
        erased.insert(id);
        ++out.erased;
    }
    for (const auto &id : leaving) {
        if (auto s = purge(id); !s.ok())
            return s.error();
        ++out.revoked;
    }
    QSet<QString> pending;
    {
        auto &q = m_db.prepared(QStringLiteral("SELECT DISTINCT kind, row_id FROM sync_outbox"));
        if (q.exec()) {
            while (q.next())
                pending.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString());
        }
        q.finish();
    }
    // Kind by kind, parents before children. While one page is written here, the next is
    // fetched and then parsed on another thread (the hub's connection stays on this one).
    constexpr int kPage = 2000;
    for (const auto &kind : recordKinds()) {
        const QStringList columns = m_rows.columns(kind);
        QString afterId;
        bool more = false;
        std::future<ReadyPage> next;
        auto fetch = [&]() -> Status {
            auto page = hub.pullPage(kind.table, afterId, kPage, false);
            if (!page.ok())
                return page.error();
            more = page->size() == kPage;
            if (more)
                afterId = page->last().id;
            next = std::async(std::launch::async, preparePage, std::move(page).value(), columns);
            return {};
        };
        if (auto s = fetch(); !s.ok())
            return s.error();
        while (next.valid()) {
            const ReadyPage ready = next.get();
            if (more) {
                if (auto s = fetch(); !s.ok())
                    return s.error();
            }
            for (int i = 0; i < ready.rows.size(); ++i) {
                if (auto s = applyRow(ready.rows.at(i), pending, erased, &ready.values.at(i));
                    !s.ok())
                    return s.error();
                if (++out.rows == 1 && midway)
                    midway();
            }
        }
    }
    for (const auto &c : start.conflicts) {
        auto &q = m_db.prepared(QStringLiteral(
            "INSERT INTO sync_conflict (id, kind, row_id, person_id, field, reason, base, hub, "
            "client, hub_author, client_author, raised_at, resolution, resolved_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "resolution = excluded.resolution, resolved_by = excluded.resolved_by"));
        const QVariant none(QMetaType(QMetaType::QString));
        const bool values = c.reason != QLatin1String("edit_vs_erasure");
        for (const QVariant &v :
             {QVariant(c.id), QVariant(c.recordType), QVariant(c.recordId),
              c.personId.isEmpty() ? none : QVariant(c.personId),
              QVariant(c.field.isEmpty() ? QStringLiteral("") : c.field), QVariant(c.reason),
              values ? QVariant(valueJson(c.base)) : none,
              values ? QVariant(valueJson(c.hub)) : none,
              values ? QVariant(valueJson(c.client)) : none, QVariant(c.hubAuthor),
              QVariant(c.clientAuthor), QVariant(util::toIsoUtc(c.raisedAt)),
              c.resolution.isEmpty() ? none : QVariant(c.resolution),
              c.resolvedBy.isEmpty() ? none : QVariant(c.resolvedBy)})
            q.addBindValue(v);
        if (!q.exec())
            return store::Database::storageError(q);
        q.finish();
        if (c.resolution.isEmpty())
            ++out.conflicts;
    }
    m_hlc = hlcMax(m_hlc, start.hlc);
    if (auto s = note(QStringLiteral("hlc"), m_hlc); !s.ok())
        return s.error();
    if (auto s = note(QStringLiteral("pull_cursor"), start.cursor); !s.ok())
        return s.error();
    if (auto s = m_db.exec(QStringLiteral("UPDATE sync_state SET applying = 0")); !s.ok())
        return s.error();
    if (bulk) {
        if (auto s = bulk->finish(); !s.ok())
            return s.error();
    }
    if (keys) {
        if (auto s = keys->check(); !s.ok())
            return s.error();
    }
    if (out.erased > 0 || out.revoked > 0) {
        // No erased or revoked token stays in the search index's segments, and the
        // write-ahead log is marked to be cleared once this commits.
        store::ErasureRepository erasures(m_db);
        if (auto s = erasures.compactSearch(); !s.ok())
            return s.error();
        if (auto s = erasures.markLeftovers(); !s.ok())
            return s.error();
    }
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    // No erased or revoked text stays in the write-ahead log (secure_delete is on): what
    // this pull (or an earlier one cut short here) marked is folded into the file. The
    // pull itself is committed and complete; while another program reads the database the
    // log cannot be cleared, and the sync stops with an error until a later one clears it.
    if (auto s = store::ErasureRepository(m_db).wipeLeftovers(); !s.ok())
        return Error::make(Error::Kind::Storage,
                           Text::tr("the sync is saved, but the text of the people it erased or "
                                    "removed from this computer is still in the database's "
                                    "write-ahead log (%1): close the other programs using the "
                                    "database and sync again to clear it")
                               .arg(s.error().message));
    return out;
}

} // namespace hub::sync
