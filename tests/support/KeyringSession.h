#pragma once

#include <QByteArray>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <optional>

namespace hub::test {

// A real Secret Service for one test: a private D-Bus session bus (dbus-daemon --session)
// and GNOME Keyring's secrets component on it, with its login keyring created and unlocked
// from a throwaway password fed on stdin, all under a throwaway HOME and XDG folders.
//
// The constructor points this process at them (DBUS_SESSION_BUS_ADDRESS, HOME,
// XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME, XDG_RUNTIME_DIR), so it must run before
// anything in the process touches D-Bus, the keychain or QSettings; the destructor stops
// both daemons and puts the variables back. A watchdog stops them too if the test process
// dies first. Nothing of the machine's own session or keyrings is used.
class KeyringSession
{
public:
    KeyringSession();
    ~KeyringSession();
    KeyringSession(const KeyringSession &) = delete;
    KeyringSession &operator=(const KeyringSession &) = delete;

    bool ok() const { return m_running; }
    QString errorText() const { return m_error; }

    QString busAddress() const { return m_address; }
    QString home() const { return m_dir.filePath(QStringLiteral("home")); }
    QString configDir() const { return m_dir.filePath(QStringLiteral("config")); }
    // This process's environment as set up here, for child processes (hubctl).
    QProcessEnvironment environment() const;
    // Files under home() (settings, keyrings, caches) whose bytes contain `text`.
    QStringList filesContaining(const QByteArray &text) const;

private:
    bool start();
    bool startBus();
    bool startKeyring();
    bool waitForSecrets();
    void setVariable(const char *name, const QByteArray &value);

    QTemporaryDir m_dir;
    QProcess m_keyring;
    QString m_address;
    QString m_error;
    qint64 m_busPid = 0;
    qint64 m_watchdogPid = 0;
    bool m_running = false;
    QHash<QByteArray, std::optional<QByteArray>> m_saved; // variables to put back
};

} // namespace hub::test
