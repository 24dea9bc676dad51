#include "DateField.h"
#include "widgets/Colours.h"

#include "widgets/FieldErrors.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QTimer>

namespace hub::ui {

namespace {

// A small calendar page for the button at the end of the field, drawn so that it needs no
// icon theme.
QIcon calendarIcon()
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink = Colours::text(Colours::Tone::Muted);
    p.setPen(QPen(ink, 2.4));
    p.drawRoundedRect(QRectF(5, 8, 22, 19), 2, 2);
    p.fillRect(QRectF(5, 8, 22, 6), ink);
    p.drawLine(QPointF(11, 4), QPointF(11, 10));
    p.drawLine(QPointF(21, 4), QPointF(21, 10));
    for (int row = 0; row < 2; ++row)
        for (int col = 0; col < 3; ++col)
            p.fillRect(QRectF(9 + col * 6, 17 + row * 5, 3, 3), ink);
    return QIcon(pm);
}

QString dayText(int d, int m, int y)
{
    return QStringLiteral("%1/%2/%3")
        .arg(d, 2, 10, QLatin1Char('0'))
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(y, 4, 10, QLatin1Char('0'));
}

bool isWord(const QString &typed, const QString &translated, const char *english)
{
    return typed == translated.toLower() || typed == QLatin1String(english);
}

// The date in `s`; null with *problem set when it is not one.
QDate readDate(const QString &s, const QDate &today, QString *problem)
{
    if (isWord(s, DateField::tr("today"), "today"))
        return today;
    if (isWord(s, DateField::tr("yesterday"), "yesterday"))
        return today.addDays(-1);
    if (isWord(s, DateField::tr("tomorrow"), "tomorrow"))
        return today.addDays(1);
    static const QRegularExpression digitsOnly(QStringLiteral("^\\d+$"));
    static const QRegularExpression separators(QStringLiteral("[/.\\-\\s]+"));
    QStringList parts;
    if (digitsOnly.match(s).hasMatch()) {
        // Without separators: ddmmyyyy, ddmmyy or ddmm.
        if (s.size() == 8)
            parts = {s.mid(0, 2), s.mid(2, 2), s.mid(4, 4)};
        else if (s.size() == 6)
            parts = {s.mid(0, 2), s.mid(2, 2), s.mid(4, 2)};
        else if (s.size() == 4)
            parts = {s.mid(0, 2), s.mid(2, 2)};
    } else {
        parts = s.split(separators, Qt::SkipEmptyParts);
        if (parts.size() == 3 && parts.first().size() == 4) // yyyy-mm-dd
            parts = {parts.at(2), parts.at(1), parts.at(0)};
    }
    bool allDigits = parts.size() == 2 || parts.size() == 3;
    for (const auto &p : parts)
        allDigits = allDigits && digitsOnly.match(p).hasMatch() && p.size() <= 4;
    if (!allDigits || (parts.size() == 3 && parts.at(2).size() != 2 && parts.at(2).size() != 4)) {
        *problem = DateField::tr("\"%1\" is not a date: type it as 07/12/2026, 7/12/26, "
                                 "07122026 or %2")
                       .arg(s, DateField::tr("today"));
        return {};
    }
    const int d = parts.at(0).toInt();
    const int m = parts.at(1).toInt();
    int y = parts.size() == 3 ? parts.at(2).toInt() : today.year();
    if (parts.size() == 3 && parts.at(2).size() == 2) {
        // Two digits: the year within ten years ahead of today and ninety behind.
        y += 2000;
        if (y > today.year() + 10)
            y -= 100;
    }
    if (m < 1 || m > 12) {
        *problem =
            DateField::tr("%1 does not exist (there is no month %2)").arg(dayText(d, m, y)).arg(m);
        return {};
    }
    const QDate first(y, m, 1);
    if (d < 1 || d > first.daysInMonth()) {
        *problem =
            DateField::tr("%1 does not exist (%2 has %3 days)")
                .arg(dayText(d, m, y), QLocale().toString(first, QStringLiteral("MMMM yyyy")))
                .arg(first.daysInMonth());
        return {};
    }
    return QDate(y, m, d);
}

// The time in `s` (14:30, 14.30, 1430, 930, 9); null with *problem set when it is not one.
QTime readTime(const QString &s, QString *problem)
{
    static const QRegularExpression time(QStringLiteral("^(\\d{1,2})(?:[:.h]?(\\d{2}))?$"));
    const auto match = time.match(s);
    if (match.hasMatch()) {
        const int h = match.captured(1).toInt();
        const int m = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
        if (h <= 23 && m <= 59)
            return QTime(h, m);
        *problem = DateField::tr("%1 is not a time of day (00:00 to 23:59)")
                       .arg(QStringLiteral("%1:%2")
                                .arg(h, 2, 10, QLatin1Char('0'))
                                .arg(m, 2, 10, QLatin1Char('0')));
        return {};
    }
    *problem = DateField::tr("\"%1\" is not a time: type it as 14:30 or 1430").arg(s);
    return {};
}

} // namespace

