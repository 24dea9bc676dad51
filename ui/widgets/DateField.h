#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLineEdit>
#include <QPointer>

#include <QCalendarWidget>

namespace hub::ui {

// The one field for typing a date (or a date and time) everywhere in the app. It is a line
// edit, so typing replaces what was there (Tab and Alt+letter select it all) and nothing is
// reordered under the cursor. It reads what people type:
//   07/12/2026, 7/12/26, 07122026, 071226, 7.12.2026, 2026-12-07, 7/12 (this year),
//   today, yesterday, tomorrow (translated; the English words work too),
// and in date-and-time mode a time after the date: "7/12/26 14:30", "today 1430", "9:05"
// (a time alone keeps the date), "yesterday" alone keeps the time shown.
// Leaving the field (or Enter) writes the value back as dd/mm/yyyy [hh:mm]; a value that
// cannot be a date says so in words (problem(), problemFound()) and is left as typed, with
// a red border. Alt+Down, F4 or the calendar button at its end open a calendar.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    enum class Mode
    {
        Date,
        DateTime
    };

    explicit DateField(Mode mode = Mode::Date, QWidget *parent = nullptr);
    explicit DateField(QWidget *parent) : DateField(Mode::Date, parent) {}

    Mode mode() const { return m_mode; }
    // Blank is a value ("unknown", "any day") instead of a problem.
    void setAllowEmpty(bool allow) { m_allowEmpty = allow; }
    // Days outside are refused in words ("is after today").
    void setRange(const QDate &earliest, const QDate &latest);
    // The day "today" means (the hub's clock, London date); the system date unless set.
    void setToday(const QDate &today) { m_today = today; }

    // The value as last read; null while blank or while the text is not a date.
    QDate date() const;
    QDateTime dateTime() const; // a local (London) wall time, no time zone attached
    void setDate(const QDate &date);
    void setDateTime(const QDateTime &dateTime);

    // Reads the text now: the problem in words ("31/02/2026 does not exist: February 2026
    // has 28 days"), or empty when the text is a date (or blank and blank is allowed).
    QString problem() const;
    // Reads the text, writes it back in the usual form and reports: true when it is a date.
    bool commit();

    // The calendar popup while it is open.
    QCalendarWidget *calendar() const { return m_calendar; }
    void showCalendar();

    // What a text means: `today` is the day "today" means, `keep` the value whose time is
    // kept when only a date is typed (and whose day, when only a time is). Empty `*problem`
    // when it is a date.
    static QDateTime parse(const QString &text, Mode mode, const QDate &today,
                           const QDateTime &keep, QString *problem);

Q_SIGNALS:
    // A different date (or date and time) was typed, picked or set.
    void dateChanged(const QDate &date);
    void dateTimeChanged(const QDateTime &dateTime);
    // The typed text cannot be a date (empty `message` once it can again).
    void problemFound(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString format() const;
    QDate today() const;
    void display(const QDateTime &value);
    void setValue(const QDateTime &value);

    Mode m_mode;
    bool m_allowEmpty = false;
    QDate m_earliest;
    QDate m_latest;
    QDate m_today;
    QDateTime m_value;
    QString m_problem;
    QPointer<QCalendarWidget> m_calendar;
};

} // namespace hub::ui
