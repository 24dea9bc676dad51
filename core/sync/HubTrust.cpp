#include "HubTrust.h"

#include "HubSchema.h"
#include "ImportMigration.h"
#include "RecordKinds.h"
#include "domain/RecordSchema.h"
#include "domain/ReferenceData.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

namespace hub::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncHub)
};

// The kinds the hub knows, as data for its functions: key fields, where the person is,
// append-only, and whether the kind is reference data (users, teams, codes, settings).
const char *const kKindTable = R"(CREATE TABLE hub_kind (
    kind TEXT PRIMARY KEY NOT NULL,
    key_fields TEXT[] NOT NULL,
    person_field TEXT,
    via_field TEXT,
    via_kinds TEXT[],
    append_only BOOLEAN NOT NULL,
    reference BOOLEAN NOT NULL))";

// The built-in code lists (domain::ReferenceData::builtin(), compiled into the program);
// codes administrators add are ref_code records.
const char *const kCodeTable = R"(CREATE TABLE hub_code (
    list TEXT NOT NULL,
    code TEXT NOT NULL,
    PRIMARY KEY (list, code)))";

const char *const kRuleTable = R"(CREATE TABLE hub_field_rule (
    kind TEXT NOT NULL,
    field TEXT NOT NULL,
    rule TEXT NOT NULL,
    list TEXT,
    max_length INTEGER,
    required BOOLEAN NOT NULL,
    PRIMARY KEY (kind, field)))";

// %1: the hub's schema.
const char *const kFunctions[] = {
    // canSee() of HubScope.cpp and the row-level security policy of schema 2, for the
    // functions below (which run as the owner, whom row-level security does not bind).
    R"(CREATE OR REPLACE FUNCTION hub_sees(app_role text, team text, uid text, teams text,
    holders text, restr integer) RETURNS boolean LANGUAGE sql IMMUTABLE
SET search_path = %1, pg_temp AS $f$
    SELECT teams IS NULL OR (app_role = 'supervisor' AND (team = '' OR teams = ',' OR
        strpos(teams, ',' || team || ',') > 0 OR strpos(holders, ',' || uid || ',') > 0)) OR
        ((teams = ',' OR strpos(teams, ',' || team || ',') > 0) AND
         (restr = 0 OR strpos(holders, ',' || uid || ',') > 0)) $f$)",
    // The calling login: its app user, role and team (hub_user), or the hub's owner.
    R"(CREATE OR REPLACE FUNCTION hub_caller(OUT is_owner boolean, OUT user_id text,
    OUT app_role text, OUT team_id text) LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = %1, pg_temp AS $f$
BEGIN
    is_owner := pg_has_role(session_user, current_user, 'MEMBER');
    SELECT u.user_id, u.app_role, coalesce(u.team_id, '') INTO user_id, app_role, team_id
    FROM hub_user u WHERE u.role_name = session_user;
    IF NOT FOUND AND NOT is_owner THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'this hub login is not mapped to a user of the hub (hub_user)';
    END IF;
    user_id := coalesce(user_id, '');
    app_role := coalesce(app_role, '');
    team_id := coalesce(team_id, '');
END $f$)",
    // domain::Validator's rules for one row: the field rules (hub_field_rule, from
    // HubTrust.cpp's fieldRules()) and those that are not one field's shape. NULL when the
    // row passes, else "field: why".
    R"(CREATE OR REPLACE FUNCTION hub_check_row(k text, i text, d jsonb, keys text[],
    rules hub_field_rule[], codes jsonb) RETURNS text LANGUAGE plpgsql STABLE
