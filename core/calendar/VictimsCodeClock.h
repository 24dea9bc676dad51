#pragma once

#include "WorkingDayCalendar.h"

#include <QDateTime>

namespace hub::calendar {

// The Victims' Code first-contact clock of one referral (PRODUCT.md, COUNTING_RULES.md):
// due at the end of the Nth working day after the local date of receipt, N = 2 for
// enhanced entitlement and 5 otherwise (both configurable).
struct ClockState
{
    enum class Status
    {
        NotApplicable, // no consent to contact
        Running,       // not yet contacted, due date ahead
        Overdue,       // not yet contacted, due date passed
        Met,           // first contact on or before the due date
        Missed,        // first contact after the due date
    };
    Status status = Status::NotApplicable;
    QDate dueDate;          // local (Europe/London) due date
    QDateTime dueAt;        // UTC instant the due date ends
    qint64 secondsLeft = 0; // negative when overdue; 0 once contacted
    int workingDaysLeft = 0;

    bool isBreach() const { return status == Status::Overdue || status == Status::Missed; }
};

class VictimsCodeClock
{
public:
    explicit VictimsCodeClock(const WorkingDayCalendar &calendar, int enhancedDays = 2,
                              int standardDays = 5)
        : m_calendar(calendar), m_enhancedDays(enhancedDays), m_standardDays(standardDays)
    {
    }

    int daysFor(bool enhanced) const { return enhanced ? m_enhancedDays : m_standardDays; }
    // The hub's setting changed (SettingsService).
    void setDays(int enhancedDays, int standardDays)
    {
        m_enhancedDays = enhancedDays;
        m_standardDays = standardDays;
    }

    // `firstContactAt` is null while nobody has made a first contact.
    ClockState state(const QDateTime &receivedAt, bool enhanced, bool consentToContact,
                     const QDateTime &firstContactAt, const QDateTime &now) const;

private:
    const WorkingDayCalendar &m_calendar;
    int m_enhancedDays;
    int m_standardDays;
};

} // namespace hub::calendar
