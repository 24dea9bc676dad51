#include "TempDatabase.h"
#include "archive/ArchiveReader.h"
#include "archive/ArchiveWriter.h"
#include "demo/DemoGenerator.h"
#include "services/ArchiveService.h"
#include "store/Repositories.h"
#include "sync/RecordKinds.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QtTest>

using namespace hub;
using archive::RecordType;

namespace {

const QDate kToday(2026, 11, 24);

// A small archive with every record type, every optional field (and records without
// them), an amendment that comes before its original, in export order: 19 lines. The
// fields after the version-1 ones (safe_times, decision_reason, ...) are the documented
// extensions of docs/ARCHIVE.md.
QByteArrayList richLines()
{
    return {
        R"({"type":"archive","format":"victims-hub-archive","version":3})",
        // 2-3 teams
        R"({"type":"team","id":"10000000-0000-4000-8000-000000000001","name":"Central Hub"})",
        R"({"type":"team","id":"10000000-0000-4000-8000-000000000002","name":"Outreach North 🌲"})",
        // 4-5 users
        R"({"type":"user","id":"20000000-0000-4000-8000-000000000001","username":"amira","display_name":"Amira Haddad","role":"caseworker","team_id":"10000000-0000-4000-8000-000000000001","active":true})",
        R"({"type":"user","id":"20000000-0000-4000-8000-000000000002","username":"sam","display_name":"Sam O’Neill","role":"supervisor","active":false})",
        // 6-7 people
        R"({"type":"person","id":"30000000-0000-4000-8000-000000000001","given_name":"Zoë","family_name":"Kowalczyk-Smith","date_of_birth":"1985-02-28","gender":"female","ethnic_group":"white","disability":"no","first_language":"pl","interpreter_needed":true,"phone":"07700 900123","email":"zoe@example.org","address":"1 High Street, Leeds","postcode":"LS1 1AA","safe_voicemail":false,"safe_letters":true,"safe_text":false,"contact_notes":"Call after 6pm only.\nNever mention the case to her partner.","restricted":true,"created_at":"2026-01-15T09:30:00Z","safe_times":"weekdays 10:00-12:00","voicemail_safety":"not_safe","letters_safety":"safe","text_safety":"not_safe"})",
        R"({"type":"person","id":"30000000-0000-4000-8000-000000000002","given_name":"مريم","family_name":"אברהם","gender":"not_stated","ethnic_group":"not_stated","disability":"not_stated","first_language":"ar","interpreter_needed":false,"safe_voicemail":false,"safe_letters":true,"safe_text":false,"restricted":false,"created_at":"2026-02-01T00:00:00Z","voicemail_safety":"not_asked","letters_safety":"safe","text_safety":"not_safe"})",
        // 8-9 referrals
        R"({"type":"referral","id":"40000000-0000-4000-8000-000000000001","person_id":"30000000-0000-4000-8000-000000000001","received_at":"2026-01-15T09:00:00Z","source":"police","crime_reference":"WY/12345/26","offence_group":"violence_with_injury","flags":["domestic_abuse","hate_crime"],"enhanced":true,"enhanced_reason":"persistently_targeted","consent_to_contact":true,"status":"accepted","assigned_to":"20000000-0000-4000-8000-000000000001","decision_reason":"Wants support with court","decided_at":"2026-01-15T11:00:00Z","decided_by":"20000000-0000-4000-8000-000000000002"})",
        R"({"type":"referral","id":"40000000-0000-4000-8000-000000000002","person_id":"30000000-0000-4000-8000-000000000002","received_at":"2026-02-01T10:15:00Z","source":"self","offence_group":"theft","flags":[],"enhanced":false,"consent_to_contact":false,"status":"new"})",
        // 10-11 episodes
        R"({"type":"episode","id":"50000000-0000-4000-8000-000000000001","person_id":"30000000-0000-4000-8000-000000000001","referral_ids":["40000000-0000-4000-8000-000000000001"],"caseworker_id":"20000000-0000-4000-8000-000000000001","opened_at":"2026-01-16T10:00:00Z","status":"closed","closed_at":"2026-06-30T16:00:00Z","closure_reason":"support_completed","closure_approved_by":"20000000-0000-4000-8000-000000000002","needs":{"housing":"high","safety_security":"medium"},"outcomes":{"cope_everyday_life":"not_applicable","feel_safer":"improved"},"closure_requested_at":"2026-06-29T10:00:00Z","closure_requested_by":"20000000-0000-4000-8000-000000000001"})",
        R"({"type":"episode","id":"50000000-0000-4000-8000-000000000002","person_id":"30000000-0000-4000-8000-000000000002","referral_ids":[],"caseworker_id":"20000000-0000-4000-8000-000000000001","opened_at":"2026-02-02T11:00:00Z","status":"open","needs":{},"outcomes":{}})",
        // 12-14 onward referrals
        R"({"type":"onward_referral","id":"60000000-0000-4000-8000-000000000001","episode_id":"50000000-0000-4000-8000-000000000001","agency":"idva","referred_at":"2026-01-20T12:00:00Z","accepted":true})",
        R"({"type":"onward_referral","id":"60000000-0000-4000-8000-000000000002","episode_id":"50000000-0000-4000-8000-000000000001","agency":"housing","referred_at":"2026-01-21T12:00:00Z","accepted":false})",
        R"({"type":"onward_referral","id":"60000000-0000-4000-8000-000000000003","episode_id":"50000000-0000-4000-8000-000000000001","agency":"mental_health","referred_at":"2026-01-22T12:00:00Z"})",
        // 15-17 contacts: line 15 amends line 17
        R"({"type":"contact","id":"70000000-0000-4000-8000-000000000001","person_id":"30000000-0000-4000-8000-000000000001","referral_id":"40000000-0000-4000-8000-000000000001","episode_id":"50000000-0000-4000-8000-000000000001","at":"2026-01-17T14:00:00Z","direction":"outbound","channel":"phone","outcome":"spoke","duration_minutes":25,"summary":"Correction: the call lasted 25 minutes.","recorded_by":"20000000-0000-4000-8000-000000000001","recorded_at":"2026-01-18T09:00:00Z","amends":"70000000-0000-4000-8000-000000000003","safety_override":"She asked us to call this number"})",
        R"({"type":"contact","id":"70000000-0000-4000-8000-000000000002","person_id":"30000000-0000-4000-8000-000000000002","at":"2026-02-03T09:00:00Z","direction":"inbound","channel":"face_to_face","outcome":"spoke","duration_minutes":0,"summary":"","recorded_by":"20000000-0000-4000-8000-000000000001","recorded_at":"2026-02-03T09:05:00Z"})",
        R"({"type":"contact","id":"70000000-0000-4000-8000-000000000003","person_id":"30000000-0000-4000-8000-000000000001","referral_id":"40000000-0000-4000-8000-000000000001","episode_id":"50000000-0000-4000-8000-000000000001","at":"2026-01-17T14:00:00Z","direction":"outbound","channel":"phone","outcome":"spoke","duration_minutes":15,"summary":"First call; safety plan agreed.","recorded_by":"20000000-0000-4000-8000-000000000001","recorded_at":"2026-01-17T14:30:00Z"})",
        // 18-19 tasks
        R"({"type":"task","id":"80000000-0000-4000-8000-000000000001","person_id":"30000000-0000-4000-8000-000000000001","episode_id":"50000000-0000-4000-8000-000000000001","title":"Review safety plan","due_on":"2026-02-01","owner_id":"20000000-0000-4000-8000-000000000001","done_at":"2026-01-31T17:00:00Z","kind":"next_contact"})",
        R"({"type":"task","id":"80000000-0000-4000-8000-000000000002","title":"Team meeting notes","due_on":"2026-03-01","owner_id":"20000000-0000-4000-8000-000000000002"})",
    };
}

QByteArray joinLines(const QByteArrayList &lines)
{
    return lines.join('\n') + '\n';
}

QByteArray exportOf(store::Database &db, archive::ExportCounts *counts = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto result = archive::exportArchive(db, buffer);
    if (!result.ok())
        return "export failed: " + result.error().describe().toUtf8();
    if (counts)
        *counts = *result;
    return buffer.data();
}

// Reads `bytes` into `db`: straight through the archive reader, or as `actor` through
// services::ArchiveService (its permission checks and audit event).
Result<archive::ImportCounts> importBytes(store::Database &db, const QByteArray &bytes,
                                          bool replace = false,
                                          const domain::Actor *actor = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    archive::ImportOptions options;
    options.replace = replace;
    options.today = kToday;
    if (!actor)
        return archive::importArchive(db, buffer, options);
    services::ChangeNotifier notifier;
    services::ServiceContext ctx{db, notifier};
    return services::ArchiveService(ctx).importAll(*actor, buffer, QStringLiteral("in.hub"),
                                                   options);
}

// Archive version 3: a referral profile line (its body the profile's canonical JSON file).
QByteArray profileLine()
{
    return QByteArray(
        "{\"type\":\"referral_profile\",\"name\":\"Fixture Constabulary\",\"source\":\"po"
        "lice\",\"body\":\"{\\n    \\\"columns\\\": {\\n        \\\"family_name\\\": \\\""
        "Surname\\\",\\n        \\\"given_name\\\": \\\"Forename\\\",\\n        \\\"offen"
        "ce_group\\\": \\\"Offence\\\",\\n        \\\"received_at\\\": \\\"Date Received\\\"\\n    "
        "},\\n    \\\"date_format\\\": \\\"dd/MM/yyyy\\\",\\n    \\\"delimiter\\\": "
        "\\\"auto\\\",\\n    \\\"encoding\\\": \\\"auto\\\",\\n    \\\"name\\\": \\\"Fixture "
        "Constabulary\\\",\\n    \\\"source\\\": \\\"police\\\",\\n    \\\"value"
        "s\\\": {\\n        \\\"offence_group\\\": {\\n            \\\"Harassment\\\": \\"
        "\"stalking_harassment\\\"\\n        }\\n    }\\n}\\n\",\"updated_at\":\"2026-02-"
        "02T09:00:00Z\",\"updated_by\":\"20000000-0000-4000-8000-000000000001\"}");
}

// Replaces `from` by `to` on one line (1-based) and checks that something changed.
QByteArray edit(int line, const QByteArray &from, const QByteArray &to)
{
    auto lines = richLines();
    auto &l = lines[line - 1];
    const QByteArray before = l;
    l.replace(from, to);
    if (l == before)
        qFatal("test data: '%s' not found on line %d", from.constData(), line);
    return joinLines(lines);
}

// Two teams' work for the import and export scope tests: richLines() (Central Hub's two
// people, held by amira) plus a supervisor of each team, a caseworker of Outreach North
// holding a restricted person of their own, and an administrator.
const char kSupCentral[] = "20000000-0000-4000-8000-000000000003";
const char kSupNorth[] = "20000000-0000-4000-8000-000000000004";
const char kAdmin[] = "20000000-0000-4000-8000-000000000006";
const char kCentral[] = "10000000-0000-4000-8000-000000000001";
const char kNorth[] = "10000000-0000-4000-8000-000000000002";
const char kNorthPerson[] = "30000000-0000-4000-8000-000000000003";

QByteArrayList twoTeamsLines()
{
    auto lines = richLines();
    lines
        << R"({"type":"user","id":"20000000-0000-4000-8000-000000000003","username":"sup.central","display_name":"Sup Central","role":"supervisor","team_id":"10000000-0000-4000-8000-000000000001","active":true})"
        << R"({"type":"user","id":"20000000-0000-4000-8000-000000000004","username":"sup.north","display_name":"Sup North","role":"supervisor","team_id":"10000000-0000-4000-8000-000000000002","active":true})"
        << R"({"type":"user","id":"20000000-0000-4000-8000-000000000005","username":"cw.north","display_name":"Cw North","role":"caseworker","team_id":"10000000-0000-4000-8000-000000000002","active":true})"
        << R"({"type":"user","id":"20000000-0000-4000-8000-000000000006","username":"admin.one","display_name":"Admin One","role":"admin","active":true})"
        << R"({"type":"person","id":"30000000-0000-4000-8000-000000000003","given_name":"Nia","family_name":"Synthetic","gender":"female","ethnic_group":"not_stated","disability":"not_stated","first_language":"en","interpreter_needed":false,"safe_voicemail":true,"safe_letters":true,"safe_text":true,"restricted":true,"created_at":"2026-03-01T00:00:00Z"})"
        << R"({"type":"referral","id":"40000000-0000-4000-8000-000000000003","person_id":"30000000-0000-4000-8000-000000000003","received_at":"2026-03-01T10:00:00Z","source":"self","offence_group":"theft","flags":[],"enhanced":false,"consent_to_contact":true,"status":"accepted","assigned_to":"20000000-0000-4000-8000-000000000005"})";
    return lines;
}

domain::Actor actorOf(const char *userId, const char *role, const char *team = "")
{
    return {QString::fromLatin1(userId), QString::fromLatin1(role), QString::fromLatin1(team),
            QStringLiteral("test-pc")};
}

// An archive: the header, then `lines`.
QByteArray archiveOf(const QByteArrayList &lines)
{
    return joinLines(QByteArrayList{richLines().first()} + lines);
}

} // namespace