SET search_path = %1, pg_temp AS $f$
DECLARE ru hub_field_rule; v text; x jsonb; e text; keyv text;
BEGIN
    IF jsonb_typeof(d) IS DISTINCT FROM 'object' THEN
        RETURN 'the row is not a JSON object';
    END IF;
    IF cardinality(keys) = 1 THEN
        keyv := d->>keys[1];
    ELSE
        SELECT string_agg(coalesce(d->>f, ''), '|' ORDER BY n) INTO keyv
        FROM unnest(keys) WITH ORDINALITY AS u(f, n);
    END IF;
    IF keyv IS DISTINCT FROM i THEN
        RETURN 'id: is not the row''s key';
    END IF;
    FOREACH ru IN ARRAY coalesce(rules, '{}') LOOP
        v := d->>ru.field;
        IF v IS NULL OR v = '' OR (ru.rule = 'text' AND ru.required AND btrim(v) = '') THEN
            IF ru.required THEN
                RETURN ru.field || ': is required';
            END IF;
            CONTINUE;
        END IF;
        IF ru.rule = 'id' AND
                v !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
            RETURN ru.field || ': is not a lower-case UUID';
        ELSIF ru.rule = 'code' AND NOT codes ? (ru.list || '|' || v) THEN
            RETURN ru.field || ': unknown code';
        ELSIF ru.rule = 'text' AND length(v) > ru.max_length THEN
            RETURN ru.field || ': is longer than ' || ru.max_length || ' characters';
        END IF;
    END LOOP;
    IF k = 'app_user' AND strpos(d->>'username', ' ') > 0 THEN
        RETURN 'username: must not contain spaces';
    ELSIF k = 'person' THEN
        IF coalesce(d->>'email', '') <> '' AND strpos(d->>'email', '@') = 0 THEN
            RETURN 'email: is not an email address';
        END IF;
        IF coalesce(d->>'first_language', '') !~ '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$' THEN
            RETURN 'first_language: is not a BCP 47 language tag';
        END IF;
        v := coalesce(d->>'date_of_birth', '');
        IF v <> '' AND (v !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' OR v < '1900-01-01' OR
                v > to_char(clock_timestamp() + interval '1 day', 'YYYY-MM-DD')) THEN
            RETURN 'date_of_birth: is not a day from 1900 to today';
        END IF;
    ELSIF k = 'referral' THEN
        x := CAST(coalesce(d->>'flags', '[]') AS jsonb);
        IF jsonb_typeof(x) <> 'array' THEN
            RETURN 'flags: is not a list';
        END IF;
        IF EXISTS (SELECT 1 FROM jsonb_array_elements_text(x) f WHERE NOT codes ? ('flag|' || f))
        THEN
            RETURN 'flags: unknown code';
        END IF;
        IF (SELECT count(*) <> count(DISTINCT f) FROM jsonb_array_elements_text(x) f) THEN
            RETURN 'flags: lists a flag twice';
        END IF;
        IF coalesce(d->>'enhanced_reason', '') <> '' AND
                (NOT codes ? ('enhanced_reason|' || (d->>'enhanced_reason')) OR
                 coalesce(d->>'enhanced', '0') IN ('0', 'false')) THEN
            RETURN 'enhanced_reason: unknown code, or the referral is not enhanced';
        END IF;
    ELSIF k = 'episode' THEN
        IF (d->>'status' = 'closed') <> (coalesce(d->>'closed_at', '') <> '') THEN
            RETURN 'closed_at: is set when, and only when, the episode is closed';
        END IF;
        IF d->>'status' = 'closed' AND d->>'closed_at' < d->>'opened_at' THEN
            RETURN 'closed_at: is before opened_at';
        END IF;
        FOR e, v IN SELECT key, value FROM jsonb_each_text(
                CAST(coalesce(d->>'needs', '{}') AS jsonb)) LOOP
            IF NOT codes ? ('need_area|' || e) OR NOT codes ? ('need_level|' || v) THEN
                RETURN 'needs: unknown code';
            END IF;
        END LOOP;
        FOR e, v IN SELECT key, value FROM jsonb_each_text(
                CAST(coalesce(d->>'outcomes', '{}') AS jsonb)) LOOP
            IF NOT codes ? ('outcome_measure|' || e) OR NOT codes ? ('outcome_result|' || v) THEN
                RETURN 'outcomes: unknown code';
            END IF;
        END LOOP;
    ELSIF k = 'contact' THEN
        IF coalesce(d->>'duration_minutes', '0') !~ '^[0-9]{1,4}$' OR
                CAST(coalesce(d->>'duration_minutes', '0') AS integer) > 1440 THEN
            RETURN 'duration_minutes: is not 0 to 1440 minutes';
        END IF;
        IF d->>'amends' = i THEN
            RETURN 'amends: a contact cannot amend itself';
        END IF;
    END IF;
    RETURN NULL;
