#include "Migrations.h"

#include "PersonPhones.h"
#include "sync/RecordKinds.h"
#include "sync/SafetyMigration.h"

#include <QVector>

namespace hub::store {

namespace {

// Version 1: every record of the archive, keyed by client-made UUIDs, timestamps as UTC
// ISO-8601 text ("2026-10-05T09:30:00Z", which sorts as time), dates as YYYY-MM-DD.
// Codes are text checked by the domain validator against the (extensible) reference lists.
Migration v1()
{
    return {
        1,
        QStringLiteral("core records, reference codes, full-text search"),
        {
            QStringLiteral(R"(CREATE TABLE team (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE app_user (
    id TEXT PRIMARY KEY NOT NULL,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    team_id TEXT REFERENCES team(id),
    active INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral(R"(CREATE TABLE person (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    date_of_birth TEXT,
    gender TEXT NOT NULL,
    ethnic_group TEXT NOT NULL,
    disability TEXT NOT NULL,
    first_language TEXT NOT NULL,
    interpreter_needed INTEGER NOT NULL,
    phone TEXT,
    email TEXT,
    address TEXT,
    postcode TEXT,
    safe_voicemail INTEGER NOT NULL,
    safe_letters INTEGER NOT NULL,
    safe_text INTEGER NOT NULL,
    contact_notes TEXT,
    restricted INTEGER NOT NULL,
    created_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX person_by_name ON person(family_name COLLATE NOCASE, "
                           "given_name COLLATE NOCASE)"),
            QStringLiteral(R"(CREATE TABLE referral (
    id TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL REFERENCES person(id),
    received_at TEXT NOT NULL,
    source TEXT NOT NULL,
    crime_reference TEXT,
    offence_group TEXT NOT NULL,
    flags TEXT NOT NULL DEFAULT '[]',
    enhanced INTEGER NOT NULL,
    enhanced_reason TEXT,
    consent_to_contact INTEGER NOT NULL,
    status TEXT NOT NULL,
    assigned_to TEXT REFERENCES app_user(id)))"),
            QStringLiteral("CREATE INDEX referral_by_person ON referral(person_id, received_at)"),
            QStringLiteral("CREATE INDEX referral_by_received ON referral(received_at)"),
            QStringLiteral("CREATE INDEX referral_by_assignee ON referral(assigned_to, status)"),
            QStringLiteral(R"(CREATE TABLE episode (
    id TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL REFERENCES person(id),
    caseworker_id TEXT NOT NULL REFERENCES app_user(id),
    opened_at TEXT NOT NULL,
    status TEXT NOT NULL,
    closed_at TEXT,
    closure_reason TEXT,
    closure_approved_by TEXT REFERENCES app_user(id),
    needs TEXT NOT NULL DEFAULT '{}',
    outcomes TEXT NOT NULL DEFAULT '{}',
    CHECK ((status = 'closed') = (closed_at IS NOT NULL))))"),
            QStringLiteral("CREATE INDEX episode_by_person ON episode(person_id, opened_at)"),
            QStringLiteral("CREATE INDEX episode_by_caseworker ON episode(caseworker_id, status)"),
            QStringLiteral(R"(CREATE TABLE episode_referral (
    episode_id TEXT NOT NULL REFERENCES episode(id) ON DELETE CASCADE,
    referral_id TEXT NOT NULL REFERENCES referral(id),
    PRIMARY KEY (episode_id, referral_id)) WITHOUT ROWID)"),
            QStringLiteral(
                "CREATE INDEX episode_referral_by_referral ON episode_referral(referral_id)"),
            QStringLiteral(R"(CREATE TABLE onward_referral (
    id TEXT PRIMARY KEY NOT NULL,
    episode_id TEXT NOT NULL REFERENCES episode(id),
    agency TEXT NOT NULL,
    referred_at TEXT NOT NULL,
    accepted INTEGER))"),
            QStringLiteral(
                "CREATE INDEX onward_referral_by_episode ON onward_referral(episode_id)"),
            QStringLiteral(R"(CREATE TABLE contact (
    id TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL REFERENCES person(id),
    referral_id TEXT REFERENCES referral(id),
    episode_id TEXT REFERENCES episode(id),
    at TEXT NOT NULL,
    direction TEXT NOT NULL,
    channel TEXT NOT NULL,
    outcome TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes >= 0),
    summary TEXT NOT NULL,
    recorded_by TEXT NOT NULL REFERENCES app_user(id),
    recorded_at TEXT NOT NULL,
    amends TEXT REFERENCES contact(id)))"),
            QStringLiteral("CREATE INDEX contact_by_person ON contact(person_id, at)"),
            QStringLiteral("CREATE INDEX contact_by_at ON contact(at)"),
            QStringLiteral(
                "CREATE INDEX contact_by_amends ON contact(amends) WHERE amends IS NOT NULL"),
            // Contacts are legal records: the database itself refuses to change them.
            QStringLiteral(R"(CREATE TRIGGER contact_append_only BEFORE UPDATE ON contact
BEGIN SELECT RAISE(ABORT, 'contacts are append-only'); END)"),
            QStringLiteral(R"(CREATE TABLE task (
    id TEXT PRIMARY KEY NOT NULL,
    person_id TEXT REFERENCES person(id),
    episode_id TEXT REFERENCES episode(id),
    title TEXT NOT NULL,
    due_on TEXT NOT NULL,
    owner_id TEXT NOT NULL REFERENCES app_user(id),
    done_at TEXT))"),
            QStringLiteral("CREATE INDEX task_by_owner ON task(owner_id, done_at, due_on)"),
            QStringLiteral("CREATE INDEX task_by_person ON task(person_id)"),
            QStringLiteral(R"(CREATE TABLE ref_code (
    list TEXT NOT NULL,
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (list, code)) WITHOUT ROWID)"),
            // Search over names, phone, postcode and crime references: one row per
            // person (rowid = person.num, a local key that VACUUM keeps), maintained by
            // triggers so that every writer (forms, import, sync) keeps it current.
            // Phone and postcode are indexed as typed and without spaces or dashes.
            QStringLiteral(R"(CREATE VIRTUAL TABLE person_search USING fts5(
    names, phone, postcode, crime_refs,
    tokenize = "unicode61 remove_diacritics 2", prefix = '1 2 3 4 5 6 7 8'))"),
            // Prefix indexes up to 8 characters: a prefix query longer than the longest
            // prefix index merges the doclists of every token it matches, and phone numbers
            // share long prefixes (20 ms at dataset L for "0770" without them, 1 ms with).
            // Bulk loads (store/BulkLoad) switch row-by-row maintenance off and rebuild the
            // index once, inside the same transaction.
            QStringLiteral("CREATE TABLE search_state (suspended INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO search_state (suspended) VALUES (0)"),
            QStringLiteral(R"(CREATE TRIGGER person_search_insert AFTER INSERT ON person
WHEN (SELECT suspended FROM search_state) = 0 BEGIN
    INSERT INTO person_search(rowid, names, phone, postcode, crime_refs) VALUES (
        new.num, new.given_name || ' ' || new.family_name,
        coalesce(new.phone || ' ' || replace(replace(replace(replace(new.phone, ' ', ''), '-', ''), '(', ''), ')', ''), ''),
        coalesce(new.postcode || ' ' || replace(new.postcode, ' ', ''), ''),
        '');
END)"),
            QStringLiteral(
                R"(CREATE TRIGGER person_search_update AFTER UPDATE OF given_name, family_name, phone, postcode ON person
WHEN (SELECT suspended FROM search_state) = 0 BEGIN
    UPDATE person_search SET
        names = new.given_name || ' ' || new.family_name,
        phone = coalesce(new.phone || ' ' || replace(replace(replace(replace(new.phone, ' ', ''), '-', ''), '(', ''), ')', ''), ''),
        postcode = coalesce(new.postcode || ' ' || replace(new.postcode, ' ', ''), '')
    WHERE rowid = new.num;
END)"),
            QStringLiteral(R"(CREATE TRIGGER person_search_delete AFTER DELETE ON person
WHEN (SELECT suspended FROM search_state) = 0 BEGIN
    DELETE FROM person_search WHERE rowid = old.num;
END)"),
            QStringLiteral(R"(CREATE TRIGGER person_search_referral_insert AFTER INSERT ON referral
WHEN new.crime_reference IS NOT NULL AND (SELECT suspended FROM search_state) = 0 BEGIN
    UPDATE person_search SET crime_refs = (
        SELECT group_concat(crime_reference, ' ') FROM referral WHERE person_id = new.person_id)
    WHERE rowid = (SELECT num FROM person WHERE id = new.person_id);
END)"),
            QStringLiteral(
                R"(CREATE TRIGGER person_search_referral_update AFTER UPDATE OF crime_reference, person_id ON referral
WHEN (SELECT suspended FROM search_state) = 0 BEGIN
    UPDATE person_search SET crime_refs = coalesce((
        SELECT group_concat(crime_reference, ' ') FROM referral WHERE person_id = new.person_id), '')
    WHERE rowid = (SELECT num FROM person WHERE id = new.person_id);
    UPDATE person_search SET crime_refs = coalesce((
        SELECT group_concat(crime_reference, ' ') FROM referral WHERE person_id = old.person_id), '')
    WHERE rowid = (SELECT num FROM person WHERE id = old.person_id) AND old.person_id <> new.person_id;
END)"),
            QStringLiteral(
                R"(CREATE TRIGGER person_search_referral_delete AFTER DELETE ON referral
WHEN (SELECT suspended FROM search_state) = 0 BEGIN
    UPDATE person_search SET crime_refs = coalesce((
        SELECT group_concat(crime_reference, ' ') FROM referral WHERE person_id = old.person_id), '')
    WHERE rowid = (SELECT num FROM person WHERE id = old.person_id);
END)"),
            QStringLiteral(R"(CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL) WITHOUT ROWID)"),
        }};
}