class TestArchive : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    services::ChangeNotifier m_notifier;
    store::Database &db() { return m_temp->db(); }

    Result<archive::ImportCounts> importAs(const domain::Actor &actor, const QByteArray &bytes,
                                           bool replace = true)
    {
        return importBytes(db(), bytes, replace, &actor);
    }

    QByteArray exportAs(const domain::Actor &actor)
    {
        services::ServiceContext ctx{db(), m_notifier};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto result =
            services::ArchiveService(ctx).exportAll(actor, buffer, QStringLiteral("out.hub"));
        if (!result.ok())
            return "export failed: " + result.error().describe().toUtf8();
        return buffer.data();
    }

    QVariant scalarOf(const char *sql) { return scalarOf(QString::fromUtf8(sql)); }
    QVariant scalarOf(const QString &sql)
    {
        QSqlQuery q(db().connection());
        if (!q.exec(sql) || !q.next())
            qFatal("test SQL failed: %s", qPrintable(sql));
        return q.value(0);
    }

    void loadTwoTeams()
    {
        const auto loaded = importBytes(db(), joinLines(twoTeamsLines()));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().describe()));
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        QVERIFY2(m_temp->ok(), qPrintable(m_temp->errorText()));
    }
    void cleanup() { m_temp.reset(); }

    void emptyDatabaseExportsOnlyTheHeader()
    {
        archive::ExportCounts counts;
        QCOMPARE(exportOf(db(), &counts),
                 QByteArray(R"({"type":"archive","format":"victims-hub-archive","version":3})"
                            "\n"));
        QCOMPARE(counts.total(), 0);
    }

    // A version-1 archive (written before merges existed) still reads, and is written
    // back as version 3 with the same records.
    void readsVersionOne()
    {
        auto lines = richLines();
        lines[0] = R"({"type":"archive","format":"victims-hub-archive","version":1})";
        const auto read = importBytes(db(), joinLines(lines));
        QVERIFY2(read.ok(), qPrintable(read.error().describe()));
        QCOMPARE(read->inserted.total(), 18);
        QCOMPARE(exportOf(db()), joinLines(richLines()));
    }

    // Version 3 carries referral profiles: a file with one reads, is written back byte for
    // byte (into this database and a fresh one), and reading it again changes nothing.
    void referralProfileRoundTripIsByteIdentical()
    {
        const QByteArray input = joinLines(richLines() + QByteArrayList{profileLine()});
        const auto first = importBytes(db(), input);
        QVERIFY2(first.ok(), qPrintable(first.error().describe()));
        QCOMPARE(first->inserted[RecordType::ReferralProfile], 1);
        QCOMPARE(first->profilesWritten, QStringList{QStringLiteral("Fixture Constabulary")});
        archive::ExportCounts counts;
        QCOMPARE(exportOf(db(), &counts), input);
        QCOMPARE(counts[RecordType::ReferralProfile], 1);
        test::TempDatabase other;
        QVERIFY(other.ok());
        QVERIFY(importBytes(other.db(), input).ok());
        QCOMPARE(exportOf(other.db()), input);
        const auto again = importBytes(db(), input);
        QVERIFY2(again.ok(), qPrintable(again.error().describe()));
        QCOMPARE(again->inserted.total(), 0);
        QCOMPARE(again->unchanged[RecordType::ReferralProfile], 1);
        QVERIFY(again->profilesWritten.isEmpty());
    }

    // A version-2 archive (before referral profiles) still reads.
    void readsVersionTwo()
    {
        auto lines = richLines();
        lines[0] = R"({"type":"archive","format":"victims-hub-archive","version":2})";
        const auto read = importBytes(db(), joinLines(lines));
        QVERIFY2(read.ok(), qPrintable(read.error().describe()));
        QCOMPARE(exportOf(db()), joinLines(richLines()));
    }

    // Importing a profile is saving one: through the archive service it is audited as a
    // saved profile is and queued for sync; a profile that fails the profile's own checks
    // (an offence code the hub does not have, a name other than its own) refuses the whole
    // archive and writes nothing.
    void referralProfileImportIsCheckedAuditedAndSynced()
    {
        loadTwoTeams();
        const auto sup = actorOf(kSupCentral, "supervisor", kCentral);
        const int people = scalarOf("SELECT count(*) FROM person").toInt();
        auto badCode = joinLines(
            richLines() +
            QByteArrayList{
                QByteArray(profileLine()).replace("stalking_harassment", "moon_burglary")});
        auto refused = importAs(sup, badCode);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("body"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("moon_burglary")),
                 qPrintable(refused.error().describe()));
        QCOMPARE(refused.error().line, richLines().size() + 1);
        auto badName =
            joinLines(richLines() + QByteArrayList{QByteArray(profileLine())
                                                       .replace(R"("name":"Fixture Constabulary")",
                                                                R"("name":"Other Constabulary")")});
        refused = importAs(sup, badName);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("name"));
        QCOMPARE(scalarOf("SELECT count(*) FROM referral_profile").toInt(), 0);
        QCOMPARE(scalarOf("SELECT count(*) FROM person").toInt(), people);

        // A desk that syncs (a hub epoch) queues what a bulk import writes.
        QVERIFY(QSqlQuery(db().connection())
                    .exec(QStringLiteral("UPDATE sync_state SET hub_epoch = 'test-epoch'")));
        const auto done = importAs(sup, joinLines(richLines() + QByteArrayList{profileLine()}));
        QVERIFY2(done.ok(), qPrintable(done.error().describe()));
        QCOMPARE(scalarOf(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = "
                                         "'referral_profile.save' AND record_id = 'Fixture "
                                         "Constabulary' AND user_id = '%1'")
                              .arg(QLatin1String(kSupCentral)))
                     .toInt(),
                 1);
        QVERIFY(scalarOf("SELECT count(*) FROM sync_outbox WHERE kind = 'referral_profile' AND "
                         "row_id = 'Fixture Constabulary'")
                    .toInt() >= 1);
        // A different profile of the same name is replaced only with replace.
        auto changed = joinLines(
            richLines() +
            QByteArrayList{QByteArray(profileLine()).replace("Date Received", "Received On")});
        auto kept = importBytes(db(), changed);
        QVERIFY(!kept.ok());
        QCOMPARE(kept.error().kind, Error::Kind::Conflict);
    }

    void roundTripIsByteIdentical()
    {
        const QByteArray input = joinLines(richLines());
        const auto first = importBytes(db(), input);
        QVERIFY2(first.ok(), qPrintable(first.error().describe()));
        QCOMPARE(first->inserted.total(), 18);
        QCOMPARE(first->inserted[RecordType::Contact], 3);
        QCOMPARE(first->inserted[RecordType::OnwardReferral], 3);

        archive::ExportCounts counts;
        QCOMPARE(exportOf(db(), &counts), input);
        QCOMPARE(counts, first->inserted);

        // Importing the same archive again changes nothing.
        const auto again = importBytes(db(), input);
        QVERIFY2(again.ok(), qPrintable(again.error().describe()));
        QCOMPARE(again->inserted.total(), 0);
        QCOMPARE(again->updated.total(), 0);
        QCOMPARE(again->unchanged, first->inserted);
        QCOMPARE(exportOf(db(), &counts), input);
    }

    // An archive of the previous version has only the boolean flags: true was the form's
    // default, ticked whether or not anyone had asked, so it reads as "not yet asked"; false
    // was a deliberate "not safe". Its postcodes are normalised. Exported again, it carries
    // the answers as the extension fields.
    void previousVersionSafetyFlagsImport()
    {
        auto lines = richLines();
        for (const int n : {5, 6}) {
            auto &line = lines[n];
            line.replace(
                R"(,"voicemail_safety":"not_safe","letters_safety":"safe","text_safety":"not_safe")",
                "");
            line.replace(
                R"(,"voicemail_safety":"not_asked","letters_safety":"safe","text_safety":"not_safe")",
                "");
            QVERIFY(!line.contains("_safety"));
        }
        lines[5].replace(R"("postcode":"LS1 1AA")", R"("postcode":" ls11aa ")");
        lines[6].replace(R"("safe_voicemail":false,"safe_letters":true,"safe_text":false)",
                         R"("safe_voicemail":true,"safe_letters":true,"safe_text":true)");
        const auto result = importBytes(db(), joinLines(lines));
        QVERIFY2(result.ok(), qPrintable(result.error().describe()));
        using domain::ContactSafety;
        store::PersonRepository people(db());
        const auto zoe = people.get(QStringLiteral("30000000-0000-4000-8000-000000000001"));
        QVERIFY(zoe.ok());
        QCOMPARE(zoe->safeVoicemail, ContactSafety::NotSafe);
        QCOMPARE(zoe->safeLetters, ContactSafety::NotAsked);
        QCOMPARE(zoe->safeText, ContactSafety::NotSafe);
        QCOMPARE(zoe->postcode, QStringLiteral("LS1 1AA"));
        const auto other = people.get(QStringLiteral("30000000-0000-4000-8000-000000000002"));
        QVERIFY(other.ok());
        QCOMPARE(other->safeVoicemail, ContactSafety::NotAsked);
        QCOMPARE(other->safeLetters, ContactSafety::NotAsked);
        QCOMPARE(other->safeText, ContactSafety::NotAsked);
        const auto exported = exportOf(db());
        QVERIFY(
            exported.contains(R"("safe_voicemail":false,"safe_letters":false,"safe_text":false,)"));
        QVERIFY(exported.contains(
            R"("voicemail_safety":"not_safe","letters_safety":"not_asked","text_safety":"not_safe")"));
        QVERIFY(exported.contains(
            R"("voicemail_safety":"not_asked","letters_safety":"not_asked","text_safety":"not_asked")"));
    }

    void finalLineWithoutNewlineIsAccepted()
    {
        QByteArray input = joinLines(richLines());
        input.chop(1);
        const auto result = importBytes(db(), input);
        QVERIFY2(result.ok(), qPrintable(result.error().describe()));
        QCOMPARE(exportOf(db()), input + '\n');
    }

    void badArchives_data()
    {
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words"); // part of the message

        const auto all = richLines();
        QTest::newRow("bad date") << edit(6, "1985-02-28", "1985-02-30") << 6 << "date_of_birth"
                                  << "1985-02-30";
        QTest::newRow("bad timestamp")
            << edit(8, "2026-01-15T09:00:00Z", "2026-01-15 09:00") << 8 << "received_at"
            << "RFC 3339";
        QTest::newRow("unknown code")
            << edit(16, R"("face_to_face")", R"("pigeon")") << 16 << "channel"
            << "unknown code 'pigeon'";
        QTest::newRow("unknown flag") << edit(8, R"("hate_crime")", R"("hate")") << 8 << "flags"
                                      << "unknown code 'hate'";
        QTest::newRow("unknown field")
            << edit(7, R"("restricted":false)", R"("restricted":false,"nickname":"M")") << 7
            << "nickname"
            << "unknown field";
        QTest::newRow("unknown type")
            << edit(9, R"("type":"referral")", R"("type":"vehicle")") << 9 << "type"
            << "unknown record type 'vehicle'";
        QTest::newRow("missing required field")
            << edit(18, R"("title":"Review safety plan",)", "") << 18 << "title"
            << "is required";
        QTest::newRow("unknown safety answer")
            << edit(6, R"("voicemail_safety":"not_safe")", R"("voicemail_safety":"maybe")") << 6
            << "voicemail_safety"
            << "unknown code 'maybe'";
        QTest::newRow("safety answer against its flag")
            << edit(7, R"("letters_safety":"safe")", R"("letters_safety":"not_asked")") << 7
            << "letters_safety"
            << "but safe_letters is true";
        QTest::newRow("impossible postcode")
            << edit(6, R"("postcode":"LS1 1AA")", R"("postcode":"QQ1 1AA")") << 6 << "postcode"
            << "'QQ1 1AA' is not a UK postcode";
        QTest::newRow("unknown task kind")
            << edit(18, R"("kind":"next_contact")", R"("kind":"chore")") << 18 << "kind"
            << "unknown task kind";
        QTest::newRow("missing decided_by")
            << edit(8, R"("decided_by":"20000000-0000-4000-8000-000000000002")",
                    R"("decided_by":"20000000-0000-4000-8000-000000000003")")
            << 8 << "decided_by"
            << "no user";
        QTest::newRow("wrong JSON type")
            << edit(6, R"("interpreter_needed":true)", R"("interpreter_needed":"yes")") << 6
            << "interpreter_needed"
            << "true or false";
        QTest::newRow("fractional duration")
            << edit(17, R"("duration_minutes":15)", R"("duration_minutes":1.5)") << 17
            << "duration_minutes"
            << "whole number";
        QTest::newRow("missing reference")
            << edit(16, R"("person_id":"30000000-0000-4000-8000-000000000002")",
                    R"("person_id":"30000000-0000-4000-8000-000000000009")")
            << 16 << "person_id"
            << "no person with id 30000000-0000-4000-8000-000000000009";
        QTest::newRow("reference to a later line")
            << joinLines({all[0], all[3], all[1]}) << 2 << "team_id"
            << "no team";
        QTest::newRow("missing amended contact")
            << edit(15, R"("amends":"70000000-0000-4000-8000-000000000003")",
                    R"("amends":"70000000-0000-4000-8000-000000000009")")
            << 15 << "amends"
            << "no contact";
        QTest::newRow("amendment of an amendment")
            << edit(
                   16, R"("recorded_at":"2026-02-03T09:05:00Z")",
                   R"("recorded_at":"2026-02-03T09:05:00Z","amends":"70000000-0000-4000-8000-000000000001")")
            << 16 << "amends"
            << "itself an amendment";
        QTest::newRow("duplicate id") << edit(3, "000000000002", "000000000001") << 3 << "id"
                                      << "line 2 already has it";
        QTest::newRow("bad id") << edit(2, "10000000-0000-4000-8000-000000000001", "T1") << 2
                                << "id"
                                << "not a lower-case UUID";
        QByteArray truncated = joinLines(all);
        truncated.chop(60);
        QTest::newRow("truncated last line") << truncated << 19 << ""
                                             << "truncated";
        QTest::newRow("broken JSON mid-file")
            << edit(12, R"("accepted":true})", R"("accepted":tru})") << 12 << ""
            << "not valid JSON";
        QTest::newRow("not an object") << edit(13, all[12], "[1,2,3]") << 13 << ""
                                       << "not a JSON object";
        QTest::newRow("empty line") << edit(13, all[12], "") << 13 << ""
                                    << "empty";
        QTest::newRow("invalid UTF-8") << edit(7, "אברהם", "\xd7\x90\xff") << 7 << ""
                                       << "not valid UTF-8";
        QTest::newRow("BOM") << "\xEF\xBB\xBF" + joinLines(all) << 1 << ""
                             << "byte order mark";
        QTest::newRow("newer version")
            << edit(1, R"("version":3)", R"("version":4)") << 1 << "version"
            << "newer version";
        QTest::newRow("other format")
            << edit(1, "victims-hub-archive", "other-app") << 1 << "format"
            << "not a Victims' Hub archive";
        QTest::newRow("header missing") << joinLines(all.mid(1)) << 1 << "type"
                                        << "archive header";
        QTest::newRow("second header") << joinLines(all + QByteArrayList{all[0]}) << 20 << "type"
                                       << "second archive header";
        QTest::newRow("empty file") << QByteArray() << 1 << ""
                                    << "empty";
    }

    void badArchives()
    {
        QFETCH(QByteArray, archive);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, words);

        // Something already in the database, which a failed import must leave alone.
        const QByteArray existing = joinLines(
            {richLines()[0],
             R"({"type":"team","id":"90000000-0000-4000-8000-000000000001","name":"Existing"})"});
        QVERIFY(importBytes(db(), existing).ok());
        const QByteArray before = exportOf(db());
        QCOMPARE(before, existing);
        // No people yet, so the import takes the fast path that drops the secondary indexes
        // and builds them at the end: a failure must put them back as well.
        const QStringList schemaBefore = test::schemaOf(m_temp->path());

        const auto result = importBytes(db(), archive);
        QVERIFY(!result.ok());
        const auto &e = result.error();
        QCOMPARE(e.line, line);
        QCOMPARE(e.field, field);
        QVERIFY2(e.message.contains(words), qPrintable(e.describe()));
        QVERIFY2(e.describe().startsWith(QStringLiteral("line %1: ").arg(line)),
                 qPrintable(e.describe()));
        if (QByteArray(QTest::currentDataTag()) == "newer version")
            QCOMPARE(e.kind, Error::Kind::Version);
        QCOMPARE(exportOf(db()), before);
        QCOMPARE(test::schemaOf(m_temp->path()), schemaBefore);
    }

    void stringsSurviveByteForByte()
    {
        // 10,000 UTF-16 units, none of them half of a surrogate pair.
        QString summary;
        const QString piece = QStringLiteral("Zeugenaussage – ✓ é \"q\" \\ شكرا ");
        while (summary.size() < 10000)
            summary += piece;
        summary.truncate(10000);
        QByteArray summaryJson;
        archive::appendJsonString(summaryJson, summary);

        // Right-to-left mark, a combining accent, an emoji family (ZWJ), Hebrew, Arabic.
        const QByteArray tail = "rtl\xe2\x80\x8fmark e\xcc\x81 "
                                "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 עברית العربية";
        const QByteArray notesJson =
            "\"quote \\\" backslash \\\\ slash / nl \\n cr \\r tab \\t bs \\b ff \\f "
            "bell \\u0001\\u0007\\u001b\\u001f del \x7f " +
            tail + '"';
        const QString notes = QStringLiteral("quote \" backslash \\ slash / nl \n cr \r tab \t "
                                             "bs \b ff \f bell \x01\x07\x1b\x1f del \x7f ") +
                              QString::fromUtf8(tail);

        auto lines = richLines();
        lines[5].replace(R"("Call after 6pm only.\nNever mention the case to her partner.")",
                         notesJson);
        lines[16].replace(R"("First call; safety plan agreed.")", summaryJson);
        const QByteArray input = joinLines(lines);
        QVERIFY(input.contains("\\u001b"));
        QVERIFY(input.size() > 10000);

        const auto result = importBytes(db(), input);
        QVERIFY2(result.ok(), qPrintable(result.error().describe()));
        QCOMPARE(exportOf(db()), input);

        const auto person = store::PersonRepository(db()).get(
            QStringLiteral("30000000-0000-4000-8000-000000000001"));
        QVERIFY(person.ok());
        QCOMPARE(person->contactNotes, notes);
        const auto other = store::PersonRepository(db()).get(
            QStringLiteral("30000000-0000-4000-8000-000000000002"));
        QCOMPARE(other->givenName, QString::fromUtf8("مريم"));
        QCOMPARE(other->familyName, QString::fromUtf8("אברהם"));
        const auto contact = store::ContactRepository(db()).get(
            QStringLiteral("70000000-0000-4000-8000-000000000003"));
        QVERIFY(contact.ok());
        QCOMPARE(contact->summary.size(), 10000);
        QCOMPARE(contact->summary, summary);
    }

    void escaperWritesMinimalJson()
    {
        QByteArray out;
        archive::appendJsonString(out,
                                  QStringLiteral("a\"b\\c\nd\te\x01 ") + QString::fromUtf8("ü😀/"));
        QCOMPARE(out, QByteArray("\"a\\\"b\\\\c\\nd\\te\\u0001 ") + "ü😀/\"");
    }

    void conflictingContent()
    {
        QVERIFY(importBytes(db(), joinLines(richLines())).ok());
        const QByteArray before = exportOf(db());

        const QByteArray renamed = edit(3, "Outreach", "Outreach East");
        auto result = importBytes(db(), renamed);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Conflict);
        QCOMPARE(result.error().line, 3);
        QCOMPARE(result.error().field, QStringLiteral("id"));
        QVERIFY(result.error().message.contains(
            QStringLiteral("10000000-0000-4000-8000-000000000002")));
        QCOMPARE(exportOf(db()), before);

        result = importBytes(db(), renamed, true);
        QVERIFY2(result.ok(), qPrintable(result.error().describe()));
        QCOMPARE(result->updated.total(), 1);
        QCOMPARE(result->updated[RecordType::Team], 1);
        QCOMPARE(result->unchanged.total(), 17);
        QCOMPARE(exportOf(db()), renamed);

        // A person and an episode can be replaced too (the episode's referral links move).
        const QByteArray episodeChanged =
            edit(11, R"("referral_ids":[])",
                 R"("referral_ids":["40000000-0000-4000-8000-000000000002"])");
        result = importBytes(db(), episodeChanged, true);
        QVERIFY2(result.ok(), qPrintable(result.error().describe()));
        QCOMPARE(result->updated[RecordType::Episode], 1);
        QCOMPARE(exportOf(db()), episodeChanged);

        // Contacts are append-only: never replaced.
        const QByteArray contactChanged =
            edit(16, R"("duration_minutes":0)", R"("duration_minutes":5)");
        const QByteArray beforeContact = exportOf(db());
        result = importBytes(db(), contactChanged, true);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Conflict);
        QCOMPARE(result.error().line, 16);
        QCOMPARE(result.error().field, QStringLiteral("id"));
        QVERIFY(result.error().message.contains(QStringLiteral("never replaced")));
        QCOMPARE(exportOf(db()), beforeContact);
    }

    // Only an administrator adds or changes users and teams, by import as in the app.
    void supervisorImportCannotMakeThemselvesAdmin()
    {
        loadTwoTeams();
        const auto before = exportOf(db());
        const auto supCentral = actorOf(kSupCentral, "supervisor", kCentral);
        auto lines = twoTeamsLines();
        QByteArray promoted = lines.at(19);
        promoted.replace(R"("role":"supervisor")", R"("role":"admin")");
        auto result = importAs(supCentral, archiveOf({promoted}));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Permission);
        QCOMPARE(result.error().line, 2);
        QVERIFY2(result.error().describe().startsWith(QStringLiteral("line 2")),
                 qPrintable(result.error().describe()));
        QVERIFY2(result.error().message.contains(QStringLiteral("manage users")),
                 qPrintable(result.error().message));
        QCOMPARE(exportOf(db()), before);

        // Nor a new user, nor a renamed or new team; unchanged rows are fine.
        const QByteArray newUser =
            R"({"type":"user","id":"20000000-0000-4000-8000-000000000009","username":"extra","display_name":"Extra","role":"admin","active":true})";
        result = importAs(supCentral, archiveOf({lines.at(1), newUser}));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().line, 3);
        QByteArray renamed = lines.at(2);
        renamed.replace("Outreach North", "Ours Now");
        result = importAs(supCentral, archiveOf({lines.at(1), renamed}));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().line, 3);
        QVERIFY2(result.error().message.contains(QStringLiteral("settings")),
                 qPrintable(result.error().message));
        QCOMPARE(exportOf(db()), before);
        result = importAs(supCentral, archiveOf({lines.at(1), lines.at(19)}));
        QVERIFY2(result.ok(), qPrintable(result.error().describe()));
        QCOMPARE(result->unchanged.total(), 2);

        // An administrator imports everything, as before.
        result = importAs(actorOf(kAdmin, "admin"), archiveOf({promoted, renamed}));
        QVERIFY2(result.ok(), qPrintable(result.error().describe()));
        QCOMPARE(result->updated.total(), 2);
    }

    // A team's supervisor touches only their team's (or unassigned) people: anything else
    // refuses the whole archive, naming the line, and nothing is kept.
    void supervisorImportOfAnotherTeamsPersonRefusedWholeArchive()
    {
        loadTwoTeams();
        const auto before = exportOf(db());
        const auto supNorth = actorOf(kSupNorth, "supervisor", kNorth);
        const auto lines = twoTeamsLines();
        QByteArray newPerson = lines.at(23);
        newPerson.replace("30000000-0000-4000-8000-000000000003",
                          "30000000-0000-4000-8000-000000000009");
        QByteArray renamed = lines.at(6); // Central Hub's person, not restricted
        renamed.replace("\"given_name\":\"مريم\"", "\"given_name\":\"Renamed\"");
        auto result = importAs(supNorth, archiveOf({newPerson, renamed}));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Permission);
        QCOMPARE(result.error().line, 3);
        QVERIFY2(result.error().message.contains(
                     QStringLiteral("30000000-0000-4000-8000-000000000002")) &&
                     result.error().message.contains(QStringLiteral("another team")),
                 qPrintable(result.error().message));
        QCOMPARE(exportOf(db()), before);

        // Adding to a restricted person of another team: a contact, never an overwrite.
        QByteArray contact = lines.at(15);
        contact.replace("70000000-0000-4000-8000-000000000002",
                        "70000000-0000-4000-8000-000000000009");
        contact.replace("30000000-0000-4000-8000-000000000002",
                        "30000000-0000-4000-8000-000000000001");
        result = importAs(supNorth, archiveOf({contact}), false);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().line, 2);
        QCOMPARE(result.error().kind, Error::Kind::Permission);
        QCOMPARE(exportOf(db()), before);

        // The same archive from their own team's supervisor goes in.
        result = importAs(actorOf(kSupCentral, "supervisor", kCentral),
                          archiveOf({newPerson, renamed, contact}));
        QVERIFY2(result.ok(), qPrintable(result.error().describe()));
        QCOMPARE(result->inserted.total(), 2);
        QCOMPARE(result->updated.total(), 1);
    }

    // Scope as the import leaves it counts too: a supervisor cannot bring in a person held
    // by another team's worker.
    void supervisorImportCannotHandAPersonToAnotherTeam()
    {
        loadTwoTeams();
        const auto before = exportOf(db());
        const auto lines = twoTeamsLines();
        QByteArray person = lines.at(23);
        QByteArray referral = lines.at(24);
        for (auto *line : {&person, &referral})
            line->replace("30000000-0000-4000-8000-000000000003",
                          "30000000-0000-4000-8000-000000000009");
        referral.replace("40000000-0000-4000-8000-000000000003",
                         "40000000-0000-4000-8000-000000000009");
        auto result =
            importAs(actorOf(kSupCentral, "supervisor", kCentral), archiveOf({person, referral}));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Permission);
        QCOMPARE(result.error().line, 2);
        QCOMPARE(exportOf(db()), before);
        result = importAs(actorOf(kSupNorth, "supervisor", kNorth), archiveOf({person, referral}));
        QVERIFY2(result.ok(), qPrintable(result.error().describe()));
    }

    // A team's supervisor exports their team's people only (restricted ones of other teams
    // included in "others"), with every team and user so that it imports again anywhere;
    // a supervisor with no team exports the whole hub.
    void supervisorExportHoldsOnlyTheirTeam()
    {
        loadTwoTeams();
        const QByteArray everything = exportOf(db());
        const auto north = exportAs(actorOf(kSupNorth, "supervisor", kNorth));
        const auto central = exportAs(actorOf(kSupCentral, "supervisor", kCentral));
        QVERIFY2(north.startsWith("{\"type\":\"archive\""), north.constData());
        QVERIFY(north.contains(kNorthPerson));
        QVERIFY(north.contains("40000000-0000-4000-8000-000000000003"));
        for (const char *other :
             {"30000000-0000-4000-8000-000000000001", "30000000-0000-4000-8000-000000000002",
              "Kowalczyk", "40000000-0000-4000-8000-000000000001",
              "50000000-0000-4000-8000-000000000002", "60000000-0000-4000-8000-000000000001",
              "70000000-0000-4000-8000-000000000003", "80000000-0000-4000-8000-000000000001",
              "80000000-0000-4000-8000-000000000002"})
            QVERIFY2(!north.contains(other), other);
        QVERIFY(north.contains("\"username\":\"amira\"") && north.contains("Central Hub"));
        QVERIFY(!central.contains(kNorthPerson));
        QVERIFY(central.contains("Kowalczyk") &&
                central.contains("60000000-0000-4000-8000-000000000003") &&
                central.contains("80000000-0000-4000-8000-000000000001"));
        QCOMPARE(exportAs(actorOf("20000000-0000-4000-8000-000000000002", "supervisor")),
                 everything);

        // The team's archive imports into an empty database as it is.
        test::TempDatabase other;
        QVERIFY(other.ok());
        const auto again = importBytes(other.db(), north);
        QVERIFY2(again.ok(), qPrintable(again.error().describe()));
        QCOMPARE(again->inserted[RecordType::Person], 1);
        QCOMPARE(exportOf(other.db()), north);
    }

    // Each archive record type is a synced kind: what an import writes goes through the
    // kind's outbox triggers, and the kind says whether it belongs to a person.
    void everyArchiveTypeIsASyncedKind()
    {
        for (int i = 0; i < archive::kRecordTypeCount; ++i) {
            const auto name = archive::typeName(static_cast<RecordType>(i));
            const auto *kind = sync::kindOfArchiveType(name);
            QVERIFY2(kind, name.data());
            const bool shared = name == QLatin1String("team") || name == QLatin1String("user") ||
                                name == QLatin1String("referral_profile");
            QCOMPARE(kind->personSql.isEmpty(), shared);
        }
        int archived = 0;
        for (const auto &k : sync::recordKinds())
            archived += k.archiveType.isEmpty() ? 0 : 1;
        QCOMPARE(archived, archive::kRecordTypeCount);
    }

    void offsetsBecomeUtc()
    {
        auto lines = richLines();
        lines[5].replace("2026-01-15T09:30:00Z", "2026-01-15T10:30:00+01:00");
        lines[6].replace("2026-02-01T00:00:00Z", "2026-01-31T19:00:00.750-05:00");
        lines[7].replace("2026-01-15T09:00:00Z", "2026-01-15T09:00:00z");
        QVERIFY(importBytes(db(), joinLines(lines)).ok());
        QCOMPARE(exportOf(db()), joinLines(richLines()));
    }

    void roundTripDatasetS()
    {
        demo::DemoOptions options;
        options.people = 6000;
        options.months = 12;
        options.seed = 1;
        const auto generated = demo::generate(db(), options);
        QVERIFY2(generated.ok(), qPrintable(generated.error().describe()));

        QElapsedTimer timer;
        timer.start();
        archive::ExportCounts counts;
        const QByteArray first = exportOf(db(), &counts);
        const auto exportMs = timer.elapsed();
        QVERIFY(first.startsWith("{\"type\":\"archive\""));
        // The caseload's 6,000 people and the 30 records merged into them (one in 200).
        QCOMPARE(counts[RecordType::Person], 6030);
        QCOMPARE(counts[RecordType::PersonMerge], 30);
        QCOMPARE(counts[RecordType::ReferralProfile], 1);
        QCOMPARE(counts[RecordType::Contact], generated->contacts);

        test::TempDatabase other;
        QVERIFY(other.ok());
        timer.restart();
        const auto imported = importBytes(other.db(), first);
        const auto importMs = timer.elapsed();
        QVERIFY2(imported.ok(), qPrintable(imported.error().describe()));
        QCOMPARE(imported->inserted, counts);
        const QByteArray second = exportOf(other.db());
        QVERIFY(first == second); // QCOMPARE would print megabytes
        // The bulk load built the deferred indexes again: the same schema as a fresh file.
        QCOMPARE(test::schemaOf(other.path()), test::schemaOf(m_temp->path()));
        qInfo("dataset S: %d records, %lld bytes; export %lld ms, import %lld ms", counts.total(),
              static_cast<long long>(first.size()), static_cast<long long>(exportMs),
              static_cast<long long>(importMs));
    }
};

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
