#pragma once

// The real hubctl binary on a desk's database, for the sync tests that run it: one run with
// a chosen environment, and how the office's hub-wide supervisor exports what a desk holds.

#include "security/PasswordHasher.h"
#include "store/CredentialRepository.h"
#include "store/Database.h"
#include "store/Repositories.h"
#include "util/Ids.h"

#include <QDateTime>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace hub::test {

struct HubctlRun
{
    int code = -1;
    QString out;
    QString err;
};

// hubctl --db DB ARGS, with `env` added to this process's environment after removing every
// HUB_ variable hubctl reads (passwords, fault point), and stdin a pipe (never a prompt).
inline HubctlRun runHubctl(const QString &db, const QStringList &args,
                           const QMap<QString, QString> &env = {})
{
    QProcess p;
    auto environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"HUB_PASSWORD", "HUB_NEW_PASSWORD", "HUB_HUB_PASSWORD",
                             "HUB_DESK_PASSWORD", "HUB_SYNC_FAULT"})
        environment.remove(QLatin1String(name));
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(HUBCTL_PATH), QStringList{QStringLiteral("--db"), db} + args);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {-1, QString(), QStringLiteral("hubctl did not finish")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The office's administrator and its hub-wide supervisor (a supervisor with no team: a hub
// manager, who may see every team's records), as an office would set them up with hubctl.
// Synthetic names and passwords.
struct Office
{
    static QString admin() { return QStringLiteral("admin.office"); }
    static QString supervisor() { return QStringLiteral("sup.hub"); }

    // The administrator of the office's set-up database, which every desk is copied from.
    // That database already holds the desks' users, and `init --admin` makes an
    // administrator only on a database with none (docs/SECURITY.md "Review fixes"), so the
    // administrator is written through the store, with a password of their own. Empty, or
    // what went wrong.
    static QString makeAdmin(const QString &db)
    {
        auto opened = store::Database::open(db);
        if (!opened.ok())
            return opened.error().describe();
        const domain::User user{
            util::newId(),           admin(),   QStringLiteral("Office Admin (synthetic)"),
            QStringLiteral("admin"), QString(), true};
        auto hash =
            security::PasswordHasher(security::PasswordHasher::Cost::Minimum).hash(adminPassword());
        if (!hash.ok())
            return hash.error().describe();
        if (auto s = store::UserRepository(*opened.value()).insert(user); !s.ok())
            return s.error().describe();
        auto s = store::CredentialRepository(*opened.value())
                     .setPassword(user.id, hash.value(), false, QDateTime::currentDateTimeUtc());
        return s.ok() ? QString() : s.error().describe();
    }

    // The administrator adds the hub-wide supervisor at one desk; the user row (never its
    // password) reaches the hub and every other desk by sync.
    static HubctlRun addSupervisor(const QString &db)
    {
        return runHubctl(db,
                         {QStringLiteral("user"), QStringLiteral("add"), supervisor(),
                          QStringLiteral("--role"), QStringLiteral("supervisor"),
                          QStringLiteral("--display"), QStringLiteral("Hub Supervisor (synthetic)"),
                          QStringLiteral("--user"), admin()},
                         {{QStringLiteral("HUB_PASSWORD"), adminPassword()},
                          {QStringLiteral("HUB_NEW_PASSWORD"), temporaryPassword()}});
    }

    // `hubctl export FILE --user sup.hub` at a desk. Passwords are not synced, so first the
    // desk's administrator gives the supervisor a temporary password there (user passwd),
    // and the supervisor replaces it at the first sign-in, as at a new workstation. Returns
    // the first step that failed, or the export's run.
    static HubctlRun exportDesk(const QString &db, const QString &file)
    {
        auto r = runHubctl(db,
                           {QStringLiteral("user"), QStringLiteral("passwd"), supervisor(),
                            QStringLiteral("--user"), admin()},
                           {{QStringLiteral("HUB_PASSWORD"), adminPassword()},
                            {QStringLiteral("HUB_NEW_PASSWORD"), temporaryPassword()}});
        if (r.code == 0)
            r = runHubctl(db, {QStringLiteral("user"), QStringLiteral("passwd"), supervisor()},
                          {{QStringLiteral("HUB_PASSWORD"), temporaryPassword()},
                           {QStringLiteral("HUB_NEW_PASSWORD"), supervisorPassword()}});
        return r.code == 0 ? signedIn(db, {QStringLiteral("export"), file}) : r;
    }

    // hubctl ARGS --user sup.hub with the password the supervisor chose.
    static HubctlRun signedIn(const QString &db, const QStringList &args)
    {
        return runHubctl(db, args + QStringList{QStringLiteral("--user"), supervisor()},
                         {{QStringLiteral("HUB_PASSWORD"), supervisorPassword()}});
    }

    static QString adminPassword() { return QStringLiteral("synthetic-admin-password"); }
    static QString temporaryPassword() { return QStringLiteral("synthetic-temporary"); }
    static QString supervisorPassword() { return QStringLiteral("synthetic-hub-supervisor"); }
};

// A file's bytes (empty when it cannot be read).
inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace hub::test