DateField::DateField(Mode mode, QWidget *parent) : QLineEdit(parent), m_mode(mode)
{
    setPlaceholderText(mode == Mode::Date ? tr("dd/mm/yyyy or today")
                                          : tr("dd/mm/yyyy hh:mm or today hh:mm"));
    setToolTip(mode == Mode::Date
                   ? tr("Type a date: 07/12/2026, 7/12/26, 07122026, today or yesterday. "
                        "Alt+Down opens a calendar.")
                   : tr("Type a date and time: 07/12/2026 14:30, 7/12/26 1430, today 9:05, or "
                        "just a time. Alt+Down opens a calendar."));
    auto *pick = addAction(calendarIcon(), QLineEdit::TrailingPosition);
    pick->setObjectName(QStringLiteral("calendarAction"));
    pick->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    connect(pick, &QAction::triggered, this, &DateField::showCalendar);
    // Wide enough for the whole value, the calendar button and the frame.
    const auto sample =
        mode == Mode::Date ? QStringLiteral("00/00/00000") : QStringLiteral("00/00/0000 00:000");
    setMinimumWidth(fontMetrics().horizontalAdvance(sample) + 48);
}

QString DateField::format() const
{
    return m_mode == Mode::Date ? QStringLiteral("dd/MM/yyyy") : QStringLiteral("dd/MM/yyyy HH:mm");
}

QDate DateField::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void DateField::setRange(const QDate &earliest, const QDate &latest)
{
    m_earliest = earliest;
    m_latest = latest;
}

QDateTime DateField::parse(const QString &text, Mode mode, const QDate &today,
                           const QDateTime &keep, QString *problem)
{
    problem->clear();
    const QString t = text.trimmed().toLower();
    QString datePart = t;
    QString timePart;
    if (mode == Mode::DateTime) {
        static const QRegularExpression space(QStringLiteral("\\s+"));
        auto tokens = t.split(space, Qt::SkipEmptyParts);
        // A time is the last word, when it has a colon or another word comes before it.
        if (tokens.size() >= 2 ||
            (tokens.size() == 1 && tokens.first().contains(QLatin1Char(':')))) {
            timePart = tokens.takeLast();
            datePart = tokens.join(QLatin1Char(' '));
        }
    }
    QDate date = keep.isValid() ? keep.date() : today;
    if (!datePart.isEmpty()) {
        date = readDate(datePart, today, problem);
        if (!date.isValid())
            return {};
    }
    QTime time(0, 0);
    if (mode == Mode::DateTime) {
        time = keep.isValid() ? QTime(keep.time().hour(), keep.time().minute()) : QTime(0, 0);
        if (!timePart.isEmpty()) {
            time = readTime(timePart, problem);
            if (!time.isValid())
                return {};
        }
    }
    return QDateTime(date, time);
}

