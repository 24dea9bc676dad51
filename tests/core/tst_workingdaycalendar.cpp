#include "CoreResources.h"
#include "calendar/WorkingDayCalendar.h"
#include "util/Time.h"

#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using hub::calendar::WorkingDayCalendar;

// Every expected date below was worked out by hand from a printed calendar and the gov.uk
// bank-holiday list, never from the code under test.
class TestWorkingDayCalendar : public QObject
{
    Q_OBJECT

private:
    std::optional<WorkingDayCalendar> m_cal; // the shipped list, loaded as the app loads it

    static QDate date(const char *iso)
    {
        const QDate d = hub::util::parseDate(QString::fromLatin1(iso));
        if (!d.isValid())
            qFatal("bad date in test data: %s", iso);
        return d;
    }

    static QDateTime utc(const char *rfc3339)
    {
        const QDateTime t = hub::util::parseRfc3339(QString::fromLatin1(rfc3339));
        if (!t.isValid())
            qFatal("bad timestamp in test data: %s", rfc3339);
        return t;
    }

    // JSON written with single quotes for readability (moc mis-parses some raw strings).
    static QByteArray js(const QByteArray &singleQuoted)
    {
        return QByteArray(singleQuoted).replace('\'', '"');
    }

    static QByteArray
    calendarJson(const QByteArray &events,
                 const QByteArray &covers = "{'from':'2026-01-01','to':'2026-12-31'}")
    {
        return js("{'division':'england-and-wales','covers':" + covers + ",'events':" + events +
                  "}");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(hub::util::london().isValid());
        hub::initCoreResources();
        auto cal = WorkingDayCalendar::fromFile(
            QStringLiteral(":/hub/calendar/bank-holidays-england-wales.json"));
        QVERIFY2(cal.ok(), qPrintable(cal.error().describe()));
        m_cal = std::move(cal).value();
    }

    // The only test that calls englandAndWales(): it loads once per process, so the
    // environment must be set before that first call.
    void environmentVariableReplacesTheShippedList()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("holidays.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(calendarJson("[{'date':'2026-10-07','title':'Hub test holiday'}]"));
        file.close();

        qputenv("HUB_BANK_HOLIDAYS", QFile::encodeName(path));
        const WorkingDayCalendar &cal = WorkingDayCalendar::englandAndWales();
        qunsetenv("HUB_BANK_HOLIDAYS");

        QVERIFY(cal.isBankHoliday(date("2026-10-07"))); // a Wednesday
        QCOMPARE(cal.holidayTitle(date("2026-10-07")), QStringLiteral("Hub test holiday"));
        QVERIFY(!cal.isWorkingDay(date("2026-10-07")));
        QVERIFY(!cal.isBankHoliday(date("2026-12-25"))); // proves the shipped list was not used
        QCOMPARE(cal.coversTo(), date("2026-12-31"));
        // Loaded once: a later change of the variable is not seen.
        QCOMPARE(&WorkingDayCalendar::englandAndWales(), &cal);
    }

