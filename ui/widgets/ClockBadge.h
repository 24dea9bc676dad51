#pragma once

#include "calendar/VictimsCodeClock.h"

#include <QColor>
#include <QLabel>

namespace hub::ui {

// The Victims' Code first-contact clock, worded and coloured the same in every list and
// dialog: "1 day 5 h left" (green, amber under a day), "Overdue by 3 h" (red),
// "Contacted in time", "Contacted late", "No consent to contact". The widget is a small
// rounded label; the static functions serve item models.
class ClockBadge : public QLabel
{
    Q_OBJECT

public:
    explicit ClockBadge(QWidget *parent = nullptr);

    void setClock(const calendar::ClockState &clock, bool enhanced = false);
    const calendar::ClockState &clock() const { return m_clock; }

    static QString clockText(const calendar::ClockState &clock);
    static QColor clockColour(const calendar::ClockState &clock);
    // "Due by the end of 12/03/2026 (standard, 5 working days)"; empty without a due date.
    static QString dueText(const calendar::ClockState &clock, bool enhanced);
    // "2 days 5 h", "5 h", "40 min".
    static QString span(qint64 seconds);

private:
    calendar::ClockState m_clock;
};

} // namespace hub::ui
