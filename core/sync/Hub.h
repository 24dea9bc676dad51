#pragma once

#include "Result.h"
#include "SyncService.h"
#include "domain/AuditEvent.h"
#include "store/AuditRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace hub::sync {

// The protocol this program speaks and the hub schema it knows. A hub whose
// min_client_version is above kProtocol tells the client to update.
// Schema 2 (docs/SYNC.md "Hub schema 2"): supervisors bound to their team, hub_meta and
// erasures written only through functions owned by the hub. Schema 3 ("Hub schema 3: the
// hub trusts no desk"): every desk write goes through the hub's functions (HubTrust.cpp).
// Schema 4 (docs/SYNC.md "Audit trail on the hub"): every desk's audit trail, append-only.
// Schema 7 (docs/REFERRAL_IMPORT.md): referral mapping profiles and the force ids of a referral.
// Schema 8 (docs/SYNC.md "Desk logins"): hub_user follows each login's user (role, team,
// leaving). Schema 9 (docs/SYNC.md "Merged people"): person merges, written only by
// supervisors' logins, and the moves of records they list. Schema 10 (docs/SYNC.md "Teams
// and code lists (hub schema 10)"): the code lists' rules; teams and codes never deleted.
// Schema 11 (docs/SYNC.md "Joining a hub"): one-time enrolment codes for new desks
// (HubEnrolment.cpp).
constexpr int kProtocol = 1;
constexpr int kHubSchema = 11;

// Who is pulling or pushing, for the scope the hub lets through.
struct HubUser
{
    QString userId;
    QString role;
    QString teamId;
};

struct PushChange
{
    QString kind; // a RecordKind table, or "erasure" / "conflict"
    QString id;
    QString op; // upsert | delete | erase | resolve
    QJsonObject data;
    QJsonObject base;
    bool hasBase = false;
    QString hlc;
};

struct PushBatch
{
    QString clientId;
    QString batchId;
    QString author; // app user id
    int protocol = kProtocol;
    QVector<PushChange> changes;
};

struct PushResult
{
    int accepted = 0;
    int refused = 0;
    int conflicts = 0;
    bool replayed = false; // the batch had been applied before; its stored result
};

struct HubRow
{
    QString kind;
    QString id;
    QJsonObject data;
    QString hlc;
    QString author;
    bool deleted = false;
    QString text; // data as the hub stores it (JSON): a desk keeps it as the merge base
};

// The newest event the hub holds from one desk's audit trail; seq 0: none yet.
struct AuditHead
{
    qint64 seq = 0;
    QString hash;
};

// One event of the hub's audit trail: `n` orders the events of every desk as received.
struct HubAuditRow
{
    qint64 n = 0;
    QString clientId;
    domain::AuditEvent event;
};

struct HubInfo
{
    QString epoch;
    int schemaVersion = 0;
    int minClientVersion = 0;
};

struct PullStart
{
    QString cursor; // where the next pull starts once this one is applied
    QStringList erased;
    QStringList revoked; // people who left this user's scope
    QVector<Conflict> conflicts;
    QString hlc;
    bool restored = false; // the hub is behind the client's cursor: restored from a backup
};

// One hub, SQLite file or PostgreSQL, behind one set of statements (docs/SYNC.md).
class Hub
{
public:
    ~Hub();
    Hub(const Hub &) = delete;
    Hub &operator=(const Hub &) = delete;

    static Result<std::unique_ptr<Hub>> open(const HubUrl &url, const QString &password);

    bool isPostgres() const { return m_pg; }
    QSqlDatabase &connection() { return m_db; }

    Status init(int upTo = kHubSchema); // create or migrate the hub schema (up to `upTo`)
    // Rewrites the tables that hold record values so that what erasures replaced is in no
    // file of the hub (PostgreSQL keeps old row versions until then): VACUUM FULL of
    // hub_record and hub_conflict. Only the tables' owner or a superuser may; any other
    // login gets a Permission error. Not inside a transaction.
    Status vacuum();
    Result<HubInfo> info();
    Status setEpoch(const QString &epoch);

    Result<PushResult> push(const PushBatch &batch, const HubUser &user);

    // A pull: begin (erasures, revocations, conflicts, the new cursor), pages of one kind's
    // rows in id order (kind by kind, parents first), end. On PostgreSQL all of it runs in
    // one REPEATABLE READ snapshot.
    Result<PullStart> beginPull(const QString &cursor, const HubUser &user);
    // Rows' data is parsed unless `parse` is false: then only `text` is filled, for a
    // caller that parses off its own thread (a desk's pull).
    Result<QVector<HubRow>> pullPage(const QString &kind, const QString &afterId, int limit,
                                     bool parse = true);
    void endPull();

