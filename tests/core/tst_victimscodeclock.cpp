#include "calendar/VictimsCodeClock.h"
#include "calendar/WorkingDayCalendar.h"
#include "util/Time.h"

#include <QtTest>

using hub::calendar::ClockState;
using hub::calendar::VictimsCodeClock;
using hub::calendar::WorkingDayCalendar;
using Status = hub::calendar::ClockState::Status;

Q_DECLARE_METATYPE(hub::calendar::ClockState::Status)

// Every expected date and instant below was worked out by hand from a printed 2026/2027
// calendar and the gov.uk bank-holiday list (2026: 1 Jan, 3 Apr Good Friday, 6 Apr Easter
// Monday, 4 May, 25 May, 31 Aug, 25 Dec, 28 Dec substitute for Boxing Day; 2027: 1 Jan).
// British Summer Time 2026 runs from 29 March 01:00Z to 25 October 01:00Z, so the end of a
// due date is 23:00Z the same day in summer and 00:00Z the next day in winter.
class TestVictimsCodeClock : public QObject
{
    Q_OBJECT

private:
    static QDate date(const char *iso)
    {
        const QDate d = hub::util::parseDate(QString::fromLatin1(iso));
        if (!d.isValid())
            qFatal("bad date in test data: %s", iso);
        return d;
    }

    static QDateTime utc(const char *rfc3339)
    {
        if (!*rfc3339)
            return {};
        const QDateTime t = hub::util::parseRfc3339(QString::fromLatin1(rfc3339));
        if (!t.isValid())
            qFatal("bad timestamp in test data: %s", rfc3339);
        return t;
    }

    static const WorkingDayCalendar &cal() { return WorkingDayCalendar::englandAndWales(); }

private Q_SLOTS:
    void initTestCase()
    {
        // The shipped list, not a replacement file from the environment.
        qunsetenv("HUB_BANK_HOLIDAYS");
        QVERIFY(hub::util::london().isValid());
        QVERIFY(cal().coversFrom() <= date("2026-01-01"));
        QVERIFY(cal().coversTo() >= date("2027-12-31"));
    }