END $f$)",
    // A push's rows of one kind, in one call: [{"k": kind, "i": id, "d": the row as JSON
    // text (null: keep the hub's data), "h": hlc, "x": 1 to delete}, ...]. Returns one
    // letter per row: a (written), h (there, but not in this login's scope: the desk
    // keeps it as an out_of_scope conflict), r (refused: not this login's to write), v
    // (refused: it breaks a validation rule; after the letters, a line names the first
    // such row and rule). A refused row the hub has is stamped again, so the desk pulls
    // the hub's word back (a desk is never stuck on a row it cannot send). The scope columns
    // (teams, holders, restricted) and the person a row belongs to are the hub's own,
    // never the desk's; the author is the calling login's user.
    R"(CREATE OR REPLACE FUNCTION hub_push_rows(rows_ jsonb, p_author text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = %1, pg_temp AS $f$
DECLARE
    me record; r jsonb; k text := ''; i text; d jsonb; dtext text; del integer; ki hub_kind;
    rules hub_field_rule[]; cur hub_record; found_ boolean; p text; dp text; out_ text := '';
    codes jsonb; problem text; why text; hf text; o text; n text; ok boolean; au text;
BEGIN
    SELECT * INTO me FROM hub_caller();
    au := CASE WHEN me.is_owner THEN p_author ELSE me.user_id END;
    -- The program's built-in codes and those administrators added.
    SELECT coalesce(jsonb_object_agg(c, true), '{}') INTO codes FROM (
        SELECT list || '|' || code AS c FROM hub_code UNION
        SELECT id FROM hub_record WHERE kind = 'ref_code' AND deleted = 0) x;
    FOR r IN SELECT value FROM jsonb_array_elements(rows_) LOOP
        IF r->>'k' IS DISTINCT FROM k THEN
            k := r->>'k';
            SELECT * INTO ki FROM hub_kind WHERE kind = k;
            IF NOT FOUND THEN
                RAISE EXCEPTION USING ERRCODE = 'check_violation',
                    MESSAGE = 'refused: the hub keeps no records of kind ' || left(k, 40);
            END IF;
            SELECT array_agg(f) INTO rules FROM hub_field_rule f WHERE f.kind = k;
        END IF;
        i := r->>'i';
        dtext := r->>'d';
        del := CASE WHEN coalesce(r->>'x', '0') = '1' THEN 1 ELSE 0 END;
        SELECT * INTO cur FROM hub_record WHERE kind = k AND id = i;
        found_ := FOUND;
        IF NOT found_ AND (del = 1 OR dtext IS NULL) THEN
            out_ := out_ || 'a'; -- nothing to delete
            CONTINUE;
        END IF;
        d := CAST(coalesce(dtext, cur.data) AS jsonb);
        -- The person the row belongs to, as the hub works it out.
        dp := NULL;
        IF ki.person_field IS NOT NULL THEN
            dp := nullif(d->>ki.person_field, '');
        END IF;
        IF dp IS NULL AND ki.via_field IS NOT NULL THEN
            SELECT v.person_id INTO dp FROM hub_record v
            WHERE v.kind = ANY(ki.via_kinds) AND v.id = d->>ki.via_field LIMIT 1;
        END IF;
        p := CASE WHEN found_ THEN cur.person_id ELSE dp END;
        IF p IS NOT NULL AND EXISTS (SELECT 1 FROM hub_erasure WHERE person_id = p) THEN
            out_ := out_ || 'r'; -- an erased person never comes back
            CONTINUE;
        END IF;
        -- A new row whose person (or, for a contact, referral or episode) the hub lacks
        -- (refused, or never sent) would break every desk's pull: refused too.
        IF NOT found_ AND k <> 'person' AND ((p IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM hub_record q WHERE q.kind = 'person' AND q.id = p)) OR
                (k = 'contact' AND (
                    (coalesce(d->>'referral_id', '') <> '' AND NOT EXISTS (SELECT 1 FROM
                        hub_record q WHERE q.kind = 'referral' AND q.id = d->>'referral_id')) OR
                    (coalesce(d->>'episode_id', '') <> '' AND NOT EXISTS (SELECT 1 FROM
                        hub_record q WHERE q.kind = 'episode' AND q.id = d->>'episode_id'))))) THEN
            out_ := out_ || 'r';
            CONTINUE;
        END IF;
        IF dtext IS NOT NULL THEN
            problem := hub_check_row(k, i, d, ki.key_fields, rules, codes);
            IF problem IS NOT NULL THEN
                why := coalesce(why, k || ' ' || left(i, 80) || ': ' || problem);
                IF found_ THEN
                    UPDATE hub_record SET ver = pg_current_xact_id() WHERE kind = k AND id = i;
                END IF;
                out_ := out_ || 'v';
                CONTINUE;
            END IF;
        END IF;
        ok := true;
        IF me.is_owner THEN
            ok := NOT found_ OR p IS NOT DISTINCT FROM dp OR ki.reference;
        ELSIF ki.reference THEN
            -- Users, teams, codes and settings: administrators' logins only. The same row
            -- sent back unchanged (every desk's first sync) is no write.
            ok := me.app_role = 'admin' OR
                  (found_ AND cur.deleted = del AND CAST(cur.data AS jsonb) = d);
        ELSIF found_ AND NOT hub_sees(me.app_role, me.team_id, me.user_id, cur.teams,
                                      cur.holders, cur.restricted) THEN
            out_ := out_ || 'h';
            CONTINUE;
        ELSIF me.app_role NOT IN ('caseworker', 'supervisor') THEN
            ok := false; -- administrators and auditors write no one's records
        ELSIF p IS DISTINCT FROM dp OR (p IS NULL AND NOT (k = 'task' AND
                coalesce(d->>'person_id', '') = '' AND coalesce(d->>'episode_id', '') = '')) THEN
            ok := false; -- moved to another person, or of no person the hub knows
        ELSIF ki.append_only AND found_ THEN
            ok := cur.deleted = del AND CAST(cur.data AS jsonb) = d; -- never changed
        ELSIF NOT found_ AND k <> 'person' AND EXISTS (
                SELECT 1 FROM hub_record q WHERE q.kind = 'person' AND q.id = p AND
                NOT hub_sees(me.app_role, me.team_id, me.user_id, q.teams, q.holders,
                             q.restricted)) THEN
            -- Someone else's person: only a new referral (intake of someone known) or a
            -- contact logged before they left this desk's scope.
            IF k NOT IN ('referral', 'contact') THEN
                out_ := out_ || 'h';
                CONTINUE;
            END IF;
        END IF;
        -- Who holds the work: a caseworker takes it or hands it back; a supervisor gives
        -- it to an active user (of a person in the supervisor's scope, checked above).
        hf := CASE k WHEN 'referral' THEN 'assigned_to' WHEN 'episode' THEN 'caseworker_id' END;
        IF ok AND hf IS NOT NULL AND NOT me.is_owner THEN
            o := CASE WHEN found_ THEN coalesce(CAST(cur.data AS jsonb)->>hf, '') ELSE '' END;
            n := coalesce(d->>hf, '');
            IF n <> o THEN
                IF me.app_role = 'caseworker' THEN
                    ok := (n = me.user_id AND o IN ('', me.user_id)) OR
                          (n = '' AND o = me.user_id);
                ELSE
                    ok := n = '' OR EXISTS (SELECT 1 FROM hub_record u WHERE u.kind = 'app_user'
                        AND u.id = n AND u.deleted = 0 AND
                        coalesce(CAST(u.data AS jsonb)->>'active', '1') NOT IN ('0', 'false'));
                END IF;
            END IF;
        END IF;
        IF NOT ok THEN
            IF found_ THEN
                UPDATE hub_record SET ver = pg_current_xact_id() WHERE kind = k AND id = i;
            END IF;
            out_ := out_ || 'r';
            CONTINUE;
        END IF;
        IF found_ THEN
            UPDATE hub_record SET data = coalesce(dtext, cur.data), deleted = del,
                ver = pg_current_xact_id(), hlc = r->>'h', author = au
            WHERE kind = k AND id = i;
        ELSE
            -- A new row takes its person's scope (trigger hub_scope_from_person); a new
            -- person is unassigned until hub_rescope; a row of no one is everyone's.
            INSERT INTO hub_record (kind, id, data, person_id, teams, holders, restricted, ver,
                                    hlc, author, deleted)
            VALUES (k, i, dtext, p, CASE WHEN p IS NULL THEN NULL ELSE ',' END, ',', 0,
                    pg_current_xact_id(), r->>'h', au, 0);
        END IF;
        out_ := out_ || 'a';
    END LOOP;
    RETURN out_ || coalesce(E'\n' || 'refused: ' || why, '');
END $f$)",
    // Conflicts a push raises: [{"k", "i", "f": field, "r": reason, "b": base, "c":
    // the desk's value (both one-element JSON arrays)}]. The hub fills in the rest itself:
    // the person, the hub's value and author (the row as the hub holds it now), the
    // desk's user, the time.
    R"(CREATE OR REPLACE FUNCTION hub_raise(conflicts jsonb) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = %1, pg_temp AS $f$
DECLARE me record; c jsonb; row_ hub_record; reason text; f text; vals boolean;
BEGIN
    SELECT * INTO me FROM hub_caller();
    FOR c IN SELECT value FROM jsonb_array_elements(conflicts) LOOP
        reason := c->>'r';
        f := coalesce(c->>'f', '');
        vals := reason <> 'edit_vs_erasure';
        SELECT * INTO row_ FROM hub_record WHERE kind = c->>'k' AND id = c->>'i';
        IF NOT FOUND OR reason IS NULL OR reason NOT IN ('same_field', 'safety_field',
                'invalid_transition', 'edit_vs_erasure', 'out_of_scope') OR
                (vals AND (f = '' OR
                    coalesce(jsonb_typeof(CAST(c->>'b' AS jsonb)), '') <> 'array' OR
                    coalesce(jsonb_typeof(CAST(c->>'c' AS jsonb)), '') <> 'array')) OR
                (reason = 'edit_vs_erasure' AND NOT EXISTS (
                    SELECT 1 FROM hub_erasure WHERE person_id = row_.person_id)) OR
                (reason IN ('same_field', 'safety_field', 'invalid_transition') AND
                 NOT me.is_owner AND NOT hub_sees(me.app_role, me.team_id, me.user_id,
                                                  row_.teams, row_.holders, row_.restricted))
        THEN
            RAISE EXCEPTION USING ERRCODE = 'check_violation',
                MESSAGE = 'refused: a conflict the hub cannot have raised';
        END IF;
        INSERT INTO hub_conflict (id, kind, row_id, person_id, field, reason, base, hub, client,
                                  hub_author, client_author, raised_at, ver)
        VALUES (CAST(gen_random_uuid() AS text), row_.kind, row_.id, row_.person_id, f, reason,
                CASE WHEN vals THEN c->>'b' END,
                CASE WHEN vals THEN CAST(jsonb_build_array(CAST(row_.data AS jsonb)->f) AS text)
                END,
                CASE WHEN vals THEN c->>'c' END, row_.author,
                CASE WHEN me.is_owner THEN coalesce(c->>'a', '') ELSE me.user_id END,
                to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                pg_current_xact_id());
    END LOOP;
END $f$)",
    // Decisions on conflicts: [{"i": conflict id, "r": hub | client | value}]. Only a
    // supervisor's login, only conflicts still open and about people in its scope; the
    // others are refused (counted, not written). Returns how many were written.
    R"(CREATE OR REPLACE FUNCTION hub_resolve(decisions jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = %1, pg_temp AS $f$
