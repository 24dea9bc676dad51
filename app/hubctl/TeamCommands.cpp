// hubctl team ... and hubctl codes ...: the hub's teams and code lists from the command line
// (services::TeamService, services::CodeListService; docs/ADMIN_GUIDE.md "Teams and code
// lists").
#include "CliAuth.h"
#include "Commands.h"

#include "services/CodeListService.h"
#include "services/DeskService.h"
#include "services/TeamService.h"
#include "store/Database.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace hub::cli {

namespace {

// The verb, the words it needs, --format and the signed-in user; nullopt with `code` set
// when something is missing or wrong (one line written).
struct Command
{
    QString verb;
    QStringList words;
    bool json = false;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<services::Services> services;
    domain::Actor actor;
};

using Usage = QHash<QString, QPair<int, QString>>; // verb -> (words needed, usage)

bool parse(Context &ctx, CliArgs &args, const QString &command, const Usage &usage, Command &out,
           int &code)
{
    out.verb = args.positional().value_or(QString());
    if (!usage.contains(out.verb)) {
        QStringList verbs = usage.keys();
        verbs.sort();
        code = ctx.fail(QCoreApplication::translate("hubctl", "%1 needs one of: %2")
                            .arg(command, verbs.join(QStringLiteral(", "))));
        return false;
    }
    const auto [needed, words] = usage.value(out.verb);
    // Options first: what is left are the verb's words.
    const auto format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("text"));
    auto user = requireUser(args, command + QLatin1Char(' ') + out.verb);
    while (auto w = args.positional())
        out.words << *w;
    if (leftover(ctx, args, code))
        return false;
    if (!user.ok()) {
        code = ctx.fail(user.error().describe());
        return false;
    }
    // `codes list` alone lists the lists; with LIST, that list's codes.
    const bool fits =
        out.words.size() == needed || (command == QLatin1String("codes") &&
                                       out.verb == QLatin1String("list") && out.words.size() == 1);
    if (!fits) {
        code = ctx.fail(QCoreApplication::translate("hubctl", "usage: hubctl %1 %2 %3")
                            .arg(command, out.verb, words));
        return false;
    }
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        code = ctx.fail(
            QCoreApplication::translate("hubctl", "--format must be text or json, not '%1'")
                .arg(format));
        return false;
    }
    out.json = format == QLatin1String("json");
    auto db = store::Database::open(ctx.dbPath);
    auto actor = signInTo(ctx, db, user.value());
    if (!actor.ok()) {
        code = ctx.fail(actor.error().describe());
        return false;
    }
    out.db = std::move(db).value();
    out.actor = actor.value();
    out.services = std::make_unique<services::Services>(*out.db);
    return true;
}

void printJson(Context &ctx, const char *key, const QJsonArray &rows)
{
    ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QString::fromLatin1(key), rows}})
                                     .toJson(QJsonDocument::Compact))
            << Qt::endl;
}

int listTeams(Context &ctx, Command &c)
{
    auto teams = services::TeamService(c.services->context).list(c.actor);
    if (!teams.ok())
        return ctx.fail(teams.error().describe());
    if (c.json) {
        QJsonArray rows;
        for (const auto &t : teams.value()) {
            rows.push_back(QJsonObject{
                {QStringLiteral("id"), t.team.id},
                {QStringLiteral("name"), t.team.name},
                {QStringLiteral("retired_at"),
                 t.team.retired() ? QJsonValue(util::toIsoUtc(t.team.retiredAt)) : QJsonValue()},
                {QStringLiteral("open_referrals"), t.work.referrals},
                {QStringLiteral("open_episodes"), t.work.episodes},
                {QStringLiteral("open_tasks"), t.work.tasks},
                {QStringLiteral("active_users"), t.work.activeUsers},
            });
        }
        printJson(ctx, "teams", rows);
        return 0;
    }
    for (const auto &t : teams.value()) {
        ctx.out << t.team.name << '\t'
                << (t.team.retired() ? QCoreApplication::translate("hubctl", "retired %1")
                                           .arg(util::toIsoUtc(t.team.retiredAt))
                                     : QCoreApplication::translate("hubctl", "active"))
                << '\t'
                << QCoreApplication::translate("hubctl", "%1 open referrals, %2 open episodes, "
                                                         "%3 open tasks, %4 active users")
                       .arg(t.work.referrals)
                       .arg(t.work.episodes)
                       .arg(t.work.tasks)
                       .arg(t.work.activeUsers)
                << '\n';
    }
    ctx.out << (teams->size() == 1
                    ? QCoreApplication::translate("hubctl", "1 team")
                    : QCoreApplication::translate("hubctl", "%1 teams").arg(teams->size()))
            << Qt::endl;
    return 0;
}

