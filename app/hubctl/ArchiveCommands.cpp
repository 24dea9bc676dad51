#include "Commands.h"

#include "archive/ArchiveReader.h"
#include "archive/ArchiveWriter.h"
#include "store/Database.h"
#include "util/Time.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

namespace hub::cli {

int runExport(Context &ctx, CliArgs &args)
{
    const auto file = args.positional();
    if (!file)
        return ctx.fail(QStringLiteral("export needs the file to write"));
    if (!args.leftovers().isEmpty())
        return ctx.fail(QStringLiteral("unexpected argument '%1'").arg(args.leftovers().first()));
    auto db = store::Database::open(ctx.dbPath);
    if (!db.ok())
        return ctx.fail(db.error().describe());
    // Written beside the target and renamed over it only when complete.
    QSaveFile out(*file);
    if (!out.open(QIODevice::WriteOnly))
        return ctx.fail(QStringLiteral("cannot write %1: %2").arg(*file, out.errorString()));
    QElapsedTimer timer;
    timer.start();
    auto counts = archive::exportArchive(*db.value(), out);
    if (!counts.ok()) {
        out.cancelWriting();
        return ctx.fail(counts.error().describe());
    }
    if (!out.commit())
        return ctx.fail(QStringLiteral("cannot write %1: %2").arg(*file, out.errorString()));
    ctx.out << "exported " << counts.value().summary() << " to " << *file << " in "
            << timer.elapsed() << " ms" << Qt::endl;
    return 0;
}

int runImport(Context &ctx, CliArgs &args)
{
    archive::ImportOptions options;
    options.replace = args.flag(QStringLiteral("--replace"));
    options.today = util::londonDate(QDateTime::currentDateTimeUtc());
    const auto file = args.positional();
    if (!file)
        return ctx.fail(QStringLiteral("import needs the archive file to read"));
    if (!args.leftovers().isEmpty())
        return ctx.fail(QStringLiteral("unexpected argument '%1'").arg(args.leftovers().first()));
    QFile in(*file);
    if (!in.open(QIODevice::ReadOnly))
        return ctx.fail(QStringLiteral("cannot read %1: %2").arg(*file, in.errorString()));
    auto db = store::Database::open(ctx.dbPath);
    if (!db.ok())
        return ctx.fail(db.error().describe());
    QElapsedTimer timer;
    timer.start();
    auto counts = archive::importArchive(*db.value(), in, options);
    if (!counts.ok())
        return ctx.fail(
            QStringLiteral("%1: nothing imported: %2").arg(*file, counts.error().describe()));
    const auto &c = counts.value();
    ctx.out << "imported " << c.inserted.summary() << "; updated " << c.updated.summary()
            << "; unchanged " << c.unchanged.summary() << " (" << timer.elapsed() << " ms)"
            << Qt::endl;
    return 0;
}

} // namespace hub::cli
