#include "RecordKinds.h"

#include "domain/RecordSchema.h"

#include <QRegularExpression>

namespace hub::sync {

namespace {

QString viaEpisode()
{
    return QStringLiteral("(SELECT e.person_id FROM episode e WHERE e.id = t.episode_id)");
}

// How the kind reaches its person (domain::Reach), as sync needs it: SQL over the table
// for the workstation, data fields for the hub.
void reachPerson(RecordKind &k, domain::Reach reach)
{
    using domain::Reach;
    const auto episode = QStringLiteral("episode");
    switch (reach) {
    case Reach::None:
        break;
    case Reach::Self:
        k.personSql = QStringLiteral("t.id");
        k.personField = QStringLiteral("id");
        break;
    case Reach::Person:
        k.personSql = QStringLiteral("t.person_id");
        k.personField = QStringLiteral("person_id");
        break;
    case Reach::Episode:
        k.personSql = viaEpisode();
        k.viaField = QStringLiteral("episode_id");
        k.viaKinds = {episode};
        break;
    case Reach::PersonOrEpisode:
        k.personSql = QStringLiteral("coalesce(t.person_id, %1)").arg(viaEpisode());
        k.personField = QStringLiteral("person_id");
        k.viaField = QStringLiteral("episode_id");
        k.viaKinds = {episode};
        break;
    case Reach::ReferralOrEpisode:
        k.personSql = QStringLiteral(
            "coalesce((SELECT r.person_id FROM referral r WHERE r.id = t.record_id), "
            "(SELECT e.person_id FROM episode e WHERE e.id = t.record_id))");
        k.viaField = QStringLiteral("record_id");
        k.viaKinds = {QStringLiteral("referral"), episode};
        break;
    }
}

// Every synced kind of the record schema (core/domain/RecordSchema.cpp).
QVector<RecordKind> makeKinds()
{
    QVector<RecordKind> all;
    for (const auto &spec : domain::recordSchema()) {
        if (!spec.synced)
            continue;
        RecordKind k;
        k.table = spec.table;
        k.key = spec.key;
        k.skip = spec.internalColumns;
        for (const auto &f : spec.fields) {
            if (f.has(domain::Local) && !f.column.isEmpty())
                k.skip << f.column;
            else if (spec.outboxOnSyncedColumns && f.synced() && !spec.key.contains(f.column))
                k.updateOf << f.column;
        }
        reachPerson(k, spec.reach);
        k.appendOnly = spec.appendOnly;
        k.archiveType = spec.archiveType;
        all << k;
    }
    return all;
}

// The kinds as local schema steps 8 and 10 and hub schema 3 made their triggers and hub_kind
// rows: frozen, so that those steps mean on a new database what they meant when they
// shipped. A kind added later, or a change to which columns its outbox watches, comes with a
// step of its own (outboxTriggers()); tst_recordschema compares the result with the schema.
QVector<RecordKind> kindsOfSchema10()
{
    struct Frozen
    {
        const char *table, *key, *updateOf;
        bool appendOnly;
        domain::Reach reach;
    };
    using domain::Reach;
    static const Frozen frozen[] = {
        {"team", "id", "", false, Reach::None},
        {"app_user", "id", "username,display_name,role,team_id,active", false, Reach::None},
        {"ref_code", "list,code", "", false, Reach::None},
        {"hub_setting", "key", "", false, Reach::None},
        {"person", "id", "", false, Reach::Self},
        {"referral", "id", "", false, Reach::Person},
        {"episode", "id", "", false, Reach::Person},
        {"episode_referral", "episode_id,referral_id", "", false, Reach::Episode},
        {"onward_referral", "id", "", false, Reach::Episode},
        {"contact", "id", "", true, Reach::Person},
        {"task", "id", "", false, Reach::PersonOrEpisode},
        {"assignment_change", "id", "", false, Reach::ReferralOrEpisode},
        {"closure_review", "id", "", false, Reach::Episode},
    };
    QVector<RecordKind> out;
    const auto list = [](const char *s) {
        return QString::fromLatin1(s).split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    for (const auto &f : frozen) {
        RecordKind k;
        k.table = QString::fromLatin1(f.table);
        k.key = list(f.key);
        k.updateOf = list(f.updateOf);
        k.appendOnly = f.appendOnly;
        reachPerson(k, f.reach);
        out << k;
    }
    return out;
}

QString keyExpression(const RecordKind &k, const char *row)
{
    QStringList parts;
    for (const auto &c : k.key)
        parts << QStringLiteral("%1.%2").arg(QLatin1String(row), c);
    return parts.join(QStringLiteral(" || '|' || "));
}

// Outbox triggers write unless sync is applying pulled rows, and during bulk loads only
// on a desk that has synced (schema 10).
QString bulkLoadQuiet()
{
    return QStringLiteral(
        "(SELECT applying FROM sync_state) = 0 AND ((SELECT suspended FROM search_state) = 0 "
        "OR (SELECT hub_epoch FROM sync_state) IS NOT NULL)");
}

// %1 table, %2 name suffix, %3 event, %4 condition, %5 row id, %6 outbox op.
QString triggerTemplate()
{
    return QStringLiteral(
        "CREATE TRIGGER sync_%1_%2 AFTER %3 ON %1 WHEN %4 BEGIN INSERT INTO sync_outbox "
        "(kind, row_id, op) VALUES ('%1', %5, '%6'); END");
}

// The outbox triggers of `kinds`, quiet when `quiet` is false.
QStringList kindTriggers(const QVector<RecordKind> &kinds, const QString &quiet)
{
    QStringList out;
    const QString add = triggerTemplate();
    for (const auto &k : kinds) {
        const auto update = k.updateOf.isEmpty() ? QStringLiteral("UPDATE")
                                                 : QStringLiteral("UPDATE OF ") +
                                                       k.updateOf.join(QStringLiteral(", "));
        out << add.arg(k.table, QStringLiteral("insert"), QStringLiteral("INSERT"), quiet,
                       keyExpression(k, "new"), QStringLiteral("upsert"));
        if (!k.appendOnly)
            out << add.arg(k.table, QStringLiteral("update"), update, quiet,
                           keyExpression(k, "new"), QStringLiteral("upsert"));
        out << add.arg(k.table, QStringLiteral("delete"), QStringLiteral("DELETE"), quiet,
                       keyExpression(k, "old"), QStringLiteral("delete"));
    }
    return out;
}

// The outbox triggers of the kinds of schema 10 and of the erasure log.
QStringList triggerStatements(const QString &quiet)
{
    const QString add = triggerTemplate();
    auto out = kindTriggers(kindsOfSchema10(), quiet);
    out << add.arg(QStringLiteral("erasure"), QStringLiteral("insert"), QStringLiteral("INSERT"),
                   quiet, QStringLiteral("new.person_id"), QStringLiteral("erase"));
    return out;
}

} // namespace

const QVector<RecordKind> &recordKinds()
{
    static const QVector<RecordKind> all = makeKinds();
    return all;
}

const RecordKind *recordKind(const QString &table)
{
    for (const auto &k : recordKinds()) {
        if (k.table == table)
            return &k;
    }
    return nullptr;
}

int kindOrder(const QString &table)
{
    const auto &all = recordKinds();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).table == table)
            return i;
    }
    return all.size();
}