    // The audit trail desks push (HubAudit.cpp, docs/SYNC.md "Audit trail on the hub"),
    // each desk's keyed by its sync client id. pushAudit() appends `events` (in seq order)
    // when they continue the chain the hub holds for the desk, skips those it holds
    // already, and refuses the whole call, adding nothing, at a gap or a rewrite. Returns
    // the number added. `pushedBy`: the app user (SQLite-file hub; PostgreSQL records the
    // login).
    Result<AuditHead> auditHead(const QString &clientId);
    Result<int> pushAudit(const QString &clientId, const QString &pushedBy,
                          const QVector<domain::AuditEvent> &events);
    // Reading it (PostgreSQL: only logins mapped to a role that may read the audit trail
    // see rows). Newest first, below `beforeN` (0: from the newest).
    Result<QVector<HubAuditRow>> auditPage(const store::AuditSelection &which, qint64 beforeN,
                                           int limit);
    Result<qint64> auditCount(const store::AuditSelection &which);
    Result<QStringList> auditActions();
    // Every event, desk by desk in seq order.
    Status forEachAudit(const std::function<Status(const HubAuditRow &)> &visit);

    // The hub's clock (SQLite-file hub: this machine's; PostgreSQL: the server's).
    void setClock(const util::Clock *clock) { m_clock = clock; }

private:
    Hub(QString connectionName, bool pg);

    Status begin();
    Status commit();
    void rollback();
    QString stamp() const; // SQL for "this transaction's version"
    QString since(const QString &column) const;
    QString visible(const QString &alias) const;
    QString meta(const QString &key);
    Status setMeta(const QString &key, const QString &value);
    Status exec(const QString &sql, const QVariantList &binds = {});
    QSqlQuery &prepared(const QString &sql); // kept for reuse, like store::Database's

    QString personFor(const PushChange &change);
    Status applyChange(const PushChange &change, const PushBatch &batch, const HubUser &user,
                       const QString &hlc, PushResult &result, QSet<QString> &touched);
    Status raise(const PushChange &change, const QString &personId, const QString &field,
                 const QString &reason, const QJsonValue &base, const QJsonValue &hub,
                 const QJsonValue &client, const QString &hubAuthor, const QString &author);
    // An edit from a desk whose user does not hold the row's person (any more): not
    // applied, and each field the desk changed kept as an out_of_scope conflict for the
    // person's supervisor. `hubData`: none when this login cannot read the row (RLS).
    Status keepOutOfScope(const PushChange &change, const QString &personId,
                          const std::optional<QJsonObject> &hubData, const QString &hubAuthor,
                          const QString &author, PushResult &result);
    Status erase(const QString &personId);
    bool mayErase(const HubUser &user);
    Status rescope(const QString &personId);
    Status rescopeHolder(const QString &userId);
    static QVariantList scopeBinds(const HubUser &user); // the values visible() reads
    QString clampHlc(const QString &clientHlc, const QString &clientId);
    bool canSee(const HubUser &user, const QVariant &teams, const QString &holders,
                bool restricted) const;

    QString m_name;
    bool m_pg = false;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    const util::Clock *m_clock;
    qint64 m_txn = 0;    // SQLite-file hub: this write transaction's number
    QString m_cursorSql; // the pull in progress: its "since" condition
    HubUser m_pullUser;
    bool m_pulling = false; // a PostgreSQL pull transaction is open
    QString m_hlc;          // the push in progress: the hub's clock so far
    bool m_skewLogged = false;
    qint64 m_nowMs = 0; // the push in progress: the hub's wall clock
    // A push's rows as the hub holds them (kind/id -> data, person_id, author, deleted,
    // teams, holders, restricted), read kind by kind in a few statements (HubPrefetch.cpp)
    // instead of one round trip per row; and the scope of the people new rows belong to.
    Status prefetch(const QString &kind, const QVector<PushChange> &changes);
    const QVector<QVariant> *known(const PushChange &change) const;
    QVector<QVariant> personScope(const QString &personId);
    QHash<QString, QVector<QVariant>> m_known;
    QSet<QString> m_knownKinds;
    QHash<QString, QVector<QVariant>> m_personScopes;
    QVector<PushChange> m_batchChanges; // the batch being applied, in its order
    QSet<QString> m_erased;
    QSet<QString> m_erasedNow;  // by this batch
    QSet<QString> m_movedUsers; // users this batch moved to another team

    // PostgreSQL: a push's writes wait here and go to the hub's functions a kind at a time
    // (HubWrites.cpp): conflicts (hub_raise) before the rows they are about
    // (hub_push_rows), which answer, row by row, written, out of scope or refused.
    struct PendingRow
    {
        PushChange change;
        QString personId;
        std::optional<QJsonObject> hubData; // none for a row new to this desk
        QString hubAuthor;
        bool touches = false;   // written, it may move its person between scopes
        bool movesUser = false; // written, a user changes team
    };
    Status queueRow(PendingRow row, const QJsonObject &data, bool deleted, const QString &hlc);
    void queueConflict(const PushChange &change, const QString &field, const QString &reason,
                       const QJsonValue &base, const QJsonValue &client, const QString &author);
    Status flushWrites(PushResult &result, QSet<QString> &touched);
    Status flushConflicts();
    QVector<PendingRow> m_pendingRows;
    QJsonArray m_rowJson;
    QJsonArray m_conflictJson;
    QJsonArray m_resolveJson;
    QString m_author; // the push in progress: its app user
};

} // namespace hub::sync
