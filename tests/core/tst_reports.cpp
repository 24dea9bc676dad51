#include "tst_reports_fixtures.h"

#include <QtTest>

using namespace hub;
using namespace Qt::StringLiterals;
using test::ReportArchive;

// Each figure of COUNTING_RULES.md on small archives whose answer can be worked out by
// hand. Times are UTC as stored; the comments give the Europe/London reading.
class TestReports : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    store::Database &db() { return m_temp->db(); }

    void load(const ReportArchive &archive)
    {
        const QString error = archive.importInto(db());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        QVERIFY2(m_temp->ok(), qPrintable(m_temp->errorText()));
    }
    void cleanup() { m_temp.reset(); }

    // A referral, a contact, an episode and an onward referral all at one instant count
    // in the London month of that instant, and in no neighbouring month.
    void monthEdges_data()
    {
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("month");
        QTest::newRow("31 Mar 23:30Z is 1 Apr 00:30 BST")
            << u"2026-03-31T23:30:00Z"_s << u"2026-04"_s;
        QTest::newRow("31 Mar 22:59:59Z is 23:59:59 BST")
            << u"2026-03-31T22:59:59Z"_s << u"2026-03"_s;
        QTest::newRow("clocks go forward 29 Mar 00:30Z")
            << u"2026-03-29T00:30:00Z"_s << u"2026-03"_s;
        QTest::newRow("1 Mar 00:00 GMT") << u"2026-03-01T00:00:00Z"_s << u"2026-03"_s;
        QTest::newRow("28 Feb 23:59:59 GMT") << u"2026-02-28T23:59:59Z"_s << u"2026-02"_s;
        QTest::newRow("30 Jun 23:30Z is 1 Jul 00:30 BST")
            << u"2026-06-30T23:30:00Z"_s << u"2026-07"_s;
        QTest::newRow("30 Sep 23:00Z is 1 Oct 00:00 BST")
            << u"2026-09-30T23:00:00Z"_s << u"2026-10"_s;
        QTest::newRow("clocks go back 25 Oct 01:30Z") << u"2026-10-25T01:30:00Z"_s << u"2026-10"_s;
        QTest::newRow("31 Oct 23:30Z is 23:30 GMT") << u"2026-10-31T23:30:00Z"_s << u"2026-10"_s;
        QTest::newRow("1 Nov 00:00 GMT") << u"2026-11-01T00:00:00Z"_s << u"2026-11"_s;
        QTest::newRow("new year") << u"2026-01-01T00:00:00Z"_s << u"2026-01"_s;
        QTest::newRow("old year") << u"2025-12-31T23:59:59Z"_s << u"2025-12"_s;
        QTest::newRow("offset in the archive") << u"2026-05-01T00:10:00+01:00"_s << u"2026-05"_s;
    }
    void monthEdges()
    {
        QFETCH(QString, at);
        QFETCH(QString, month);
        ReportArchive a;
        const auto p = a.person();
        a.referral(p, at);
        a.contact(p, at, {u"outbound"_s, u"no_answer"_s, 7, {}, {}});
        a.onwardReferral(a.episode(p, at), u"idva"_s, at);
        load(a);
        const QDate first = reports::parseMonth(month);
        for (int offset : {-1, 0, 1}) {
            const QString m = reports::monthKey(first.addMonths(offset));
            const auto r = test::reportFor(db(), m);
            const int n = offset == 0 ? 1 : 0;
            QCOMPARE(r.referralsReceived, n);
            QCOMPARE(r.contactsLogged, n);
            QCOMPARE(r.contactMinutes, 7 * n);
            QCOMPARE(r.episodesOpened, n);
            QCOMPARE(r.onwardReferralsByAgency.value(u"idva"_s), n);
        }
    }

    // One referral and its contacts: met, missed, pending or not due at all.
    void firstContact_data()
    {
        QTest::addColumn<QString>("receivedAt");
        QTest::addColumn<bool>("enhanced");
        QTest::addColumn<bool>("consent");
        QTest::addColumn<QStringList>("contacts"); // "at direction outcome"
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QString>("expected");
        const QString later = u"2027-01-31T00:00:00Z"_s;
        // Mon 2 Nov 2026, standard: due Mon 9 Nov.
        QTest::newRow("on the due date")
            << u"2026-11-02T10:00:00Z"_s << false << true
            << QStringList{u"2026-11-09T23:59:59Z outbound no_answer"_s} << later << u"met"_s;
        QTest::newRow("a day late")
            << u"2026-11-02T10:00:00Z"_s << false << true
            << QStringList{u"2026-11-10T00:00:00Z outbound spoke"_s} << later << u"missed"_s;
        QTest::newRow("inbound spoke counts")
            << u"2026-11-02T10:00:00Z"_s << false << true
            << QStringList{u"2026-11-05T12:00:00Z inbound spoke"_s} << later << u"met"_s;
        QTest::newRow("inbound without speaking does not")
            << u"2026-11-02T10:00:00Z"_s << false << true
            << QStringList{u"2026-11-03T12:00:00Z inbound voicemail_left"_s,
                           u"2026-11-12T12:00:00Z outbound spoke"_s}
            << later << u"missed"_s;
        QTest::newRow("contact before receipt is not a first contact")
            << u"2026-11-02T10:00:00Z"_s << false << true
            << QStringList{u"2026-11-02T09:59:59Z outbound spoke"_s} << later << u"missed"_s;
        QTest::newRow("contact at the instant of receipt")
            << u"2026-11-02T10:00:00Z"_s << false << true
            << QStringList{u"2026-11-02T10:00:00Z outbound spoke"_s} << later << u"met"_s;
        QTest::newRow("pending until the due date has passed")
            << u"2026-11-02T10:00:00Z"_s << false << true << QStringList{}
            << u"2026-11-09T23:59:59Z"_s << u"pending"_s;
        QTest::newRow("missed the day after the due date")
            << u"2026-11-02T10:00:00Z"_s << false << true << QStringList{}
            << u"2026-11-10T00:00:00Z"_s << u"missed"_s;
        QTest::newRow("a contact after as_of is not seen yet")
            << u"2026-11-02T10:00:00Z"_s << false << true
            << QStringList{u"2026-11-05T12:00:00Z outbound spoke"_s} << u"2026-11-04T12:00:00Z"_s
            << u"pending"_s;
        QTest::newRow("no consent: not due")
            << u"2026-11-02T10:00:00Z"_s << false << false
            << QStringList{u"2026-11-03T12:00:00Z outbound spoke"_s} << later << u"not_due"_s;
        // Received Sat 7 Nov: the five working days are Mon 9 .. Fri 13 Nov.
        QTest::newRow("weekend receipt, last day")
            << u"2026-11-07T12:00:00Z"_s << false << true
            << QStringList{u"2026-11-13T17:00:00Z outbound spoke"_s} << later << u"met"_s;
        QTest::newRow("weekend receipt, weekend after")
            << u"2026-11-07T12:00:00Z"_s << false << true
            << QStringList{u"2026-11-14T10:00:00Z outbound spoke"_s} << later << u"missed"_s;
        // Enhanced, received Fri 6 Nov: due Tue 10 Nov.
        QTest::newRow("enhanced over a weekend")
            << u"2026-11-06T16:00:00Z"_s << true << true
            << QStringList{u"2026-11-10T18:00:00Z outbound message_sent"_s} << later << u"met"_s;
        QTest::newRow("enhanced one day late")
            << u"2026-11-06T16:00:00Z"_s << true << true
            << QStringList{u"2026-11-11T09:00:00Z outbound spoke"_s} << later << u"missed"_s;
        // Enhanced, Wed 23 Dec: Thu 24 counts; Fri 25, Sat, Sun and the substitute Boxing
        // Day Mon 28 do not; Tue 29 Dec is the second working day.
        QTest::newRow("christmas and the substitute day")
            << u"2026-12-23T10:00:00Z"_s << true << true
            << QStringList{u"2026-12-29T17:00:00Z outbound spoke"_s} << later << u"met"_s;
        QTest::newRow("christmas, a day late")
            << u"2026-12-23T10:00:00Z"_s << true << true
            << QStringList{u"2026-12-30T09:00:00Z outbound spoke"_s} << later << u"missed"_s;
        // Enhanced, Thu 2 Apr: Good Friday and Easter Monday skipped, due Wed 8 Apr (BST).
        QTest::newRow("easter, 23:30 BST on the due date")
            << u"2026-04-02T09:00:00Z"_s << true << true
            << QStringList{u"2026-04-08T22:30:00Z outbound spoke"_s} << later << u"met"_s;
        // Received 00:30 BST Thu 9 Apr: Fri 10 and Mon 13 Apr are the two working days.
        QTest::newRow("receipt at 00:30 BST counts from that day")
            << u"2026-04-08T23:30:00Z"_s << true << true
            << QStringList{u"2026-04-13T22:00:00Z outbound spoke"_s} << later << u"met"_s;
        QTest::newRow("easter, a contact late by BST")
            << u"2026-04-02T09:00:00Z"_s << true << true
            << QStringList{u"2026-04-08T23:30:00Z outbound spoke"_s} << later << u"missed"_s;
        // 30 Jun 23:30Z is Wed 1 Jul in London: enhanced due Fri 3 Jul.
        QTest::newRow("receipt after midnight BST")
            << u"2026-06-30T23:30:00Z"_s << true << true
            << QStringList{u"2026-07-03T22:59:00Z outbound spoke"_s} << later << u"met"_s;
        QTest::newRow("the earliest qualifying contact decides")
            << u"2026-11-02T10:00:00Z"_s << false << true
            << QStringList{u"2026-11-20T10:00:00Z outbound spoke"_s,
                           u"2026-11-04T10:00:00Z outbound no_answer"_s}
            << later << u"met"_s;
    }
    void firstContact()
    {
        QFETCH(QString, receivedAt);
        QFETCH(bool, enhanced);
        QFETCH(bool, consent);
        QFETCH(QStringList, contacts);
        QFETCH(QString, asOf);
        QFETCH(QString, expected);
        ReportArchive a;
        const auto p = a.person();
        const auto other = a.person();
        ReportArchive::ReferralFields f;
        f.enhanced = enhanced;
        f.consent = consent;
        a.referral(p, receivedAt, f);
        // Someone else's call on the due date never counts for this referral.
        a.contact(other, receivedAt);
        for (const auto &c : contacts) {
            const auto parts = c.split(QLatin1Char(' '));
            a.contact(p, parts.at(0), {parts.at(1), parts.at(2), 5, {}, {}});
        }
        load(a);
        const QString month = reports::monthKey(util::londonDate(util::parseRfc3339(receivedAt)));
        const auto fc = test::reportFor(db(), month, asOf).firstContact;
        QCOMPARE(fc.due, expected == QLatin1String("not_due") ? 0 : 1);
        QCOMPARE(fc.met, expected == QLatin1String("met") ? 1 : 0);
        QCOMPARE(fc.missed, expected == QLatin1String("missed") ? 1 : 0);
        QCOMPARE(fc.pending, expected == QLatin1String("pending") ? 1 : 0);
        QCOMPARE(fc.met + fc.missed + fc.pending, fc.due);
    }

    // The latest recorded amendment stands, whatever the ids or file order; amendments
    // are never contacts of their own.
    void amendments()
    {
        ReportArchive a;
        const auto p = a.person();
        const auto q = a.person();
        a.episode(p, u"2026-01-01T00:00:00Z"_s);
        // p: no answer, corrected to spoke (20 min), then to spoke (30 min). The later
        // correction has the smaller id.
        const auto original =
            a.contact(p, u"2026-05-10T10:00:00Z"_s, {u"outbound"_s, u"no_answer"_s, 10, {}, {}});
        a.contactWithId(ReportArchive::uuid(7, 902), p, u"2026-05-10T10:00:00Z"_s,
                        {u"outbound"_s, u"spoke"_s, 20, u"2026-05-11T09:00:00Z"_s, original});
        a.contactWithId(ReportArchive::uuid(7, 901), p, u"2026-05-10T10:00:00Z"_s,
                        {u"outbound"_s, u"spoke"_s, 30, u"2026-05-12T09:00:00Z"_s, original});
        // q: spoke in May, corrected to a June date.
        const auto moved = a.contact(q, u"2026-05-31T10:00:00Z"_s);
        a.contact(q, u"2026-06-01T10:00:00Z"_s,
                  {u"outbound"_s, u"spoke"_s, 45, u"2026-06-02T09:00:00Z"_s, moved});
        // q again: spoke in May, corrected to no answer.
        const auto unspoken = a.contact(q, u"2026-05-20T10:00:00Z"_s);
        a.contact(q, u"2026-05-20T10:00:00Z"_s,
                  {u"outbound"_s, u"no_answer"_s, 1, u"2026-05-21T09:00:00Z"_s, unspoken});
        load(a);

        const auto may = test::reportFor(db(), u"2026-05"_s);
        QCOMPARE(may.contactsLogged, 2); // p's call and q's unanswered one
        QCOMPARE(may.contactMinutes, 31);
        QCOMPARE(may.peopleContacted, 1);
        QCOMPARE(may.peopleSupported, 1);
        const auto june = test::reportFor(db(), u"2026-06"_s);
        QCOMPARE(june.contactsLogged, 1);
        QCOMPARE(june.contactMinutes, 45);
        QCOMPARE(june.peopleContacted, 1);
        QCOMPARE(june.peopleSupported, 0); // q has no episode
    }

    // A corrected date or direction moves the first-contact clock.
    void amendedFirstContact()
    {
        ReportArchive a;
        const auto p = a.person();
        a.referral(p, u"2026-11-02T10:00:00Z"_s); // due Mon 9 Nov
        const auto c = a.contact(p, u"2026-11-04T10:00:00Z"_s);
        a.contact(p, u"2026-11-12T10:00:00Z"_s,
                  {u"outbound"_s, u"spoke"_s, 10, u"2026-11-13T09:00:00Z"_s, c});
        const auto p2 = a.person();
        a.referral(p2, u"2026-11-02T10:00:00Z"_s);
        const auto c2 =
            a.contact(p2, u"2026-11-03T10:00:00Z"_s, {u"inbound"_s, u"no_answer"_s, 0, {}, {}});
        a.contact(p2, u"2026-11-03T10:00:00Z"_s,
                  {u"inbound"_s, u"spoke"_s, 10, u"2026-11-03T11:00:00Z"_s, c2});
        load(a);
        const auto fc = test::reportFor(db(), u"2026-11"_s).firstContact;
        QCOMPARE(fc.due, 2);
        QCOMPARE(fc.met, 1);
        QCOMPARE(fc.missed, 1);
    }

    void supported_data()
    {
        QTest::addColumn<QString>("openedAt");
        QTest::addColumn<QString>("closedAt"); // empty: open
        QTest::addColumn<QString>("status");   // while not closed
        QTest::addColumn<QString>("contactAt");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("contacted");
        QTest::addColumn<int>("supported");
        const QString opened = u"2026-05-10T09:00:00Z"_s, closed = u"2026-05-20T17:00:00Z"_s;
        QTest::newRow("at the opening")
            << opened << closed << u"open"_s << opened << u"spoke"_s << 1 << 1;
        QTest::newRow("before the opening")
            << opened << closed << u"open"_s << u"2026-05-10T08:59:59Z"_s << u"spoke"_s << 1 << 0;
        QTest::newRow("at the closing")
            << opened << closed << u"open"_s << closed << u"spoke"_s << 1 << 1;
        QTest::newRow("after the closing")
            << opened << closed << u"open"_s << u"2026-05-20T17:00:01Z"_s << u"spoke"_s << 1 << 0;
        QTest::newRow("not spoken to")
            << opened << QString() << u"open"_s << u"2026-05-12T10:00:00Z"_s << u"voicemail_left"_s
            << 0 << 0;
        QTest::newRow("closure requested is still open")
            << opened << QString() << u"closure_requested"_s << u"2026-05-25T10:00:00Z"_s
            << u"spoke"_s << 1 << 1;
        QTest::newRow("episode opened next month")
            << u"2026-06-01T09:00:00Z"_s << QString() << u"open"_s << u"2026-05-25T10:00:00Z"_s
            << u"spoke"_s << 1 << 0;
    }
    void supported()
    {
        QFETCH(QString, openedAt);
        QFETCH(QString, closedAt);
        QFETCH(QString, status);
        QFETCH(QString, contactAt);
        QFETCH(QString, outcome);
        QFETCH(int, contacted);
        QFETCH(int, supported);
        ReportArchive a;
        const auto p = a.person();
        a.episode(p, openedAt, closedAt, {}, status);
        a.contact(p, contactAt, {u"outbound"_s, outcome, 10, {}, {}});
        a.contact(p, contactAt, {u"inbound"_s, outcome, 10, {}, {}}); // the same person twice
        load(a);
        const auto r = test::reportFor(db(), u"2026-05"_s);
        QCOMPARE(r.peopleContacted, contacted);
        QCOMPARE(r.peopleSupported, supported);
        QCOMPARE(r.supportedByGender.total(), supported);
        QCOMPARE(r.contactsLogged, 2);
    }

    void episodes_data()
    {
        QTest::addColumn<QString>("openedAt");
        QTest::addColumn<QString>("closedAt");
        QTest::addColumn<QString>("month");
        QTest::addColumn<int>("opened");
        QTest::addColumn<int>("closed");
        QTest::addColumn<int>("openAtEnd");
        // The end of May is 2026-05-31T23:00:00Z (midnight BST).
        const QString may = u"2026-05-03T10:00:00Z"_s;
        QTest::newRow("closed exactly at month end: open at the end of May")
            << may << u"2026-06-01T00:00:00+01:00"_s << u"2026-05"_s << 1 << 0 << 1;
        QTest::newRow("closed exactly at month end: closed in June")
            << may << u"2026-05-31T23:00:00Z"_s << u"2026-06"_s << 0 << 1 << 0;
        QTest::newRow("closed a second before month end")
            << may << u"2026-05-31T22:59:59Z"_s << u"2026-05"_s << 1 << 1 << 0;
        QTest::newRow("opened exactly at month end")
            << u"2026-05-31T23:00:00Z"_s << QString() << u"2026-05"_s << 0 << 0 << 0;
        QTest::newRow("opened exactly at month end, June")
            << u"2026-05-31T23:00:00Z"_s << QString() << u"2026-06"_s << 1 << 0 << 1;
        QTest::newRow("closed at the end of October (GMT)")
            << may << u"2026-11-01T00:00:00Z"_s << u"2026-10"_s << 0 << 0 << 1;
        QTest::newRow("still open months later") << may << QString() << u"2026-09"_s << 0 << 0 << 1;
        QTest::newRow("not yet opened") << may << QString() << u"2026-04"_s << 0 << 0 << 0;
    }
    void episodes()
    {
        QFETCH(QString, openedAt);
        QFETCH(QString, closedAt);
        QFETCH(QString, month);
        QFETCH(int, opened);
        QFETCH(int, closed);
        QFETCH(int, openAtEnd);
        ReportArchive a;
        a.episode(a.person(), openedAt, closedAt);
        load(a);
        const auto r = test::reportFor(db(), month);
        QCOMPARE(r.episodesOpened, opened);
        QCOMPARE(r.episodesClosed, closed);
        QCOMPARE(r.episodesOpenAtMonthEnd, openAtEnd);
    }

    void outcomesOfEpisodesClosedInTheMonth()
    {
        ReportArchive a;
        const auto p = a.person();
        a.episode(p, u"2026-01-05T10:00:00Z"_s, u"2026-05-12T10:00:00Z"_s,
                  {{u"health_wellbeing"_s, u"improved"_s},
                   {u"feel_safer"_s, u"not_improved"_s},
                   {u"cope_everyday_life"_s, u"not_applicable"_s}});
        a.episode(p, u"2026-02-05T10:00:00Z"_s, u"2026-05-20T10:00:00Z"_s,
                  {{u"health_wellbeing"_s, u"not_improved"_s}});
        a.episode(p, u"2026-02-05T10:00:00Z"_s, u"2026-06-02T10:00:00Z"_s,
                  {{u"health_wellbeing"_s, u"improved"_s}});
        a.episode(p, u"2026-02-05T10:00:00Z"_s, {}, {{u"informed_empowered"_s, u"improved"_s}});
        load(a);
        const auto r = test::reportFor(db(), u"2026-05"_s);
        QCOMPARE(r.episodesClosed, 2);
        QStringList seen;
        for (const auto &[measure, count] : r.outcomes) {
            seen << measure;
            const int improved = measure == QLatin1String("health_wellbeing") ? 1 : 0;
            const int assessed = measure == QLatin1String("health_wellbeing")
                                     ? 2
                                     : (measure == QLatin1String("feel_safer") ? 1 : 0);
            QCOMPARE(count.improved, improved);
            QCOMPARE(count.assessed, assessed);
        }
        QCOMPARE(seen, domain::ReferenceData::builtin().codes(u"outcome_measure"_s));
    }

    void ageOnTheLastDayOfTheMonth_data()
    {
        QTest::addColumn<QString>("dateOfBirth");
        QTest::addColumn<QString>("month");
        QTest::addColumn<QString>("band");
        QTest::newRow("no date of birth") << QString() << u"2026-05"_s << u"unknown"_s;
        QTest::newRow("18 on the last day") << u"2008-05-31"_s << u"2026-05"_s << u"18-24"_s;
        QTest::newRow("18 the day after") << u"2008-06-01"_s << u"2026-05"_s << u"0-17"_s;
        QTest::newRow("a month before") << u"2008-05-31"_s << u"2026-04"_s << u"0-17"_s;
        QTest::newRow("65 on the last day") << u"1961-05-31"_s << u"2026-05"_s << u"65+"_s;
        QTest::newRow("64 still") << u"1961-06-01"_s << u"2026-05"_s << u"55-64"_s;
        QTest::newRow("leap day, February") << u"2000-02-29"_s << u"2025-02"_s << u"18-24"_s;
        QTest::newRow("leap day, March") << u"2000-02-29"_s << u"2025-03"_s << u"25-34"_s;
        QTest::newRow("35 at new year's eve") << u"1991-12-31"_s << u"2026-12"_s << u"35-44"_s;
        QTest::newRow("born in the month") << u"2026-05-14"_s << u"2026-05"_s << u"0-17"_s;
    }
    void ageOnTheLastDayOfTheMonth()
    {
        QFETCH(QString, dateOfBirth);
        QFETCH(QString, month);
        QFETCH(QString, band);
        ReportArchive a;
        const auto p = a.person({dateOfBirth, u"non_binary"_s, u"mixed"_s, u"not_stated"_s});
        const QDate first = reports::parseMonth(month);
        a.episode(p, util::toIsoUtc(reports::monthStart(first)));
        const QString mid = util::toIsoUtc(reports::monthStart(first).addDays(14));
        a.contact(p, mid);
        a.contact(p, mid, {u"inbound"_s, u"spoke"_s, 5, {}, {}});
        load(a);
        const auto r = test::reportFor(db(), month);
        QCOMPARE(r.peopleSupported, 1);
        for (const auto &[code, n] : r.supportedByAgeBand.entries())
            QCOMPARE(n, code == band ? 1 : 0);
        QCOMPARE(r.supportedByGender.value(u"non_binary"_s), 1);
        QCOMPARE(r.supportedByGender.total(), 1);
        QCOMPARE(r.supportedByEthnicGroup.value(u"mixed"_s), 1);
        QCOMPARE(r.supportedByEthnicGroup.total(), 1);
        QCOMPARE(r.supportedByDisability.value(u"not_stated"_s), 1);
        QCOMPARE(r.supportedByDisability.total(), 1);
    }

    void referralFigures()
    {
        ReportArchive a;
        const auto repeat = a.person();
        const auto fresh = a.person();
        a.referral(repeat, u"2025-05-20T10:00:00Z"_s); // a year earlier
        ReportArchive::ReferralFields several;
        several.flags = QStringList{u"domestic_abuse"_s, u"hate_crime"_s, u"bereaved"_s};
        several.offenceGroup = u"violence_with_injury"_s;
        several.enhanced = true;
        a.referral(repeat, u"2026-05-02T10:00:00Z"_s, several);
        ReportArchive::ReferralFields one;
        one.flags = QStringList{u"hate_crime"_s};
        one.source = u"self"_s;
        a.referral(fresh, u"2026-05-03T10:00:00Z"_s, one);
        ReportArchive::ReferralFields none;
        none.source = u"partner_agency"_s;
        none.consent = false;
        a.referral(fresh, u"2026-05-04T10:00:00Z"_s, none);
        load(a);
        const auto r = test::reportFor(db(), u"2026-05"_s);
        QCOMPARE(r.referralsReceived, 3);
        QCOMPARE(r.referralsBySource.value(u"police"_s), 1);
        QCOMPARE(r.referralsBySource.value(u"self"_s), 1);
        QCOMPARE(r.referralsBySource.value(u"partner_agency"_s), 1);
        QCOMPARE(r.referralsBySource.total(), 3);
        QCOMPARE(r.referralsByOffenceGroup.value(u"violence_with_injury"_s), 1);
        QCOMPARE(r.referralsByOffenceGroup.value(u"theft"_s), 2);
        QCOMPARE(r.referralsByFlag.value(u"domestic_abuse"_s), 1);
        QCOMPARE(r.referralsByFlag.value(u"hate_crime"_s), 2);
        QCOMPARE(r.referralsByFlag.value(u"bereaved"_s), 1);
        QCOMPARE(r.referralsByFlag.total(), 4);
        QCOMPARE(r.referralsEnhanced, 1);
        QCOMPARE(r.peopleReferred, 2);
        QCOMPARE(r.peopleReferredFirstTime, 1);
        QCOMPARE(r.firstContact.due, 2);
        QCOMPARE(r.referralsReceivedSameMonthLastYear, 1);
        QCOMPARE(test::reportFor(db(), u"2025-05"_s).peopleReferredFirstTime, 1);
    }

    // Every breakdown lists every code of its list, in list order, zero included, with
    // the codes administrators added after the built-in ones.
    void everyBreakdownListsZeros()
    {
        QVERIFY(store::ReferenceCodeRepository(db())
                    .insert({u"agency"_s, u"local_charity"_s, u"Local charity"_s})
                    .ok());
        const auto r = test::reportFor(db(), u"2026-05"_s);
        const auto &codes = domain::ReferenceData::builtin();
        const auto check = [](const reports::Breakdown &b, const QStringList &expected) {
            QStringList seen;
            for (const auto &[code, n] : b.entries()) {
                seen << code;
                if (n != 0)
                    return false;
            }
            return seen == expected;
        };
        QVERIFY(check(r.referralsBySource, codes.codes(u"source"_s)));
        QVERIFY(check(r.referralsByOffenceGroup, codes.codes(u"offence_group"_s)));
        QVERIFY(check(r.referralsByFlag, codes.codes(u"flag"_s)));
        QVERIFY(check(r.onwardReferralsByAgency,
                      codes.codes(u"agency"_s) + QStringList{u"local_charity"_s}));
        QVERIFY(check(r.supportedByAgeBand, reports::ageBands()));
        QVERIFY(check(r.supportedByGender, codes.codes(u"gender"_s)));
        QVERIFY(check(r.supportedByEthnicGroup, codes.codes(u"ethnic_group"_s)));
        QVERIFY(check(r.supportedByDisability, codes.codes(u"disability"_s)));
        QCOMPARE(r.outcomes.size(), codes.codes(u"outcome_measure"_s).size());
        QCOMPARE(r.onwardReferralsByAgency.entries().size(), 11);
    }

    void monthsAndBands()
    {
        QCOMPARE(reports::parseMonth(u"2026-10"_s), QDate(2026, 10, 1));
        for (const auto &bad : {u"2026-13"_s, u"2026-1"_s, u"26-10"_s, u"2026-10-01"_s,
                                u"2026-00"_s, QString(), u"october"_s})
            QVERIFY2(!reports::parseMonth(bad).isValid(), qPrintable(bad));
        QCOMPARE(util::toIsoUtc(reports::monthStart(QDate(2026, 4, 17))),
                 u"2026-03-31T23:00:00Z"_s);
        QCOMPARE(util::toIsoUtc(reports::monthEnd(QDate(2026, 10, 1))), u"2026-11-01T00:00:00Z"_s);
        QCOMPARE(reports::ageBand(17), u"0-17"_s);
        QCOMPARE(reports::ageBand(64), u"55-64"_s);
        QCOMPARE(reports::ageBand(110), u"65+"_s);
        QCOMPARE(reports::ageBand(-1), u"unknown"_s);
        const auto codes = reports::codesOf(db());
        const auto now = QDateTime::currentDateTimeUtc();
        QVERIFY(!reports::monthly(db(), QDate(), now, codes, test::standardClock()).ok());
        QVERIFY(!reports::monthly(db(), QDate(2026, 5, 1), {}, codes, test::standardClock()).ok());
        QVERIFY(!reports::trend(db(), QDate(2026, 5, 1), {}, test::standardClock()).ok());
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
