#include "ServiceFixtures.h"
#include "archive/ArchiveReader.h"
#include "domain/PhoneNumber.h"
#include "domain/ReferenceData.h"
#include "domain/Validator.h"
#include "services/CaseService.h"
#include "services/ErasureService.h"
#include "store/Migrations.h"
#include "sync/RecordKinds.h"

#include <QBuffer>
#include <QtTest>

using namespace hub;

// Phone numbers (issue 14 point 2): normalised to E.164 with libphonenumber, kept as typed,
// found in any format and by their last digits, refused with words when not a number, and
// blanked by erasure.
class TestPhoneNumbers : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> f;
    domain::Actor m_supervisor;

    QString e164Of(const QString &personId)
    {
        QSqlQuery q(f->db().connection());
        q.prepare(QStringLiteral("SELECT phone_e164 FROM person WHERE id = ?"));
        q.addBindValue(personId);
        if (!q.exec() || !q.next())
            qFatal("no such person");
        return q.value(0).isNull() ? QStringLiteral("<null>") : q.value(0).toString();
    }

    QStringList found(const QString &text)
    {
        services::CaseService cases(f->db(), f->clock);
        auto rows = cases.search(m_supervisor, text, 50);
        if (!rows.ok())
            qFatal("search failed: %s", qPrintable(rows.error().describe()));
        QStringList out;
        for (const auto &p : rows.value())
            out << p.familyName;
        out.sort();
        return out;
    }

    QString addWithPhone(const QString &family, const QString &phone)
    {
        auto p = f->person(QStringLiteral("Robin"), family);
        p.phone = phone;
        return f->addPerson(p);
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<test::ServiceFixture>(test::utc("2026-06-10T10:00:00Z"));
        QVERIFY(f->tmp.ok());
        m_supervisor = f->addUser(QStringLiteral("sup"), QStringLiteral("supervisor"));
    }
    void cleanup() { f.reset(); }

    void parsesEveryUsualFormatToOneNumber()
    {
        using domain::PhoneNumber;
        for (const auto *typed : {"07700 900642", "+44 7700 900642", "7700900642",
                                  "(07700) 900-642", "+44 (0)7700 900642", "0044 7700 900642"})
            QCOMPARE(PhoneNumber::toE164(QString::fromLatin1(typed)),
                     QStringLiteral("+447700900642"));
        QCOMPARE(PhoneNumber::toE164(QStringLiteral("020 7946 0123")),
                 QStringLiteral("+442079460123"));
        QCOMPARE(PhoneNumber::toE164(QStringLiteral("+33 1 23 45 67 89")),
                 QStringLiteral("+33123456789"));
        QCOMPARE(PhoneNumber::parse(QStringLiteral("07700 90")).problem,
                 PhoneNumber::Problem::TooShort);
        QCOMPARE(PhoneNumber::parse(QStringLiteral("call Ann")).problem,
                 PhoneNumber::Problem::NotANumber);
        QCOMPARE(PhoneNumber::parse(QStringLiteral("077009006421234")).problem,
                 PhoneNumber::Problem::TooLong);
        QCOMPARE(PhoneNumber::parse(QStringLiteral("  ")).problem, PhoneNumber::Problem::Empty);
        QVERIFY(PhoneNumber::check(QStringLiteral("phone"), QString()).ok());
    }

    void anInvalidNumberIsRefusedWithTheFieldAndTheTypedText()
    {
        const domain::Validator validator(domain::ReferenceData::builtin(), QDate(2026, 6, 10));
        auto p = f->person(QStringLiteral("Robin"), QStringLiteral("Hale"));
        p.phone = QStringLiteral("07700 90");
        const auto s = validator.person(p);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("phone"));
        QVERIFY2(s.error().message.contains(QStringLiteral("\u201c07700 90\u201d")),
                 qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QStringLiteral("too few digits")));
    }

    void searchFindsANumberInAnyFormatAndByItsLastDigits()
    {
        addWithPhone(QStringLiteral("Hale"), QStringLiteral("07700 900642"));
        addWithPhone(QStringLiteral("Moss"), QStringLiteral("+44 7700 900311"));
        addWithPhone(QStringLiteral("Reid"), QStringLiteral("020 7946 0642"));
        const QStringList hale{QStringLiteral("Hale")};
        QCOMPARE(found(QStringLiteral("07700 900642")), hale);
        QCOMPARE(found(QStringLiteral("+44 7700 900642")), hale);
        QCOMPARE(found(QStringLiteral("7700900642")), hale);
        QCOMPARE(found(QStringLiteral("+447700900642")), hale);
        QCOMPARE(found(QStringLiteral("900642")), hale);
        // The last four digits: every number ending so.
        QCOMPARE(found(QStringLiteral("0642")),
                 (QStringList{QStringLiteral("Hale"), QStringLiteral("Reid")}));
        // A number stored with +44 is found as a caseworker reads it back.
        QCOMPARE(found(QStringLiteral("07700 900311")), QStringList{QStringLiteral("Moss")});
        QCOMPARE(found(QStringLiteral("0311")), QStringList{QStringLiteral("Moss")});
        QVERIFY(found(QStringLiteral("0643")).isEmpty());
        // The start of a number as typed still finds it, and names are unaffected.
        QCOMPARE(found(QStringLiteral("07700 9006")), hale);
        QCOMPARE(found(QStringLiteral("Hale")), hale);
        // The number shows as it was typed.
        services::CaseService cases(f->db(), f->clock);
        QCOMPARE(cases.search(m_supervisor, QStringLiteral("0311")).value().first().phone,
                 QStringLiteral("+44 7700 900311"));
    }

    void aNumberChangedByAnyWriterIsFoundByItsNewForm()
    {
        const auto id = addWithPhone(QStringLiteral("Hale"), QStringLiteral("07700 900642"));
        QCOMPARE(found(QStringLiteral("+44 7700 900642")), QStringList{QStringLiteral("Hale")});
        QCOMPARE(e164Of(id), QStringLiteral("+447700900642"));
        // As sync or an import would write it: the number only, in SQL.
        QSqlQuery q(f->db().connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE person SET phone = '07700 900111' WHERE id = '%1'").arg(id)));
        QCOMPARE(e164Of(id), QStringLiteral("<null>"));
        QVERIFY(found(QStringLiteral("+44 7700 900642")).isEmpty());
        QCOMPARE(found(QStringLiteral("+44 7700 900111")), QStringList{QStringLiteral("Hale")});
        QCOMPARE(e164Of(id), QStringLiteral("+447700900111"));
        // Working the number out queues nothing for the hub: the column is never sent.
        QVERIFY(!sync::recordKind(QStringLiteral("person"))->skip.isEmpty());
        QVERIFY(sync::recordKind(QStringLiteral("person"))
                    ->skip.contains(QStringLiteral("phone_e164")));
    }

    void migrationElevenFillsTheNumbersAlreadyOnFile()
    {
        const auto path = f->tmp.file(QStringLiteral("v10.db"));
        {
            auto db = store::Database::open(path, store::Database::Migrate::No);
            QVERIFY(db.ok());
            QVERIFY(db.value()->migrateTo(10).ok());
            QVERIFY(db.value()
                        ->exec(QStringLiteral(
                            "INSERT INTO person (id, given_name, family_name, gender, "
                            "ethnic_group, disability, first_language, interpreter_needed, "
                            "phone, safe_voicemail, safe_letters, safe_text, restricted, "
                            "created_at) VALUES ('0b9e7c1e-0000-4000-8000-000000000001', "
                            "'Robin', 'Hale', 'not_stated', 'not_stated', 'not_stated', 'en', 0, "
                            "'+44 7700 900642', 1, 1, 1, 0, '2026-01-05T09:00:00Z')"))
                        .ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")) && q.next());
            const int queued = q.value(0).toInt();
            q.finish();
            QVERIFY(db.value()->migrateTo(11).ok());
            QVERIFY(q.exec(QStringLiteral("SELECT phone, phone_e164 FROM person")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("+44 7700 900642"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("+447700900642"));
            // Filling the column queued nothing for the hub.
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")) && q.next());
            QCOMPARE(q.value(0).toInt(), queued);
        }
    }

    void anArchiveWithAnInvalidNumberIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("phoneField");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("too few digits")
            << QByteArray(R"("phone":"07700 90")") << QStringLiteral("phone")
            << QStringLiteral("\u201c07700 90\u201d has too few digits for a phone number");
        QTest::newRow("letters") << QByteArray(R"("phone":"ring her sister")")
                                 << QStringLiteral("phone")
                                 << QStringLiteral("is not a phone number");
        QTest::newRow("E.164 form given")
            << QByteArray(R"("phone":"07700 900642","phone_e164":"+447700900999")")
            << QStringLiteral("phone_e164") << QStringLiteral("unknown field");
    }

    void anArchiveWithAnInvalidNumberIsRefusedAndChangesNothing()
    {
        QFETCH(QByteArray, phoneField);
        QFETCH(QString, field);
        QFETCH(QString, words);
        const auto before = addWithPhone(QStringLiteral("Hale"), QStringLiteral("07700 900642"));
        QBuffer buffer;
        buffer.setData(
            QByteArray(R"({"type":"archive","format":"victims-hub-archive","version":1})") + "\n" +
            R"({"type":"person","id":"30000000-0000-4000-8000-000000000001","given_name":"Robin","family_name":"Moss","gender":"female","ethnic_group":"white","disability":"no","first_language":"en","interpreter_needed":false,)" +
            phoneField +
            R"(,"safe_voicemail":true,"safe_letters":true,"safe_text":true,"restricted":false,"created_at":"2026-01-15T09:30:00Z"})" +
            "\n");
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        archive::ImportOptions options;
        options.today = QDate(2026, 6, 10);
        const auto result = archive::importArchive(f->db(), buffer, options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().line, 2);
        QCOMPARE(result.error().field, field);
        QVERIFY2(result.error().message.contains(words), qPrintable(result.error().describe()));
        // Nothing changed: the person on file is the only one, found by their number.
        QCOMPARE(found(QStringLiteral("Moss")), QStringList());
        QCOMPARE(found(QStringLiteral("0642")), QStringList{QStringLiteral("Hale")});
        QCOMPARE(e164Of(before), QStringLiteral("+447700900642"));
    }

    void erasureBlanksTheNormalisedNumber()
    {
        const auto id = addWithPhone(QStringLiteral("Hale"), QStringLiteral("07700 900642"));
        QCOMPARE(found(QStringLiteral("0642")), QStringList{QStringLiteral("Hale")});
        QCOMPARE(e164Of(id), QStringLiteral("+447700900642"));
        const auto admin = f->addUser(QStringLiteral("admin"), QStringLiteral("admin"));
        const auto s = services::ErasureService(f->ctx).erase(
            admin, {id, QDate(), QStringLiteral("Asked by letter")});
        QVERIFY2(s.ok(), qPrintable(s.error().describe()));
        QCOMPARE(e164Of(id), QStringLiteral("<null>"));
        QVERIFY(found(QStringLiteral("0642")).isEmpty());
        QVERIFY(found(QStringLiteral("07700 900642")).isEmpty());
        // Nothing left anywhere on the desk holds the number.
        QSqlQuery q(f->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM person WHERE phone_e164 LIKE "
                                      "'%900642' OR phone LIKE '%900642'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
