#include "HubSchema.h"
#include "HubEnrolment.h"
#include "HubLogins.h"
#include "HubTrust.h"
#include "ImportMigration.h"
#include "SafetyMigration.h"

#include "domain/RecordSchema.h"
#include "security/Permissions.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hub::sync {

namespace {

// Schema 1's scope rule: a record of no one is seen by all; a supervisor sees every
// person; a caseworker sees unassigned people and their team's, and a restricted person
// only as a holder. Schema 2 replaces it with kPolicy (supervisors bound to their team).
const char *const kPolicyV1 = R"(CREATE POLICY hub_record_scope ON hub_record FOR SELECT USING (
    teams IS NULL OR EXISTS (
        SELECT 1 FROM hub_user u WHERE u.role_name = current_user AND (
            u.app_role = 'supervisor' OR (
                (teams = ',' OR strpos(teams, ',' || u.team_id || ',') > 0) AND
                (restricted = 0 OR strpos(holders, ',' || u.user_id || ',') > 0))))))";

// Schema 2's scope rule, the rule of security::Permissions::check: a supervisor with a
// team sees that team's people, unassigned ones and those they hold (restricted or not); a
// supervisor with no team sees every person; the rest as in schema 1.
const char *const kPolicy = R"(CREATE POLICY hub_record_scope ON hub_record FOR SELECT USING (
    teams IS NULL OR EXISTS (
        SELECT 1 FROM hub_user u WHERE u.role_name = current_user AND (
            (u.app_role = 'supervisor' AND (coalesce(u.team_id, '') = '' OR teams = ',' OR
                strpos(teams, ',' || u.team_id || ',') > 0 OR
                strpos(holders, ',' || u.user_id || ',') > 0)) OR (
            (teams = ',' OR strpos(teams, ',' || u.team_id || ',') > 0) AND
            (restricted = 0 OR strpos(holders, ',' || u.user_id || ',') > 0))))))";

// The writes a desk's own login may not make itself, as functions owned by the hub's
// owner (so row-level security does not hide rows from them) with a fixed search_path.
// %1: the hub's schema; %2: the app roles that may erase; %3: the erasure's field values.
const char *const kFunctions[] = {
    // The write counter, the hub clock and the epoch: hub_meta is read-only to desks.
    R"(CREATE OR REPLACE FUNCTION hub_next_txn() RETURNS bigint LANGUAGE sql SECURITY DEFINER
SET search_path = %1, pg_temp AS $f$
    UPDATE hub_meta SET value = (CAST(value AS bigint) + 1)::text WHERE key = 'txn'
    RETURNING CAST(value AS bigint) $f$)",
    // Never back, and never more than ten minutes ahead of the server's clock.
    R"(CREATE OR REPLACE FUNCTION hub_set_hlc(t text) RETURNS void LANGUAGE sql SECURITY DEFINER
SET search_path = %1, pg_temp AS $f$
    UPDATE hub_meta SET value = t WHERE key = 'hlc' AND t ~ '^[0-9]{15}$' AND t > value AND
        CAST(t AS bigint) <= CAST(extract(epoch FROM clock_timestamp()) * 1000 AS bigint) + 600000
$f$)",
    R"(CREATE OR REPLACE FUNCTION hub_set_epoch(e text) RETURNS void LANGUAGE sql SECURITY DEFINER
SET search_path = %1, pg_temp AS $f$
    UPDATE hub_meta SET value = e WHERE key = 'epoch' AND length(e) BETWEEN 8 AND 64 $f$)",
    // Fresh planner statistics after a large push (a desk's first sync of its caseload):
    // until autovacuum comes round, PostgreSQL would sort a whole kind for every pull page.
    R"(CREATE OR REPLACE FUNCTION hub_analyze() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = %1, pg_temp AS $f$ BEGIN ANALYZE hub_record; END $f$)",
    // Whether the calling login may erase: the hub's owner, or a login mapped to an app
    // role that may erase.
    R"(CREATE OR REPLACE FUNCTION hub_may_erase() RETURNS boolean LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = %1, pg_temp AS $f$
    SELECT pg_has_role(session_user, current_user, 'MEMBER') OR EXISTS (
        SELECT 1 FROM hub_user WHERE role_name = session_user AND app_role IN (%2)) $f$)",
    // A person's scope worked out again, as services::personScope does on a desk (the
    // SQLite-file hub: Hub::rescope). Deterministic, so any desk login may ask for it.
    R"(CREATE OR REPLACE FUNCTION hub_rescope(p text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = %1, pg_temp AS $f$