// Version 2: what the caseworker's desk records beyond the archive's version-1 fields:
// triage decisions with their reason, the reason for logging a contact that a safety flag
// warned against, who asked for closure, safe contact times, and what kind a task is.
Migration v2()
{
    return {
        2,
        QStringLiteral("triage decisions, safety overrides, closure requests, safe times"),
        {
            QStringLiteral("ALTER TABLE referral ADD COLUMN decision_reason TEXT"),
            QStringLiteral("ALTER TABLE referral ADD COLUMN decided_at TEXT"),
            QStringLiteral(
                "ALTER TABLE referral ADD COLUMN decided_by TEXT REFERENCES app_user(id)"),
            QStringLiteral("ALTER TABLE contact ADD COLUMN safety_override TEXT"),
            QStringLiteral("ALTER TABLE episode ADD COLUMN closure_requested_at TEXT"),
            QStringLiteral(
                "ALTER TABLE episode ADD COLUMN closure_requested_by TEXT REFERENCES app_user(id)"),
            QStringLiteral("ALTER TABLE person ADD COLUMN safe_times TEXT"),
            QStringLiteral("ALTER TABLE task ADD COLUMN kind TEXT NOT NULL DEFAULT 'action'"),
            QStringLiteral("CREATE INDEX referral_by_status ON referral(status, received_at)"),
            QStringLiteral("CREATE INDEX task_by_episode ON task(episode_id)"),
        }};
}

