#include "Hub.h"
#include "HubDetail.h"
#include "HubSchema.h"

#include "security/AuditChain.h"
#include "security/Permissions.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

// The audit trail on the hub (docs/SYNC.md "Audit trail on the hub", hub schema 4): each
// desk's events, keyed by its sync client id, appended only where they continue the chain
// the hub already holds for that desk, and read by auditors' (and administrators') logins.

namespace hub::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncHub)
};

const char *const kAuditColumns = R"(
    client_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    at TEXT NOT NULL,
    user_id TEXT,
    username TEXT,
    workstation TEXT,
    action TEXT NOT NULL,
    record_type TEXT,
    record_id TEXT,
    person_id TEXT,
    detail TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    pushed_by TEXT NOT NULL,
    received_at TEXT NOT NULL,
    UNIQUE (client_id, seq))";

// The head of one desk's chain: any desk login may ask for its own (a number and a hash,
// nothing about anyone), without reading the rows.
const char *const kHeadFunction =
    R"(CREATE OR REPLACE FUNCTION hub_audit_head(c text, OUT seq bigint, OUT hash text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1, pg_temp AS $f$
    SELECT a.seq, a.hash FROM hub_audit a WHERE a.client_id = c ORDER BY a.seq DESC LIMIT 1 $f$)";

// A desk's new events, as a JSON array in seq order: each must continue the chain the hub
// holds for that desk (the next seq, prev_hash = the hub's head); one already held is
// skipped when it is the same event and refused when it differs. The hashes are BLAKE2b,
// which PostgreSQL cannot compute: the link is checked here, the hashes by an auditor's
// "Verify chain" on the hub view (sync::HubAuditReader).
const char *const kPushFunction =
    R"(CREATE OR REPLACE FUNCTION hub_push_audit(c text, events text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = %1, pg_temp AS $f$
DECLARE
    e jsonb; s bigint; head_seq bigint; head_hash text; held text; added integer := 0;
BEGIN
    IF coalesce(c, '') !~ '^[0-9a-f-]{8,64}$' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'audit push: not a desk''s client id';
    END IF;
    PERFORM pg_advisory_xact_lock(7262, hashtext(c));
    SELECT a.seq, a.hash INTO head_seq, head_hash FROM hub_audit a WHERE a.client_id = c
    ORDER BY a.seq DESC LIMIT 1;
    IF NOT FOUND THEN
        head_seq := 0;
        head_hash := repeat('0', 64);
    END IF;
    FOR e IN SELECT value FROM jsonb_array_elements(CAST(events AS jsonb)) LOOP
        s := CAST(e->>'seq' AS bigint);
        IF s IS NULL OR s < 1 THEN
            RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
                MESSAGE = 'audit push: an event without a number';
        END IF;
        IF s <= head_seq THEN
            SELECT a.hash INTO held FROM hub_audit a WHERE a.client_id = c AND a.seq = s;
            IF held IS DISTINCT FROM e->>'hash' THEN
                RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',
                    MESSAGE = format('audit push refused: event %s differs from the one the '
                                     'hub holds from this desk (the trail was rewritten)', s);
            END IF;
            CONTINUE;
        END IF;
        IF s <> head_seq + 1 THEN
            RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',
                MESSAGE = format('audit push refused: event %s would follow event %s, the last '
                                 'the hub holds from this desk (events are missing)', s, head_seq);
        END IF;
        IF e->>'prev_hash' IS DISTINCT FROM head_hash THEN
            RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',
                MESSAGE = format('audit push refused: event %s does not continue the chain the '
                                 'hub holds from this desk', s);
        END IF;
        IF coalesce(e->>'hash', '') !~ '^[0-9a-f]{64}$' OR coalesce(e->>'at', '') = '' OR
           coalesce(e->>'action', '') = '' THEN
            RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
                MESSAGE = format('audit push refused: event %s is incomplete', s);
        END IF;
        INSERT INTO hub_audit (client_id, seq, at, user_id, username, workstation, action,
            record_type, record_id, person_id, detail, prev_hash, hash, pushed_by, received_at)
        VALUES (c, s, e->>'at', e->>'user_id', e->>'username', e->>'workstation', e->>'action',
            e->>'record_type', e->>'record_id', e->>'person_id', e->>'detail', e->>'prev_hash',
            e->>'hash', session_user,
            to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
        head_seq := s;
        head_hash := e->>'hash';
        added := added + 1;
    END LOOP;
    RETURN added;
END $f$)";

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

QJsonObject eventJson(const domain::AuditEvent &e)
{
    return QJsonObject{{QStringLiteral("seq"), e.seq},
                       {QStringLiteral("at"), e.at},
                       {QStringLiteral("user_id"), e.userId},
                       {QStringLiteral("username"), e.username},
                       {QStringLiteral("workstation"), e.workstation},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("record_type"), e.recordType},
                       {QStringLiteral("record_id"), e.recordId},
                       {QStringLiteral("person_id"), e.personId},
                       {QStringLiteral("detail"), e.detail},
                       {QStringLiteral("prev_hash"), e.prevHash},
                       {QStringLiteral("hash"), e.hash}};
}

