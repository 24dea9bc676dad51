#pragma once

#include "domain/Actor.h"
#include "sync/SyncService.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QThread;
class QTimer;

namespace hub::ui {

class SyncWorker;

// Runs sync for the window: on a worker thread with its own connection to the same
// database file (the window never waits), on a timer (SyncSettings) and on demand.
// The hub password comes from this session's memory, HUB_HUB_PASSWORD, the system
// keychain (when SyncSettings::rememberPassword() is on) or the prompt (only when a person
// asked for the sync); it is never written anywhere but the keychain.
class SyncController : public QObject
{
    Q_OBJECT

public:
    // Asks for the hub password; returns false when the person cancelled.
    using PasswordPrompt = std::function<bool(const QString &hub, QString *password)>;

    SyncController(const QString &databasePath, const domain::Actor &actor,
                   QObject *parent = nullptr);
    ~SyncController() override;

    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
    // Starts or stops the timer (the interval is read from SyncSettings each time).
    void setBackgroundEnabled(bool on);
    bool backgroundEnabled() const { return m_background; }
    int intervalMs() const;

    bool isRunning() const { return m_running; }
    const sync::SyncStatus &status() const { return m_status; }
    // The last run's result in words ("Synced: 3 sent, 2 received"), or why none ran.
    QString lastMessage() const { return m_message; }
    bool lastOk() const { return m_ok; }
    // Whether this workstation has a hub to sync with (Sync settings).
    static bool isConfigured();

public Q_SLOTS:
    // A sync a person asked for (F5): may prompt for the password.
    void syncNow();
    // A background sync: never prompts.
    void syncInBackground();
    // Re-reads the pending changes and open conflicts (after a local edit or a resolve).
    void refreshStatus();

Q_SIGNALS:
    void started();
    void statusChanged();
    // One run ended (or could not start); lastOk() and lastMessage() say how.
    void finished();
    // Rows arrived or were removed locally: lists and the open record must reload.
    void dataChanged();

private:
    void start(bool interactive);
    void finish(bool ok, const QString &message, const sync::SyncStatus &status, bool changed);
    void restartTimer();
    // The keychain's password for `hub` when the person asked for it to be remembered.
    QString savedPassword(const sync::HubUrl &hub);
    void rememberPrompted(const sync::HubUrl &hub);

    domain::Actor m_actor;
    QThread *m_thread = nullptr;
    QPointer<SyncWorker> m_worker;
    QTimer *m_timer = nullptr;
    PasswordPrompt m_prompt;
    QString m_password; // this session only
    bool m_passwordPrompted = false;
    bool m_saveTyped = false;       // a typed password to save in the keychain once accepted
    bool m_fromKeychain = false;    // the running sync uses the keychain's password
    bool m_keychainRefused = false; // the hub refused it: prompt at the next F5 instead
    QString m_keychainError;        // why the keychain gave no password, for the status
    bool m_background = false;
    bool m_running = false;
    bool m_ok = true;
    QString m_message;
    sync::SyncStatus m_status;
};

} // namespace hub::ui
