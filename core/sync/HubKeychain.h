#pragma once

#include "Result.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QString>

namespace QKeychain {
class Job;
}

namespace hub::sync {

// A hub password in the operating system's keychain, through QtKeychain: the Secret
// Service (GNOME Keyring, KWallet, KeePassXC) on Linux, the Keychain on macOS, the
// Credential Manager on Windows. One entry per hub: service "victims-hub", key the hub
// URL's display() form (which never holds a password).
//
// Each call waits for the keychain (a nested event loop) at most timeoutMs. There is no
// plain-text fallback: without a keychain, store() fails and says so, and nothing is
// written anywhere else.
class HubKeychain
{
    Q_DECLARE_TR_FUNCTIONS(HubKeychain)

public:
    static constexpr int kDefaultTimeoutMs = 10000;

    explicit HubKeychain(int timeoutMs = kDefaultTimeoutMs) : m_timeoutMs(timeoutMs) {}

    static QString service() { return QStringLiteral("victims-hub"); }
    static QString keyFor(const HubUrl &url) { return url.display(); }

    Status store(const HubUrl &url, const QString &password);
    // The saved password; a NotFound error when none is saved for this hub, an Io error
    // (in words) when there is no keychain or it failed.
    Result<QString> read(const HubUrl &url);
    // Removes the saved password; fine when there was none.
    Status forget(const HubUrl &url);

private:
    // Runs and deletes `job`; a read job's password goes to `text`.
    Status run(QKeychain::Job *job, QString *text = nullptr);

    int m_timeoutMs;
};

} // namespace hub::sync
