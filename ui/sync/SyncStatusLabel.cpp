#include "SyncStatusLabel.h"
#include "widgets/Colours.h"

#include "Format.h"
#include "SyncController.h"

namespace hub::ui {

namespace {
// Short enough to leave the status bar's confirmations room at 1366 px.
constexpr int kMaxChars = 60;
} // namespace

SyncStatusLabel::SyncStatusLabel(SyncController &controller, QWidget *parent)
    : QLabel(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("syncStatusLabel"));
    setTextFormat(Qt::PlainText);
    connect(&controller, &SyncController::started, this, &SyncStatusLabel::showState);
    connect(&controller, &SyncController::statusChanged, this, &SyncStatusLabel::showState);
    connect(&controller, &SyncController::finished, this, &SyncStatusLabel::showState);
    showState();
}

QString SyncStatusLabel::describe(const SyncController &controller)
{
    const auto &s = controller.status();
    QStringList parts;
    if (!controller.isRunning() && !SyncController::isConfigured())
        // Not a failure: nothing to sync with yet, so nothing is waiting to be sent either.
        // Sync > Sync now says what to do.
        return tr("Sync not set up");
    if (controller.isRunning())
        parts << tr("Syncing…");
    else if (!controller.lastOk() && !controller.lastMessage().isEmpty())
        parts << controller.lastMessage();
    else if (!s.lastError.isEmpty())
        parts << tr("Sync failed: %1").arg(s.lastError);
    else if (s.lastSuccess.isValid())
        parts << tr("Synced %1").arg(Format::localDateTime(s.lastSuccess));
    else
        parts << tr("Not synced yet");
    // Spelled out rather than "%n change(s)", which needs an English .qm to read well.
    if (s.pendingChanges > 0)
        parts << (s.pendingChanges == 1 ? tr("1 change to send")
                                        : tr("%1 changes to send").arg(s.pendingChanges));
    if (s.openConflicts > 0)
        parts << (s.openConflicts == 1 ? tr("1 conflict to review")
                                       : tr("%1 conflicts to review").arg(s.openConflicts));
    return parts.join(QStringLiteral(" · "));
}

void SyncStatusLabel::showState()
{
    const auto full = describe(m_controller);
    // The bar stays one short line; the whole text is in the tooltip and accessible name.
    QString shown = full;
    if (shown.size() > kMaxChars)
        shown = shown.left(kMaxChars - 1) + QStringLiteral("…");
    setText(shown);
    setAccessibleName(tr("Sync status: %1").arg(full));
    const auto &s = m_controller.status();
    QString tip = full;
    if (!s.hubUrl.isEmpty())
        tip += QLatin1Char('\n') + tr("Hub: %1").arg(s.hubUrl);
    if (s.lastAttempt.isValid())
        tip += QLatin1Char('\n') + tr("Last attempt: %1").arg(Format::localDateTime(s.lastAttempt));
    setToolTip(tip);
    const bool failing =
        !m_controller.isRunning() && !m_controller.lastOk() && SyncController::isConfigured();
    setStyleSheet(failing ? Colours::textStyle(Colours::Tone::Danger) : QString());
}

} // namespace hub::ui
