#include "ClockBadge.h"

#include "Format.h"

namespace hub::ui {

namespace {
constexpr qint64 kDaySeconds = 24 * 3600;
const QColor kGreen(0x1e, 0x56, 0x31);
const QColor kAmber(0x8a, 0x4b, 0x00);
const QColor kRed(0xb3, 0x26, 0x1e);
const QColor kMuted(0x6b, 0x72, 0x80);
} // namespace

ClockBadge::ClockBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("clockBadge"));
    setTextFormat(Qt::PlainText);
    setClock({});
}

QString ClockBadge::span(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const qint64 days = hours / 24;
    if (days > 0)
        return (days == 1 ? tr("1 day %1 h") : tr("%1 days %2 h").arg(days)).arg(hours % 24);
    if (hours > 0)
        return tr("%1 h").arg(hours);
    return tr("%1 min").arg(qMax<qint64>(1, seconds / 60));
}

QString ClockBadge::clockText(const calendar::ClockState &clock)
{
    using S = calendar::ClockState::Status;
    switch (clock.status) {
    case S::Running:
        return tr("%1 left").arg(span(clock.secondsLeft));
    case S::Overdue:
        return tr("Overdue by %1").arg(span(-clock.secondsLeft));
    case S::Met:
        return tr("Contacted in time");
    case S::Missed:
        return tr("Contacted late");
    case S::NotApplicable:
        break;
    }
    return tr("No consent to contact");
}

QColor ClockBadge::clockColour(const calendar::ClockState &clock)
{
    using S = calendar::ClockState::Status;
    switch (clock.status) {
    case S::Overdue:
    case S::Missed:
        return kRed;
    case S::Running:
        return clock.secondsLeft < kDaySeconds ? kAmber : kGreen;
    case S::Met:
        return kGreen;
    case S::NotApplicable:
        break;
    }
    return kMuted;
}

QString ClockBadge::dueText(const calendar::ClockState &clock, bool enhanced)
{
    if (!clock.dueAt.isValid())
        return {};
    return tr("First contact due by the end of %1 (%2)")
        .arg(Format::date(clock.dueDate), enhanced ? tr("enhanced entitlement, 2 working days")
                                                   : tr("standard, 5 working days"));
}

void ClockBadge::setClock(const calendar::ClockState &clock, bool enhanced)
{
    m_clock = clock;
    const QColor colour = clockColour(clock);
    setText(clockText(clock));
    setAccessibleName(tr("Victims' Code clock: %1").arg(text()));
    setToolTip(dueText(clock, enhanced));
    // A pale background of the same hue keeps the words readable in every state.
    QColor background = colour;
    background.setAlpha(28);
    setStyleSheet(QStringLiteral("QLabel { color: %1; background: rgba(%2, %3, %4, %5);"
                                 "  border: 1px solid %1; border-radius: 9px; padding: 1px 8px;"
                                 "  font-weight: %6; }")
                      .arg(colour.name())
                      .arg(background.red())
                      .arg(background.green())
                      .arg(background.blue())
                      .arg(background.alpha())
                      .arg(clock.isBreach() ? QStringLiteral("bold") : QStringLiteral("normal")));
}

} // namespace hub::ui
