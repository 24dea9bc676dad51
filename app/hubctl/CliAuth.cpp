// Signing in on the command line: --user NAME and HUB_PASSWORD (or a prompt).
#include "CliAuth.h"

#include "security/PasswordHasher.h"
#include "services/AuthService.h"
#include "services/DeskService.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace hub::cli {

namespace {

// One line from the terminal with echo off; the buffer is wiped after use.
std::optional<QString> promptHidden(Context &ctx, const QString &prompt)
{
    ctx.err << prompt << Qt::flush;
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray buffer(1024, '\0');
    const bool read = std::fgets(buffer.data(), int(buffer.size()), stdin) != nullptr;
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    ctx.err << Qt::endl;
    if (!read) {
        security::PasswordHasher::wipe(buffer);
        return std::nullopt;
    }
    QString line = QString::fromUtf8(buffer.constData());
    security::PasswordHasher::wipe(buffer);
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

} // namespace

QString workstation()
{
    return QStringLiteral("hubctl@") + QSysInfo::machineHostName();
}

std::optional<QString> readSecret(Context &ctx, const char *env, const QString &prompt,
                                  bool confirm, QString &error)
{
    if (qEnvironmentVariableIsSet(env)) {
        const auto value = qEnvironmentVariable(env);
        if (value.isEmpty())
            error = QCoreApplication::translate("hubctl", "%1 is set but empty")
                        .arg(QLatin1String(env));
        return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
    }
    if (!isatty(STDIN_FILENO)) {
        error =
            QCoreApplication::translate("hubctl", "no password: set %1 or run hubctl on a terminal")
                .arg(QLatin1String(env));
        return std::nullopt;
    }
    auto first = promptHidden(ctx, prompt);
    if (!first || first->isEmpty()) {
        error = QCoreApplication::translate("hubctl", "no password was typed");
        return std::nullopt;
    }
    if (confirm) {
        const auto again =
            promptHidden(ctx, QCoreApplication::translate("hubctl", "Type it again: "));
        if (!again || *again != *first) {
            error = QCoreApplication::translate("hubctl", "the two passwords typed differ");
            return std::nullopt;
        }
    }
    return first;
}

Result<QString> requireUser(CliArgs &args, const QString &command)
{
    const auto user = args.option(QStringLiteral("--user"));
    if (!user || user->isEmpty())
        return Error::make(
            Error::Kind::Permission,
            QCoreApplication::translate("hubctl",
                                        "%1 needs --user NAME (the password from HUB_PASSWORD or a "
                                        "prompt): it reads or writes personal records")
                .arg(command));
    return *user;
}

Result<domain::Actor> signInTo(Context &ctx, Result<std::unique_ptr<store::Database>> &db,
                               const QString &username)
{
    if (!db.ok())
        return db.error();
    return signInUser(ctx, *db.value(), username);
}

Result<domain::Actor> signInUser(Context &ctx, store::Database &db, const QString &username)
{
    QString error;
    const auto password = readSecret(
        ctx, "HUB_PASSWORD",
        QCoreApplication::translate("hubctl", "Password for %1: ").arg(username), false, error);
    if (!password)
        return Error::make(Error::Kind::Permission, error);
    services::Services all(db);
    auto actor = services::AuthService(all.context).login(username, *password, workstation());
    if (!actor.ok() && services::AuthService::isPasswordChangeRequired(actor.error()))
        return Error::make(Error::Kind::Permission,
                           QCoreApplication::translate(
                               "hubctl",
                               "%1 has a temporary password: first run 'hubctl user passwd %1' "
                               "with HUB_PASSWORD and HUB_NEW_PASSWORD")
                               .arg(username));
    return actor;
}

} // namespace hub::cli
