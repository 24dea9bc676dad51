#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QAction;
class QMainWindow;
class QWidget;

namespace hub::services {
class AuthService;
}

namespace hub::ui {

class LockPage;

// The inactivity lock: after some minutes without keyboard or mouse input anywhere in the
// application, every window's content (the main window and any open dialog) is hidden
// behind a LockPage that asks for the signed-in user's password. Wrong passwords count
// towards the account's lockout like any sign-in. Unlocking shows exactly what was there,
// with the focus where it was; open dialogs stay open with what was typed in them.
// Also adds "Lock now" (Ctrl+Alt+L) to the window's File menu. The lock pages offer Sign out
// and Quit; Ctrl+Q quits while locked too.
class SessionLock : public QObject
{
    Q_OBJECT

public:
    SessionLock(QMainWindow *window, services::AuthService &auth, const QString &username,
                const QString &displayName, const QString &workstation);
    ~SessionLock() override;

    // Minutes from the setting security/lockMinutes: 10 unless set, kept within 1 to 60.
    static int configuredMinutes();
    // With the hub's inactivity lock (services::SettingsService::storedLockMinutes): the
    // hub's minutes unless this desk's own setting is shorter.
    static int configuredMinutes(std::optional<int> hubMinutes);
    // Applies the hub's inactivity lock (victimshub's main does, once signed in).
    void setHubMinutes(std::optional<int> hubMinutes);
    // The time without input before the lock, in milliseconds (tests use a short one).
    void setLockTimeout(int ms);
    int lockTimeout() const { return m_timer.interval(); }

    bool isLocked() const { return !m_covered.isEmpty(); }
    QAction *lockAction() const { return m_lockAction; }
    // The lock page over the main window, while locked.
    LockPage *lockPage() const;

public Q_SLOTS:
    void lock();
    // Unlocks when `password` is the user's; otherwise says why on the lock pages.
    bool unlock(const QString &password);

Q_SIGNALS:
    void lockedChanged(bool locked);
    // Sign out or Quit chosen on a lock page (or Ctrl+Q while locked): the app ends the
    // session without unlocking, so nothing behind the lock is shown.
    void signOutRequested();
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Covered
    {
        QPointer<QWidget> window;
        QList<QPointer<QWidget>> hidden;
        QPointer<QWidget> focus;
        QPointer<LockPage> page;
        QString title;
    };
    void cover(QWidget *window);
    bool isInsideLockPage(QObject *object) const;

    QPointer<QMainWindow> m_window;
    services::AuthService &m_auth;
    QString m_username;
    QString m_displayName;
    QString m_workstation;
    QTimer m_timer;
    QAction *m_lockAction = nullptr;
    QList<Covered> m_covered;
};

} // namespace hub::ui