DECLARE me record; x jsonb; c hub_conflict; n integer := 0;
BEGIN
    SELECT * INTO me FROM hub_caller();
    IF NOT me.is_owner AND me.app_role <> 'supervisor' THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'only a supervisor''s hub login may resolve conflicts';
    END IF;
    FOR x IN SELECT value FROM jsonb_array_elements(decisions) LOOP
        IF x->>'r' IS NULL OR x->>'r' NOT IN ('hub', 'client', 'value') THEN
            RAISE EXCEPTION USING ERRCODE = 'check_violation',
                MESSAGE = 'refused: a conflict is decided for hub, client or value';
        END IF;
        SELECT * INTO c FROM hub_conflict WHERE id = x->>'i' AND resolution IS NULL;
        CONTINUE WHEN NOT FOUND;
        CONTINUE WHEN NOT me.is_owner AND c.person_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM hub_record p WHERE p.kind = 'person' AND p.id = c.person_id AND
            hub_sees(me.app_role, me.team_id, me.user_id, p.teams, p.holders, p.restricted));
        UPDATE hub_conflict SET resolution = x->>'r',
            resolved_by = CASE WHEN me.is_owner THEN coalesce(x->>'a', '') ELSE me.user_id END,
            resolved_at = to_char(clock_timestamp() AT TIME ZONE 'UTC',
                                  'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
            ver = pg_current_xact_id()
        WHERE id = c.id;
        n := n + 1;
    END LOOP;
    RETURN n;
END $f$)",
    // The end of a push: its result, kept for a replay of the same batch.
    R"(CREATE OR REPLACE FUNCTION hub_finish_batch(client text, batch text, accepted integer,
    refused integer, conflicts integer) RETURNS void LANGUAGE sql SECURITY DEFINER
