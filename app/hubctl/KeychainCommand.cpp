// hubctl keychain store|forget --hub URL --user NAME: a hub password in the system keychain,
// so that sync and hub init need neither HUB_HUB_PASSWORD nor a prompt.
#include "CliAuth.h"
#include "Commands.h"
#include "HubOptions.h"

#include "security/Permissions.h"
#include "store/Database.h"
#include "sync/HubKeychain.h"

#include <QCoreApplication>

namespace hub::cli {

int runKeychain(Context &ctx, CliArgs &args)
{
    const auto verb = args.positional().value_or(QString());
    if (verb != QLatin1String("store") && verb != QLatin1String("forget"))
        return ctx.fail(QCoreApplication::translate(
            "hubctl", "keychain needs: store|forget --hub URL --user NAME"));
    const auto command = QStringLiteral("keychain ") + verb;
    const auto user = requireUser(args, command);
    if (!user.ok())
        return ctx.fail(user.error().describe());
    int code = 0;
    const auto hub = hubOption(ctx, args, command, code);
    if (!hub || leftover(ctx, args, code))
        return code;
    if (hub->kind != sync::HubUrl::Kind::Postgres)
        return ctx.fail(QCoreApplication::translate(
            "hubctl", "a SQLite hub is a file on this computer and needs no password"));
    auto db = store::Database::open(ctx.dbPath);
    const auto actor = signInTo(ctx, db, *user);
    if (!actor.ok())
        return ctx.fail(actor.error().describe());
    if (auto s = security::check(actor.value(), security::Action::Sync); !s.ok())
        return ctx.fail(s.error().describe());

    sync::HubKeychain keychain;
    if (verb == QLatin1String("forget")) {
        if (auto s = keychain.forget(*hub); !s.ok())
            return ctx.fail(s.error().describe());
        ctx.out << QCoreApplication::translate(
                       "hubctl", "no password for %1 is kept in the system keychain now")
                       .arg(hub->display())
                << Qt::endl;
        return 0;
    }
    QString error;
    const auto password = readSecret(
        ctx, "HUB_HUB_PASSWORD",
        QCoreApplication::translate("hubctl", "Hub password for %1@%2: ").arg(hub->user, hub->host),
        true, error);
    if (!password)
        return ctx.fail(error);
    if (auto s = keychain.store(*hub, *password); !s.ok())
        return ctx.fail(s.error().describe());
    ctx.out << QCoreApplication::translate(
                   "hubctl", "the password for %1 is saved in the system keychain; "
                             "sync and hub init use it when HUB_HUB_PASSWORD is unset")
                   .arg(hub->display())
            << Qt::endl;
    return 0;
}

} // namespace hub::cli
