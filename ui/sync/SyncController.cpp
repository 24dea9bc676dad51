#include "SyncController.h"

#include "SyncSettings.h"
#include "SyncWorker.h"
#include "sync/HubKeychain.h"

#include <QThread>
#include <QTimer>

namespace hub::ui {

namespace {
constexpr int kMinuteMs = 60 * 1000;

// libpq's words when the server refused the password: ask again next time.
bool passwordRefused(const QString &message)
{
    return message.contains(QLatin1String("password authentication failed")) ||
           message.contains(QLatin1String("no password supplied"));
}
} // namespace

SyncController::SyncController(const QString &databasePath, const domain::Actor &actor,
                               QObject *parent)
    : QObject(parent), m_actor(actor), m_thread(new QThread(this)), m_timer(new QTimer(this))
{
    m_thread->setObjectName(QStringLiteral("syncThread"));
    m_worker = new SyncWorker(databasePath, actor);
    m_worker->moveToThread(m_thread);
    // The worker's connection is closed on its own thread, as the thread ends.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    connect(m_timer, &QTimer::timeout, this, &SyncController::syncInBackground);
}

SyncController::~SyncController()
{
    m_thread->quit();
    m_thread->wait();
}

int SyncController::intervalMs() const
{
    return SyncSettings().intervalMinutes() * kMinuteMs;
}

void SyncController::setBackgroundEnabled(bool on)
{
    m_background = on;
    restartTimer();
}

void SyncController::restartTimer()
{
    const int ms = intervalMs();
    if (m_background && ms > 0)
        m_timer->start(ms);
    else
        m_timer->stop();
}

bool SyncController::isConfigured()
{
    return !SyncSettings().hubUrl().isEmpty();
}

void SyncController::syncNow()
{
    start(true);
}

void SyncController::syncInBackground()
{
    start(false);
}

void SyncController::start(bool interactive)
{
    if (m_running)
        return;
    restartTimer(); // a sync on demand postpones the next background one
    const auto url = SyncSettings().hubUrl();
    if (url.isEmpty()) {
        finish(false, tr("No hub is set for this workstation: choose Sync > Sync settings"),
               m_status, false);
        return;
    }
    auto hub = sync::HubUrl::parse(url);
    if (!hub.ok()) {
        finish(false, tr("The hub address in Sync settings is wrong: %1").arg(hub.error().message),
               m_status, false);
        return;
    }
    QString password;
    m_fromKeychain = false;
    if (hub->kind == sync::HubUrl::Kind::Postgres) {
        password = m_password.isEmpty() ? qEnvironmentVariable("HUB_HUB_PASSWORD") : m_password;
        if (password.isEmpty())
            password = savedPassword(*hub);
        if (password.isEmpty()) {
            if (!interactive || !m_prompt) {
                const auto waiting =
                    tr("Waiting for the hub password: press F5 to sync and enter it");
                finish(false,
                       m_keychainError.isEmpty()
                           ? waiting
                           : tr("%1 (system keychain: %2)").arg(waiting, m_keychainError),
                       m_status, false);
                return;
            }
            if (!m_prompt(hub->display(), &password) || password.isEmpty()) {
                finish(false, tr("Sync cancelled: no hub password given"), m_status, false);
                return;
            }
            m_password = password;
            m_passwordPrompted = true;
            m_saveTyped = true;
        }
    }
    m_running = true;
    Q_EMIT started();
    // The answer is posted back to this object, which outlives the thread (the destructor
    // waits for it); a posted answer still pending then is dropped with the object.
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker.data(), url, password] {
        const auto run = worker->sync(url, password);
        const bool changed =
            run.outcome.pulled > 0 || run.outcome.erased > 0 || run.outcome.revoked > 0;
        QMetaObject::invokeMethod(
            this, [this, run, changed] { finish(run.ok, run.message, run.status, changed); });
    });
}

void SyncController::finish(bool ok, const QString &message, const sync::SyncStatus &status,
                            bool changed)
{
    const bool ran = m_running;
    m_running = false;
    m_ok = ok;
    m_message = message;
    if (ran) {
        m_status = status;
        if (!ok && m_fromKeychain && passwordRefused(message))
            m_keychainRefused = true; // the next sync on demand asks instead
        if (!ok && m_passwordPrompted && passwordRefused(message)) {
            m_password.clear(); // the next sync on demand asks again
            m_passwordPrompted = false;
            m_saveTyped = false;
        }
        if (ok && m_saveTyped) {
            m_saveTyped = false;
            if (auto hub = sync::HubUrl::parse(SyncSettings().hubUrl()); hub.ok())
                rememberPrompted(*hub);
        }
    }
    Q_EMIT statusChanged();
    if (changed)
        Q_EMIT dataChanged();
    Q_EMIT finished();
}

QString SyncController::savedPassword(const sync::HubUrl &hub)
{
    m_keychainError.clear();
    if (m_keychainRefused || !SyncSettings().rememberPassword())
        return {};
    auto saved = sync::HubKeychain().read(hub);
    if (!saved.ok()) {
        m_keychainError = saved.error().message;
        return {};
    }
    m_fromKeychain = true;
    return *saved;
}

void SyncController::rememberPrompted(const sync::HubUrl &hub)
{
    // A typed password the hub accepted: saved once, when the person asked for that.
    if (!SyncSettings().rememberPassword())
        return;
    if (auto s = sync::HubKeychain().store(hub, m_password); !s.ok()) {
        m_message = tr("%1 (the password was not saved in the system keychain: %2)")
                        .arg(m_message, s.error().message);
        return;
    }
    m_keychainRefused = false;
}

void SyncController::refreshStatus()
{
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker.data()] {
        const auto status = worker->status();
        QMetaObject::invokeMethod(this, [this, status] {
            m_status = status;
            Q_EMIT statusChanged();
        });
    });
}

} // namespace hub::ui