// Why `e` cannot follow `head` on the hub (the SQLite-file hub's check, the same as
// hub_push_audit's, and the hashes too); empty when it can.
QString refusal(const AuditHead &head, const domain::AuditEvent &e)
{
    if (e.seq != head.seq + 1)
        return Text::tr("audit push refused: event %1 would follow event %2, the last the hub "
                        "holds from this desk (events are missing)")
            .arg(e.seq)
            .arg(head.seq);
    if (e.prevHash != (head.seq == 0 ? security::AuditChain::genesis() : head.hash))
        return Text::tr("audit push refused: event %1 does not continue the chain the hub holds "
                        "from this desk")
            .arg(e.seq);
    if (e.at.isEmpty() || e.action.isEmpty() || security::AuditChain::hashOf(e) != e.hash)
        return Text::tr("audit push refused: event %1 does not match its hash").arg(e.seq);
    return {};
}

} // namespace

QStringList auditRoles()
{
    QStringList out;
    for (const char *role : {"caseworker", "supervisor", "admin", "auditor"}) {
        const auto r = QString::fromLatin1(role);
        if (security::Permissions::allows(r, security::Action::ViewAudit))
            out << r;
    }
    return out;
}

QStringList hubAuditMigration(bool pg, const QString &quotedSchema)
{
    const auto noChange = QStringLiteral("the hub's audit trail is append-only");
    if (!pg)
        return {QStringLiteral("CREATE TABLE hub_audit (n INTEGER PRIMARY KEY,%1)")
                    .arg(QLatin1String(kAuditColumns)),
                QStringLiteral("CREATE TRIGGER hub_audit_no_update BEFORE UPDATE ON hub_audit "
                               "BEGIN SELECT RAISE(ABORT, %1); END")
                    .arg(quoted(noChange)),
                QStringLiteral("CREATE TRIGGER hub_audit_no_delete BEFORE DELETE ON hub_audit "
                               "BEGIN SELECT RAISE(ABORT, %1); END")
                    .arg(quoted(noChange))};
    QStringList roles;
    for (const auto &r : auditRoles())
        roles << quoted(r);
    QStringList out{
        QStringLiteral("CREATE TABLE hub_audit (n BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY "
                       "KEY,%1)")
            .arg(QLatin1String(kAuditColumns)),
        QStringLiteral("CREATE INDEX hub_audit_by_at ON hub_audit(at)"),
        // Append-only for everyone, the hub's owner included, short of dropping the trigger.
        QStringLiteral("CREATE OR REPLACE FUNCTION hub_audit_refuse() RETURNS trigger LANGUAGE "
                       "plpgsql AS $f$ BEGIN RAISE EXCEPTION USING ERRCODE = "
                       "'insufficient_privilege', MESSAGE = %1; END $f$")
            .arg(quoted(noChange)),
        QStringLiteral("CREATE TRIGGER hub_audit_no_change BEFORE UPDATE OR DELETE ON hub_audit "
                       "FOR EACH ROW EXECUTE FUNCTION hub_audit_refuse()"),
        QStringLiteral("CREATE TRIGGER hub_audit_no_truncate BEFORE TRUNCATE ON hub_audit "
                       "FOR EACH STATEMENT EXECUTE FUNCTION hub_audit_refuse()"),
        // Desk logins read rows only when mapped to a role that may read the audit trail;
        // they write them only through hub_push_audit.
        QStringLiteral("ALTER TABLE hub_audit ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY hub_audit_read ON hub_audit FOR SELECT USING (EXISTS ("
                       "SELECT 1 FROM hub_user u WHERE u.role_name = current_user AND "
                       "u.app_role IN (%1)))")
            .arg(roles.join(QStringLiteral(", "))),
        QStringLiteral("REVOKE ALL ON hub_audit FROM PUBLIC, hub_client"),
        QStringLiteral("GRANT SELECT ON hub_audit TO hub_client"),
    };
    for (const char *f : {kHeadFunction, kPushFunction})
        out << QString::fromLatin1(f).replace(QStringLiteral("%1"), quotedSchema);
    for (const char *f : {"hub_audit_head(text)", "hub_push_audit(text, text)"}) {
        out << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(QLatin1String(f))
            << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO hub_client").arg(QLatin1String(f));
    }
    return out;
}

