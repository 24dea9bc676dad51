#include "ClockBadge.h"

#include "Format.h"
#include "widgets/Colours.h"

#include <QGuiApplication>

namespace hub::ui {

namespace {
constexpr qint64 kDaySeconds = 24 * 3600;
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
    using T = Colours::Tone;
    switch (clock.status) {
    case S::Overdue:
    case S::Missed:
        return Colours::text(T::Danger);
    case S::Running:
        return Colours::text(clock.secondsLeft < kDaySeconds ? T::Warning : T::Success);
    case S::Met:
        return Colours::text(T::Success);
    case S::NotApplicable:
        break;
    }
    return Colours::text(T::Muted);
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
    // A pale background of the same hue, the words darkened where they need it to stay
    // readable on it; the words say what the colour does. No colours of its own under a
    // high-contrast palette.
    const QColor window = QGuiApplication::palette().color(QPalette::Window);
    constexpr double kTint = 28.0 / 255.0;
    const QColor background(qRound(window.red() + (colour.red() - window.red()) * kTint),
                            qRound(window.green() + (colour.green() - window.green()) * kTint),
                            qRound(window.blue() + (colour.blue() - window.blue()) * kTint));
    const QColor ink = Colours::readable(colour, {background}, Colours::kTextRatio);
    setStyleSheet(Colours::css(
        QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %1;"
                       "  border-radius: 9px; padding: 1px 8px; font-weight: %3; }")
            .arg(ink.name(), background.name(),
                 clock.isBreach() ? QStringLiteral("bold") : QStringLiteral("normal"))));
}

} // namespace hub::ui
