// hubctl person merge / unmerge / duplicates: joining two records of one person, undoing
// it, and the list of possible duplicates (services/PersonMergeService, DuplicateService).
#include "CliAuth.h"
#include "Commands.h"

#include "services/DeskService.h"
#include "services/DuplicateService.h"
#include "services/PersonMergeService.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hub::cli {

namespace {

const char *const kPersonUsage =
    "person merge KEEP OTHER --reason TEXT [--keep-field FIELD=other ...] --user NAME | "
    "person unmerge MERGE_ID --user NAME | person duplicates [--format text|json] --user NAME";

// The session of one person command: the database and the signed-in actor.
struct PersonSession
{
    std::unique_ptr<store::Database> db;
    std::unique_ptr<services::Services> services;
    domain::Actor actor;
};

Result<PersonSession> openSession(Context &ctx, const QString &user)
{
    if (!QFileInfo::exists(ctx.dbPath))
        return Error::make(Error::Kind::Io, QStringLiteral("no database at %1").arg(ctx.dbPath));
    auto db = store::Database::open(ctx.dbPath);
    auto actor = signInTo(ctx, db, user);
    if (!actor.ok())
        return actor.error();
    PersonSession session;
    session.db = std::move(db).value();
    session.actor = actor.value();
    session.services = std::make_unique<services::Services>(*session.db);
    return session;
}

int merge(Context &ctx, CliArgs &args)
{
    const auto kept = args.positional();
    const auto other = args.positional();
    const auto reason = args.option(QStringLiteral("--reason"));
    QStringList fromOther;
    while (const auto keep = args.option(QStringLiteral("--keep-field"))) {
        const auto parts = keep->split(QLatin1Char('='));
        if (parts.size() != 2 || parts.at(1) != QLatin1String("other"))
            return ctx.fail(
                QStringLiteral("--keep-field takes FIELD=other (the other record's value of "
                               "FIELD survives), not '%1'")
                    .arg(*keep));
        fromOther << parts.at(0);
    }
    auto user = requireUser(args, QStringLiteral("person merge"));
    int code = 0;
    if (leftover(ctx, args, code))
        return code;
    if (!user.ok())
        return ctx.fail(user.error().describe());
    if (!kept || !other)
        return ctx.fail(QStringLiteral("person merge needs KEEP and OTHER person ids"));
    if (!reason || reason->trimmed().isEmpty())
        return ctx.fail(QStringLiteral("person merge needs --reason TEXT"));
    auto session = openSession(ctx, user.value());
    if (!session.ok())
        return ctx.fail(session.error().describe());
    services::PersonMergeService merges(session->services->context);
    auto m = merges.merge(session->actor, {*kept, *other, *reason, fromOther});
    if (!m.ok())
        return ctx.fail(m.error().describe());
    ctx.out << "merge " << m->id << ": person " << m->otherId << " merged into " << m->personId
            << " (" << services::PersonMergeService::movedSummary(m.value()) << ")" << Qt::endl;
    return 0;
}

int unmerge(Context &ctx, CliArgs &args)
{
    const auto id = args.positional();
    auto user = requireUser(args, QStringLiteral("person unmerge"));
    int code = 0;
    if (leftover(ctx, args, code))
        return code;
    if (!user.ok())
        return ctx.fail(user.error().describe());
    if (!id)
        return ctx.fail(QStringLiteral("person unmerge needs MERGE_ID"));
    auto session = openSession(ctx, user.value());
    if (!session.ok())
        return ctx.fail(session.error().describe());
    services::PersonMergeService merges(session->services->context);
    if (auto s = merges.unmerge(session->actor, *id); !s.ok())
        return ctx.fail(s.error().describe());
    ctx.out << "merge " << *id << " undone" << Qt::endl;
    return 0;
}

int duplicates(Context &ctx, CliArgs &args)
{
    const auto format = args.option(QStringLiteral("--format"));
    auto user = requireUser(args, QStringLiteral("person duplicates"));
    int code = 0;
    if (leftover(ctx, args, code))
        return code;
    if (!user.ok())
        return ctx.fail(user.error().describe());
    const bool json = format && *format == QLatin1String("json");
    if (format && !json && *format != QLatin1String("text"))
        return ctx.fail(QStringLiteral("--format is text or json, not '%1'").arg(*format));
    auto session = openSession(ctx, user.value());
    if (!session.ok())
        return ctx.fail(session.error().describe());
    auto found = services::DuplicateService(session->services->context).run(session->actor);
    if (!found.ok())
        return ctx.fail(found.error().describe());
    if (json) {
        QJsonArray pairs;
        for (const auto &p : found->pairs)
            pairs.push_back(
                QJsonObject{{QStringLiteral("a"), p.a.id},
                            {QStringLiteral("b"), p.b.id},
                            {QStringLiteral("score"), p.score},
                            {QStringLiteral("reasons"), QJsonArray::fromStringList(p.reasons)}});
        ctx.out << QString::fromUtf8(QJsonDocument(pairs).toJson(QJsonDocument::Compact))
                << Qt::endl;
        return 0;
    }
    for (const auto &p : found->pairs)
        ctx.out << p.score << '\t' << p.a.id << '\t' << p.b.id << '\t'
                << p.reasons.join(QLatin1Char(',')) << '\n';
    ctx.out << found->pairs.size() << " possible duplicates" << Qt::endl;
    return 0;
}

} // namespace

int runPerson(Context &ctx, CliArgs &args)
{
    const auto sub = args.positional();
    if (sub && *sub == QLatin1String("merge"))
        return merge(ctx, args);
    if (sub && *sub == QLatin1String("unmerge"))
        return unmerge(ctx, args);
    if (sub && *sub == QLatin1String("duplicates"))
        return duplicates(ctx, args);
    return ctx.fail(QStringLiteral("usage: hubctl %1").arg(QLatin1String(kPersonUsage)));
}

} // namespace hub::cli