SET search_path = %1, pg_temp AS $f$
    INSERT INTO hub_batch (client_id, batch_id, result, applied_at) VALUES (client, batch,
        CAST(jsonb_build_object('accepted', accepted, 'refused', refused,
                                'conflicts', conflicts) AS text),
        to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')) $f$)",
    R"(CREATE OR REPLACE FUNCTION hub_log_skew(client text, ahead bigint) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = %1, pg_temp AS $f$
    INSERT INTO hub_skew (client_id, at, ahead_ms) VALUES (left(client, 64),
        to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), ahead) $f$)",
};

const char *const kClientFunctions[] = {
    "hub_push_rows(jsonb, text)", "hub_raise(jsonb)", "hub_resolve(jsonb)",
    "hub_finish_batch(text, text, integer, integer, integer)", "hub_log_skew(text, bigint)"};
const char *const kInnerFunctions[] = {
    "hub_sees(text, text, text, text, text, integer)", "hub_caller()",
    "hub_check_row(text, text, jsonb, text[], hub_field_rule[], jsonb)"};

QString sqlText(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

QString sqlTextOrNull(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("NULL") : sqlText(text);
}

QString sqlArray(const QStringList &items)
{
    QStringList quoted;
    for (const auto &i : items)
        quoted << sqlText(i);
    return QStringLiteral("ARRAY[%1]::text[]").arg(quoted.join(QStringLiteral(", ")));
}

} // namespace

