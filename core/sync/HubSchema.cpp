#include "HubSchema.h"

namespace hub::sync {

namespace {

// The scope rule of SYNC.md "Erasure and scope", as the PostgreSQL policies state it:
// a record of no one is seen by all; a supervisor sees every person; a caseworker sees
// unassigned people and their team's, and a restricted person only as a holder.
const char *const kPolicy = R"(CREATE POLICY hub_record_scope ON hub_record FOR SELECT USING (
    teams IS NULL OR EXISTS (
        SELECT 1 FROM hub_user u WHERE u.role_name = current_user AND (
            u.app_role = 'supervisor' OR (
                (teams = ',' OR strpos(teams, ',' || u.team_id || ',') > 0) AND
                (restricted = 0 OR strpos(holders, ',' || u.user_id || ',') > 0))))))";

} // namespace

QStringList hubSchema(bool pg)
{
    const QString ver = pg ? QStringLiteral("xid8") : QStringLiteral("INTEGER");
    QStringList out{
        QStringLiteral(
            "CREATE TABLE hub_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
        QStringLiteral(R"(CREATE TABLE hub_record (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    data TEXT NOT NULL,
    person_id TEXT,
    teams TEXT,
    holders TEXT NOT NULL DEFAULT ',',
    restricted INTEGER NOT NULL DEFAULT 0,
    ver %1 NOT NULL,
    hlc TEXT NOT NULL,
    author TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, id)))")
            .arg(ver),
        // A pull reads kind by kind what changed since its cursor.
        QStringLiteral("CREATE INDEX hub_record_by_ver ON hub_record(kind, ver)"),
        QStringLiteral("CREATE INDEX hub_record_by_person ON hub_record(person_id)"),
        QStringLiteral(R"(CREATE TABLE hub_batch (
    client_id TEXT NOT NULL,
    batch_id TEXT NOT NULL,
    result TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    PRIMARY KEY (client_id, batch_id)))"),
        QStringLiteral(R"(CREATE TABLE hub_conflict (
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
    resolved_at TEXT,
    ver %1 NOT NULL))")
            .arg(ver),
        QStringLiteral("CREATE INDEX hub_conflict_by_ver ON hub_conflict(ver)"),
        QStringLiteral("CREATE TABLE hub_erasure (person_id TEXT PRIMARY KEY NOT NULL, "
                       "erased_at TEXT NOT NULL, ver %1 NOT NULL)")
            .arg(ver),
        QStringLiteral("CREATE TABLE hub_scope_change (person_id TEXT NOT NULL, ver %1 NOT NULL)")
            .arg(ver),
        QStringLiteral("CREATE INDEX hub_scope_change_by_ver ON hub_scope_change(ver)"),
        QStringLiteral("CREATE TABLE hub_skew (client_id TEXT NOT NULL, at TEXT NOT NULL, "
                       "ahead_ms BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE hub_user (role_name TEXT PRIMARY KEY NOT NULL, "
                       "user_id TEXT NOT NULL, app_role TEXT NOT NULL, team_id TEXT)"),
    };
    if (pg) {
        // Workstations log in as their own roles, members of hub_client; row-level
        // security decides which records each one reads (hub_user maps role -> app user).
        out << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                              "'hub_client') THEN CREATE ROLE hub_client NOLOGIN; END IF; END $$")
            << QStringLiteral("GRANT SELECT, INSERT, UPDATE ON hub_meta, hub_record, hub_batch, "
                              "hub_conflict, hub_erasure, hub_scope_change, hub_skew TO hub_client")
            << QStringLiteral("GRANT DELETE ON hub_conflict TO hub_client")
            << QStringLiteral("GRANT SELECT ON hub_user TO hub_client");
        out << QStringLiteral("ALTER TABLE hub_record ENABLE ROW LEVEL SECURITY")
            << QString::fromLatin1(kPolicy)
            << QStringLiteral("CREATE POLICY hub_record_write ON hub_record FOR INSERT "
                              "WITH CHECK (true)")
            << QStringLiteral("CREATE POLICY hub_record_update ON hub_record FOR UPDATE "
                              "USING (true) WITH CHECK (true)")
            << QStringLiteral("ALTER TABLE hub_conflict ENABLE ROW LEVEL SECURITY")
            << QStringLiteral(
                   "CREATE POLICY hub_conflict_scope ON hub_conflict USING (person_id IS NULL OR "
                   "EXISTS (SELECT 1 FROM hub_record p WHERE p.kind = 'person' AND "
                   "p.id = hub_conflict.person_id)) WITH CHECK (true)");
    }
    return out;
}

} // namespace hub::sync
