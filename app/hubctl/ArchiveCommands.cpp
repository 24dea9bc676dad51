#include "CliAuth.h"
#include "Commands.h"

#include "services/ArchiveService.h"
#include "services/DeskService.h"
#include "store/Database.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

namespace hub::cli {

int runExport(Context &ctx, CliArgs &args)
{
    const auto user = requireUser(args, QStringLiteral("export"));
    if (!user.ok())
        return ctx.fail(user.error().describe());
    const auto file = args.positional();
    if (!file)
        return ctx.fail(QCoreApplication::translate("hubctl", "export needs the file to write"));
    if (!args.error().isEmpty())
        return ctx.fail(args.error());
    if (!args.leftovers().isEmpty())
        return ctx.fail(QCoreApplication::translate("hubctl", "unexpected argument '%1'")
                            .arg(args.leftovers().first()));
    auto db = store::Database::open(ctx.dbPath);
    const auto actor = signInTo(ctx, db, *user);
    if (!actor.ok())
        return ctx.fail(actor.error().describe());
    services::Services all(*db.value());
    // Written beside the target and renamed over it only when complete.
    QSaveFile out(*file);
    if (!out.open(QIODevice::WriteOnly))
        return ctx.fail(QCoreApplication::translate("hubctl", "cannot write %1: %2")
                            .arg(*file, out.errorString()));
    QElapsedTimer timer;
    timer.start();
    auto counts = services::ArchiveService(all.context).exportAll(actor.value(), out, *file);
    if (!counts.ok()) {
        out.cancelWriting();
        return ctx.fail(counts.error().describe());
    }
    if (!out.commit())
        return ctx.fail(QCoreApplication::translate("hubctl", "cannot write %1: %2")
                            .arg(*file, out.errorString()));
    ctx.out << QCoreApplication::translate("hubctl", "exported %1 to %2 in %3 ms")
                   .arg(counts.value().summary(), *file)
                   .arg(timer.elapsed())
            << Qt::endl;
    return 0;
}

int runImport(Context &ctx, CliArgs &args)
{
    const auto user = requireUser(args, QStringLiteral("import"));
    if (!user.ok())
        return ctx.fail(user.error().describe());
    archive::ImportOptions options;
    options.replace = args.flag(QStringLiteral("--replace"));
    options.today = util::londonDate(QDateTime::currentDateTimeUtc());
    const auto file = args.positional();
    if (!file)
        return ctx.fail(
            QCoreApplication::translate("hubctl", "import needs the archive file to read"));
    if (!args.error().isEmpty())
        return ctx.fail(args.error());
    if (!args.leftovers().isEmpty())
        return ctx.fail(QCoreApplication::translate("hubctl", "unexpected argument '%1'")
                            .arg(args.leftovers().first()));
    QFile in(*file);
    if (!in.open(QIODevice::ReadOnly))
        return ctx.fail(QCoreApplication::translate("hubctl", "cannot read %1: %2")
                            .arg(*file, in.errorString()));
    auto db = store::Database::open(ctx.dbPath);
    const auto actor = signInTo(ctx, db, *user);
    if (!actor.ok())
        return ctx.fail(actor.error().describe());
    services::Services all(*db.value());
    QElapsedTimer timer;
    timer.start();
    auto counts =
        services::ArchiveService(all.context).importAll(actor.value(), in, *file, options);
    if (!counts.ok())
        return ctx.fail(QCoreApplication::translate("hubctl", "%1: nothing imported: %2")
                            .arg(*file, counts.error().describe()));
    const auto &c = counts.value();
    ctx.out << QCoreApplication::translate("hubctl",
                                           "imported %1; updated %2; unchanged %3 (%4 ms)")
                   .arg(c.inserted.summary(), c.updated.summary(), c.unchanged.summary())
                   .arg(timer.elapsed())
            << Qt::endl;
    return 0;
}

} // namespace hub::cli