QString kindInsert(const RecordKind &k)
{
    const bool reference = k.personSql.isEmpty();
    return QStringLiteral("INSERT INTO hub_kind VALUES (%1, %2, %3, %4, %5, %6, %7)")
        .arg(sqlText(k.table), sqlArray(k.key), sqlTextOrNull(k.personField),
             sqlTextOrNull(k.viaField),
             k.viaKinds.isEmpty() ? QStringLiteral("NULL") : sqlArray(k.viaKinds),
             k.appendOnly ? QStringLiteral("true") : QStringLiteral("false"),
             reference ? QStringLiteral("true") : QStringLiteral("false"));
}

QString ruleInsert(const FieldRule &r)
{
    return QStringLiteral("INSERT INTO hub_field_rule VALUES (%1, %2, %3, %4, %5, %6)")
        .arg(sqlText(QLatin1String(r.kind)), sqlText(QLatin1String(r.field)),
             sqlText(QLatin1String(r.rule)),
             r.list ? sqlText(QLatin1String(r.list)) : QStringLiteral("NULL"))
        .arg(r.maxLength)
        .arg(r.required ? QStringLiteral("true") : QStringLiteral("false"));
}

// The rules hub schema 3 wrote into hub_field_rule, as they were then (frozen: a rule added
// to the record schema later reaches PostgreSQL hubs by a hub schema step of its own, and
// tst_recordschema fails until one exists).
const QVector<FieldRule> &fieldRulesOfHubSchema3()
{
    static const QVector<FieldRule> rules{
        {"team", "id", "id", nullptr, 0, true},
        {"team", "name", "text", nullptr, 200, true},
        {"app_user", "id", "id", nullptr, 0, true},
        {"app_user", "username", "text", nullptr, 64, true},
        {"app_user", "display_name", "text", nullptr, 200, true},
        {"app_user", "role", "code", "role", 0, true},
        {"app_user", "team_id", "id", nullptr, 0, false},
        {"person", "id", "id", nullptr, 0, true},
        {"person", "given_name", "text", nullptr, 200, true},
        {"person", "family_name", "text", nullptr, 200, true},
        {"person", "gender", "code", "gender", 0, true},
        {"person", "ethnic_group", "code", "ethnic_group", 0, true},
        {"person", "disability", "code", "disability", 0, true},
        {"person", "phone", "text", nullptr, 40, false},
        {"person", "email", "text", nullptr, 200, false},
        {"person", "address", "text", nullptr, 400, false},
        {"person", "postcode", "text", nullptr, 12, false},
        {"person", "contact_notes", "text", nullptr, 100000, false},
        {"person", "created_at", "time", nullptr, 0, true},
        {"referral", "id", "id", nullptr, 0, true},
        {"referral", "person_id", "id", nullptr, 0, true},
        {"referral", "received_at", "time", nullptr, 0, true},
        {"referral", "source", "code", "source", 0, true},
        {"referral", "crime_reference", "text", nullptr, 40, false},
        {"referral", "offence_group", "code", "offence_group", 0, true},
        {"referral", "status", "code", "referral_status", 0, true},
        {"referral", "assigned_to", "id", nullptr, 0, false},
        {"episode", "id", "id", nullptr, 0, true},
        {"episode", "person_id", "id", nullptr, 0, true},
        {"episode", "caseworker_id", "id", nullptr, 0, true},
        {"episode", "opened_at", "time", nullptr, 0, true},
        {"episode", "status", "code", "episode_status", 0, true},
        {"episode", "closure_reason", "code", "closure_reason", 0, false},
        {"episode", "closure_approved_by", "id", nullptr, 0, false},
        {"episode_referral", "episode_id", "id", nullptr, 0, true},
        {"episode_referral", "referral_id", "id", nullptr, 0, true},
        {"onward_referral", "id", "id", nullptr, 0, true},
        {"onward_referral", "episode_id", "id", nullptr, 0, true},
        {"onward_referral", "agency", "code", "agency", 0, true},
        {"onward_referral", "referred_at", "time", nullptr, 0, true},
        {"contact", "id", "id", nullptr, 0, true},
        {"contact", "person_id", "id", nullptr, 0, true},
        {"contact", "referral_id", "id", nullptr, 0, false},
        {"contact", "episode_id", "id", nullptr, 0, false},
        {"contact", "at", "time", nullptr, 0, true},
        {"contact", "direction", "code", "direction", 0, true},
        {"contact", "channel", "code", "channel", 0, true},
        {"contact", "outcome", "code", "contact_outcome", 0, true},
        {"contact", "summary", "text", nullptr, 100000, false},
        {"contact", "recorded_by", "id", nullptr, 0, true},
        {"contact", "recorded_at", "time", nullptr, 0, true},
        {"contact", "amends", "id", nullptr, 0, false},
        {"task", "id", "id", nullptr, 0, true},
        {"task", "person_id", "id", nullptr, 0, false},
        {"task", "episode_id", "id", nullptr, 0, false},
        {"task", "title", "text", nullptr, 400, true},
        {"task", "due_on", "time", nullptr, 0, true},
        {"task", "owner_id", "id", nullptr, 0, true},
        {"assignment_change", "id", "id", nullptr, 0, true},
        {"closure_review", "id", "id", nullptr, 0, true},
        {"closure_review", "episode_id", "id", nullptr, 0, true},
    };
    return rules;
}

