#include "Hub.h"

#include "Hlc.h"
#include "HubDetail.h"
#include "HubSchema.h"
#include "Merge.h"
#include "RecordKinds.h"
#include "util/Ids.h"
#include "util/Time.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace hub::sync {

namespace {

QAtomicInteger<quint64> s_hubCounter;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncHub)
};

// Whether a change can move a person between scopes (who holds them, restricted).
bool scopeChanged(const QJsonObject &before, const QJsonObject &after)
{
    for (const char *field : {"restricted", "assigned_to", "caseworker_id", "status"}) {
        if (before.value(QLatin1String(field)) != after.value(QLatin1String(field)))
            return true;
    }
    return false;
}

bool isScopeKind(const QString &kind)
{
    return kind == QLatin1String("person") || kind == QLatin1String("referral") ||
           kind == QLatin1String("episode");
}

} // namespace

Error hubError(const QSqlError &e, const QString &what)
{
    // The server's first line, without "ERROR:" and the function's CONTEXT lines.
    auto text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (text.startsWith(QLatin1String("ERROR:")))
        text = text.mid(6).trimmed();
    return Error::make(Error::Kind::Storage, Text::tr("hub: %1: %2").arg(what, text));
}

QString hubJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject hubObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString valueJson(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QJsonValue parseValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    return QJsonDocument::fromJson(v.toString().toUtf8()).array().at(0);
}

Conflict conflictFrom(const QSqlQuery &q)
{
    Conflict c;
    c.id = q.value(0).toString();
    c.recordType = q.value(1).toString();
    c.recordId = q.value(2).toString();
    c.personId = q.value(3).toString();
    c.field = q.value(4).toString();
    c.reason = q.value(5).toString();
    c.base = parseValue(q.value(6));
    c.hub = parseValue(q.value(7));
    c.client = parseValue(q.value(8));
    c.hubAuthor = q.value(9).toString();
    c.clientAuthor = q.value(10).toString();
    c.raisedAt = util::parseRfc3339(q.value(11).toString());
    c.resolution = q.value(12).toString();
    c.resolvedBy = q.value(13).toString();
    return c;
}

Hub::Hub(QString connectionName, bool pg)
    : m_name(std::move(connectionName)), m_pg(pg), m_clock(&util::Clock::system())
{
}

Hub::~Hub()
{
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<Hub>> Hub::open(const HubUrl &url, const QString &password)
{
    const bool pg = url.kind == HubUrl::Kind::Postgres;
    const auto name = QStringLiteral("hub-sync-%1").arg(s_hubCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Hub> hub(new Hub(name, pg));
    hub->m_db =
        QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (pg) {
        hub->m_db.setHostName(url.host);
        hub->m_db.setPort(url.port);
        hub->m_db.setDatabaseName(url.database);
        hub->m_db.setUserName(url.user);
        hub->m_db.setPassword(password);
        QStringList options{QStringLiteral("connect_timeout=10")};
        if (!url.sslmode.isEmpty())
            options << QStringLiteral("sslmode=") + url.sslmode;
        hub->m_db.setConnectOptions(options.join(QLatin1Char(';')));
    } else {
        hub->m_db.setDatabaseName(url.path);
        hub->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    }
    if (!hub->m_db.open())
        return hubError(hub->m_db.lastError(), Text::tr("cannot connect to %1").arg(url.display()));
    if (pg) {
        // Plans for the values at hand: a generic plan made while the table was small may
        // scan a whole kind for one (kind, id). No JIT: the row-level security policy's
        // per-row subquery makes every pull page look costly enough to compile, which took
        // a page of 2,000 rows from 10 ms to 90 ms (docs/PERFORMANCE.md). Notices (a
        // "does not exist, skipping" of hub init) are not printed on the user's terminal.
        for (const auto *setting : {"SET plan_cache_mode = force_custom_plan", "SET jit = off",
                                    "SET client_min_messages = warning"}) {
            if (auto s = hub->exec(QString::fromLatin1(setting)); !s.ok())
                return s.error();
        }
    } else {
        // Rollback journal: WAL does not work over network file systems.
        for (const auto *pragma : {"PRAGMA journal_mode = DELETE", "PRAGMA synchronous = FULL",
                                   "PRAGMA secure_delete = ON"}) {
            if (auto s = hub->exec(QString::fromLatin1(pragma)); !s.ok())
                return s.error();
        }
    }
    return hub;
}

Status Hub::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    if (binds.isEmpty()) { // BEGIN, DDL and the like cannot be prepared on PostgreSQL
        if (!q.exec(sql))
            return hubError(q.lastError(), sql.simplified().left(60));
        return {};
    }
    auto &p = prepared(sql);
    for (const auto &b : binds)
        p.addBindValue(b);
    if (!p.exec())
        return hubError(p.lastError(), sql.simplified().left(60));
    p.finish();
    return {};
}

QSqlQuery &Hub::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        it = m_statements.insert(sql, q);
    }
    it->finish();
    return *it;
}