DECLARE
    r record; d jsonb; h text; st text; found_person boolean := false; restr integer := 0;
    open_ text[] := '{}'; ever text[] := '{}'; hs text[]; ts text[]; t_text text; h_text text;
BEGIN
    FOR r IN SELECT kind, data FROM hub_record WHERE person_id = p AND
            kind IN ('person', 'referral', 'episode') AND deleted = 0 ORDER BY kind, id LOOP
        d := CAST(r.data AS jsonb);
        IF r.kind = 'person' THEN
            found_person := true;
            restr := coalesce(CAST(d->>'restricted' AS integer), 0);
            CONTINUE;
        END IF;
        h := coalesce(d->>(CASE WHEN r.kind = 'referral' THEN 'assigned_to'
                                ELSE 'caseworker_id' END), '');
        st := coalesce(d->>'status', '');
        CONTINUE WHEN h = '';
        IF NOT h = ANY(ever) THEN ever := ever || h; END IF;
        IF (r.kind = 'referral' AND st NOT IN ('closed', 'declined', 'no_contact')) OR
           (r.kind = 'episode' AND st <> 'closed') THEN
            IF NOT h = ANY(open_) THEN open_ := open_ || h; END IF;
        END IF;
    END LOOP;
    IF NOT found_person THEN RETURN; END IF;
    hs := CASE WHEN cardinality(open_) = 0 THEN ever ELSE open_ END;
    SELECT coalesce(array_agg(DISTINCT t ORDER BY t), '{}') INTO ts FROM (
        SELECT CAST(u.data AS jsonb)->>'team_id' AS t FROM hub_record u
        WHERE u.kind = 'app_user' AND u.id = ANY(hs)) x WHERE coalesce(t, '') <> '';
    t_text := ',' || array_to_string(ts, ',') || ',';
    h_text := ',' || array_to_string(hs, ',') || ',';
    IF t_text = ',,' THEN t_text := ','; END IF;
    IF h_text = ',,' THEN h_text := ','; END IF;
    IF EXISTS (SELECT 1 FROM hub_record WHERE kind = 'person' AND id = p AND teams = t_text AND
               holders = h_text AND restricted = restr) THEN
        RETURN;
    END IF;
    UPDATE hub_record SET teams = t_text, holders = h_text, restricted = restr,
        ver = pg_current_xact_id() WHERE person_id = p;
    INSERT INTO hub_scope_change (person_id, ver) VALUES (p, pg_current_xact_id());
END $f$)",
    // A new row takes its person's scope as the hub holds it, whatever the desk sent and
    // whether or not the desk's login may still see that person (row-level security
    // would hide the person from the desk's own lookup).
    R"(CREATE OR REPLACE FUNCTION hub_scope_from_person() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = %1, pg_temp AS $f$
DECLARE t text; h text; r integer;
BEGIN
    IF NEW.person_id IS NOT NULL AND NEW.kind <> 'person' THEN
        SELECT p.teams, p.holders, p.restricted INTO t, h, r FROM hub_record p
        WHERE p.kind = 'person' AND p.id = NEW.person_id;
        IF FOUND THEN
            NEW.teams := t;
            NEW.holders := h;
            NEW.restricted := r;
        END IF;
    END IF;
    RETURN NEW;
END $f$)",
    // A user changed team: the people they hold are scoped again.
    R"(CREATE OR REPLACE FUNCTION hub_rescope_holder(u text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = %1, pg_temp AS $f$
BEGIN
    PERFORM hub_rescope(id) FROM hub_record
    WHERE kind = 'person' AND strpos(holders, ',' || u || ',') > 0;
END $f$)",
    // An erasure reaches every row of the person, whoever's scope they are in.
    R"(CREATE OR REPLACE FUNCTION hub_erase(p text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = %1, pg_temp AS $f$
DECLARE r record; d jsonb; dob text;
BEGIN
    IF NOT hub_may_erase() THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'this hub login may not erase people';
    END IF;
    IF EXISTS (SELECT 1 FROM hub_erasure WHERE person_id = p) THEN RETURN; END IF;
    FOR r IN SELECT kind, id, data FROM hub_record WHERE person_id = p LOOP
        d := CAST(r.data AS jsonb);
        d := d || coalesce((SELECT jsonb_object_agg(f.field, f.value)
                            FROM (VALUES %3) AS f(kind, field, value)
                            WHERE f.kind = r.kind AND (d -> f.field) IS NOT NULL), '{}');
        dob := coalesce(d->>'date_of_birth', '');
        IF r.kind = 'person' AND dob <> '' AND substr(dob, 6, 5) <> '02-29' THEN
            d := jsonb_set(d, '{date_of_birth}', to_jsonb(left(dob, 8) || '01'));
        END IF;
        UPDATE hub_record SET data = CAST(d AS text),
            deleted = CASE WHEN r.kind = 'task' THEN 1 ELSE 0 END, ver = pg_current_xact_id()
        WHERE kind = r.kind AND id = r.id;
    END LOOP;
    DELETE FROM hub_conflict WHERE person_id = p;
    INSERT INTO hub_erasure (person_id, erased_at, ver) VALUES (p,
        to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        pg_current_xact_id());