const QVector<FieldRule> &fieldRulesAddedByHubSchema6()
{
    static const QVector<FieldRule> rules{
        {"person", "safe_voicemail", "code", "contact_safety", 0, true},
        {"person", "safe_letters", "code", "contact_safety", 0, true},
        {"person", "safe_text", "code", "contact_safety", 0, true},
    };
    return rules;
}

const QVector<FieldRule> &fieldRules()
{
    // Every field the Validator checks on its own (domain::Checked), by its type.
    static const QVector<FieldRule> rules = [] {
        QVector<FieldRule> out;
        static QList<QByteArray> names; // the rules' strings live as long as the program
        const auto keep = [](const QString &s) -> const char * {
            if (s.isEmpty())
                return nullptr;
            names << s.toLatin1();
            return names.last().constData();
        };
        for (const auto &k : domain::recordSchema()) {
            for (const auto &f : k.fields) {
                if (!f.has(domain::Checked))
                    continue;
                const char *rule = "id";
                if (f.type == domain::FieldType::Text)
                    rule = "text";
                else if (f.type == domain::FieldType::Code || f.type == domain::FieldType::Safety)
                    rule = "code";
                else if (f.type == domain::FieldType::Time || f.type == domain::FieldType::Date)
                    rule = "time";
                out.push_back({keep(k.name), keep(f.column), rule, keep(f.codeList), f.maxLength,
                               f.has(domain::Required)});
            }
        }
        return out;
    }();
    return rules;
}