Migration v3()
{
    return {3,
            QStringLiteral("hub-wide settings (Victims' Code first-contact days)"),
            {
                QStringLiteral("CREATE TABLE hub_setting (key TEXT PRIMARY KEY NOT NULL, "
                               "value TEXT NOT NULL) WITHOUT ROWID"),
            }};
}

// Version 4: the supervisor desk. Priorities on referrals and episodes, every reassignment
// with its reason, and every closure decision (approved or returned) with its comment.
Migration v4()
{
    return {4,
            QStringLiteral("priorities, reassignments with reasons, closure reviews"),
            {
                QStringLiteral("ALTER TABLE referral ADD COLUMN priority TEXT NOT NULL DEFAULT "
                               "'normal' CHECK (priority IN ('normal', 'high', 'urgent'))"),
                QStringLiteral("ALTER TABLE episode ADD COLUMN priority TEXT NOT NULL DEFAULT "
                               "'normal' CHECK (priority IN ('normal', 'high', 'urgent'))"),
                QStringLiteral(R"(CREATE TABLE assignment_change (
    id TEXT PRIMARY KEY NOT NULL,
    record_type TEXT NOT NULL CHECK (record_type IN ('referral', 'episode')),
    record_id TEXT NOT NULL,
    from_user TEXT REFERENCES app_user(id),
    to_user TEXT NOT NULL REFERENCES app_user(id),
    reason TEXT NOT NULL,
    changed_by TEXT NOT NULL REFERENCES app_user(id),
    changed_at TEXT NOT NULL))"),
                QStringLiteral("CREATE INDEX assignment_change_by_record ON "
                               "assignment_change(record_type, record_id, changed_at)"),
                QStringLiteral(R"(CREATE TABLE closure_review (
    id TEXT PRIMARY KEY NOT NULL,
    episode_id TEXT NOT NULL REFERENCES episode(id),
    decision TEXT NOT NULL CHECK (decision IN ('approved', 'returned')),
    comment TEXT,
    closure_reason TEXT,
    requested_by TEXT REFERENCES app_user(id),
    requested_at TEXT,
    reviewed_by TEXT NOT NULL REFERENCES app_user(id),
    reviewed_at TEXT NOT NULL))"),
                QStringLiteral("CREATE INDEX closure_review_by_episode ON "
                               "closure_review(episode_id, reviewed_at)"),
            }};
}