    void dueDate_data()
    {
        QTest::addColumn<QDateTime>("receivedAt");
        QTest::addColumn<bool>("enhanced");
        QTest::addColumn<QDate>("dueDate");
        QTest::addColumn<QDateTime>("dueAt");

        // Plain weeks in June 2026 (BST).
        QTest::newRow("Mon standard: Tue..Fri, Mon")
            << utc("2026-06-08T10:00:00Z") << false << date("2026-06-15")
            << utc("2026-06-15T23:00:00Z");
        QTest::newRow("Mon enhanced: Tue, Wed")
            << utc("2026-06-08T10:00:00Z") << true << date("2026-06-10")
            << utc("2026-06-10T23:00:00Z");
        QTest::newRow("Wed standard crosses a weekend")
            << utc("2026-06-10T08:15:00Z") << false << date("2026-06-17")
            << utc("2026-06-17T23:00:00Z");
        QTest::newRow("Thu enhanced: Fri, Mon")
            << utc("2026-06-11T13:00:00Z") << true << date("2026-06-15")
            << utc("2026-06-15T23:00:00Z");
        QTest::newRow("Fri enhanced: Mon, Tue")
            << utc("2026-06-12T16:59:00Z") << true << date("2026-06-16")
            << utc("2026-06-16T23:00:00Z");

        // Weekend receipt: counting starts on Monday.
        QTest::newRow("Sat standard") << utc("2026-06-13T14:00:00Z") << false << date("2026-06-19")
                                      << utc("2026-06-19T23:00:00Z");
        QTest::newRow("Sat enhanced") << utc("2026-06-13T14:00:00Z") << true << date("2026-06-16")
                                      << utc("2026-06-16T23:00:00Z");
        QTest::newRow("Sun standard") << utc("2026-06-14T09:00:00Z") << false << date("2026-06-19")
                                      << utc("2026-06-19T23:00:00Z");
        QTest::newRow("Sun enhanced") << utc("2026-06-14T09:00:00Z") << true << date("2026-06-16")
                                      << utc("2026-06-16T23:00:00Z");

        // Late evening UTC in summer is already the next local day.
        QTest::newRow("Tue 23:30Z is Wed 1 Jul 00:30 BST, standard")
            << utc("2026-06-30T23:30:00Z") << false << date("2026-07-08")
            << utc("2026-07-08T23:00:00Z");
        QTest::newRow("Tue 23:30Z is Wed 1 Jul 00:30 BST, enhanced")
            << utc("2026-06-30T23:30:00Z") << true << date("2026-07-03")
            << utc("2026-07-03T23:00:00Z");
        QTest::newRow("Tue 22:59Z is still Tue 30 Jun 23:59 BST, enhanced")
            << utc("2026-06-30T22:59:00Z") << true << date("2026-07-02")
            << utc("2026-07-02T23:00:00Z");
        QTest::newRow("Thu 23:30Z is Fri 00:30 BST, enhanced")
            << utc("2026-06-11T23:30:00Z") << true << date("2026-06-16")
            << utc("2026-06-16T23:00:00Z");
        // ...but not in winter, when London is on UTC.
        QTest::newRow("Thu 15 Jan 23:30Z is still Thu (GMT), enhanced")
            << utc("2026-01-15T23:30:00Z") << true << date("2026-01-19")
            << utc("2026-01-20T00:00:00Z");
        QTest::newRow("Thu 15 Jan standard (GMT)")
            << utc("2026-01-15T10:00:00Z") << false << date("2026-01-22")
            << utc("2026-01-23T00:00:00Z");

        // Christmas and New Year 2026-27: 25 Dec Fri, 26 Sat, 28 Mon (substitute), 1 Jan Fri.
        QTest::newRow("Wed 23 Dec standard: 24, 29, 30, 31, 4 Jan")
            << utc("2026-12-23T10:00:00Z") << false << date("2027-01-04")
            << utc("2027-01-05T00:00:00Z");
        QTest::newRow("Wed 23 Dec enhanced: 24, 29")
            << utc("2026-12-23T10:00:00Z") << true << date("2026-12-29")
            << utc("2026-12-30T00:00:00Z");
        QTest::newRow("Thu 24 Dec enhanced: 29, 30")
            << utc("2026-12-24T15:00:00Z") << true << date("2026-12-30")
            << utc("2026-12-31T00:00:00Z");
        QTest::newRow("Thu 24 Dec standard: 29, 30, 31, 4, 5 Jan")
            << utc("2026-12-24T15:00:00Z") << false << date("2027-01-05")
            << utc("2027-01-06T00:00:00Z");
        QTest::newRow("Christmas Day enhanced: 29, 30")
            << utc("2026-12-25T11:00:00Z") << true << date("2026-12-30")
            << utc("2026-12-31T00:00:00Z");
        QTest::newRow("Mon 28 Dec substitute day enhanced: 29, 30")
            << utc("2026-12-28T11:00:00Z") << true << date("2026-12-30")
            << utc("2026-12-31T00:00:00Z");
        QTest::newRow("Thu 31 Dec enhanced: 4, 5 Jan")
            << utc("2026-12-31T12:00:00Z") << true << date("2027-01-05")
            << utc("2027-01-06T00:00:00Z");

        // Easter 2026: Good Friday 3 April, Easter Monday 6 April (BST).
        QTest::newRow("Thu 2 Apr enhanced: 7, 8")
            << utc("2026-04-02T09:00:00Z") << true << date("2026-04-08")
            << utc("2026-04-08T23:00:00Z");
        QTest::newRow("Thu 2 Apr standard: 7, 8, 9, 10, 13")
            << utc("2026-04-02T09:00:00Z") << false << date("2026-04-13")
            << utc("2026-04-13T23:00:00Z");
        QTest::newRow("Wed 1 Apr enhanced: 2, 7")
            << utc("2026-04-01T09:00:00Z") << true << date("2026-04-07")
            << utc("2026-04-07T23:00:00Z");
        QTest::newRow("Good Friday enhanced: 7, 8")
            << utc("2026-04-03T10:00:00Z") << true << date("2026-04-08")
            << utc("2026-04-08T23:00:00Z");

        // Clocks go forward on Sunday 29 March 2026 at 01:00Z.
        QTest::newRow("Thu 26 Mar (GMT) enhanced, due in BST")
            << utc("2026-03-26T10:00:00Z") << true << date("2026-03-30")
            << utc("2026-03-30T23:00:00Z");
        QTest::newRow("Fri 27 Mar (GMT) enhanced")
            << utc("2026-03-27T12:00:00Z") << true << date("2026-03-31")
            << utc("2026-03-31T23:00:00Z");
        QTest::newRow("Sat 28 Mar 23:30 GMT standard, over Easter")
            << utc("2026-03-28T23:30:00Z") << false << date("2026-04-07")
            << utc("2026-04-07T23:00:00Z");
        QTest::newRow("Sun 29 Mar 00:30 GMT, before the change")
            << utc("2026-03-29T00:30:00Z") << true << date("2026-03-31")
            << utc("2026-03-31T23:00:00Z");
        QTest::newRow("Sun 29 Mar 23:30Z is Mon 30 Mar 00:30 BST")
            << utc("2026-03-29T23:30:00Z") << true << date("2026-04-01")
            << utc("2026-04-01T23:00:00Z");

        // Clocks go back on Sunday 25 October 2026 at 01:00Z.
        QTest::newRow("Thu 22 Oct 23:30Z is Fri 00:30 BST, due in GMT")
            << utc("2026-10-22T23:30:00Z") << true << date("2026-10-27")
            << utc("2026-10-28T00:00:00Z");
        QTest::newRow("Sun 25 Oct 00:30Z (01:30 BST) standard")
            << utc("2026-10-25T00:30:00Z") << false << date("2026-10-30")
            << utc("2026-10-31T00:00:00Z");
        QTest::newRow("Sun 25 Oct 01:30Z (01:30 GMT) enhanced")
            << utc("2026-10-25T01:30:00Z") << true << date("2026-10-27")
            << utc("2026-10-28T00:00:00Z");
        QTest::newRow("Fri 23 Oct (BST) standard, due in GMT")
            << utc("2026-10-23T10:00:00Z") << false << date("2026-10-30")
            << utc("2026-10-31T00:00:00Z");
    }