    void shippedListCoversTheRequiredYears()
    {
        QVERIFY(m_cal->coversFrom() <= date("2015-01-01"));
        QVERIFY(m_cal->coversTo() >= date("2030-12-31"));
        for (int year = 2015; year <= 2030; ++year) {
            int count = 0;
            for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
                if (!m_cal->isBankHoliday(d))
                    continue;
                ++count;
                // Substitute days mean a listed holiday never falls on a weekend.
                QVERIFY2(d.dayOfWeek() <= Qt::Friday, qPrintable(d.toString(Qt::ISODate)));
            }
            QVERIFY2(count >= 8, qPrintable(QString::number(year)));
        }
    }

    void dayKinds_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("working");
        QTest::addColumn<QString>("title"); // empty: not a bank holiday
        const auto row = [](const char *day, bool working, const char *title = "") {
            QTest::newRow(day) << date(day) << working << QString::fromUtf8(title);
        };
        row("2026-10-02", true);  // Friday
        row("2026-10-03", false); // Saturday
        row("2026-10-04", false); // Sunday
        row("2026-10-05", true);  // Monday
        // 2026: Christmas Friday, Boxing Day Saturday -> substitute Monday 28th.
        row("2026-12-25", false, "Christmas Day");
        row("2026-12-26", false);
        row("2026-12-28", false, "Boxing Day (substitute day)");
        row("2026-12-29", true);
        // 2021: Christmas Saturday, Boxing Day Sunday -> Monday 27th and Tuesday 28th.
        row("2021-12-25", false);
        row("2021-12-27", false, "Christmas Day (substitute day)");
        row("2021-12-28", false, "Boxing Day (substitute day)");
        row("2021-12-29", true);
        row("2022-01-03", false, "New Year's Day (substitute day)");
        // 2022: Christmas Sunday -> Boxing Day Monday 26th, Christmas substitute Tuesday 27th.
        row("2022-12-25", false);
        row("2022-12-26", false, "Boxing Day");
        row("2022-12-27", false, "Christmas Day (substitute day)");
        row("2022-12-28", true);
        // Easter: Good Friday and Easter Monday; Thursday, Sunday and Tuesday are not holidays.
        row("2019-04-19", false, "Good Friday");
        row("2019-04-22", false, "Easter Monday");
        row("2024-03-29", false, "Good Friday");
        row("2024-04-01", false, "Easter Monday");
        row("2025-04-17", true);
        row("2025-04-18", false, "Good Friday");
        row("2025-04-20", false);
        row("2025-04-21", false, "Easter Monday");
        row("2025-04-22", true);
        row("2027-03-26", false, "Good Friday");
        row("2027-03-29", false, "Easter Monday");
        // 2022: spring holiday moved from Monday 30 May to Thursday 2 June, jubilee Friday.
        row("2022-05-30", true);
        row("2022-06-02", false, "Spring bank holiday");
        row("2022-06-03", false, "Platinum Jubilee bank holiday");
        row("2022-09-19", false, "Bank Holiday for the State Funeral of Queen Elizabeth II");
        row("2023-05-08", false, "Bank holiday for the coronation of King Charles III");
        // 2020: early May holiday moved from Monday 4th to Friday 8th for VE day.
        row("2020-05-04", true);
        row("2020-05-08", false, "Early May bank holiday (VE day)");
        QTest::newRow("invalid") << QDate() << false << QString();
    }

    void dayKinds()
    {
        QFETCH(QDate, day);
        QFETCH(bool, working);
        QFETCH(QString, title);
        QCOMPARE(m_cal->isWorkingDay(day), working);
        QCOMPARE(m_cal->isBankHoliday(day), !title.isEmpty());
        QCOMPARE(m_cal->holidayTitle(day), title);
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("expected");
        const auto row = [](const char *from, int n, const char *expected) {
            QTest::addRow("%s +%d", from, n) << date(from) << n << date(expected);
        };
        row("2026-10-03", 0, "2026-10-03"); // n = 0 is `from` itself, even a Saturday
        row("2026-10-03", 1, "2026-10-05"); // Saturday -> Monday
        row("2026-10-02", 1, "2026-10-05"); // Friday -> Monday
        row("2026-10-05", 5, "2026-10-12"); // Monday -> next Monday
        // Thu 24 Dec 2026: 25th, 28th, 1 Jan are holidays.
        row("2026-12-24", 1, "2026-12-29");
        row("2026-12-24", 2, "2026-12-30");
        row("2026-12-24", 5, "2027-01-05");
        // Fri 24 Dec 2021: 27th, 28th, 3 Jan are holidays.
        row("2021-12-24", 2, "2021-12-30");
        row("2021-12-24", 5, "2022-01-05");
        row("2022-12-23", 2, "2022-12-29"); // 26th, 27th
        row("2025-04-17", 2, "2025-04-23"); // Maundy Thursday over Easter
        row("2024-03-28", 1, "2024-04-02");
        row("2022-06-01", 2, "2022-06-07"); // over the jubilee Thursday and Friday
        row("2022-05-27", 5, "2022-06-07"); // the moved Monday 30 May counts
        row("2022-09-16", 2, "2022-09-21"); // over the state funeral
        row("2023-05-05", 2, "2023-05-10"); // over the coronation
        row("2023-04-28", 5, "2023-05-09"); // over both May Mondays
        row("2020-05-01", 1, "2020-05-04"); // the unmoved Monday counts
        row("2020-05-01", 5, "2020-05-11"); // VE day Friday does not
        QTest::newRow("negative n") << date("2026-10-05") << -1 << QDate();
        QTest::newRow("invalid from") << QDate() << 2 << QDate();
    }

    void addWorkingDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, n);
        QFETCH(QDate, expected);
        QCOMPARE(m_cal->addWorkingDays(from, n), expected);
    }

    void workingDaysBetween_data()
    {
        QTest::addColumn<QDate>("a");
        QTest::addColumn<QDate>("b");
        QTest::addColumn<int>("expected");

        QTest::newRow("same day") << date("2026-10-05") << date("2026-10-05") << 0;
        QTest::newRow("Fri..Sun") << date("2026-10-02") << date("2026-10-04") << 0;
        QTest::newRow("Fri..Mon") << date("2026-10-02") << date("2026-10-05") << 1;
        QTest::newRow("Sat..Mon") << date("2026-10-03") << date("2026-10-05") << 1;
        QTest::newRow("Christmas 2026") << date("2026-12-24") << date("2027-01-05") << 5;
        QTest::newRow("Christmas 2026 backwards") << date("2027-01-05") << date("2026-12-24") << -5;
        QTest::newRow("jubilee week") << date("2022-05-27") << date("2022-06-07") << 5;
        // 2026 starts on a Thursday: 261 weekdays, 8 bank holidays all on weekdays.
        QTest::newRow("whole of 2026") << date("2025-12-31") << date("2026-12-31") << 253;
        // 2022 starts on a Saturday: 260 weekdays, 10 bank holidays (incl. jubilee, funeral).
        QTest::newRow("whole of 2022") << date("2021-12-31") << date("2022-12-31") << 250;
        QTest::newRow("invalid") << QDate() << date("2022-12-31") << 0;
    }

    void workingDaysBetween()
    {
        QFETCH(QDate, a);
        QFETCH(QDate, b);
        QFETCH(int, expected);
        QCOMPARE(m_cal->workingDaysBetween(a, b), expected);
    }

    // The two are computed differently (walking vs counting); they must agree everywhere.
    void addAndBetweenAgree()
    {
        for (QDate d(2015, 1, 1); d <= date("2030-12-31"); d = d.addDays(1)) {
            for (int n = 0; n <= 7; ++n) {
                const QDate due = m_cal->addWorkingDays(d, n);
                QCOMPARE(m_cal->workingDaysBetween(d, due), n);
                QCOMPARE(m_cal->workingDaysBetween(due, d), -n);
                if (n > 0)
                    QVERIFY(m_cal->isWorkingDay(due));
            }
        }
    }

    void victimsCodeDue_data()
    {
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("dueDate");
        QTest::addColumn<QDateTime>("dueUtc"); // first instant after the due date, London time
        const auto row = [](const char *received, int n, const char *dueDate, const char *due) {
            QTest::addRow("%s n=%d", received, n)
                << utc(received) << n << date(dueDate) << utc(due);
        };
        // Saturday 3 Oct 2026 (BST): counting starts Monday 5th.
        row("2026-10-03T10:00:00Z", 5, "2026-10-09", "2026-10-09T23:00:00Z");
        row("2026-10-03T10:00:00Z", 2, "2026-10-06", "2026-10-06T23:00:00Z");
        // 23:30 UTC on Thu 2 Jul 2026 is 00:30 BST on Friday 3rd: the Friday is day zero.
        row("2026-07-02T23:30:00Z", 2, "2026-07-07", "2026-07-07T23:00:00Z");
        // The same clock time on Thu 15 Jan 2026 is still Thursday (GMT).
        row("2026-01-15T23:30:00Z", 2, "2026-01-19", "2026-01-20T00:00:00Z");
        // Clocks go forward 01:00 UTC Sun 29 Mar 2026: received in GMT, due in BST.
        row("2026-03-26T09:00:00Z", 1, "2026-03-27", "2026-03-28T00:00:00Z");
        row("2026-03-27T12:00:00Z", 2, "2026-03-31", "2026-03-31T23:00:00Z");
        row("2026-03-28T23:30:00Z", 1, "2026-03-30", "2026-03-30T23:00:00Z");
        row("2026-03-29T00:30:00Z", 2, "2026-03-31", "2026-03-31T23:00:00Z"); // 00:30 GMT
        row("2026-03-29T01:30:00Z", 1, "2026-03-30", "2026-03-30T23:00:00Z"); // 02:30 BST
        // Clocks go back 01:00 UTC Sun 25 Oct 2026: received in BST, due in GMT.
        row("2026-10-22T23:30:00Z", 1, "2026-10-26", "2026-10-27T00:00:00Z"); // Fri 00:30 BST
        row("2026-10-23T15:00:00Z", 2, "2026-10-27", "2026-10-28T00:00:00Z");
        row("2026-10-25T00:30:00Z", 1, "2026-10-26", "2026-10-27T00:00:00Z"); // 01:30 BST
        row("2026-10-25T01:30:00Z", 1, "2026-10-26", "2026-10-27T00:00:00Z"); // 01:30 GMT
        // Clocks go back Sun 26 Oct 2025.
        row("2025-10-24T10:00:00Z", 5, "2025-10-31", "2025-11-01T00:00:00Z");
        // Bank holidays in the way.
        row("2026-12-24T16:00:00Z", 5, "2027-01-05", "2027-01-06T00:00:00Z");
        row("2026-12-24T16:00:00Z", 2, "2026-12-30", "2026-12-31T00:00:00Z");
        row("2023-05-08T09:00:00Z", 2, "2023-05-10", "2023-05-10T23:00:00Z"); // on coronation day
        row("2020-05-01T09:00:00Z", 5, "2020-05-11", "2020-05-11T23:00:00Z"); // VE day
    }

    void victimsCodeDue()
    {
        QFETCH(QDateTime, received);
        QFETCH(int, n);
        QFETCH(QDate, dueDate);
        QFETCH(QDateTime, dueUtc);
        QCOMPARE(m_cal->victimsCodeDueDate(received, n), dueDate);
        const QDateTime due = m_cal->victimsCodeDue(received, n);
        QCOMPARE(due.timeSpec(), Qt::UTC);
        QCOMPARE(hub::util::toIsoUtc(due), hub::util::toIsoUtc(dueUtc));
        // Still due one second before local midnight, overdue at it.
        QCOMPARE(hub::util::londonDate(due.addSecs(-1)), dueDate);
        QCOMPARE(hub::util::londonDate(due), dueDate.addDays(1));
    }

    void victimsCodeDueOfInvalidIsNull()
    {
        QVERIFY(!m_cal->victimsCodeDue(QDateTime(), 2).isValid());
        QVERIFY(!m_cal->victimsCodeDueDate(QDateTime(), 2).isValid());
    }

    void fromJsonAcceptsAnEmptyList()
    {
        auto cal = WorkingDayCalendar::fromJson(calendarJson("[]"));
        QVERIFY2(cal.ok(), qPrintable(cal.error().describe()));
        QVERIFY(cal->isWorkingDay(date("2026-12-25")));
        QCOMPARE(cal->coversFrom(), date("2026-01-01"));
    }

    void fromJsonRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");

        // Events with the given dates (title "x"), inside covers 2026 unless stated.
        const auto row = [](const char *name, const QByteArrayList &dates, const char *field) {
            QByteArrayList events;
            for (const QByteArray &d : dates)
                events << "{'date':'" + d + "','title':'x'}";
            QTest::newRow(name) << calendarJson("[" + events.join(',') + "]")
                                << QString::fromLatin1(field);
        };
        row("30 February", {"2026-01-01", "2026-02-30"}, "events[1].date");
        row("month 13", {"2026-13-01"}, "events[0].date");
        row("two-digit year", {"26-12-25"}, "events[0].date");
        row("slashes", {"2026/12/25"}, "events[0].date");
        row("outside covers", {"2027-01-01"}, "events[0].date");
        row("listed twice", {"2026-01-01", "2026-01-01"}, "events[1].date");
        QTest::newRow("not JSON") << QByteArray("{") << QString();
        QTest::newRow("top level array") << QByteArray("[]") << QString();
        QTest::newRow("no date") << calendarJson("[{'title':'x'}]")
                                 << QStringLiteral("events[0].date");
        QTest::newRow("no title") << calendarJson("[{'date':'2026-12-25'}]")
                                  << QStringLiteral("events[0].title");
        QTest::newRow("no events")
            << js("{'covers':{'from':'2026-01-01','to':'2026-12-31'}}") << QStringLiteral("events");
        QTest::newRow("no covers") << js("{'events':[]}") << QStringLiteral("covers.from");
        QTest::newRow("covers reversed")
            << calendarJson("[]", "{'from':'2026-12-31','to':'2026-01-01'}")
            << QStringLiteral("covers");
    }

    void fromJsonRejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto cal = WorkingDayCalendar::fromJson(json);
        QVERIFY(!cal.ok());
        QCOMPARE(cal.error().field, field);
        QVERIFY(!cal.error().message.isEmpty());
    }

    void fromFileReportsAMissingFile()
    {
        const auto cal = WorkingDayCalendar::fromFile(QStringLiteral("/nonexistent/holidays.json"));
        QVERIFY(!cal.ok());
        QCOMPARE(cal.error().kind, hub::Error::Kind::Io);
    }
};

QTEST_GUILESS_MAIN(TestWorkingDayCalendar)
#include "tst_workingdaycalendar.moc"