QString DateField::problem() const
{
    if (text().trimmed().isEmpty())
        return m_allowEmpty ? QString() : tr("is needed: type a date, e.g. %1").arg(tr("today"));
    QString p;
    const auto value = parse(text(), m_mode, today(), m_value, &p);
    if (!p.isEmpty())
        return p;
    const QDate d = value.date();
    const bool latestIsToday = m_latest == today();
    if (m_latest.isValid() && d > m_latest)
        return latestIsToday
                   ? tr("%1 is in the future: the latest is today")
                         .arg(d.toString(format().left(10)))
                   : tr("%1 is too late: the latest is %2")
                         .arg(d.toString(format().left(10)), m_latest.toString(format().left(10)));
    if (m_earliest.isValid() && d < m_earliest)
        return tr("%1 is too early: the earliest is %2")
            .arg(d.toString(format().left(10)), m_earliest.toString(format().left(10)));
    return {};
}

QDate DateField::date() const
{
    return dateTime().date();
}

QDateTime DateField::dateTime() const
{
    if (!problem().isEmpty() || text().trimmed().isEmpty())
        return {};
    QString p;
    return parse(text(), m_mode, today(), m_value, &p);
}

void DateField::setDate(const QDate &date)
{
    setDateTime(date.isValid() ? QDateTime(date, m_value.isValid() ? m_value.time() : QTime(0, 0))
                               : QDateTime());
}

void DateField::setDateTime(const QDateTime &dateTime)
{
    display(dateTime);
    setValue(dateTime);
}

void DateField::display(const QDateTime &value)
{
    setText(value.isValid() ? value.toString(format()) : QString());
    if (!m_problem.isEmpty()) {
        m_problem.clear();
        FieldErrors::setInvalid(this, false);
        Q_EMIT problemFound(QString());
    }
}

void DateField::setValue(const QDateTime &value)
{
    if (value == m_value)
        return;
    const bool newDate = value.date() != m_value.date();
    m_value = value;
    if (newDate)
        Q_EMIT dateChanged(value.date());
    Q_EMIT dateTimeChanged(value);
}

bool DateField::commit()
{
    const QString p = problem();
    if (p.isEmpty()) {
        const auto value = dateTime();
        display(value);
        setValue(value);
        return true;
    }
    FieldErrors::setInvalid(this, true);
    if (p != m_problem) {
        m_problem = p;
        Q_EMIT problemFound(p);
    }
    return false;
}

void DateField::showCalendar()
{
    if (m_calendar)
        return;
    auto *calendar = new QCalendarWidget(this);
    calendar->setObjectName(QStringLiteral("dateFieldCalendar"));
    calendar->setWindowFlags(Qt::Popup);
    calendar->setAttribute(Qt::WA_DeleteOnClose);
    calendar->setGridVisible(true);
    if (m_earliest.isValid() || m_latest.isValid())
        calendar->setDateRange(m_earliest.isValid() ? m_earliest : QDate(1900, 1, 1),
                               m_latest.isValid() ? m_latest : QDate(2200, 1, 1));
    const QDate shown = date();
    calendar->setSelectedDate(shown.isValid() ? shown : today());
    const auto pick = [this, calendar](const QDate &d) {
        setDate(d);
        calendar->close();
        // Back in the field once the popup has gone.
        QTimer::singleShot(0, this, [this] {
            activateWindow();
            setFocus(Qt::PopupFocusReason);
        });
    };
    connect(calendar, &QCalendarWidget::activated, this, pick);
    connect(calendar, &QCalendarWidget::clicked, this, pick);
    m_calendar = calendar;
    calendar->adjustSize();
    calendar->move(mapToGlobal(QPoint(0, height())));
    calendar->show();
    calendar->setFocus(Qt::PopupFocusReason);
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const bool altDown = event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier;
    if (altDown || event->key() == Qt::Key_F4) {
        showCalendar();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        commit();
    QLineEdit::keyPressEvent(event);
}

void DateField::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason || !m_calendar)
        commit();
}

} // namespace hub::ui