    void dueDate()
    {
        QFETCH(QDateTime, receivedAt);
        QFETCH(bool, enhanced);
        QFETCH(QDate, dueDate);
        QFETCH(QDateTime, dueAt);

        const VictimsCodeClock clock(cal());
        // "now" is receipt time: nothing has happened yet.
        const ClockState s = clock.state(receivedAt, enhanced, true, {}, receivedAt);
        QCOMPARE(s.dueDate, dueDate);
        QCOMPARE(s.dueAt, dueAt);
        QCOMPARE(s.dueAt.timeSpec(), Qt::UTC);
        QCOMPARE(s.status, Status::Running);
        QCOMPARE(s.secondsLeft, receivedAt.secsTo(dueAt));
        // The calendar helper the reports use agrees with the clock.
        QCOMPARE(cal().victimsCodeDueDate(receivedAt, enhanced ? 2 : 5), dueDate);
    }

    void configurableDays_data()
    {
        QTest::addColumn<int>("enhancedDays");
        QTest::addColumn<int>("standardDays");
        QTest::addColumn<QDateTime>("receivedAt");
        QTest::addColumn<bool>("enhanced");
        QTest::addColumn<QDate>("dueDate");
        QTest::addColumn<QDateTime>("dueAt");

        QTest::newRow("N=3 enhanced from Mon 8 Jun")
            << 3 << 7 << utc("2026-06-08T10:00:00Z") << true << date("2026-06-11")
            << utc("2026-06-11T23:00:00Z");
        QTest::newRow("N=7 standard from Mon 8 Jun")
            << 3 << 7 << utc("2026-06-08T10:00:00Z") << false << date("2026-06-17")
            << utc("2026-06-17T23:00:00Z");
        QTest::newRow("N=3 enhanced over Easter")
            << 3 << 7 << utc("2026-04-02T09:00:00Z") << true << date("2026-04-09")
            << utc("2026-04-09T23:00:00Z");
        QTest::newRow("N=7 standard over Christmas")
            << 3 << 7 << utc("2026-12-22T10:00:00Z") << false << date("2027-01-05")
            << utc("2027-01-06T00:00:00Z");
        QTest::newRow("N=1 enhanced from Fri") << 1 << 10 << utc("2026-06-12T10:00:00Z") << true
                                               << date("2026-06-15") << utc("2026-06-15T23:00:00Z");
        QTest::newRow("N=10 standard from Mon over the May bank holiday")
            << 1 << 10 << utc("2026-05-18T10:00:00Z") << false << date("2026-06-02")
            << utc("2026-06-02T23:00:00Z");
    }