// Version 5: sign-in and the audit trail. Password hashes (Argon2id strings) live on
// app_user but never in domain::User, so no archive or sync copy can carry them. The audit
// trail is a hash chain (core/security/AuditChain) that the database refuses to change.
Migration v5()
{
    return {
        5,
        QStringLiteral("passwords, lockout, append-only audit trail"),
        {
            QStringLiteral("ALTER TABLE app_user ADD COLUMN password_hash TEXT"),
            QStringLiteral("ALTER TABLE app_user ADD COLUMN must_change_password INTEGER "
                           "NOT NULL DEFAULT 0"),
            QStringLiteral(
                "ALTER TABLE app_user ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE app_user ADD COLUMN locked_until TEXT"),
            QStringLiteral("ALTER TABLE app_user ADD COLUMN password_changed_at TEXT"),
            // No foreign keys: an event outlives the user and records it names.
            QStringLiteral(R"(CREATE TABLE audit_event (
    seq INTEGER PRIMARY KEY,
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
    hash TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX audit_event_by_person ON audit_event(person_id) "
                           "WHERE person_id IS NOT NULL"),
            // Append-only, enforced by the database itself. Erasure (UK GDPR) will need
            // a controlled path that rewrites a person's events and re-seals the chain
            // in one transaction; it will drop and recreate these triggers there.
            QStringLiteral(R"(CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)"),
            QStringLiteral(R"(CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)"),
            QStringLiteral(R"(CREATE TRIGGER audit_event_append_only BEFORE INSERT ON audit_event
WHEN new.seq <= (SELECT coalesce(max(seq), 0) FROM audit_event)
BEGIN SELECT RAISE(ABORT, 'audit events are only appended at the end'); END)"),
        }};
}

