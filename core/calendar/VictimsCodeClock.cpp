#include "VictimsCodeClock.h"

#include "util/Time.h"

namespace hub::calendar {

ClockState VictimsCodeClock::state(const QDateTime &receivedAt, bool enhanced,
                                   bool consentToContact, const QDateTime &firstContactAt,
                                   const QDateTime &now) const
{
    ClockState s;
    if (!consentToContact || !receivedAt.isValid())
        return s;
    const int n = daysFor(enhanced);
    s.dueDate = m_calendar.victimsCodeDueDate(receivedAt, n);
    s.dueAt = m_calendar.victimsCodeDue(receivedAt, n);
    if (firstContactAt.isValid()) {
        s.status = util::londonDate(firstContactAt) <= s.dueDate ? ClockState::Status::Met
                                                                 : ClockState::Status::Missed;
        return s;
    }
    s.secondsLeft = now.secsTo(s.dueAt);
    s.status = s.secondsLeft > 0 ? ClockState::Status::Running : ClockState::Status::Overdue;
    s.workingDaysLeft = m_calendar.workingDaysBetween(util::londonDate(now), s.dueDate);
    return s;
}

} // namespace hub::calendar