    void configurableDays()
    {
        QFETCH(int, enhancedDays);
        QFETCH(int, standardDays);
        QFETCH(QDateTime, receivedAt);
        QFETCH(bool, enhanced);
        QFETCH(QDate, dueDate);
        QFETCH(QDateTime, dueAt);

        const VictimsCodeClock clock(cal(), enhancedDays, standardDays);
        QCOMPARE(clock.daysFor(true), enhancedDays);
        QCOMPARE(clock.daysFor(false), standardDays);
        const ClockState s = clock.state(receivedAt, enhanced, true, {}, receivedAt);
        QCOMPARE(s.dueDate, dueDate);
        QCOMPARE(s.dueAt, dueAt);
    }

    void defaultsAreTwoAndFive()
    {
        const VictimsCodeClock clock(cal());
        QCOMPARE(clock.daysFor(true), 2);
        QCOMPARE(clock.daysFor(false), 5);
    }

    void status_data()
    {
        QTest::addColumn<QDateTime>("receivedAt");
        QTest::addColumn<bool>("enhanced");
        QTest::addColumn<bool>("consent");
        QTest::addColumn<QDateTime>("firstContactAt");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<Status>("status");
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<int>("workingDaysLeft");
        QTest::addColumn<bool>("breach");

        // Received Mon 8 Jun 2026 11:00 BST, enhanced: due Wed 10 Jun, ends 23:00Z.
        const QDateTime mon = utc("2026-06-08T10:00:00Z");
        QTest::newRow("running, next day")
            << mon << true << true << QDateTime() << utc("2026-06-09T09:00:00Z") << Status::Running
            << qint64(38 * 3600) << 1 << false;
        QTest::newRow("running, received a minute ago")
            << mon << true << true << QDateTime() << utc("2026-06-08T10:01:00Z") << Status::Running
            << qint64(2 * 86400 + 13 * 3600 - 60) << 2 << false;
        QTest::newRow("running, last second of the due date (23:59:59 BST)")
            << mon << true << true << QDateTime() << utc("2026-06-10T22:59:59Z") << Status::Running
            << qint64(1) << 0 << false;
        QTest::newRow("overdue at local midnight")
            << mon << true << true << QDateTime() << utc("2026-06-10T23:00:00Z") << Status::Overdue
            << qint64(0) << -1 << true;
        QTest::newRow("overdue two working days")
            << mon << true << true << QDateTime() << utc("2026-06-12T11:00:00Z") << Status::Overdue
            << qint64(-36 * 3600) << -2 << true;
        QTest::newRow("overdue, seen on the Saturday")
            << mon << true << true << QDateTime() << utc("2026-06-13T11:00:00Z") << Status::Overdue
            << qint64(-60 * 3600) << -2 << true;
        QTest::newRow("met on the day of receipt")
            << mon << true << true << utc("2026-06-08T10:05:00Z") << utc("2026-06-20T10:00:00Z")
            << Status::Met << qint64(0) << 0 << false;
        QTest::newRow("met late on the due date (23:30 BST)")
            << mon << true << true << utc("2026-06-10T22:30:00Z") << utc("2026-06-20T10:00:00Z")
            << Status::Met << qint64(0) << 0 << false;
        QTest::newRow("missed by half an hour (00:30 BST next day)")
            << mon << true << true << utc("2026-06-10T23:30:00Z") << utc("2026-06-20T10:00:00Z")
            << Status::Missed << qint64(0) << 0 << true;
        QTest::newRow("missed, contact before now but after due")
            << mon << true << true << utc("2026-06-11T09:00:00Z") << utc("2026-06-11T10:00:00Z")
            << Status::Missed << qint64(0) << 0 << true;
        QTest::newRow("met, while the clock would still run")
            << mon << true << true << utc("2026-06-09T09:00:00Z") << utc("2026-06-09T09:30:00Z")
            << Status::Met << qint64(0) << 0 << false;
        QTest::newRow("no consent: not applicable")
            << mon << true << false << QDateTime() << utc("2026-07-20T10:00:00Z")
            << Status::NotApplicable << qint64(0) << 0 << false;
        QTest::newRow("no consent, contacted late: still not applicable")
            << mon << false << false << utc("2026-07-01T10:00:00Z") << utc("2026-07-20T10:00:00Z")
            << Status::NotApplicable << qint64(0) << 0 << false;

        // Received Thu 15 Jan 2026 (GMT), standard: due Thu 22 Jan, ends 23 Jan 00:00Z.
        const QDateTime jan = utc("2026-01-15T10:00:00Z");
        QTest::newRow("winter: last second")
            << jan << false << true << QDateTime() << utc("2026-01-22T23:59:59Z") << Status::Running
            << qint64(1) << 0 << false;
        QTest::newRow("winter: midnight")
            << jan << false << true << QDateTime() << utc("2026-01-23T00:00:00Z") << Status::Overdue
            << qint64(0) << -1 << true;
        QTest::newRow("winter: contact 23:59 on the due date")
            << jan << false << true << utc("2026-01-22T23:59:00Z") << utc("2026-01-23T09:00:00Z")
            << Status::Met << qint64(0) << 0 << false;
        QTest::newRow("winter: contact 00:01 the day after")
            << jan << false << true << utc("2026-01-23T00:01:00Z") << utc("2026-01-23T09:00:00Z")
            << Status::Missed << qint64(0) << 0 << true;
        QTest::newRow("winter: a working week to go")
            << jan << false << true << QDateTime() << utc("2026-01-15T12:00:00Z") << Status::Running
            << qint64(7 * 86400 + 12 * 3600) << 5 << false;
    }

