#pragma once

// A synthetic archive in which every archived field of every record type has a value, and
// the two record kinds archives leave out (closure reviews, reassignments) with every
// column filled: what tst_recordschema and tst_recordschema_hub erase and round-trip. A
// field added to the record schema (core/domain/RecordSchema.cpp) makes those tests fail
// until it is filled here too.

#include "archive/ArchiveReader.h"
#include "domain/RecordSchema.h"
#include "store/Database.h"

#include <QBuffer>
#include <QByteArrayList>
#include <QMap>
#include <QSqlQuery>
#include <QVariantList>

namespace hub::test::schema {

inline const QString kTeam = QStringLiteral("10000000-0000-4000-8000-000000000001");
inline const QString kWorker = QStringLiteral("20000000-0000-4000-8000-000000000001");
inline const QString kSupervisor = QStringLiteral("20000000-0000-4000-8000-000000000002");
inline const QString kPerson = QStringLiteral("30000000-0000-4000-8000-000000000001");
inline const QString kReferral = QStringLiteral("40000000-0000-4000-8000-000000000001");
inline const QString kEpisode = QStringLiteral("50000000-0000-4000-8000-000000000001");

// The team and user lines (a hub test uses its own world's team and users instead).
inline QByteArrayList staffLines()
{
    return {
        R"({"type":"team","id":"10000000-0000-4000-8000-000000000001","name":"Synthetic Team"})",
        // A retired team (local schema 15): every field of a team set.
        R"({"type":"team","id":"10000000-0000-4000-8000-000000000002","name":"Retired Synthetic Team","retired_at":"2026-01-05T09:00:00Z"})",
        R"({"type":"user","id":"20000000-0000-4000-8000-000000000001","username":"cw.synthetic","display_name":"Caseworker Synthetic","role":"caseworker","team_id":"10000000-0000-4000-8000-000000000001","active":true})",
        R"({"type":"user","id":"20000000-0000-4000-8000-000000000002","username":"sup.synthetic","display_name":"Supervisor Synthetic","role":"supervisor","team_id":"10000000-0000-4000-8000-000000000001","active":true})",
    };
}

// One person's records, every field set (personal ones to something erasure changes).
inline QByteArrayList caseLines()
{
    return {
        // The record the person was merged into, and one merged into the person, first by
        // id (archive version 2): every field of person_merge set.
        R"({"type":"person","id":"2f000000-0000-4000-8000-000000000001","given_name":"Quilla","family_name":"Marshwether","gender":"female","ethnic_group":"white","disability":"no","first_language":"en","interpreter_needed":false,"safe_voicemail":false,"safe_letters":false,"safe_text":false,"restricted":false,"created_at":"2026-01-16T09:30:00Z","voicemail_safety":"not_safe","letters_safety":"not_safe","text_safety":"not_safe"})",
        R"({"type":"person","id":"2f000000-0000-4000-8000-000000000002","given_name":"Quilonia","family_name":"Marshweather","gender":"female","ethnic_group":"white","disability":"no","first_language":"en","interpreter_needed":false,"safe_voicemail":false,"safe_letters":false,"safe_text":false,"restricted":false,"created_at":"2026-01-17T09:30:00Z","merged_into":"30000000-0000-4000-8000-000000000001","voicemail_safety":"not_safe","letters_safety":"not_safe","text_safety":"not_safe"})",
        R"({"type":"person","id":"30000000-0000-4000-8000-000000000001","given_name":"Quillonia","family_name":"Marshwether","date_of_birth":"1985-02-28","gender":"female","ethnic_group":"white","disability":"no","first_language":"pl","interpreter_needed":true,"phone":"07700 900417","email":"quillonia@example.org","address":"4 Synthetic Row","postcode":"PE1 9ZZ","safe_voicemail":false,"safe_letters":false,"safe_text":true,"contact_notes":"Notes Brackenfold","restricted":true,"created_at":"2026-01-15T09:30:00Z","safe_times":"Times Sorrelgate","merged_into":"2f000000-0000-4000-8000-000000000001","voicemail_safety":"not_safe","letters_safety":"not_safe","text_safety":"safe"})",
        R"({"type":"referral","id":"40000000-0000-4000-8000-000000000001","person_id":"30000000-0000-4000-8000-000000000001","received_at":"2026-01-15T09:00:00Z","source":"police","crime_reference":"ZZ/77123/26","offence_group":"violence_with_injury","flags":["domestic_abuse"],"enhanced":true,"enhanced_reason":"persistently_targeted","consent_to_contact":true,"status":"accepted","assigned_to":"20000000-0000-4000-8000-000000000001","decision_reason":"Decision Thistlecombe","decided_at":"2026-01-15T11:00:00Z","decided_by":"20000000-0000-4000-8000-000000000002","force_referral_id":"RF-000123","force_person_id":"FP-000045"})",
        R"({"type":"episode","id":"50000000-0000-4000-8000-000000000001","person_id":"30000000-0000-4000-8000-000000000001","referral_ids":["40000000-0000-4000-8000-000000000001"],"caseworker_id":"20000000-0000-4000-8000-000000000001","opened_at":"2026-01-16T10:00:00Z","status":"closed","closed_at":"2026-06-30T16:00:00Z","closure_reason":"support_completed","closure_approved_by":"20000000-0000-4000-8000-000000000002","needs":{"housing":"high"},"outcomes":{"feel_safer":"improved"},"closure_requested_at":"2026-06-29T10:00:00Z","closure_requested_by":"20000000-0000-4000-8000-000000000001"})",
        R"({"type":"onward_referral","id":"60000000-0000-4000-8000-000000000001","episode_id":"50000000-0000-4000-8000-000000000001","agency":"idva","referred_at":"2026-01-20T12:00:00Z","accepted":true})",
        R"({"type":"contact","id":"70000000-0000-4000-8000-000000000001","person_id":"30000000-0000-4000-8000-000000000001","referral_id":"40000000-0000-4000-8000-000000000001","episode_id":"50000000-0000-4000-8000-000000000001","at":"2026-01-17T14:00:00Z","direction":"outbound","channel":"phone","outcome":"spoke","duration_minutes":15,"summary":"Summary Fennimore","recorded_by":"20000000-0000-4000-8000-000000000001","recorded_at":"2026-01-17T14:30:00Z"})",
        R"({"type":"contact","id":"70000000-0000-4000-8000-000000000002","person_id":"30000000-0000-4000-8000-000000000001","referral_id":"40000000-0000-4000-8000-000000000001","episode_id":"50000000-0000-4000-8000-000000000001","at":"2026-01-17T14:00:00Z","direction":"outbound","channel":"phone","outcome":"spoke","duration_minutes":25,"summary":"Summary Gorsewick","recorded_by":"20000000-0000-4000-8000-000000000001","recorded_at":"2026-01-18T09:00:00Z","amends":"70000000-0000-4000-8000-000000000001","safety_override":"Override Heathercott"})",
        R"({"type":"task","id":"80000000-0000-4000-8000-000000000001","person_id":"30000000-0000-4000-8000-000000000001","episode_id":"50000000-0000-4000-8000-000000000001","title":"Title Ivybridge","due_on":"2026-02-01","owner_id":"20000000-0000-4000-8000-000000000001","done_at":"2026-01-31T17:00:00Z","kind":"next_contact"})",
        R"({"type":"person_merge","id":"a0000000-0000-4000-8000-000000000001","person_id":"30000000-0000-4000-8000-000000000001","other_id":"2f000000-0000-4000-8000-000000000002","reason":"Reason Fernhollow","from_other":["email"],"moved":"{\"referral\":[]}","prior":"{\"email\":\"old@example.org\"}","merged_by":"20000000-0000-4000-8000-000000000002","merged_at":"2026-02-01T09:00:00Z"})",
        // Archive version 3: a referral profile, every field set (its body is the
        // profile's canonical JSON file).
        R"({"type":"referral_profile","name":"Fixture Constabulary","source":"police","body":"{\n    \"columns\": {\n        \"family_name\": \"Surname\",\n        \"given_name\": \"Forename\",\n        \"offence_group\": \"Offence\",\n        \"received_at\": \"Date Received\"\n    },\n    \"date_format\": \"dd/MM/yyyy\",\n    \"delimiter\": \"auto\",\n    \"encoding\": \"auto\",\n    \"name\": \"Fixture Constabulary\",\n    \"source\": \"police\",\n    \"values\": {\n        \"offence_group\": {\n            \"Harassment\": \"stalking_harassment\"\n        }\n    }\n}\n","updated_at":"2026-02-02T09:00:00Z","updated_by":"20000000-0000-4000-8000-000000000002"})",
    };
}