// Version 6: saved monthly reports. A snapshot keeps a closed month's figures as they were
// computed, with who saved them and when; the database refuses to change or remove one.
Migration v6()
{
    return {6,
            QStringLiteral("immutable monthly report snapshots"),
            {
                QStringLiteral(R"(CREATE TABLE report_snapshot (
    id TEXT PRIMARY KEY NOT NULL,
    month TEXT NOT NULL,
    as_of TEXT NOT NULL,
    created_by TEXT REFERENCES app_user(id),
    created_at TEXT NOT NULL,
    figures_json TEXT NOT NULL))"),
                QStringLiteral(
                    "CREATE INDEX report_snapshot_by_month ON report_snapshot(month, created_at)"),
                QStringLiteral(
                    R"(CREATE TRIGGER report_snapshot_no_update BEFORE UPDATE ON report_snapshot
BEGIN SELECT RAISE(ABORT, 'a report snapshot cannot be changed'); END)"),
                QStringLiteral(
                    R"(CREATE TRIGGER report_snapshot_no_delete BEFORE DELETE ON report_snapshot
BEGIN SELECT RAISE(ABORT, 'a report snapshot cannot be removed'); END)"),
            }};
}

// Version 7: erasure (UK GDPR). One row per erased person: the id only, never a name, so
// that import and sync can refuse to bring the person back.
Migration v7()
{
    return {7,
            QStringLiteral("erasure log of person ids"),
            {
                QStringLiteral(R"(CREATE TABLE erasure (
    person_id TEXT PRIMARY KEY NOT NULL,
    requested_on TEXT NOT NULL,
    reason TEXT NOT NULL,
    erased_by TEXT,
    erased_at TEXT NOT NULL) WITHOUT ROWID)"),
            }};
}

// Version 8: sync with the hub. Outbox triggers on every synced table, the sync state,
// the merge base of each row and the conflicts; the statements are made from the record
// kinds of core/sync/RecordKinds.cpp (frozen like any shipped step: a change is a new step).
Migration v8()
{
    return {8, QStringLiteral("sync outbox, state, merge bases and conflicts"),
            sync::localSchemaStatements()};
}

// Version 9: the audit viewer's filters. It pages newest first by seq within one user or
// one action (core/store/AuditRepository.cpp: WHERE user_id = ? ... ORDER BY seq DESC), so
// each index ends in seq: the page is an index range, not a scan of the whole trail.
Migration v9()
{
    return {9,
            QStringLiteral("audit trail indexes by user and by action"),
            {
                QStringLiteral("CREATE INDEX audit_event_by_user ON audit_event(user_id, seq)"),
                QStringLiteral("CREATE INDEX audit_event_by_action ON audit_event(action, seq)"),
            }};
}

// Version 10: the sync outbox triggers also write during bulk loads (an archive import, a
// demo caseload) on a desk that has synced; before, such rows never reached the hub.
Migration v10()
{
    return {10, QStringLiteral("bulk loads on a synced desk reach the sync outbox"),
            sync::bulkLoadQueueStatements()};
}

// Version 11: phone numbers in E.164 (domain::PhoneNumber), for search by any format and by
// the last digits and for duplicate matching. Derived from person.phone on this desk: never
// synced nor archived (docs/ARCHIVE.md "Phone numbers"). NULL means "not worked out yet"
// (a row written by sync or an import), '' "no number, or not a number"; PersonPhones fills
// the NULLs, here for the rows already on file and later before each search.
Migration v11()
{
    return {
        11,
        QStringLiteral("phone numbers in E.164 for search and matching"),
        {
            QStringLiteral("ALTER TABLE person ADD COLUMN phone_e164 TEXT"),
            QStringLiteral("CREATE INDEX person_by_phone_e164 ON person(phone_e164)"),
            QStringLiteral("CREATE INDEX person_phone_pending ON person(num) WHERE "
                           "phone_e164 IS NULL AND phone IS NOT NULL"),
            // A writer that changes the number without its E.164 form (sync, an
            // import's update) leaves it to be worked out again.
            QStringLiteral(R"(CREATE TRIGGER person_phone_e164_stale AFTER UPDATE OF phone ON person
WHEN new.phone IS NOT old.phone AND new.phone_e164 IS old.phone_e164 BEGIN
    UPDATE person SET phone_e164 = NULL WHERE num = new.num;
END)"),
        },
        [](Database &db) {
            return PersonPhones(db).catchUp();
        }};
}