    void status()
    {
        QFETCH(QDateTime, receivedAt);
        QFETCH(bool, enhanced);
        QFETCH(bool, consent);
        QFETCH(QDateTime, firstContactAt);
        QFETCH(QDateTime, now);
        QFETCH(Status, status);
        QFETCH(qint64, secondsLeft);
        QFETCH(int, workingDaysLeft);
        QFETCH(bool, breach);

        const VictimsCodeClock clock(cal());
        const ClockState s = clock.state(receivedAt, enhanced, consent, firstContactAt, now);
        QCOMPARE(s.status, status);
        QCOMPARE(s.secondsLeft, secondsLeft);
        QCOMPARE(s.workingDaysLeft, workingDaysLeft);
        QCOMPARE(s.isBreach(), breach);
        if (status == Status::Running)
            QVERIFY(s.secondsLeft > 0);
        if (status == Status::Overdue)
            QVERIFY(s.secondsLeft <= 0);
        if (status == Status::NotApplicable) {
            QVERIFY(!s.dueDate.isValid());
            QVERIFY(!s.dueAt.isValid());
        } else {
            QVERIFY(s.dueDate.isValid());
        }
    }

    void invalidReceiptIsNotApplicable()
    {
        const VictimsCodeClock clock(cal());
        const ClockState s =
            clock.state(QDateTime(), false, true, QDateTime(), utc("2026-06-08T10:00:00Z"));
        QCOMPARE(s.status, Status::NotApplicable);
        QVERIFY(!s.dueDate.isValid());
    }
};

QTEST_GUILESS_MAIN(TestVictimsCodeClock)
#include "tst_victimscodeclock.moc"
