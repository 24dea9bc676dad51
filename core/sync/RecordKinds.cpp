#include "RecordKinds.h"

#include <QRegularExpression>

namespace hub::sync {

namespace {

QString viaEpisode()
{
    return QStringLiteral("(SELECT e.person_id FROM episode e WHERE e.id = t.episode_id)");
}

RecordKind kind(const char *table, QStringList key = {QStringLiteral("id")})
{
    RecordKind k;
    k.table = QString::fromLatin1(table);
    k.key = std::move(key);
    k.archiveType = k.table; // most archive types are named after their table
    return k;
}

QVector<RecordKind> makeKinds()
{
    QVector<RecordKind> all;
    all << kind("team");
    auto user = kind("app_user");
    user.skip = {QStringLiteral("password_hash"), QStringLiteral("must_change_password"),
                 QStringLiteral("failed_logins"), QStringLiteral("locked_until"),
                 QStringLiteral("password_changed_at")};
    user.archiveType = QStringLiteral("user");
    user.updateOf = {QStringLiteral("username"), QStringLiteral("display_name"),
                     QStringLiteral("role"), QStringLiteral("team_id"), QStringLiteral("active")};
    all << user;
    // Not in archives: codes and settings, the episode's referral links (its referral_ids),
    // assignment history and closure reviews.
    for (auto k : {kind("ref_code", {QStringLiteral("list"), QStringLiteral("code")}),
                   kind("hub_setting", {QStringLiteral("key")})}) {
        k.archiveType.clear();
        all << k;
    }

    auto person = kind("person");
    // phone_e164 is worked out on each desk from phone (store/PersonPhones), never sent.
    person.skip = {QStringLiteral("num"), QStringLiteral("phone_e164")};
    person.personSql = QStringLiteral("t.id");
    person.personField = QStringLiteral("id");
    all << person;
    for (const char *name : {"referral", "episode"}) {
        auto k = kind(name);
        k.personSql = QStringLiteral("t.person_id");
        k.personField = QStringLiteral("person_id");
        all << k;
    }
    for (const char *name : {"episode_referral", "onward_referral"}) {
        auto k = QLatin1String(name) == QLatin1String("episode_referral")
                     ? kind(name, {QStringLiteral("episode_id"), QStringLiteral("referral_id")})
                     : kind(name);
        k.personSql = viaEpisode();
        k.viaField = QStringLiteral("episode_id");
        k.viaKinds = {QStringLiteral("episode")};
        if (k.table == QLatin1String("episode_referral"))
            k.archiveType.clear();
        all << k;
    }
    auto contact = kind("contact");
    contact.personSql = QStringLiteral("t.person_id");
    contact.personField = QStringLiteral("person_id");
    contact.appendOnly = true;
    all << contact;
    auto task = kind("task");
    task.personSql = QStringLiteral("coalesce(t.person_id, %1)").arg(viaEpisode());
    task.personField = QStringLiteral("person_id");
    task.viaField = QStringLiteral("episode_id");
    task.viaKinds = {QStringLiteral("episode")};
    all << task;
    auto change = kind("assignment_change");
    change.personSql =
        QStringLiteral("coalesce((SELECT r.person_id FROM referral r WHERE r.id = t.record_id), "
                       "(SELECT e.person_id FROM episode e WHERE e.id = t.record_id))");
    change.viaField = QStringLiteral("record_id");
    change.viaKinds = {QStringLiteral("referral"), QStringLiteral("episode")};
    change.archiveType.clear();
    all << change;
    auto review = kind("closure_review");
    review.personSql = viaEpisode();
    review.viaField = QStringLiteral("episode_id");
    review.viaKinds = {QStringLiteral("episode")};
    review.archiveType.clear();
    all << review;
    return all;
}

QString keyExpression(const RecordKind &k, const char *row)
{
    QStringList parts;
    for (const auto &c : k.key)
        parts << QStringLiteral("%1.%2").arg(QLatin1String(row), c);
    return parts.join(QStringLiteral(" || '|' || "));
}

// The outbox triggers of every kind (and of the erasure log), quiet when `quiet` is false.
QStringList triggerStatements(const QString &quiet)
{
    QStringList out;
    const QString add = QStringLiteral(
        "CREATE TRIGGER sync_%1_%2 AFTER %3 ON %1 WHEN %4 BEGIN INSERT INTO sync_outbox "
        "(kind, row_id, op) VALUES ('%1', %5, '%6'); END");
    for (const auto &k : recordKinds()) {
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

QStringList bulkLoadQueueStatements()
{
    // A bulk load into a desk that has synced (an import, a demo caseload) is queued like
    // any other write: its rows would otherwise never reach the hub. A desk that has never
    // synced stays quiet during bulk loads, since its first sync queues every row anyway.
    QStringList out;
    const auto quiet = QStringLiteral(
        "(SELECT applying FROM sync_state) = 0 AND ((SELECT suspended FROM search_state) = 0 "
        "OR (SELECT hub_epoch FROM sync_state) IS NOT NULL)");
    const auto created = triggerStatements(quiet);
    static const QRegularExpression name(QStringLiteral("^CREATE TRIGGER (\\S+) "));
    for (const auto &statement : created)
        out << QStringLiteral("DROP TRIGGER %1").arg(name.match(statement).captured(1));
    return out + created;
}

} // namespace hub::sync
