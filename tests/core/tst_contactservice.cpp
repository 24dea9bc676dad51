#include "ServiceFixtures.h"
#include "services/ContactService.h"

#include <QtTest>

#include <algorithm>
#include <memory>

using hub::domain::Contact;
using hub::domain::ContactSafety;
using hub::domain::Person;
using hub::services::ContactService;
using hub::test::date;
using hub::test::utc;

// Contacts are legal records: these tests check that nothing written can be changed, that
// a contact a safety flag speaks against is never logged silently, and that bad input is
// refused with the field named and nothing written.
class TestContactService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<hub::test::ServiceFixture> f;
    hub::domain::Actor worker;
    QString personId;
    QString referralId;

    // Mon 8 June 2026, 10:00 BST.
    static QDateTime now() { return utc("2026-06-08T09:00:00Z"); }

    Contact draft(const QString &direction = QStringLiteral("outbound"),
                  const QString &channel = QStringLiteral("phone"),
                  const QString &outcome = QStringLiteral("spoke"))
    {
        Contact c;
        c.personId = personId;
        c.referralId = referralId;
        c.at = utc("2026-06-08T08:45:00Z");
        c.direction = direction;
        c.channel = channel;
        c.outcome = outcome;
        c.durationMinutes = 12;
        c.summary = QStringLiteral("Introduced the hub; agreed to call again on Thursday.");
        return c;
    }

    QString referralStatus()
    {
        auto r = hub::store::ReferralRepository(f->db()).get(referralId);
        return r.ok() ? r->status : QStringLiteral("<missing>");
    }

    static QStringList flagsOf(const QVector<hub::services::SafetyWarning> &warnings)
    {
        QStringList out;
        for (const auto &w : warnings)
            out << w.flag;
        out.sort();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<hub::test::ServiceFixture>(now());
        QVERIFY2(f->tmp.ok(), qPrintable(f->tmp.errorText()));
        worker = f->addUser(QStringLiteral("cw.one"));
        Person p = f->person(QStringLiteral("Dana"), QStringLiteral("Okafor"));
        p.safeVoicemail = ContactSafety::NotSafe; // the one flag that matters for a voicemail
        p.phone = QStringLiteral("07700 900456");
        personId = f->addPerson(p);
        referralId = f->addReferral(f->referral(personId, utc("2026-06-05T14:00:00Z")));
    }

    void cleanup() { f.reset(); }

    void safetyWarnings_data()
    {
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<bool>("safeVoicemail");
        QTest::addColumn<bool>("safeLetters");
        QTest::addColumn<bool>("safeText");
        QTest::addColumn<QStringList>("expected");

        const QString out = QStringLiteral("outbound");
        const QString in = QStringLiteral("inbound");
        const QString vm = QStringLiteral("safe_voicemail");
        const QString letters = QStringLiteral("safe_letters");
        const QString text = QStringLiteral("safe_text");
        const auto row = [](const char *name) {
            return &QTest::newRow(name);
        };

        // Voicemail: only leaving one matters, whatever the other flags say.
        *row("voicemail left, voicemail unsafe")
            << out << QStringLiteral("phone") << QStringLiteral("voicemail_left") << false << true
            << true << QStringList{vm};
        *row("voicemail left, all unsafe: only voicemail")
            << out << QStringLiteral("phone") << QStringLiteral("voicemail_left") << false << false
            << false << QStringList{vm};
        *row("voicemail left, all safe")
            << out << QStringLiteral("phone") << QStringLiteral("voicemail_left") << true << true
            << true << QStringList{};
        *row("voicemail left, letters and text unsafe")
            << out << QStringLiteral("phone") << QStringLiteral("voicemail_left") << true << false
            << false << QStringList{};
        *row("spoke by phone, voicemail unsafe")
            << out << QStringLiteral("phone") << QStringLiteral("spoke") << false << true << true
            << QStringList{};
        *row("no answer, voicemail unsafe")
            << out << QStringLiteral("phone") << QStringLiteral("no_answer") << false << true
            << true << QStringList{};
        *row("wrong number, voicemail unsafe")
            << out << QStringLiteral("phone") << QStringLiteral("wrong_number") << false << true
            << true << QStringList{};
        *row("video call voicemail, voicemail unsafe")
            << out << QStringLiteral("video") << QStringLiteral("voicemail_left") << false << true
            << true << QStringList{vm};

        // Letters: the channel or the outcome says a letter went.
        *row("letter sent, letters unsafe")
            << out << QStringLiteral("letter") << QStringLiteral("letter_sent") << true << false
            << true << QStringList{letters};
        *row("letter sent, all unsafe: only letters")
            << out << QStringLiteral("letter") << QStringLiteral("letter_sent") << false << false
            << false << QStringList{letters};
        *row("letter sent, voicemail and text unsafe")
            << out << QStringLiteral("letter") << QStringLiteral("letter_sent") << false << true
            << false << QStringList{};
        *row("letter channel, other outcome, letters unsafe")
            << out << QStringLiteral("letter") << QStringLiteral("message_sent") << true << false
            << true << QStringList{letters};
        *row("letter sent after a visit, letters unsafe")
            << out << QStringLiteral("face_to_face") << QStringLiteral("letter_sent") << true
            << false << true << QStringList{letters};

        // Texts: any outbound SMS.
        *row("sms sent, text unsafe")
            << out << QStringLiteral("sms") << QStringLiteral("message_sent") << true << true
            << false << QStringList{text};
        *row("sms sent, all unsafe: only text")
            << out << QStringLiteral("sms") << QStringLiteral("message_sent") << false << false
            << false << QStringList{text};
        *row("sms sent, voicemail and letters unsafe")
            << out << QStringLiteral("sms") << QStringLiteral("message_sent") << false << false
            << true << QStringList{};
        *row("sms sent, all safe") << out << QStringLiteral("sms") << QStringLiteral("message_sent")
                                   << true << true << true << QStringList{};

        // Channels no flag covers.
        *row("email, all unsafe") << out << QStringLiteral("email")
                                  << QStringLiteral("message_sent") << false << false << false
                                  << QStringList{};
        *row("visit, all unsafe") << out << QStringLiteral("face_to_face")
                                  << QStringLiteral("spoke") << false << false << false
                                  << QStringList{};
        *row("phone spoke, all unsafe") << out << QStringLiteral("phone") << QStringLiteral("spoke")
                                        << false << false << false << QStringList{};

        // Inbound never warns: the person reached the hub themselves.
        *row("inbound voicemail, all unsafe")
            << in << QStringLiteral("phone") << QStringLiteral("voicemail_left") << false << false
            << false << QStringList{};
        *row("inbound letter, all unsafe")
            << in << QStringLiteral("letter") << QStringLiteral("letter_sent") << false << false
            << false << QStringList{};
        *row("inbound sms, all unsafe")
            << in << QStringLiteral("sms") << QStringLiteral("message_sent") << false << false
            << false << QStringList{};
        *row("inbound call, all unsafe") << in << QStringLiteral("phone") << QStringLiteral("spoke")
                                         << false << false << false << QStringList{};
    }

    void safetyWarnings()
    {
        QFETCH(QString, direction);
        QFETCH(QString, channel);
        QFETCH(QString, outcome);
        QFETCH(bool, safeVoicemail);
        QFETCH(bool, safeLetters);
        QFETCH(bool, safeText);
        QFETCH(QStringList, expected);

        Person p = f->person(QStringLiteral("Ruth"), QStringLiteral("Adeyemi"));
        p.safeVoicemail = hub::test::safeIf(safeVoicemail);
        p.safeLetters = hub::test::safeIf(safeLetters);
        p.safeText = hub::test::safeIf(safeText);
        const auto warnings = ContactService::safetyWarnings(p, direction, channel, outcome);
        expected.sort();
        QCOMPARE(flagsOf(warnings), expected);
        for (const auto &w : warnings) {
            // The dialog shows the words; they must name whom they are about.
            QVERIFY2(w.message.contains(QStringLiteral("Ruth")), qPrintable(w.message));
        }
    }

    void warnedContactNeedsOverrideReason()
    {
        ContactService service(f->ctx);
        QSignalSpy changed(&f->notifier, &hub::services::ChangeNotifier::changed);

        auto refused =
            service.log(worker, draft(QStringLiteral("outbound"), QStringLiteral("phone"),
                                      QStringLiteral("voicemail_left")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("safety_override"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("voicemail")),
                 qPrintable(refused.error().message));
        QCOMPARE(f->count("contact"), 0);
        QCOMPARE(referralStatus(), QStringLiteral("new"));
        QCOMPARE(changed.count(), 0);

        // Blank is no reason.
        auto blank = service.log(worker,
                                 draft(QStringLiteral("outbound"), QStringLiteral("phone"),
                                       QStringLiteral("voicemail_left")),
                                 QStringLiteral("   \t"));
        QVERIFY(!blank.ok());
        QCOMPARE(blank.error().field, QStringLiteral("safety_override"));
        QCOMPARE(f->count("contact"), 0);

        auto logged =
            service.log(worker,
                        draft(QStringLiteral("outbound"), QStringLiteral("phone"),
                              QStringLiteral("voicemail_left")),
                        QStringLiteral("  She asked today for a message on this number  "));
        QVERIFY2(logged.ok(), qPrintable(logged.error().describe()));
        QCOMPARE(f->count("contact"), 1);
        auto stored = hub::store::ContactRepository(f->db()).get(logged->id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->safetyOverride,
                 QStringLiteral("She asked today for a message on this number"));
        QCOMPARE(stored.value(), logged.value());
        QCOMPARE(stored->recordedBy, worker.userId);
        QCOMPARE(stored->recordedAt, now());
        QVERIFY(stored->amends.isEmpty());
        QVERIFY(changed.count() >= 1);
    }

    void contactWithoutSummaryIsLogged_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::newRow("never typed (null)") << QString();
        QTest::newRow("typed and cleared (empty)") << QStringLiteral("");
        QTest::newRow("only spaces") << QStringLiteral("   ");
    }

    // "No answer" is the most common quick log, and nobody types a summary for it.
    void contactWithoutSummaryIsLogged()
    {
        QFETCH(QString, summary);
        ContactService service(f->ctx);
        Contact c =
            draft(QStringLiteral("outbound"), QStringLiteral("phone"), QStringLiteral("no_answer"));
        c.durationMinutes = 0;
        c.summary = summary;
        auto logged = service.log(worker, c);
        QVERIFY2(logged.ok(), qPrintable(logged.error().describe()));
        QCOMPARE(f->count("contact"), 1);
        auto stored = hub::store::ContactRepository(f->db()).get(logged->id);
        QVERIFY(stored.ok());
        QVERIFY(stored->summary.isEmpty());
        QCOMPARE(referralStatus(), QStringLiteral("contact_attempted"));
    }

    void overrideReasonIsNotKeptWhenNothingWarned()
    {
        ContactService service(f->ctx);
        auto logged = service.log(worker, draft(), QStringLiteral("not needed"));
        QVERIFY2(logged.ok(), qPrintable(logged.error().describe()));
        auto stored = hub::store::ContactRepository(f->db()).get(logged->id);
        QVERIFY(stored.ok());
        QVERIFY(stored->safetyOverride.isEmpty());
    }

    void logWithoutUserIsRefused()
    {
        ContactService service(f->ctx);
        hub::domain::Actor nobody = hub::domain::Actor::system();
        auto refused = service.log(nobody, draft());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, hub::Error::Kind::Permission);
        QCOMPARE(f->count("contact"), 0);
        QCOMPARE(referralStatus(), QStringLiteral("new"));
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expectedField");

        QTest::newRow("unknown channel")
            << QStringLiteral("channel") << QStringLiteral("carrier_pigeon")
            << QStringLiteral("channel");
        QTest::newRow("empty channel")
            << QStringLiteral("channel") << QString() << QStringLiteral("channel");
        QTest::newRow("unknown outcome")
            << QStringLiteral("outcome") << QStringLiteral("left_message_with_neighbour")
            << QStringLiteral("outcome");
        QTest::newRow("unknown direction")
            << QStringLiteral("direction") << QStringLiteral("sideways")
            << QStringLiteral("direction");
        QTest::newRow("negative duration") << QStringLiteral("duration") << QStringLiteral("-5")
                                           << QStringLiteral("duration_minutes");
        QTest::newRow("more than a day") << QStringLiteral("duration") << QStringLiteral("1441")
                                         << QStringLiteral("duration_minutes");
        QTest::newRow("an hour in the future")
            << QStringLiteral("at") << QStringLiteral("2026-06-08T10:00:00Z")
            << QStringLiteral("at");
        QTest::newRow("unknown person")
            << QStringLiteral("person") << QStringLiteral("00000000-0000-4000-8000-000000000000")
            << QString();
        QTest::newRow("person id not a uuid")
            << QStringLiteral("person") << QStringLiteral("Dana") << QStringLiteral("person_id");
    }

    void badInputNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expectedField);

        Contact c = draft();
        if (field == QLatin1String("channel"))
            c.channel = value;
        else if (field == QLatin1String("outcome"))
            c.outcome = value;
        else if (field == QLatin1String("direction"))
            c.direction = value;
        else if (field == QLatin1String("duration"))
            c.durationMinutes = value.toInt();
        else if (field == QLatin1String("at"))
            c.at = hub::util::parseRfc3339(value);
        else if (field == QLatin1String("person")) {
            c.personId = value;
            c.referralId.clear();
        }

        ContactService service(f->ctx);
        auto refused = service.log(worker, c);
        QVERIFY(!refused.ok());
        if (!expectedField.isEmpty())
            QCOMPARE(refused.error().field, expectedField);
        else
            QCOMPARE(refused.error().kind, hub::Error::Kind::NotFound);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(f->count("contact"), 0);
        QCOMPARE(referralStatus(), QStringLiteral("new"));
    }

    void contactOnAnotherPersonsReferralIsRefused()
    {
        const QString otherPerson = f->addPerson(QStringLiteral("Sam"), QStringLiteral("Whitlock"));
        const QString othersReferral =
            f->addReferral(f->referral(otherPerson, utc("2026-06-04T10:00:00Z")));
        Contact c = draft();
        c.referralId = othersReferral;

        ContactService service(f->ctx);
        auto refused = service.log(worker, c);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("referral_id"));
        QCOMPARE(f->count("contact"), 0);
        auto other = hub::store::ReferralRepository(f->db()).get(othersReferral);
        QVERIFY(other.ok());
        QCOMPARE(other->status, QStringLiteral("new"));
    }

    void contactOnAnotherPersonsEpisodeIsRefused()
    {
        const QString otherPerson = f->addPerson(QStringLiteral("Sam"), QStringLiteral("Whitlock"));
        const auto episode = f->addEpisode(otherPerson, worker.userId);
        Contact c = draft();
        c.episodeId = episode.id;

        ContactService service(f->ctx);
        auto refused = service.log(worker, c);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("episode_id"));
        QCOMPARE(f->count("contact"), 0);
    }

    void newReferralBecomesContactAttempted_data()
    {
        QTest::addColumn<QString>("startStatus");
        QTest::addColumn<QString>("expectedStatus");

        QTest::newRow("new") << QStringLiteral("new") << QStringLiteral("contact_attempted");
        QTest::newRow("contact attempted stays")
            << QStringLiteral("contact_attempted") << QStringLiteral("contact_attempted");
        QTest::newRow("accepted stays") << QStringLiteral("accepted") << QStringLiteral("accepted");
        QTest::newRow("declined stays") << QStringLiteral("declined") << QStringLiteral("declined");
    }

    void newReferralBecomesContactAttempted()
    {
        QFETCH(QString, startStatus);
        QFETCH(QString, expectedStatus);

        auto r = hub::store::ReferralRepository(f->db()).get(referralId).value();
        r.status = startStatus;
        QVERIFY(hub::store::ReferralRepository(f->db()).update(r).ok());

        ContactService service(f->ctx);
        auto logged = service.log(worker, draft(QStringLiteral("outbound"), QStringLiteral("phone"),
                                                QStringLiteral("no_answer")));
        QVERIFY2(logged.ok(), qPrintable(logged.error().describe()));
        QCOMPARE(referralStatus(), expectedStatus);
    }

    void contactsCannotBeUpdatedInTheDatabase()
    {
        ContactService service(f->ctx);
        auto logged = service.log(worker, draft());
        QVERIFY(logged.ok());
        const QVariantList before = f->rawRow("contact", logged->id);
        QVERIFY(!before.isEmpty());

        auto s = f->db().exec(QStringLiteral("UPDATE contact SET summary = 'x'"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("append-only")),
                 qPrintable(s.error().message));
        QCOMPARE(f->rawRow("contact", logged->id), before);
    }

    void amendKeepsTheOriginal()
    {
        ContactService service(f->ctx);
        auto original = service.log(worker, draft());
        QVERIFY(original.ok());
        QCOMPARE(referralStatus(), QStringLiteral("contact_attempted"));
        const QVariantList originalRow = f->rawRow("contact", original->id);

        // A supervisor corrects it an hour later.
        const auto supervisor = f->addUser(QStringLiteral("sup.one"), QStringLiteral("supervisor"));
        f->clock.set(utc("2026-06-08T10:00:00Z"));
        Contact corrected = original.value();
        corrected.id.clear();
        corrected.durationMinutes = 25;
        corrected.summary = QStringLiteral("Spoke for 25 minutes, not 12.");
        auto amendment = service.amend(supervisor, original->id, corrected);
        QVERIFY2(amendment.ok(), qPrintable(amendment.error().describe()));
        QVERIFY(amendment->id != original->id);
        QCOMPARE(amendment->amends, original->id);
        QCOMPARE(amendment->recordedBy, supervisor.userId);
        QCOMPARE(amendment->recordedAt, utc("2026-06-08T10:00:00Z"));
        QCOMPARE(amendment->personId, personId);

        QCOMPARE(f->count("contact"), 2);
        QCOMPARE(f->rawRow("contact", original->id), originalRow);
        auto storedAmendment = hub::store::ContactRepository(f->db()).get(amendment->id);
        QVERIFY(storedAmendment.ok());
        QCOMPARE(storedAmendment.value(), amendment.value());

        // Correcting the correction points at the original, not at the amendment.
        f->clock.set(utc("2026-06-08T11:00:00Z"));
        Contact again = amendment.value();
        again.id.clear();
        again.summary = QStringLiteral("Spoke for 25 minutes; she wants letters to stop.");
        auto second = service.amend(worker, amendment->id, again);
        QVERIFY2(second.ok(), qPrintable(second.error().describe()));
        QCOMPARE(second->amends, original->id);
        QCOMPARE(f->count("contact"), 3);
        QCOMPARE(f->rawRow("contact", original->id), originalRow);
        QCOMPARE(hub::store::ContactRepository(f->db()).get(amendment->id).value(),
                 amendment.value());
    }

    void amendCannotMoveTheContactToAnotherPerson()
    {
        ContactService service(f->ctx);
        auto original = service.log(worker, draft());
        QVERIFY(original.ok());
        const QString otherPerson = f->addPerson(QStringLiteral("Sam"), QStringLiteral("Whitlock"));
        Contact corrected = original.value();
        corrected.id.clear();
        corrected.personId = otherPerson;
        corrected.referralId.clear();
        auto amendment = service.amend(worker, original->id, corrected);
        QVERIFY2(amendment.ok(), qPrintable(amendment.error().describe()));
        QCOMPARE(amendment->personId, personId);
    }

    void amendRefusals()
    {
        ContactService service(f->ctx);
        auto missing =
            service.amend(worker, QStringLiteral("00000000-0000-4000-8000-000000000000"), draft());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, hub::Error::Kind::NotFound);

        auto original = service.log(worker, draft());
        QVERIFY(original.ok());
        auto nobody = service.amend(hub::domain::Actor::system(), original->id, draft());
        QVERIFY(!nobody.ok());
        QCOMPARE(nobody.error().kind, hub::Error::Kind::Permission);

        // A correction into a voicemail the flags forbid needs its reason too.
        Contact corrected = original.value();
        corrected.id.clear();
        corrected.outcome = QStringLiteral("voicemail_left");
        auto warned = service.amend(worker, original->id, corrected);
        QVERIFY(!warned.ok());
        QCOMPARE(warned.error().field, QStringLiteral("safety_override"));
        QCOMPARE(f->count("contact"), 1);
    }
};

QTEST_GUILESS_MAIN(TestContactService)
#include "tst_contactservice.moc"