Result<AuditHead> Hub::auditHead(const QString &clientId)
{
    auto &q = prepared(m_pg ? QStringLiteral("SELECT seq, hash FROM hub_audit_head(?)")
                            : QStringLiteral("SELECT seq, hash FROM hub_audit WHERE client_id = ? "
                                             "ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(clientId);
    if (!q.exec())
        return hubError(q.lastError(), QStringLiteral("hub_audit_head"));
    AuditHead out;
    if (q.next() && !q.value(0).isNull()) {
        out.seq = q.value(0).toLongLong();
        out.hash = q.value(1).toString();
    }
    q.finish();
    return out;
}

Result<int> Hub::pushAudit(const QString &clientId, const QString &pushedBy,
                           const QVector<domain::AuditEvent> &events)
{
    if (m_pg) {
        QJsonArray list;
        for (const auto &e : events)
            list.push_back(eventJson(e));
        auto &q = prepared(QStringLiteral("SELECT hub_push_audit(?, ?)"));
        q.addBindValue(clientId);
        q.addBindValue(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
        if (!q.exec() || !q.next())
            return hubError(q.lastError(), QStringLiteral("hub_push_audit"));
        const int added = q.value(0).toInt();
        q.finish();
        return added;
    }
    if (auto s = exec(QStringLiteral("BEGIN IMMEDIATE")); !s.ok())
        return s.error();
    auto fail = [this](const Error &e) {
        rollback();
        return e;
    };
    auto head = auditHead(clientId);
    if (!head.ok())
        return fail(head.error());
    int added = 0;
    for (const auto &e : events) {
        if (e.seq <= head->seq) { // sent before: the same event, or a rewrite
            auto &q = prepared(
                QStringLiteral("SELECT hash FROM hub_audit WHERE client_id = ? AND seq = ?"));
            q.addBindValue(clientId);
            q.addBindValue(e.seq);
            const bool same = q.exec() && q.next() && q.value(0).toString() == e.hash;
            q.finish();
            if (!same)
                return fail(Error::make(
                    Error::Kind::Conflict,
                    Text::tr("audit push refused: event %1 differs from the one the hub holds "
                             "from this desk (the trail was rewritten)")
                        .arg(e.seq)));
            continue;
        }
        if (const auto why = refusal(*head, e); !why.isEmpty())
            return fail(Error::make(Error::Kind::Conflict, why));
        if (auto s = exec(QStringLiteral("INSERT INTO hub_audit (client_id, %1, pushed_by, "
                                         "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                         "?, ?, ?, ?)")
                              .arg(store::AuditRepository::columns()),
                          {clientId, e.seq, e.at, e.userId, e.username, e.workstation, e.action,
                           e.recordType, e.recordId, e.personId, e.detail, e.prevHash, e.hash,
                           pushedBy, util::toIsoUtc(m_clock->now())});
            !s.ok())
            return fail(s.error());
        head.value().seq = e.seq;
        head.value().hash = e.hash;
        ++added;
    }
    if (auto s = commit(); !s.ok())
        return fail(s.error());
    return added;
}

namespace {

HubAuditRow auditRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), store::AuditRepository::fromRow(q, 2)};
}

} // namespace

Result<QVector<HubAuditRow>> Hub::auditPage(const store::AuditSelection &which, qint64 beforeN,
                                            int limit)
{
    QVariantList values;
    QString where = store::AuditRepository::where(which, values);
    if (beforeN > 0) {
        where += where.isEmpty() ? QStringLiteral(" WHERE n < ?") : QStringLiteral(" AND n < ?");
        values << beforeN;
    }
    values << limit;
    auto &q = prepared(QStringLiteral("SELECT n, client_id, %1 FROM hub_audit%2 ORDER BY n DESC "
                                      "LIMIT ?")
                           .arg(store::AuditRepository::columns(), where));
    for (const auto &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return hubError(q.lastError(), QStringLiteral("hub_audit"));
    QVector<HubAuditRow> out;
    while (q.next())
        out.push_back(auditRow(q));
    q.finish();
    return out;
}

Result<qint64> Hub::auditCount(const store::AuditSelection &which)
{
    QVariantList values;
    auto &q = prepared(QStringLiteral("SELECT count(*) FROM hub_audit%1")
                           .arg(store::AuditRepository::where(which, values)));
    for (const auto &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return hubError(q.lastError(), QStringLiteral("hub_audit"));
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Result<QStringList> Hub::auditActions()
{
    auto &q = prepared(QStringLiteral("SELECT DISTINCT action FROM hub_audit ORDER BY action"));
    if (!q.exec())
        return hubError(q.lastError(), QStringLiteral("hub_audit"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    q.finish();
    return out;
}

Status Hub::forEachAudit(const std::function<Status(const HubAuditRow &)> &visit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT n, client_id, %1 FROM hub_audit ORDER BY client_id, seq")
                    .arg(store::AuditRepository::columns())))
        return hubError(q.lastError(), QStringLiteral("hub_audit"));
    while (q.next()) {
        if (auto s = visit(auditRow(q)); !s.ok())
            return s;
    }
    return {};
}

} // namespace hub::sync