inline QByteArray archiveOf(const QByteArrayList &records)
{
    QByteArrayList lines{R"({"type":"archive","format":"victims-hub-archive","version":3})"};
    lines += records;
    return lines.join('\n') + '\n';
}

// `lines` with the fixture's staff ids replaced by `worker`'s and `supervisor`'s.
inline QByteArrayList withStaff(QByteArrayList lines, const QString &worker,
                                const QString &supervisor)
{
    for (auto &l : lines)
        l.replace(kWorker.toLatin1(), worker.toLatin1())
            .replace(kSupervisor.toLatin1(), supervisor.toLatin1());
    return lines;
}

inline Result<archive::ImportCounts> importInto(store::Database &db, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    archive::ImportOptions options;
    options.today = QDate(2026, 11, 24);
    return archive::importArchive(db, buffer, options);
}

// The kinds archives leave out that belong to a person, every column set.
inline bool addUnarchivedRows(store::Database &db, const QString &worker, const QString &supervisor)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO closure_review (id, episode_id, decision, comment, closure_reason, "
        "requested_by, requested_at, reviewed_by, reviewed_at) VALUES "
        "('90000000-0000-4000-8000-000000000001', ?, 'approved', 'Comment Juniperhall', "
        "'support_completed', ?, '2026-06-29T10:00:00Z', ?, '2026-06-30T15:00:00Z')"));
    q.addBindValue(kEpisode);
    q.addBindValue(worker);
    q.addBindValue(supervisor);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral(
        "INSERT INTO assignment_change (id, record_type, record_id, from_user, to_user, reason, "
        "changed_by, changed_at) VALUES ('91000000-0000-4000-8000-000000000001', 'episode', ?, "
        "?, ?, 'Reason Kestrelmoor', ?, '2026-02-01T09:00:00Z')"));
    q.addBindValue(kEpisode);
    q.addBindValue(supervisor);
    q.addBindValue(worker);
    q.addBindValue(supervisor);
    return q.exec();
}

// What erasure leaves in a field, as the value a column or a hub field then holds
// (MonthOfBirth is checked on its own).
inline QVariant erasedValue(domain::Erase e)
{
    switch (e) {
    case domain::Erase::Empty:
        return QString();
    case domain::Erase::True:
        return 1;
    case domain::Erase::False:
        return 0;
    case domain::Erase::EmptyObject:
        return QStringLiteral("{}");
    case domain::Erase::NotAsked:
        return QStringLiteral("not_asked");
    default:
        return {};
    }
}

// Whether `value` is what erasure leaves for field `f` (null means SQL NULL or JSON null).
inline bool isErased(const domain::FieldSpec &f, const QVariant &value)
{
    if (f.erase == domain::Erase::MonthOfBirth) {
        const auto d = value.toString();
        return d.isEmpty() || d.endsWith(QLatin1String("-01")) ||
               d.endsWith(QLatin1String("02-29"));
    }
    const auto want = erasedValue(f.erase);
    if (f.erase == domain::Erase::Null)
        return value.isNull() || !value.isValid();
    if (want.typeId() == QMetaType::Int)
        return !value.isNull() && value.toInt() == want.toInt();
    return !value.isNull() && value.toString() == want.toString();
}

} // namespace hub::test::schema