// Version 12: voicemail, letters and texts each "not_asked", "safe" or "not_safe" (codes
// of the contact_safety list) instead of 1/0. A 0 was a deliberate "not safe" and stays
// so; a 1 was the form's default, ticked whether or not anyone had asked, so it becomes
// "not asked", which blocks the channel until a caseworker records the answer (docs/
// USER_GUIDE.md "Safe contact by default"). The columns keep their declared INTEGER type
// (SQLite changes a type only by rebuilding the table) and hold the codes as text. The
// merge bases and open conflicts are converted the same way, and the outbox stays quiet:
// every desk and the hub (schema 6) convert their own copies alike.
Migration v12()
{
    return {12, QStringLiteral("contact safety: not asked, safe or not safe"),
            sync::localSafetyStatements()};
}

// Version 13: police referral files (docs/REFERRAL_IMPORT.md). A referral keeps the force's
// own referral and person ids, which make a second import of the same rows add nothing
// (looked up by source and id); the mapping profiles are a synced kind of their own, keyed
// by name, with their outbox triggers as the record schema describes them.
Migration v13()
{
    QStringList statements{
        QStringLiteral("ALTER TABLE referral ADD COLUMN force_referral_id TEXT"),
        QStringLiteral("ALTER TABLE referral ADD COLUMN force_person_id TEXT"),
        QStringLiteral("CREATE INDEX referral_by_force_referral ON referral(source, "
                       "force_referral_id) WHERE force_referral_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX referral_by_force_person ON referral(source, "
                       "force_person_id) WHERE force_person_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX referral_by_crime_reference ON referral(crime_reference) "
                       "WHERE crime_reference IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE referral_profile (
    name TEXT PRIMARY KEY NOT NULL,
    source TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT))"),
    };
    statements << sync::outboxTriggers({QStringLiteral("referral_profile")});
    return {13, QStringLiteral("police referral files: the force's ids, mapping profiles"),
            statements};
}