QString checkField(const QString &kind, const QString &field, const QJsonValue &value,
                   const std::function<bool(const QString &, const QString &)> &hasCode)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    for (const auto &r : fieldRules()) {
        if (kind != QLatin1String(r.kind) || field != QLatin1String(r.field))
            continue;
        const auto rule = QLatin1String(r.rule);
        const QString v = value.isString()   ? value.toString()
                          : value.isDouble() ? QString::number(value.toDouble())
                                             : QString();
        const bool blank = v.isEmpty() || (rule == QLatin1String("text") && v.trimmed().isEmpty());
        if (blank)
            return r.required ? Text::tr("%1: is required").arg(field) : QString();
        if (rule == QLatin1String("id") && !uuid.match(v).hasMatch())
            return Text::tr("%1: is not a lower-case UUID").arg(field);
        if (rule == QLatin1String("code") && !hasCode(QLatin1String(r.list), v))
            return Text::tr("%1: unknown code").arg(field);
        if (rule == QLatin1String("text") && v.size() > r.maxLength)
            return Text::tr("%1: is longer than %2 characters").arg(field).arg(r.maxLength);
    }
    return {};
}

QString hubPushRowsOfSchema3(const QString &quotedSchema)
{
    for (const char *f : kFunctions) {
        const auto sql = QString::fromLatin1(f);
        if (sql.contains(QLatin1String("FUNCTION hub_push_rows(")))
            return QString(sql).replace(QStringLiteral("%1"), quotedSchema);
    }
    return {};
}

QStringList hubTrustMigration(const QString &quotedSchema)
{
    QStringList out{QString::fromLatin1(kKindTable), QString::fromLatin1(kRuleTable),
                    QString::fromLatin1(kCodeTable)};
    const auto &codes = domain::ReferenceData::builtin();
    for (const auto &list : codes.lists()) {
        QStringList rows;
        for (const auto &code : codes.codes(list))
            rows << QStringLiteral("(%1, %2)").arg(sqlText(list), sqlText(code));
        if (!rows.isEmpty())
            out << QStringLiteral("INSERT INTO hub_code VALUES ") + rows.join(QStringLiteral(", "));
    }
    for (const auto &k : hubKindsOfSchema3())
        out << kindInsert(k);
    for (const auto &r : fieldRulesOfHubSchema3())
        out << ruleInsert(r);
    for (const char *f : kFunctions)
        out << QString::fromLatin1(f).replace(QStringLiteral("%1"), quotedSchema);
    for (const char *f : kInnerFunctions)
        out << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(QLatin1String(f));
    for (const char *f : kClientFunctions) {
        out << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(QLatin1String(f))
            << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO hub_client").arg(QLatin1String(f));
    }
    // No desk writes a hub table itself any more: every write goes through the functions.
    out << QStringLiteral("DROP POLICY IF EXISTS hub_record_write ON hub_record")
        << QStringLiteral("DROP POLICY IF EXISTS hub_record_update ON hub_record")
        << QStringLiteral("DROP POLICY IF EXISTS hub_conflict_scope ON hub_conflict")
        << QStringLiteral(
               "CREATE POLICY hub_conflict_scope ON hub_conflict FOR SELECT USING (person_id IS "
               "NULL OR EXISTS (SELECT 1 FROM hub_record p WHERE p.kind = 'person' AND "
               "p.id = hub_conflict.person_id))")
        << QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON hub_meta, hub_record, "
                          "hub_batch, hub_conflict, hub_erasure, hub_scope_change, hub_skew, "
                          "hub_user FROM hub_client")
        << QStringLiteral("GRANT SELECT ON hub_kind, hub_field_rule, hub_code TO hub_client");
    return out;
}

} // namespace hub::sync
