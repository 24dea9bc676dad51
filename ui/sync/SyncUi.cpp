#include "SyncUi.h"

#include "ConflictReviewDialog.h"
#include "SyncController.h"
#include "SyncSettings.h"
#include "SyncSettingsDialog.h"
#include "SyncStatusLabel.h"
#include "security/Permissions.h"
#include "services/DeskService.h"
#include "store/Database.h"

#include <QAction>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

namespace hub::ui {

namespace {
constexpr int kMessageMs = 6000;
constexpr int kFirstSyncMs = 3000;  // after start, once the window is up
constexpr int kStatusDelayMs = 500; // one status read for the notices of one action
} // namespace

SyncUi::SyncUi(QMainWindow &window, services::Services &services, const domain::Actor &actor)
    : QObject(&window), m_window(window), m_services(services), m_actor(actor)
{
    setObjectName(QStringLiteral("syncUi"));
    using security::Action;
    using security::Permissions;
    // Only desks that hold records sync (caseworkers, supervisors): administrators and
    // auditors get no Sync menu, no F5 and no indicator.
    const bool maySync = Permissions::allows(actor.role, Action::Sync);
    const bool mayResolve = maySync && Permissions::allows(actor.role, Action::ResolveConflict);

    m_controller = new SyncController(services.context.db.path(), actor, this);
    m_controller->setPasswordPrompt([this](const QString &hub, QString *password) {
        bool ok = false;
        const auto kept = SyncSettings().rememberPassword()
                              ? tr("saved in the system keychain once the hub accepts it")
                              : tr("kept in memory until the program closes");
        *password = QInputDialog::getText(&m_window, tr("Hub password"),
                                          tr("Password for the hub %1\n(%2)").arg(hub, kept),
                                          QLineEdit::Password, QString(), &ok);
        return ok;
    });

    auto *menu = new QMenu(tr("S&ync"), &window);
    menu->setObjectName(QStringLiteral("syncMenu"));
    m_syncNow = menu->addAction(tr("Sync &now"), this, &SyncUi::syncNow);
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setShortcutContext(Qt::WindowShortcut);
    m_syncNow->setVisible(maySync);
    m_conflicts = menu->addAction(tr("Review &conflicts…"), this, &SyncUi::openConflicts);
    m_conflicts->setObjectName(QStringLiteral("syncConflictsAction"));
    m_conflicts->setVisible(mayResolve);
    m_settings = menu->addAction(tr("Sync &settings…"), this, &SyncUi::openSettings);
    m_settings->setObjectName(QStringLiteral("syncSettingsAction"));
    m_settings->setVisible(maySync);
    // Before Help, where menus usually end.
    auto *help = window.menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    if (maySync)
        window.menuBar()->insertMenu(help ? help->menuAction() : nullptr, menu);

    m_label = new SyncStatusLabel(*m_controller, &window);
    m_label->setVisible(maySync);
    if (maySync)
        window.statusBar()->addPermanentWidget(m_label);

    connect(m_controller, &SyncController::finished, this, &SyncUi::onFinished);
    connect(m_controller, &SyncController::dataChanged, this, &SyncUi::dataChanged);
    // A local edit adds to the changes to send: read the count again, once per action.
    auto *statusTimer = new QTimer(this);
    statusTimer->setSingleShot(true);
    statusTimer->setInterval(kStatusDelayMs);
    connect(statusTimer, &QTimer::timeout, m_controller, &SyncController::refreshStatus);
    if (maySync) {
        connect(&services.notifier, &services::ChangeNotifier::changed, statusTimer,
                qOverload<>(&QTimer::start));
        m_controller->refreshStatus();
    }
}

void SyncUi::startBackground()
{
    if (!security::Permissions::allows(m_actor.role, security::Action::Sync))
        return;
    m_controller->setBackgroundEnabled(true);
    QTimer::singleShot(kFirstSyncMs, m_controller, &SyncController::syncInBackground);
}

void SyncUi::syncNow()
{
    if (m_controller->isRunning())
        return;
    m_manual = true;
    m_window.statusBar()->showMessage(tr("Syncing with the hub…"), kMessageMs);
    m_controller->syncNow();
}

void SyncUi::onFinished()
{
    // Background runs speak only when they fail; the indicator shows the rest. A desk
    // without a hub is told when someone asks for a sync (F5), not by every background run.
    if (m_manual || (!m_controller->lastOk() && SyncController::isConfigured()))
        m_window.statusBar()->showMessage(m_controller->lastMessage(), kMessageMs);
    m_manual = false;
}

void SyncUi::openConflicts()
{
    ConflictReviewDialog dialog(m_services.context.db, m_actor, &m_window);
    connect(&dialog, &ConflictReviewDialog::resolved, m_controller, &SyncController::refreshStatus);
    connect(&dialog, &ConflictReviewDialog::resolved, this, &SyncUi::dataChanged);
    connect(&dialog, &ConflictReviewDialog::openPersonRequested, this, &SyncUi::openPersonRequested,
            Qt::QueuedConnection);
    dialog.exec();
}

void SyncUi::openSettings()
{
    SyncSettingsDialog dialog(&m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_controller->setBackgroundEnabled(m_controller->backgroundEnabled());
}

} // namespace hub::ui