Status Hub::begin()
{
    if (auto s = exec(m_pg ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")); !s.ok())
        return s;
    if (m_pg) { // one writer at a time: merges read then write whole rows
        if (auto s = exec(QStringLiteral("SELECT pg_advisory_xact_lock(7261)")); !s.ok())
            return s;
    }
    // Every write transaction counts up: a hub restored from a backup counts less than a
    // desk has already seen (the SQLite-file hub also uses it as the row version). Desk
    // logins cannot write hub_meta on PostgreSQL: a function owned by the hub counts.
    if (m_pg) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT hub_next_txn()")) || !q.next())
            return hubError(q.lastError(), QStringLiteral("hub_next_txn"));
        m_txn = q.value(0).toLongLong();
        return {};
    }
    m_txn = meta(QStringLiteral("txn")).toLongLong() + 1;
    return setMeta(QStringLiteral("txn"), QString::number(m_txn));
}

Status Hub::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void Hub::rollback()
{
    (void)exec(QStringLiteral("ROLLBACK"));
}

QString Hub::stamp() const
{
    return m_pg ? QStringLiteral("pg_current_xact_id()")
                : QStringLiteral("(SELECT CAST(value AS INTEGER) FROM hub_meta WHERE key = 'txn')");
}

QString Hub::meta(const QString &key)
{
    auto &q = prepared(QStringLiteral("SELECT value FROM hub_meta WHERE key = ?"));
    q.addBindValue(key);
    QString out;
    if (q.exec() && q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

Status Hub::setMeta(const QString &key, const QString &value)
{
    return exec(QStringLiteral("INSERT INTO hub_meta (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {key, value});
}

Status Hub::init(int upTo)
{
    const bool exists = m_db.tables().contains(QStringLiteral("hub_meta"));
    int version = 0;
    if (exists) {
        version = meta(QStringLiteral("schema_version")).toInt();
        if (version > kHubSchema)
            return Error::make(Error::Kind::Version,
                               Text::tr("the hub has schema %1 and this program knows up to %2: "
                                        "update this program")
                                   .arg(version)
                                   .arg(kHubSchema));
        if (version >= upTo)
            return {};
    }
    // Creation, or every migration from the hub's schema up, in one transaction.
    if (auto s = exec(m_pg ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")); !s.ok())
        return s;
    QString schema;
    if (m_pg) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT current_schema()")) || !q.next()) {
            rollback();
            return hubError(q.lastError(), QStringLiteral("current_schema"));
        }
        schema = q.value(0).toString();
    }
    QStringList statements = exists ? QStringList() : hubSchema(m_pg);
    for (int v = std::max(version, 1) + 1; v <= upTo; ++v)
        statements << hubMigration(v, m_pg, schema);
    for (const auto &sql : statements) {
        if (auto s = exec(sql); !s.ok()) {
            rollback();
            return s;
        }
    }
    QList<std::pair<QString, QString>> values{
        {QStringLiteral("schema_version"), QString::number(upTo)}};
    if (!exists) {
        values << std::pair{QStringLiteral("epoch"), util::newId()}
               << std::pair{QStringLiteral("min_client_version"), QString::number(kProtocol)}
               << std::pair{QStringLiteral("txn"), QStringLiteral("0")}
               << std::pair{QStringLiteral("hlc"), hlcText(0)};
    }
    for (const auto &[key, value] : values) {
        if (auto s = setMeta(key, value); !s.ok()) {
            rollback();
            return s;
        }
    }
    return commit();
}

Status Hub::vacuum()
{
    if (!m_db.tables().contains(QStringLiteral("hub_meta")))
        return Error::make(Error::Kind::NotFound,
                           Text::tr("the hub has not been set up: run hubctl hub init --hub URL"));
    // The SQLite-file hub zeroes what it frees (secure_delete); VACUUM also gives it back.
    if (!m_pg)
        return exec(QStringLiteral("VACUUM"));
    // VACUUM by a login that does not own a table only warns and skips it: asked first.
    const QStringList tables{QStringLiteral("hub_record"), QStringLiteral("hub_conflict")};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT bool_and(pg_has_role(current_user, relowner, 'USAGE')) "
                               "FROM pg_class WHERE oid IN ('%1'::regclass, '%2'::regclass)")
                    .arg(tables.at(0), tables.at(1))) ||
        !q.next())
        return hubError(q.lastError(), QStringLiteral("vacuum"));
    if (!q.value(0).toBool())
        return Error::make(Error::Kind::Permission,
                           Text::tr("only the hub's owner can vacuum it: run hubctl hub vacuum "
                                    "with the login that ran hubctl hub init"));
    q.finish();
    for (const auto &table : tables) {
        // FULL: a plain VACUUM frees the space of dead row versions but may leave their
        // bytes in the page; FULL writes the live rows to a new file and drops the old one.
        if (auto s = exec(QStringLiteral("VACUUM (FULL, ANALYZE) ") + table); !s.ok())
            return s;
    }
    return {};
}

Result<HubInfo> Hub::info()
{
    if (!m_db.tables().contains(QStringLiteral("hub_meta")))
        return Error::make(Error::Kind::NotFound,
                           Text::tr("the hub has not been set up: run hubctl hub init --hub URL"));
    HubInfo out;
    out.epoch = meta(QStringLiteral("epoch"));
    out.schemaVersion = meta(QStringLiteral("schema_version")).toInt();
    out.minClientVersion = meta(QStringLiteral("min_client_version")).toInt();
    return out;
}

Status Hub::setEpoch(const QString &epoch)
{
    if (m_pg)
        return exec(QStringLiteral("SELECT hub_set_epoch(?)"), {epoch});
    return setMeta(QStringLiteral("epoch"), epoch);
}

QString Hub::clampHlc(const QString &clientHlc, const QString &clientId)
{
    const qint64 now = m_nowMs;
    qint64 ms = hlcMs(clientHlc);
    constexpr qint64 kAhead = 5 * 60 * 1000;
    if (ms > now + kAhead) {
        if (!m_skewLogged) // once per batch is enough to see it
            (void)(m_pg ? exec(QStringLiteral("SELECT hub_log_skew(?, ?)"), {clientId, ms - now})
                        : exec(QStringLiteral("INSERT INTO hub_skew (client_id, at, ahead_ms) "
                                              "VALUES (?, ?, ?)"),
                               {clientId, util::toIsoUtc(m_clock->now()), ms - now}));
        m_skewLogged = true;
        ms = now;
    }
    m_hlc = hlcText(std::max(ms, hlcMs(m_hlc) + 1));
    return m_hlc;
}

QString Hub::personFor(const PushChange &change)
{
    const auto *kind = recordKind(change.kind);
    if (!kind)
        return {};
    if (!kind->personField.isEmpty()) {
        const auto direct = change.data.value(kind->personField).toString();
        if (!direct.isEmpty())
            return direct;
    }
    if (kind->viaField.isEmpty())
        return {};
    const auto target = change.data.value(kind->viaField).toString();
    for (const auto &via : kind->viaKinds) {
        auto &q =
            prepared(QStringLiteral("SELECT person_id FROM hub_record WHERE kind = ? AND id = ?"));
        q.addBindValue(via);
        q.addBindValue(target);
        if (q.exec() && q.next())
            return q.value(0).toString();
    }
    return {};
}

Result<PushResult> Hub::push(const PushBatch &batch, const HubUser &user)
{
    if (batch.protocol < meta(QStringLiteral("min_client_version")).toInt())
        return Error::make(Error::Kind::Version,
                           Text::tr("the hub needs a newer Victims' Hub: update this program (your "
                                    "changes are kept and will be sent after the update)"));
    if (auto s = begin(); !s.ok())
        return s.error();
    auto fail = [this](const Error &e) {
        rollback();
        return e;
    };
    {
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("SELECT result FROM hub_batch WHERE client_id = ? AND batch_id = ?"));
        q.addBindValue(batch.clientId);
        q.addBindValue(batch.batchId);
        if (!q.exec())
            return fail(hubError(q.lastError(), QStringLiteral("hub_batch")));
        if (q.next()) {
            const auto stored = hubObject(q.value(0));
            rollback();
            PushResult r;
            r.accepted = stored.value(QLatin1String("accepted")).toInt();
            r.refused = stored.value(QLatin1String("refused")).toInt();
            r.conflicts = stored.value(QLatin1String("conflicts")).toInt();
            r.replayed = true;
            return r;
        }
    }
    // Erasures first, then parents before children.
    auto changes = batch.changes;
    std::stable_sort(changes.begin(), changes.end(), [](const PushChange &a, const PushChange &b) {
        const int x = a.op == QLatin1String("erase") ? -1 : kindOrder(a.kind);
        const int y = b.op == QLatin1String("erase") ? -1 : kindOrder(b.kind);
        return x < y;
    });
    PushResult result;
    QSet<QString> touched;
    QString hlc;
    m_hlc = meta(QStringLiteral("hlc"));
    m_skewLogged = false;
    m_nowMs = m_clock->now().toMSecsSinceEpoch();
    if (m_pg) { // the server's clock, not the desk's
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT CAST(extract(epoch FROM clock_timestamp()) * 1000 "
                                  "AS BIGINT)")) &&
            q.next())
            m_nowMs = q.value(0).toLongLong();
    }
    m_erased.clear();
    m_erasedNow.clear();
    m_movedUsers.clear();
    m_known.clear();
    m_knownKinds.clear();
    m_personScopes.clear();
    m_batchChanges = changes;
    m_pendingRows.clear();
    m_rowJson = QJsonArray();
    m_conflictJson = QJsonArray();
    m_resolveJson = QJsonArray();
    m_author = batch.author;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT person_id FROM hub_erasure")))
            return fail(hubError(q.lastError(), QStringLiteral("hub_erasure")));
        while (q.next())
            m_erased.insert(q.value(0).toString());
    }
    QString kindNow;
    for (const auto &change : changes) {
        if (m_pg && change.kind != kindNow) { // the previous kind's writes, before this one's
            if (auto s = flushWrites(result, touched); !s.ok())
                return fail(s.error());
            kindNow = change.kind;
        }
        hlc = clampHlc(change.hlc.isEmpty() ? hlcText(0) : change.hlc, batch.clientId);
        if (auto s = applyChange(change, batch, user, hlc, result, touched); !s.ok())
            return fail(s.error());
    }
    if (m_pg) {
        if (auto s = flushWrites(result, touched); !s.ok())
            return fail(s.error());
    }
    for (const auto &userId : m_movedUsers) {
        if (auto s = rescopeHolder(userId); !s.ok())
            return fail(s.error());
    }
    for (const auto &person : touched) {
        if (auto s = rescope(person); !s.ok())
            return fail(s.error());
    }
    if (auto s = m_pg ? exec(QStringLiteral("SELECT hub_set_hlc(?)"), {m_hlc})
                      : setMeta(QStringLiteral("hlc"), m_hlc);
        !s.ok())
        return fail(s.error());
    const QJsonObject stored{{QStringLiteral("accepted"), result.accepted},
                             {QStringLiteral("refused"), result.refused},
                             {QStringLiteral("conflicts"), result.conflicts}};
    if (auto s = m_pg ? exec(QStringLiteral("SELECT hub_finish_batch(?, ?, ?, ?, ?)"),
                             {batch.clientId, batch.batchId, result.accepted, result.refused,
                              result.conflicts})
                      : exec(QStringLiteral("INSERT INTO hub_batch (client_id, batch_id, result, "
                                            "applied_at) VALUES (?, ?, ?, ?)"),
                             {batch.clientId, batch.batchId, hubJson(stored),
                              util::toIsoUtc(m_clock->now())});
        !s.ok())
        return fail(s.error());
    if (auto s = commit(); !s.ok())
        return fail(s.error());
    // After a large batch the hub's statistics are brought up to date at once (a failure
    // here changes nothing that was pushed).
    constexpr int kAnalyzeAfter = 1000;
    if (m_pg && changes.size() >= kAnalyzeAfter)
        (void)exec(QStringLiteral("SELECT hub_analyze()"));
    return result;
}

