#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"
#include "widgets/FormDialog.h"

#include <QCalendarWidget>
#include <QFormLayout>
#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

using namespace hub;
using Mode = ui::DateField::Mode;

// The one date field: dates typed by hand with or without separators, today and yesterday,
// a calendar, and a clear word for a date that cannot be. Today is Wednesday 10 June 2026.
class TestDateField : public QObject
{
    Q_OBJECT

    const QDate m_today{2026, 6, 10};

    struct Form
    {
        QWidget window;
        ui::DateField *field;
        QLineEdit *next;
        explicit Form(Mode mode)
        {
            auto *layout = new QFormLayout(&window);
            field = new ui::DateField(mode, &window);
            auto *label = new QLabel(QStringLiteral("&When"), &window);
            label->setBuddy(field);
            layout->addRow(label, field);
            next = new QLineEdit(&window);
            layout->addRow(QStringLiteral("Next"), next);
        }
    };

private Q_SLOTS:
    void readsWhatPeopleType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("date");
        QTest::newRow("with slashes") << QStringLiteral("07/12/2026") << QDate(2026, 12, 7);
        QTest::newRow("short") << QStringLiteral("7/12/26") << QDate(2026, 12, 7);
        QTest::newRow("no separators") << QStringLiteral("07122026") << QDate(2026, 12, 7);
        QTest::newRow("no separators, short year")
            << QStringLiteral("071226") << QDate(2026, 12, 7);
        QTest::newRow("dots") << QStringLiteral("7.12.2026") << QDate(2026, 12, 7);
        QTest::newRow("iso") << QStringLiteral("2026-12-07") << QDate(2026, 12, 7);
        QTest::newRow("day and month") << QStringLiteral("7/1") << QDate(2026, 1, 7);
        QTest::newRow("a birth year") << QStringLiteral("4/3/80") << QDate(1980, 3, 4);
        QTest::newRow("today") << QStringLiteral("today") << QDate(2026, 6, 10);
        QTest::newRow("Today, spaced") << QStringLiteral("  Today ") << QDate(2026, 6, 10);
        QTest::newRow("yesterday") << QStringLiteral("yesterday") << QDate(2026, 6, 9);
        QTest::newRow("tomorrow") << QStringLiteral("tomorrow") << QDate(2026, 6, 11);
    }

    void readsWhatPeopleType()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, date);
        QString problem;
        const auto read = ui::DateField::parse(typed, Mode::Date, m_today, {}, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(read.date(), date);
    }

    void saysWhyADateCannotBe_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("problem");
        QTest::newRow("30 February")
            << QStringLiteral("30/02/2026")
            << QStringLiteral("30/02/2026 does not exist (February 2026 has 28 days)");
        QTest::newRow("no separators, 31 April")
            << QStringLiteral("31042026")
            << QStringLiteral("31/04/2026 does not exist (April 2026 has 30 days)");
        QTest::newRow("month 13") << QStringLiteral("01/13/2026")
                                  << QStringLiteral("01/13/2026 does not exist (there is no "
                                                    "month 13)");
        QTest::newRow("words") << QStringLiteral("next week")
                               << QStringLiteral("\"next week\" is not a date: type it as "
                                                 "07/12/2026, 7/12/26, 07122026 or today");
        QTest::newRow("five digits") << QStringLiteral("07122")
                                     << QStringLiteral("\"07122\" is not a date: type it as "
                                                       "07/12/2026, 7/12/26, 07122026 or today");
    }

    void saysWhyADateCannotBe()
    {
        QFETCH(QString, typed);
        QFETCH(QString, problem);
        Form form(Mode::Date);
        form.field->setToday(m_today);
        form.window.show();
        QVERIFY(QTest::qWaitForWindowActive(&form.window));
        QSignalSpy said(form.field, &ui::DateField::problemFound);
        form.field->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(form.field, typed);
        QTest::keyClick(form.field, Qt::Key_Tab); // leaving the field reads it
        QCOMPARE(form.field->problem(), problem);
        QCOMPARE(said.count(), 1);
        QCOMPARE(said.first().first().toString(), problem);
        QCOMPARE(form.field->text(), typed); // kept as typed, to be corrected
        QVERIFY(form.field->property("invalid").toBool());
        QVERIFY(!form.field->date().isValid());
    }

    void dateAndTime_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QString>("shown");
        QTest::newRow("both") << QStringLiteral("7/12/26 14:30")
                              << QDateTime(QDate(2026, 12, 7), QTime(14, 30))
                              << QStringLiteral("07/12/2026 14:30");
        QTest::newRow("no separators")
            << QStringLiteral("07122026 0905") << QDateTime(QDate(2026, 12, 7), QTime(9, 5))
            << QStringLiteral("07/12/2026 09:05");
        QTest::newRow("today and a time")
            << QStringLiteral("today 9:05") << QDateTime(QDate(2026, 6, 10), QTime(9, 5))
            << QStringLiteral("10/06/2026 09:05");
        QTest::newRow("yesterday keeps the time")
            << QStringLiteral("yesterday") << QDateTime(QDate(2026, 6, 9), QTime(11, 0))
            << QStringLiteral("09/06/2026 11:00");
        QTest::newRow("a time keeps the day")
            << QStringLiteral("16:45") << QDateTime(QDate(2026, 6, 10), QTime(16, 45))
            << QStringLiteral("10/06/2026 16:45");
    }

    void dateAndTime()
    {
        QFETCH(QString, typed);
        QFETCH(QDateTime, when);
        QFETCH(QString, shown);
        Form form(Mode::DateTime);
        form.field->setToday(m_today);
        form.field->setDateTime(QDateTime(m_today, QTime(11, 0)));
        form.window.show();
        QVERIFY(QTest::qWaitForWindowActive(&form.window));
        QSignalSpy changed(form.field, &ui::DateField::dateTimeChanged);
        form.next->setFocus(Qt::TabFocusReason);
        // Alt+W as a person reaches it: the whole value is selected, typing replaces it
        // (the cursor used to land at the end and the digits garbled the date).
        QTest::keyClick(&form.window, Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(form.field->hasFocus());
        QCOMPARE(form.field->selectedText(), form.field->text());
        QTest::keyClicks(form.field, typed);
        QTest::keyClick(form.field, Qt::Key_Tab);
        QVERIFY(form.next->hasFocus()); // Tab leaves at once
        QCOMPARE(form.field->problem(), QString());
        QCOMPARE(form.field->dateTime(), when);
        QCOMPARE(form.field->text(), shown);
        QCOMPARE(changed.count(), 1);
    }

    void impossibleTime()
    {
        QString problem;
        ui::DateField::parse(QStringLiteral("today 25:10"), Mode::DateTime, m_today, {}, &problem);
        QCOMPARE(problem, QStringLiteral("25:10 is not a time of day (00:00 to 23:59)"));
    }

    void rangeIsSaidInWords()
    {
        Form form(Mode::Date);
        form.field->setToday(m_today);
        form.field->setRange(QDate(2026, 6, 1), m_today);
        form.field->setText(QStringLiteral("tomorrow"));
        QCOMPARE(form.field->problem(),
                 QStringLiteral("11/06/2026 is in the future: the latest is today"));
        form.field->setText(QStringLiteral("31/05/2026"));
        QCOMPARE(form.field->problem(),
                 QStringLiteral("31/05/2026 is too early: the earliest is 01/06/2026"));
    }

    void blankIsAllowedOnlyWhenSaid()
    {
        Form form(Mode::Date);
        QVERIFY(!form.field->problem().isEmpty());
        form.field->setAllowEmpty(true);
        QCOMPARE(form.field->problem(), QString());
        QVERIFY(form.field->commit());
        QVERIFY(!form.field->date().isValid());
    }

    void altDownOpensACalendarAndEnterPicks()
    {
        Form form(Mode::Date);
        form.field->setToday(m_today);
        form.field->setDate(QDate(2026, 6, 3));
        form.window.show();
        QVERIFY(QTest::qWaitForWindowActive(&form.window));
        form.field->setFocus(Qt::TabFocusReason);
        QTest::keyClick(form.field, Qt::Key_Down, Qt::AltModifier);
        QTRY_VERIFY(form.field->calendar() && form.field->calendar()->isVisible());
        auto *calendar = form.field->calendar();
        QCOMPARE(calendar->selectedDate(), QDate(2026, 6, 3));
        calendar->setSelectedDate(QDate(2026, 6, 4));
        Q_EMIT calendar->activated(QDate(2026, 6, 4));
        QTRY_VERIFY(!form.field->calendar());
        QCOMPARE(form.field->date(), QDate(2026, 6, 4));
        QCOMPARE(form.field->text(), QStringLiteral("04/06/2026"));
        QTRY_VERIFY(form.field->hasFocus());
    }

    // Closing a form by destroying it while a half-typed date has the focus: the field's
    // last word about the date (sent as the window goes) must not reach the form's list of
    // errors, which is gone by then (the sanitizer build reports a use after free).
    void destroyingAFormWithABadDateInFocus()
    {
        struct DateForm : ui::FormDialog
        {
            ui::DateField *field = new ui::DateField(Mode::Date, this);
            DateForm()
            {
                auto *form = new QFormLayout(this);
                errors().addRow(form, QStringLiteral("date"), QStringLiteral("&When:"), field);
            }
            bool hasUnsavedChanges() const override { return false; }
            void save() override {}
        };
        auto *dialog = new DateForm;
        dialog->field->setToday(m_today);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->field->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(dialog->field->hasFocus());
        QTest::keyClicks(dialog->field, QStringLiteral("31/02"));
        QPointer<ui::DateField> field = dialog->field;
        delete dialog;
        QVERIFY(!field);
    }
};

QTEST_MAIN(TestDateField)
#include "tst_datefield.moc"
