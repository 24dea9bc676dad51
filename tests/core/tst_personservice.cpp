#include "ServiceFixtures.h"
#include "services/PersonService.h"

#include <QSignalSpy>

using namespace hub;

class TestPersonService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> m_fx;
    domain::Actor m_worker;
    domain::Person m_person;

    domain::Person stored()
    {
        auto p = store::PersonRepository(m_fx->db()).get(m_person.id);
        if (!p.ok())
            qFatal("person vanished");
        return p.value();
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<test::ServiceFixture>(test::utc("2026-06-10T10:00:00Z"));
        m_worker = m_fx->addUser(QStringLiteral("cw1"));
        m_person = m_fx->person(QStringLiteral("Ewa"), QStringLiteral("Nowak"));
        m_person.dateOfBirth = test::date("1980-04-02");
        m_fx->addPerson(m_person);
    }

    void cleanup() { m_fx.reset(); }

    void savesAValidEdit()
    {
        QSignalSpy changed(&m_fx->notifier, &services::ChangeNotifier::changed);
        auto edited = m_person;
        edited.familyName = QStringLiteral("Nowak-Smith");
        edited.safeVoicemail = domain::ContactSafety::NotSafe;
        edited.safeTimes = QStringLiteral("weekdays 10:00-12:00");
        edited.postcode = QStringLiteral(" pe1 1ab ");
        edited.createdAt = test::utc("2030-01-01T00:00:00Z"); // not the editor's to change
        auto saved = services::PersonService(m_fx->ctx).update(m_worker, edited);
        QVERIFY2(saved.ok(), qPrintable(saved.error().describe()));

        const auto now = stored();
        QCOMPARE(now.familyName, QStringLiteral("Nowak-Smith"));
        QCOMPARE(now.safeVoicemail, domain::ContactSafety::NotSafe);
        QCOMPARE(now.safeTimes, QStringLiteral("weekdays 10:00-12:00"));
        QCOMPARE(now.postcode, QStringLiteral("PE1 1AB"));
        QCOMPARE(now.createdAt, m_person.createdAt);
        QCOMPARE(saved.value(), now);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<services::ChangeNotifier::Kind>(),
                 services::ChangeNotifier::Kind::Person);
        QCOMPARE(changed.at(0).at(2).toString(), m_person.id);
    }

    void refusesBadInputNamingTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QDate>("dob");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("email");
        const QDate ok = test::date("1980-04-02");
        QTest::newRow("future date of birth")
            << QStringLiteral("date_of_birth") << test::date("2026-06-11")
            << QStringLiteral("Nowak") << QString();
        QTest::newRow("empty family name")
            << QStringLiteral("family_name") << ok << QString() << QString();
        QTest::newRow("blank family name")
            << QStringLiteral("family_name") << ok << QStringLiteral("   ") << QString();
        QTest::newRow("email without @") << QStringLiteral("email") << ok << QStringLiteral("Nowak")
                                         << QStringLiteral("ewa.example.org");
    }

    void refusesBadInputNamingTheField()
    {
        QFETCH(QString, field);
        QFETCH(QDate, dob);
        QFETCH(QString, family);
        QFETCH(QString, email);
        QSignalSpy changed(&m_fx->notifier, &services::ChangeNotifier::changed);
        const auto before = m_fx->rawRow("person", m_person.id);
        auto edited = m_person;
        edited.dateOfBirth = dob;
        edited.familyName = family;
        edited.email = email;
        edited.givenName = QStringLiteral("Changed");
        auto saved = services::PersonService(m_fx->ctx).update(m_worker, edited);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Error::Kind::Invalid);
        QCOMPARE(saved.error().field, field);
        QCOMPARE(m_fx->rawRow("person", m_person.id), before);
        QCOMPARE(changed.size(), 0);
    }

    void refusesAnUnknownPerson()
    {
        auto edited = m_person;
        edited.id = util::newId();
        auto saved = services::PersonService(m_fx->ctx).update(m_worker, edited);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Error::Kind::NotFound);
        QCOMPARE(m_fx->count("person"), 1);
    }

    // An edit made while another program holds the database's write lock: one clear error,
    // and neither the edit nor an audit event is saved, even once the other program has let
    // go (before the fix the edit went through on its own, with no audit event).
    void aBusyDatabaseSavesNothing()
    {
        auto edited = m_person;
        edited.phone = QStringLiteral("07700 900765");
        const auto before = m_fx->rawRow("person", m_person.id);
        const int events = m_fx->count("audit_event");
        auto saved = m_fx->whileLockedElsewhere(
            [&] { return services::PersonService(m_fx->ctx).update(m_worker, edited); });
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.startsWith(QLatin1String("nothing was saved")),
                 qPrintable(saved.error().describe()));
        QCOMPARE(m_fx->rawRow("person", m_person.id), before);
        QCOMPARE(m_fx->count("audit_event"), events);
    }

    void needsAUser()
    {
        auto saved = services::PersonService(m_fx->ctx).update(domain::Actor::system(), m_person);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Error::Kind::Permission);
    }
};

QTEST_GUILESS_MAIN(TestPersonService)
#include "tst_personservice.moc"