// Version 14: merging two person records (services/PersonMergeService, docs/USER_GUIDE.md
// "Merging duplicate people"). The other record becomes a tombstone (person.merged_into);
// the merge itself is a synced record (person_merge) holding what moved and the kept
// record's prior values, so it can be undone. Contacts stay append-only in every column but
// person_id, which only these triggers change: they follow the merge record (written here,
// by sync or by an archive import) to the kept record and back when it is undone.
Migration v14()
{
    QStringList statements{
        QStringLiteral("ALTER TABLE person ADD COLUMN merged_into TEXT REFERENCES person(id)"),
        QStringLiteral("CREATE INDEX person_by_merged_into ON person(merged_into) "
                       "WHERE merged_into IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE person_merge (
    id TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL REFERENCES person(id),
    other_id TEXT NOT NULL REFERENCES person(id),
    reason TEXT NOT NULL,
    from_other TEXT NOT NULL DEFAULT '[]',
    moved TEXT NOT NULL DEFAULT '{}',
    prior TEXT NOT NULL DEFAULT '{}',
    merged_by TEXT NOT NULL REFERENCES app_user(id),
    merged_at TEXT NOT NULL,
    CHECK (person_id <> other_id)))"),
        QStringLiteral("CREATE INDEX person_merge_by_person ON person_merge(person_id)"),
        QStringLiteral("CREATE UNIQUE INDEX person_merge_by_other ON person_merge(other_id)"),
        QStringLiteral("DROP TRIGGER contact_append_only"),
        QStringLiteral(R"(CREATE TRIGGER contact_append_only BEFORE UPDATE OF id, referral_id,
    episode_id, at, direction, channel, outcome, duration_minutes, summary, recorded_by,
    recorded_at, amends, safety_override ON contact
BEGIN SELECT RAISE(ABORT, 'contacts are append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER contact_person_moves BEFORE UPDATE OF person_id ON contact
WHEN NOT EXISTS (SELECT 1 FROM person_merge m, json_each(m.moved, '$.contact') j
    WHERE j.value = old.id AND ((m.other_id = old.person_id AND m.person_id = new.person_id)
        OR (m.person_id = old.person_id AND m.other_id = new.person_id)))
BEGIN SELECT RAISE(ABORT, 'contacts are append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER person_merge_moves_contacts AFTER INSERT ON person_merge
BEGIN
    UPDATE contact SET person_id = new.person_id WHERE person_id = new.other_id
        AND id IN (SELECT value FROM json_each(new.moved, '$.contact'));
END)"),
        QStringLiteral(R"(CREATE TRIGGER person_unmerge_moves_contacts BEFORE DELETE ON person_merge
BEGIN
    UPDATE contact SET person_id = old.other_id WHERE person_id = old.person_id
        AND id IN (SELECT value FROM json_each(old.moved, '$.contact'));
END)"),
        // Tombstones are not searched: their row of the index goes with the merge and
        // comes back with the unmerge (the expressions of migration 1's triggers).
        QStringLiteral(R"(CREATE TRIGGER person_search_merged AFTER UPDATE OF merged_into ON person
WHEN new.merged_into IS NOT NULL AND old.merged_into IS NULL
    AND (SELECT suspended FROM search_state) = 0 BEGIN
    DELETE FROM person_search WHERE rowid = new.num;
END)"),
        QStringLiteral(
            R"(CREATE TRIGGER person_search_unmerged AFTER UPDATE OF merged_into ON person
WHEN new.merged_into IS NULL AND old.merged_into IS NOT NULL
    AND (SELECT suspended FROM search_state) = 0 BEGIN
    INSERT INTO person_search(rowid, names, phone, postcode, crime_refs) VALUES (
        new.num, new.given_name || ' ' || new.family_name,
        coalesce(new.phone || ' ' || replace(replace(replace(replace(new.phone, ' ', ''), '-', ''), '(', ''), ')', ''), ''),
        coalesce(new.postcode || ' ' || replace(new.postcode, ' ', ''), ''),
        coalesce((SELECT group_concat(crime_reference, ' ') FROM referral WHERE person_id = new.id), ''));
END)"),
        // A contact that reaches this desk after its merge did (a first sync, an import).
        QStringLiteral(R"(CREATE TRIGGER contact_follows_merge AFTER INSERT ON contact
WHEN EXISTS (SELECT 1 FROM person_merge m WHERE m.other_id = new.person_id)
BEGIN
    UPDATE contact SET person_id = (SELECT m.person_id FROM person_merge m
        WHERE m.other_id = new.person_id) WHERE id = new.id AND id IN (SELECT j.value
        FROM person_merge m, json_each(m.moved, '$.contact') j WHERE m.other_id = new.person_id);
END)"),
    };
    return {14, QStringLiteral("person merges and tombstones"),
            statements + sync::outboxTriggers({QStringLiteral("person_merge")})};
}

// Version 15: teams and code lists run from the app (services::TeamService and
// services::CodeListService, docs/ADMIN_GUIDE.md "Teams and code lists"). A team is retired,
// never deleted: it keeps its history and reports. A ref_code row is a code administrators
// added, or a built-in code's label, retirement (valid on existing records, offered in no
// new form) or place in its list (sort_order; NULL: the built-in order). The outbox
// triggers of both tables watch every column already, so the new ones sync as they are.
Migration v15()
{
    return {15,
            QStringLiteral("retired teams; code lists' retired codes and order"),
            {
                QStringLiteral("ALTER TABLE team ADD COLUMN retired_at TEXT"),
                QStringLiteral("ALTER TABLE ref_code ADD COLUMN retired INTEGER NOT NULL "
                               "DEFAULT 0 CHECK (retired IN (0, 1))"),
                QStringLiteral("ALTER TABLE ref_code ADD COLUMN sort_order INTEGER"),
            }};
}

} // namespace

const QVector<Migration> &migrations()
{
    static const QVector<Migration> all{v1(), v2(),  v3(),  v4(),  v5(),  v6(),  v7(), v8(),
                                        v9(), v10(), v11(), v12(), v13(), v14(), v15()};
    return all;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace hub::store