END $f$)",
};

const char *const kFunctionNames[] = {
    "hub_next_txn()",  "hub_set_hlc(text)", "hub_set_epoch(text)",
    "hub_may_erase()", "hub_rescope(text)", "hub_rescope_holder(text)",
    "hub_erase(text)", "hub_analyze()",     "hub_scope_from_person()"};

QString sqlText(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

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
            << QString::fromLatin1(kPolicyV1)
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

const QVector<ScrubField> &scrubFields()
{
    // Every field the record schema erases, with the value erasure leaves (booleans are
    // 0/1 and code maps JSON text on the hub, as in the workstation's columns). The date
    // of birth and the deletion of tasks are the hub's own steps (HubScope.cpp, hub_erase).
    static const QVector<ScrubField> fields = [] {
        QVector<ScrubField> out;
        static QList<QByteArray> names; // the fields' names live as long as the program
        const auto keep = [](const QString &s) {
            names << s.toLatin1();
            return names.last().constData();
        };
        for (const auto &k : domain::recordSchema()) {
            for (const auto &f : k.fields) {
                QJsonValue v;
                switch (f.erase) {
                case domain::Erase::Keep:
                case domain::Erase::MonthOfBirth:
                    continue;
                case domain::Erase::Empty:
                    v = QString();
                    break;
                case domain::Erase::Null:
                    v = QJsonValue(QJsonValue::Null);
                    break;
                case domain::Erase::True:
                    v = 1;
                    break;
                case domain::Erase::False:
                    v = 0;
                    break;
                case domain::Erase::EmptyObject:
                    v = QStringLiteral("{}");
                    break;
                case domain::Erase::NotAsked:
                    v = QStringLiteral("not_asked");
                    break;
                }
                if (f.synced())
                    out.push_back({keep(k.name), keep(f.column), v});
            }
        }
        return out;
    }();
    return fields;
}

// What hub schema 2 built into hub_erase, as it was then (frozen: a field the record schema
// erases later reaches PostgreSQL hubs by a hub schema step that replaces hub_erase, and
// tst_recordschema fails until one exists).
const QVector<ScrubField> &scrubFieldsOfHubSchema2()
{
    static const QVector<ScrubField> fields = [] {
        QVector<ScrubField> out;
        const QJsonValue null(QJsonValue::Null);
        for (const char *f : {"given_name", "family_name", "first_language"})
            out.push_back({"person", f, QString()});
        for (const char *f :
             {"phone", "email", "address", "postcode", "contact_notes", "safe_times"})
            out.push_back({"person", f, null});
        for (const char *f : {"safe_voicemail", "safe_letters", "safe_text"})
            out.push_back({"person", f, 1});
        out.push_back({"person", "interpreter_needed", 0});
        out.push_back({"person", "restricted", 0});
        for (const char *f : {"crime_reference", "enhanced_reason", "decision_reason"})
            out.push_back({"referral", f, null});
        out.push_back({"episode", "closure_reason", null});
        out.push_back({"episode", "needs", QStringLiteral("{}")});
        out.push_back({"closure_review", "comment", null});
        out.push_back({"closure_review", "closure_reason", null});
        out.push_back({"assignment_change", "reason", QString()});
        out.push_back({"contact", "summary", QString()});
        out.push_back({"contact", "safety_override", null});
        return out;
    }();
    return fields;
}

const QVector<ScrubField> &scrubFieldsOfHubSchema6()
{
    static const QVector<ScrubField> fields = [] {
        QVector<ScrubField> out = scrubFieldsOfHubSchema2();
        const QStringList answers{QStringLiteral("safe_voicemail"), QStringLiteral("safe_letters"),
                                  QStringLiteral("safe_text")};
        for (auto &f : out) {
            if (QLatin1String(f.kind) == QLatin1String("person") &&
                answers.contains(QLatin1String(f.field)))
                f.value = QStringLiteral("not_asked");
        }
        return out;
    }();
    return fields;
}

namespace {

// The erasure's field values as rows of a VALUES list (hub_erase's %3).
QString scrubValues(const QVector<ScrubField> &fields)
{
    QStringList values;
    for (const auto &f : fields) {
        auto v =
            QString::fromUtf8(QJsonDocument(QJsonArray{f.value}).toJson(QJsonDocument::Compact));
        v = v.mid(1, v.size() - 2); // the value alone, as JSON
        values << QStringLiteral("(%1, %2, CAST(%3 AS jsonb))")
                      .arg(sqlText(QString::fromLatin1(f.kind)),
                           sqlText(QString::fromLatin1(f.field)), sqlText(v));
    }
    return values.join(QStringLiteral(", "));
}

} // namespace

QString hubEraseStatement(const QString &quotedSchema, const QVector<ScrubField> &fields)
{
    for (const char *f : kFunctions) {
        const auto sql = QString::fromLatin1(f);
        if (sql.contains(QLatin1String("FUNCTION hub_erase(")))
            return QString(sql)
                .replace(QStringLiteral("%1"), quotedSchema)
                .replace(QStringLiteral("%3"), scrubValues(fields));
    }
    return {};
}

const QVector<ScrubField> &scrubFieldsOfHubSchema9()
{
    static const QVector<ScrubField> fields = [] {
        QVector<ScrubField> out = scrubFieldsOfHubSchema7();
        out.push_back({"person_merge", "reason", QString()});
        out.push_back({"person_merge", "prior", QStringLiteral("{}")});
        return out;
    }();
    return fields;
}

QStringList erasingRoles()
{
    QStringList out;
    for (const char *role : {"caseworker", "supervisor", "admin", "auditor"}) {
        const auto r = QString::fromLatin1(role);
        if (security::Permissions::allows(r, security::Action::Erase) ||
            security::Permissions::allows(r, security::Action::EraseRetention))
            out << r;
    }
    return out;
}

QStringList hubMigration(int version, bool pg, const QString &schema)
{
    const auto quotedSchema = QLatin1Char('"') +
                              QString(schema).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                              QLatin1Char('"');
    if (version == 4) // every desk's audit trail, append-only (HubAudit.cpp)
        return hubAuditMigration(pg, quotedSchema);
    if (version == 6) { // three-state contact safety, checked by the hub (SafetyMigration.cpp)
        auto out = hubSafetyMigration(pg);
        if (pg) // an erasure leaves the answers "not asked"
            out << hubEraseStatement(quotedSchema, scrubFieldsOfHubSchema6());
        return out;
    }
    if (version == 7) // police referral files: profiles and the force's ids
        return hubImportMigration(pg, quotedSchema);
    if (version == 8) // desk logins follow their users' role, team and leaving (HubLogins.cpp)
        return pg ? hubLoginsMigration(quotedSchema) : QStringList{};
    if (version == 9) // merged people (HubTrust.cpp)
        return hubMergeMigration(pg, quotedSchema);
    if (version == 10) // teams and code lists: rules, retired not deleted (HubTrust.cpp)
        return hubCodeListMigration(pg, quotedSchema);
    if (version == 11) // enrolment codes for joining desks (HubEnrolment.cpp)
        return hubEnrolmentMigration(pg, quotedSchema);
    if (!pg)
        return {};    // a SQLite-file hub's schemas 2 and 3 only differ in the program
    if (version == 3) // desks write only through the hub's functions (HubTrust.cpp)
        return hubTrustMigration(quotedSchema);
    if (version != 2)
        return {};
    QStringList roles;
    for (const auto &r : erasingRoles())
        roles << sqlText(r);
    const auto values = scrubValues(scrubFieldsOfHubSchema2());
    QStringList out{QStringLiteral("DROP POLICY IF EXISTS hub_record_scope ON hub_record"),
                    QString::fromLatin1(kPolicy)};
    for (const char *f : kFunctions)
        out << QString::fromLatin1(f)
                   .replace(QStringLiteral("%1"), quotedSchema)
                   .replace(QStringLiteral("%2"), roles.join(QStringLiteral(", ")))
                   .replace(QStringLiteral("%3"), values);
    for (const char *f : kFunctionNames) {
        out << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(QLatin1String(f))
            << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO hub_client").arg(QLatin1String(f));
    }
    out << QStringLiteral("DROP TRIGGER IF EXISTS hub_record_scope_from_person ON hub_record")
        << QStringLiteral("CREATE TRIGGER hub_record_scope_from_person BEFORE INSERT ON "
                          "hub_record FOR EACH ROW EXECUTE FUNCTION hub_scope_from_person()");
    // Desks write the meta values, erasures and scope changes only through the functions.
    out << QStringLiteral("REVOKE INSERT, UPDATE ON hub_meta, hub_erasure, hub_scope_change "
                          "FROM hub_client");
    return out;
}

} // namespace hub::sync