QVector<RecordKind> hubKindsOfSchema3()
{
    return kindsOfSchema10();
}

QVector<RecordKind> hubKindsAddedBySchema9()
{
    RecordKind k;
    k.table = QStringLiteral("person_merge");
    k.key = {QStringLiteral("id")};
    reachPerson(k, domain::Reach::Person);
    return {k};
}

const RecordKind *kindOfArchiveType(QLatin1String archiveType)
{
    for (const auto &k : recordKinds()) {
        if (!k.archiveType.isEmpty() && k.archiveType == archiveType)
            return &k;
    }
    return nullptr;
}

bool isSafetyField(const QString &kind, const QString &field)
{
    static const QStringList fields{QStringLiteral("safe_voicemail"),
                                    QStringLiteral("safe_letters"), QStringLiteral("safe_text"),
                                    QStringLiteral("restricted"), QStringLiteral("contact_notes")};
    return kind == QLatin1String("person") && fields.contains(field);
}

QStringList localSchemaStatements()
{
    // The outbox records which row changed and how; the values are read when the batch
    // is built, against the base kept in sync_row (the values last seen from the hub).
    // Triggers stay quiet while sync applies pulled rows (sync_state.applying) and during
    // bulk loads (search_state.suspended): the first sync with a hub queues every row.
    QStringList out{
        QStringLiteral(R"(CREATE TABLE sync_state (
    client_id TEXT,
    hub_epoch TEXT,
    pull_cursor TEXT,
    pending_batch TEXT,
    hlc TEXT,
    last_success TEXT,
    last_attempt TEXT,
    last_error TEXT,
    hub_url TEXT,
    applying INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("INSERT INTO sync_state (applying) VALUES (0)"),
        QStringLiteral(R"(CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    row_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete', 'erase', 'resolve')),
    batch TEXT))"),
        QStringLiteral("CREATE INDEX sync_outbox_by_batch ON sync_outbox(batch, kind, row_id)"),
        QStringLiteral(R"(CREATE TABLE sync_row (
    kind TEXT NOT NULL,
    row_id TEXT NOT NULL,
    version TEXT NOT NULL,
    base TEXT NOT NULL,
    PRIMARY KEY (kind, row_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE sync_conflict (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    row_id TEXT NOT NULL,
    person_id TEXT,
    field TEXT NOT NULL,
    reason TEXT NOT NULL,
    base TEXT,
    hub TEXT,
    client TEXT,
    hub_author TEXT,
    client_author TEXT,
    raised_at TEXT NOT NULL,
    resolution TEXT,
    resolved_by TEXT,
    resolved_at TEXT))"),
        QStringLiteral("CREATE INDEX sync_conflict_open ON sync_conflict(resolution, raised_at)"),
    };
    out << triggerStatements(QStringLiteral("(SELECT applying FROM sync_state) = 0 AND "
                                            "(SELECT suspended FROM search_state) = 0"));
    // A conflict decided here is sent to the hub (id and decision only, never values).
    out << QStringLiteral(
        "CREATE TRIGGER sync_conflict_resolve AFTER UPDATE OF resolution ON sync_conflict "
        "WHEN new.resolution IS NOT NULL AND (SELECT applying FROM sync_state) = 0 BEGIN "
        "INSERT INTO sync_outbox (kind, row_id, op) VALUES ('conflict', new.id, 'resolve'); END");
    return out;
}

QStringList outboxTriggers(const QStringList &tables)
{
    QVector<RecordKind> kinds;
    QStringList out;
    for (const auto &t : tables) {
        if (const auto *k = recordKind(t)) {
            kinds << *k;
            for (const char *op : {"insert", "update", "delete"})
                out << QStringLiteral("DROP TRIGGER IF EXISTS sync_%1_%2")
                           .arg(t, QLatin1String(op));
        }
    }
    return out + kindTriggers(kinds, bulkLoadQuiet());
}

QStringList bulkLoadQueueStatements()
{
    // A bulk load into a desk that has synced (an import, a demo caseload) is queued like
    // any other write: its rows would otherwise never reach the hub. A desk that has never
    // synced stays quiet during bulk loads, since its first sync queues every row anyway.
    QStringList out;
    const auto created = triggerStatements(bulkLoadQuiet());
    static const QRegularExpression name(QStringLiteral("^CREATE TRIGGER (\\S+) "));
    for (const auto &statement : created)
        out << QStringLiteral("DROP TRIGGER %1").arg(name.match(statement).captured(1));
    return out + created;
}

} // namespace hub::sync
