#include "HubKeychain.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define HUB_KEYCHAIN_DBUS 1
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#endif

#include <memory>

namespace hub::sync {

namespace {

Error failure(const QString &message)
{
    return Error::make(Error::Kind::Io, message);
}

#ifdef HUB_KEYCHAIN_DBUS
// Why no Secret Service (or KWallet) can answer on this session, or empty when one can.
// QtKeychain would otherwise fail with a library's own words, or wait.
QString whyNoKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return HubKeychain::tr(
            "there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)");
    auto bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return HubKeychain::tr("the D-Bus session bus does not answer (%1)")
            .arg(bus.lastError().message());
    const QStringList providers{QStringLiteral("org.freedesktop.secrets"),
                                QStringLiteral("org.kde.kwalletd6"),
                                QStringLiteral("org.kde.kwalletd5")};
    auto *names = bus.interface();
    const QStringList activatable = names->activatableServiceNames().value();
    for (const auto &name : providers) {
        if (names->isServiceRegistered(name).value() || activatable.contains(name))
            return {};
    }
    return HubKeychain::tr("nothing on the session bus provides the Secret Service "
                           "(org.freedesktop.secrets): start GNOME Keyring, KWallet or "
                           "KeePassXC with its Secret Service integration");
}
#endif

} // namespace

Status HubKeychain::run(QKeychain::Job *raw, QString *text)
{
    std::unique_ptr<QKeychain::Job> job(raw);
#ifdef HUB_KEYCHAIN_DBUS
    if (const auto why = whyNoKeychain(); !why.isEmpty())
        return failure(tr("no system keychain is running: %1").arg(why));
#endif
    // Never setInsecureFallback(true): a secret goes to the keychain or nowhere.
    job->setAutoDelete(false);
    bool done = false;
    QEventLoop loop;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&done, &loop] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!done) {
        // It may still answer (a locked keyring waiting for its owner): it deletes itself then.
        job->setAutoDelete(true);
        (void)job.release();
        return failure(tr("the system keychain did not answer within %n second(s); is it locked?",
                          nullptr, m_timeoutMs / 1000));
    }
    switch (job->error()) {
    case QKeychain::NoError:
        if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(job.get()); reader && text)
            *text = reader->textData();
        return {};
    case QKeychain::EntryNotFound:
        return Error::make(Error::Kind::NotFound, tr("no hub password is saved in the keychain"));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return failure(tr("no system keychain is running: %1").arg(job->errorString()));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return failure(tr("the system keychain refused access: %1").arg(job->errorString()));
    default:
        return failure(tr("the system keychain failed: %1").arg(job->errorString()));
    }
}

Status HubKeychain::store(const HubUrl &url, const QString &password)
{
    if (password.isEmpty())
        return Error::invalid(QStringLiteral("password"), tr("no hub password to save"));
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(keyFor(url));
    job->setTextData(password);
    return run(job);
}

Result<QString> HubKeychain::read(const HubUrl &url)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(keyFor(url));
    QString password;
    if (auto s = run(job, &password); !s.ok())
        return s.error();
    if (password.isEmpty())
        return Error::make(Error::Kind::NotFound, tr("no hub password is saved in the keychain"));
    return password;
}

Status HubKeychain::forget(const HubUrl &url)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(keyFor(url));
    auto s = run(job);
    if (!s.ok() && s.error().kind == Error::Kind::NotFound)
        return {};
    return s;
}

} // namespace hub::sync
