#include "KeyringSession.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QtTest>

#include <signal.h>
#include <sys/stat.h>

namespace hub::test {

namespace {

// The login keyring's password: it only has to unlock this throwaway keyring.
const QByteArray kKeyringPassword = "synthetic-keyring-password";

} // namespace

KeyringSession::KeyringSession()
{
    m_running = start();
}

KeyringSession::~KeyringSession()
{
    if (m_keyring.state() != QProcess::NotRunning) {
        m_keyring.terminate();
        if (!m_keyring.waitForFinished(5000))
            m_keyring.kill();
        m_keyring.waitForFinished(5000);
    }
    if (m_busPid > 0)
        ::kill(pid_t(m_busPid), SIGTERM);
    if (m_watchdogPid > 0)
        ::kill(pid_t(m_watchdogPid), SIGTERM);
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
        if (it.value())
            qputenv(it.key().constData(), *it.value());
        else
            qunsetenv(it.key().constData());
    }
}

void KeyringSession::setVariable(const char *name, const QByteArray &value)
{
    if (!m_saved.contains(name))
        m_saved.insert(name, qEnvironmentVariableIsSet(name)
                                 ? std::optional<QByteArray>(qgetenv(name))
                                 : std::nullopt);
    qputenv(name, value);
}

bool KeyringSession::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot make a temporary folder");
        return false;
    }
    for (const auto *sub : {"home", "config", "data", "cache", "run"}) {
        if (!QDir(m_dir.path()).mkpath(QLatin1String(sub))) {
            m_error = QStringLiteral("cannot make %1").arg(m_dir.filePath(QLatin1String(sub)));
            return false;
        }
    }
    ::chmod(QFile::encodeName(m_dir.filePath(QStringLiteral("run"))).constData(), 0700);
    setVariable("HOME", QFile::encodeName(home()));
    setVariable("XDG_CONFIG_HOME", QFile::encodeName(configDir()));
    setVariable("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    setVariable("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("cache"))));
    setVariable("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("run"))));
    // QtKeychain picks KWallet on a KDE session; this one is a plain Secret Service.
    setVariable("XDG_CURRENT_DESKTOP", "GNOME");
    return startBus() && startKeyring() && waitForSecrets();
}

bool KeyringSession::startBus()
{
    QProcess bus;
    bus.start(QStringLiteral("dbus-daemon"),
              {QStringLiteral("--session"), QStringLiteral("--fork"),
               QStringLiteral("--print-address=1"), QStringLiteral("--print-pid=1")});
    if (!bus.waitForFinished(20000) || bus.exitCode() != 0) {
        m_error = QStringLiteral("dbus-daemon --session did not start (package dbus-daemon): %1")
                      .arg(QString::fromUtf8(bus.readAllStandardError()) + bus.errorString());
        return false;
    }
    const auto lines = QString::fromUtf8(bus.readAllStandardOutput()).split(QLatin1Char('\n'));
    m_address = lines.value(0).trimmed();
    m_busPid = lines.value(1).trimmed().toLongLong();
    if (m_address.isEmpty() || m_busPid <= 0) {
        m_error = QStringLiteral("dbus-daemon printed no address and pid");
        return false;
    }
    setVariable("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
    return true;
}

bool KeyringSession::startKeyring()
{
    m_keyring.setProcessEnvironment(environment());
    m_keyring.setProcessChannelMode(QProcess::MergedChannels);
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                     QStringLiteral("--components=secrets")});
    if (!m_keyring.waitForStarted(20000)) {
        m_error = QStringLiteral("gnome-keyring-daemon did not start (package gnome-keyring): %1")
                      .arg(m_keyring.errorString());
        return false;
    }
    // --unlock reads the login keyring's password up to the end of stdin, and creates the
    // keyring with it the first time.
    m_keyring.write(kKeyringPassword);
    m_keyring.closeWriteChannel();

    // If this process dies without its destructor (a crash, a ctest timeout), stop both.
    const auto script = QStringLiteral("while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; "
                                       "kill \"$2\" \"$3\" 2>/dev/null; rm -rf \"$4\"");
    QProcess::startDetached(QStringLiteral("sh"),
                            {QStringLiteral("-c"), script, QStringLiteral("keyring-watchdog"),
                             QString::number(QCoreApplication::applicationPid()),
                             QString::number(m_busPid), QString::number(m_keyring.processId()),
                             m_dir.path()},
                            QString(), &m_watchdogPid);
    return true;
}

bool KeyringSession::waitForSecrets()
{
    auto bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        m_error = QStringLiteral("cannot connect to the private session bus: %1")
                      .arg(bus.lastError().message());
        return false;
    }
    const auto owned = [&bus] {
        return bus.interface()
            ->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"))
            .value();
    };
    if (!QTest::qWaitFor(owned, 20000)) {
        m_error = QStringLiteral("gnome-keyring-daemon never offered the Secret Service: %1")
                      .arg(QString::fromUtf8(m_keyring.readAll()));
        return false;
    }
    return true;
}

QProcessEnvironment KeyringSession::environment() const
{
    // The variables were set on this process by start(); children inherit them from here.
    return QProcessEnvironment::systemEnvironment();
}

QStringList KeyringSession::filesContaining(const QByteArray &text) const
{
    QStringList out;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            out << file.fileName();
    }
    return out;
}

} // namespace hub::test