Status Hub::raise(const PushChange &change, const QString &personId, const QString &field,
                  const QString &reason, const QJsonValue &base, const QJsonValue &hub,
                  const QJsonValue &client, const QString &hubAuthor, const QString &author)
{
    if (m_pg) { // hub_raise, before the rows of this kind are written (HubWrites.cpp)
        queueConflict(change, field, reason, base, client, author);
        return {};
    }
    const bool values = reason != QLatin1String("edit_vs_erasure");
    const QVariant none(QMetaType(QMetaType::QString));
    return exec(
        QStringLiteral("INSERT INTO hub_conflict (id, kind, row_id, person_id, field, reason, "
                       "base, hub, client, hub_author, client_author, raised_at, ver) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %1)")
            .arg(stamp()),
        {util::newId(), change.kind, change.id, personId.isEmpty() ? none : QVariant(personId),
         field.isEmpty() ? QStringLiteral("") : field, reason,
         values ? QVariant(valueJson(base)) : none, values ? QVariant(valueJson(hub)) : none,
         values ? QVariant(valueJson(client)) : none, hubAuthor, author,
         util::toIsoUtc(m_clock->now())});
}

Status Hub::applyChange(const PushChange &change, const PushBatch &batch, const HubUser &user,
                        const QString &hlc, PushResult &result, QSet<QString> &touched)
{
    if (change.op == QLatin1String("erase")) {
        // Only a supervisor's or administrator's login erases on the hub. The whole batch
        // waits (the erasure is never dropped, and the person's anonymised rows are not
        // taken as edits) until such a desk has sent it; then it is "already erased".
        if (!m_erased.contains(change.id) && !mayErase(user))
            return Error::make(Error::Kind::Permission,
                               Text::tr("this desk holds an erasure the hub has not received, and "
                                        "only a supervisor's or administrator's hub login may "
                                        "erase: sync a supervisor's desk first (nothing was "
                                        "sent; the changes made here are kept)"));
        ++result.accepted;
        return erase(change.id);
    }
    if (change.op == QLatin1String("resolve")) {
        if (m_pg) { // hub_resolve: a supervisor's login, people in its scope
            m_resolveJson.append(QJsonObject{
                {QStringLiteral("i"), change.id},
                {QStringLiteral("r"), change.data.value(QLatin1String("resolution")).toString()},
                {QStringLiteral("a"), batch.author}});
            return {};
        }
        ++result.accepted;
        return exec(QStringLiteral("UPDATE hub_conflict SET resolution = ?, resolved_by = ?, "
                                   "resolved_at = ?, ver = %1 WHERE id = ? AND resolution IS NULL")
                        .arg(stamp()),
                    {change.data.value(QLatin1String("resolution")).toString(), batch.author,
                     util::toIsoUtc(m_clock->now()), change.id});
    }
    const auto *kind = recordKind(change.kind);
    if (!kind) {
        ++result.refused;
        return {};
    }
    if (auto s = prefetch(change.kind, m_batchChanges); !s.ok())
        return s;
    // The hub's row: data, person_id, author, deleted, teams, holders, restricted.
    const QVector<QVariant> *row = known(change);
    const bool exists = row != nullptr;
    if (exists && !canSee(user, row->at(4), row->at(5).toString(), row->at(6).toInt() != 0))
        return keepOutOfScope(change, row->at(1).toString(), hubObject(row->at(0)),
                              row->at(2).toString(), batch.author, result);
    const QString personId = exists ? row->at(1).toString() : personFor(change);
    if (!personId.isEmpty() && m_erased.contains(personId)) {
        // An erased person never comes back, and no value of theirs is kept.
        ++result.refused;
        // The eraser's own anonymised rows are no conflict; anyone else's edit is.
        if (change.op == QLatin1String("upsert") && change.hasBase &&
            !m_erasedNow.contains(personId)) {
            ++result.conflicts;
            return raise(change, personId, QString(), QStringLiteral("edit_vs_erasure"), {}, {}, {},
                         QString(), batch.author);
        }
        return {};
    }
    if (!exists) {
        if (change.op == QLatin1String("delete") || change.data.isEmpty()) {
            ++result.accepted;
            return {};
        }
        if (m_pg) // the hub works out the row's person and scope itself
            return queueRow({change, personId, std::nullopt, QString(),
                             isScopeKind(change.kind) && !personId.isEmpty(), false},
                            change.data, false, hlc);
        // A new row takes its person's scope until rescope() works it out again.
        QVariant teams(QMetaType(QMetaType::QString));
        QVariant holders = QStringLiteral(",");
        QVariant restricted = 0;
        if (!personId.isEmpty()) {
            const auto scope = personScope(personId);
            teams = scope.at(0);
            holders = scope.at(1);
            restricted = scope.at(2);
        }
        auto &insert = prepared(QStringLiteral("INSERT INTO hub_record (kind, id, data, "
                                               "person_id, teams, holders, restricted, ver, hlc, "
                                               "author, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, %1, "
                                               "?, ?, 0) ON CONFLICT DO NOTHING")
                                    .arg(stamp()));
        for (const auto &b : QVariantList{
                 change.kind, change.id, hubJson(change.data),
                 personId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(personId),
                 teams, holders, restricted, hlc, batch.author})
            insert.addBindValue(b);
        if (!insert.exec())
            return hubError(insert.lastError(), QStringLiteral("hub_record"));
        const bool hidden = insert.numRowsAffected() == 0; // there, but not for this login
        insert.finish();
        if (hidden)
            return keepOutOfScope(change, personId, std::nullopt, QString(), batch.author, result);
        if (isScopeKind(change.kind) && !personId.isEmpty())
            touched.insert(personId);
        ++result.accepted;
        return {};
    }
    const auto hubData = hubObject(row->at(0));
    const auto hubAuthor = row->at(2).toString();
    QJsonObject merged = hubData;
    int deleted = 0;
    if (change.op == QLatin1String("delete")) {
        deleted = 1;
    } else if (!kind->appendOnly) {
        const auto m = mergeRow(change.kind, change.base, change.hasBase, change.data, hubData);
        merged = m.merged;
        for (const auto &c : m.conflicts) {
            ++result.conflicts;
            if (auto s = raise(change, personId, c.field, c.reason, c.base, c.hub, c.client,
                               hubAuthor, batch.author);
                !s.ok())
                return s;
        }
    }
    // Stamped even when nothing changed, so the client pulls the hub's word back.
    if (m_pg)
        return queueRow(
            {change, personId, hubData, hubAuthor,
             isScopeKind(change.kind) && !personId.isEmpty() &&
                 (deleted != row->at(3).toInt() || scopeChanged(hubData, merged)),
             change.kind == QLatin1String("app_user") &&
                 hubData.value(QLatin1String("team_id")) != merged.value(QLatin1String("team_id"))},
            merged, deleted != 0, hlc);
    if (auto s = exec(QStringLiteral("UPDATE hub_record SET data = ?, deleted = ?, ver = %1, "
                                     "hlc = ?, author = ? WHERE kind = ? AND id = ?")
                          .arg(stamp()),
                      {hubJson(merged), deleted, hlc, batch.author, change.kind, change.id});
        !s.ok())
        return s;
    if (isScopeKind(change.kind) && !personId.isEmpty() &&
        (deleted != row->at(3).toInt() || scopeChanged(hubData, merged)))
        touched.insert(personId);
    // A user moved to another team takes the people they hold along (rescopeHolder).
    if (change.kind == QLatin1String("app_user") &&
        hubData.value(QLatin1String("team_id")) != merged.value(QLatin1String("team_id")))
        m_movedUsers.insert(change.id);
    ++result.accepted;
    return {};
}

} // namespace hub::sync
