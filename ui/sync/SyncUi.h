#pragma once

#include "domain/Actor.h"

#include <QObject>

class QAction;
class QMainWindow;

namespace hub::services {
struct Services;
}

namespace hub::ui {

class SyncController;
class SyncStatusLabel;

// Sync in the main window: the Sync menu (Sync now F5, conflicts, settings), the status
// indicator in the status bar and the password prompt. Roles that may not sync
// (administrators, auditors) see none of it.
class SyncUi : public QObject
{
    Q_OBJECT

public:
    SyncUi(QMainWindow &window, services::Services &services, const domain::Actor &actor);

    SyncController *controller() const { return m_controller; }
    SyncStatusLabel *statusLabel() const { return m_label; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *conflictsAction() const { return m_conflicts; }
    QAction *settingsAction() const { return m_settings; }

    // The app: sync soon after start, then on the timer of Sync settings.
    void startBackground();

public Q_SLOTS:
    void syncNow();
    void openConflicts();
    void openSettings();

Q_SIGNALS:
    // Rows arrived or left, or a conflict was resolved: reload what is shown.
    void dataChanged();
    // The conflict review asked to open a person's record.
    void openPersonRequested(const QString &personId);

private:
    void onFinished();

    QMainWindow &m_window;
    services::Services &m_services;
    domain::Actor m_actor;
    SyncController *m_controller = nullptr;
    SyncStatusLabel *m_label = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_conflicts = nullptr;
    QAction *m_settings = nullptr;
    bool m_manual = false;
};

} // namespace hub::ui