int listCodes(Context &ctx, Command &c)
{
    if (c.words.isEmpty()) { // the lists themselves
        if (c.json) {
            QJsonArray rows;
            for (const auto &l : services::CodeListService::lists())
                rows.push_back(
                    QJsonObject{{QStringLiteral("list"), l},
                                {QStringLiteral("name"), services::CodeListService::listName(l)}});
            printJson(ctx, "lists", rows);
            return 0;
        }
        for (const auto &l : services::CodeListService::lists())
            ctx.out << l << '\t' << services::CodeListService::listName(l) << '\n';
        ctx.out << Qt::flush;
        return 0;
    }
    const auto &list = c.words.first();
    auto codes = services::CodeListService(c.services->context).codes(c.actor, list);
    if (!codes.ok())
        return ctx.fail(codes.error().describe());
    if (c.json) {
        QJsonArray rows;
        for (const auto &e : codes.value())
            rows.push_back(QJsonObject{{QStringLiteral("code"), e.code},
                                       {QStringLiteral("label"), e.label},
                                       {QStringLiteral("builtin"), e.builtin},
                                       {QStringLiteral("retired"), e.retired}});
        QJsonObject o{{QStringLiteral("list"), list}, {QStringLiteral("codes"), rows}};
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    for (const auto &e : codes.value())
        ctx.out << e.code << '\t' << services::CodeListService::displayLabel(e.label) << '\t'
                << (e.retired ? QCoreApplication::translate("hubctl", "retired")
                              : QCoreApplication::translate("hubctl", "in use"))
                << '\n';
    ctx.out << (codes->size() == 1
                    ? QCoreApplication::translate("hubctl", "1 code")
                    : QCoreApplication::translate("hubctl", "%1 codes").arg(codes->size()))
            << Qt::endl;
    return 0;
}

} // namespace

int runTeam(Context &ctx, CliArgs &args)
{
    const Usage usage{
        {QStringLiteral("add"), {1, QStringLiteral("NAME --user ADMIN")}},
        {QStringLiteral("rename"), {2, QStringLiteral("TEAM NEWNAME --user ADMIN")}},
        {QStringLiteral("retire"), {1, QStringLiteral("TEAM --user ADMIN")}},
        {QStringLiteral("list"), {0, QStringLiteral("[--format text|json] --user NAME")}},
    };
    Command c;
    int code = 0;
    if (!parse(ctx, args, QStringLiteral("team"), usage, c, code))
        return code;
    if (c.verb == QLatin1String("list"))
        return listTeams(ctx, c);
    services::TeamService teams(c.services->context);
    if (c.verb == QLatin1String("add")) {
        auto made = teams.add(c.actor, c.words.at(0));
        if (!made.ok())
            return ctx.fail(made.error().describe());
        ctx.out << QCoreApplication::translate("hubctl", "team %1 added").arg(made->name)
                << Qt::endl;
        return 0;
    }
    auto team = teams.find(c.actor, c.words.at(0));
    if (!team.ok())
        return ctx.fail(team.error().describe());
    if (c.verb == QLatin1String("rename")) {
        auto renamed = teams.rename(c.actor, team->id, c.words.at(1));
        if (!renamed.ok())
            return ctx.fail(renamed.error().describe());
        ctx.out << QCoreApplication::translate("hubctl", "team %1 is now %2")
                       .arg(team->name, renamed->name)
                << Qt::endl;
        return 0;
    }
    auto retired = teams.retire(c.actor, team->id);
    if (!retired.ok())
        return ctx.fail(retired.error().describe());
    ctx.out << QCoreApplication::translate("hubctl", "team %1 retired").arg(retired->name)
            << Qt::endl;
    return 0;
}

int runCodes(Context &ctx, CliArgs &args)
{
    const Usage usage{
        {QStringLiteral("list"), {0, QStringLiteral("[LIST] [--format text|json] --user NAME")}},
        {QStringLiteral("add"), {2, QStringLiteral("LIST LABEL [--code CODE] --user ADMIN")}},
        {QStringLiteral("rename"), {3, QStringLiteral("LIST CODE NEWLABEL --user ADMIN")}},
        {QStringLiteral("retire"), {2, QStringLiteral("LIST CODE --user ADMIN")}},
    };
    const auto given = args.option(QStringLiteral("--code"));
    Command c;
    int code = 0;
    if (!parse(ctx, args, QStringLiteral("codes"), usage, c, code))
        return code;
    if (c.verb == QLatin1String("list"))
        return listCodes(ctx, c);
    services::CodeListService lists(c.services->context);
    const auto &list = c.words.at(0);
    Result<services::CodeEntry> done = Error{};
    QString message;
    if (c.verb == QLatin1String("add")) {
        done = lists.add(c.actor, list, c.words.at(1), given.value_or(QString()));
        message = QCoreApplication::translate("hubctl", "code %1 added to %2: %3");
    } else if (c.verb == QLatin1String("rename")) {
        done = lists.rename(c.actor, list, c.words.at(1), c.words.at(2));
        message = QCoreApplication::translate("hubctl", "code %1 of %2 is now labelled %3");
    } else {
        done = lists.retire(c.actor, list, c.words.at(1));
        message = QCoreApplication::translate("hubctl", "code %1 of %2 retired (%3)");
    }
    if (!done.ok())
        return ctx.fail(done.error().describe());
    ctx.out << message.arg(done->code, list, services::CodeListService::displayLabel(done->label))
            << Qt::endl;
    return 0;
}

} // namespace hub::cli
