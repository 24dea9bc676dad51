// hubctl backup / restore: encrypted copies of the whole database (docs/SECURITY.md).
#include "CliAuth.h"
#include "Commands.h"

#include "backup/Backup.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

namespace hub::cli {

namespace {

// The passphrase comes from the environment variable the user names, never the command
// line (which other users can see in the process list).
std::optional<QByteArray> passphraseFrom(Context &ctx, CliArgs &args, int &code)
{
    const auto var = args.option(QStringLiteral("--passphrase-env"));
    if (!var || var->isEmpty()) {
        code = ctx.fail(QCoreApplication::translate(
            "hubctl", "needs --passphrase-env VAR (the variable holding the "
                      "passphrase)"));
        return std::nullopt;
    }
    const auto value = qgetenv(var->toLocal8Bit().constData());
    if (value.isEmpty()) {
        code = ctx.fail(
            QCoreApplication::translate("hubctl", "environment variable %1 is not set or empty")
                .arg(*var));
        return std::nullopt;
    }
    return value;
}

std::optional<backup::KdfCost> costFrom(Context &ctx, CliArgs &args, int &code)
{
    const auto text = args.option(QStringLiteral("--kdf-cost"));
    if (!text || *text == QLatin1String("moderate"))
        return backup::KdfCost::Moderate;
    if (*text == QLatin1String("interactive"))
        return backup::KdfCost::Interactive;
    if (*text == QLatin1String("min"))
        return backup::KdfCost::Minimum;
    code = ctx.fail(QCoreApplication::translate(
                        "hubctl", "--kdf-cost must be moderate, interactive or min, not '%1'")
                        .arg(*text));
    return std::nullopt;
}

} // namespace

int runBackup(Context &ctx, CliArgs &args)
{
    const auto user = requireUser(args, QStringLiteral("backup"));
    if (!user.ok())
        return ctx.fail(user.error().describe());
    int code = 1;
    const auto passphrase = passphraseFrom(ctx, args, code);
    if (!passphrase)
        return code;
    const auto cost = costFrom(ctx, args, code);
    if (!cost)
        return code;
    const auto file = args.positional();
    if (!file)
        return ctx.fail(QCoreApplication::translate("hubctl", "backup needs the file to write"));
    if (!args.error().isEmpty())
        return ctx.fail(args.error());
    if (!args.leftovers().isEmpty())
        return ctx.fail(QCoreApplication::translate("hubctl", "unexpected argument '%1'")
                            .arg(args.leftovers().first()));
    if (!QFileInfo(ctx.dbPath).isFile())
        return ctx.fail(QCoreApplication::translate("hubctl", "no database at %1").arg(ctx.dbPath));
    auto db = store::Database::open(ctx.dbPath, store::Database::Migrate::No);
    if (!db.ok())
        return ctx.fail(db.error().describe());
    const auto actor = signInUser(ctx, *db.value(), *user);
    if (!actor.ok())
        return ctx.fail(actor.error().describe());
    auto written = backup::Backup::write(actor.value(), *db.value(), *file, *passphrase, *cost);
    if (!written.ok())
        return ctx.fail(QCoreApplication::translate("hubctl", "%1: no backup written: %2")
                            .arg(*file, written.error().describe()));
    ctx.out << QCoreApplication::translate("hubctl", "backed up %1 to %2 (%3 bytes, encrypted)")
                   .arg(ctx.dbPath, *file)
                   .arg(written->bytes)
            << Qt::endl;
    return 0;
}

int runRestore(Context &ctx, CliArgs &args)
{
    const auto user = requireUser(args, QStringLiteral("restore"));
    if (!user.ok())
        return ctx.fail(user.error().describe());
    int code = 1;
    const auto passphrase = passphraseFrom(ctx, args, code);
    if (!passphrase)
        return code;
    backup::RestoreOptions options;
    options.replace = args.flag(QStringLiteral("--replace"));
    const auto file = args.positional();
    if (!file)
        return ctx.fail(
            QCoreApplication::translate("hubctl", "restore needs the backup file to read"));
    if (!args.error().isEmpty())
        return ctx.fail(args.error());
    if (!args.leftovers().isEmpty())
        return ctx.fail(QCoreApplication::translate("hubctl", "unexpected argument '%1'")
                            .arg(args.leftovers().first()));
    // The user signs in on the backup itself: its administrators are the ones who count.
    const auto signIn = [&](store::Database &copy) {
        return signInUser(ctx, copy, *user);
    };
    auto restored = backup::Backup::restore(*file, ctx.dbPath, *passphrase, signIn, options);
    if (!restored.ok())
        return ctx.fail(QCoreApplication::translate("hubctl", "%1: nothing restored: %2")
                            .arg(*file, restored.error().describe()));
    ctx.out << QCoreApplication::translate("hubctl", "restored %1 from %2 (schema %3, audit trail "
                                                     "intact: %4 events)")
                   .arg(ctx.dbPath, *file)
                   .arg(restored->schemaVersion)
                   .arg(restored->auditEvents)
            << Qt::endl;
    return 0;
}

} // namespace hub::cli
