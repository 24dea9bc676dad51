// hubctl hub user add|remove|list: the PostgreSQL hub's desk logins and their hub_user
// mapping, made by the hub's owner instead of SQL typed by hand (docs/SYNC.md "Desk logins").
#include "Commands.h"
#include "HubOptions.h"

#include "sync/Hub.h"
#include "sync/HubLogins.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace hub::cli {

namespace {

QJsonObject toJson(const sync::HubLogin &l)
{
    return {{QStringLiteral("login"), l.login},       {QStringLiteral("user_id"), l.userId},
            {QStringLiteral("username"), l.username}, {QStringLiteral("role"), l.appRole},
            {QStringLiteral("team_id"), l.teamId},    {QStringLiteral("can_log_in"), l.canLogin},
            {QStringLiteral("problem"), l.problem}};
}

int list(Context &ctx, sync::HubLogins &logins, const QString &format)
{
    const auto all = logins.list();
    if (!all.ok())
        return ctx.fail(all.error().describe());
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const auto &l : all.value())
            rows << toJson(l);
        ctx.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (all->isEmpty())
        ctx.out << QCoreApplication::translate(
                       "hubctl",
                       "no desk logins yet: add one with hub user add LOGIN --for USERNAME")
                << Qt::endl;
    for (const auto &l : all.value()) {
        ctx.out << l.login << '\t' << (l.username.isEmpty() ? l.userId : l.username) << '\t'
                << l.appRole << '\t'
                << (l.teamId.isEmpty() ? QCoreApplication::translate("hubctl", "(all teams)")
                                       : l.teamId);
        if (!l.canLogin)
            ctx.out << '\t' << QCoreApplication::translate("hubctl", "cannot log in");
        if (!l.problem.isEmpty())
            ctx.out << '\t' << l.problem;
        ctx.out << Qt::endl;
    }
    return 0;
}

} // namespace

int runHubUser(Context &ctx, CliArgs &args)
{
    const auto verb = args.positional().value_or(QString());
    if (verb != QLatin1String("add") && verb != QLatin1String("remove") &&
        verb != QLatin1String("list"))
        return ctx.fail(QCoreApplication::translate(
            "hubctl", "hub user needs: add LOGIN --for USERNAME, remove LOGIN, or list "
                      "[--format text|json]; each with --hub URL"));
    const auto login = verb == QLatin1String("list") ? std::nullopt : args.positional();
    const auto username =
        verb == QLatin1String("add") ? args.option(QStringLiteral("--for")) : std::nullopt;
    const auto format =
        verb == QLatin1String("list")
            ? args.option(QStringLiteral("--format")).value_or(QStringLiteral("text"))
            : QStringLiteral("text");
    int code = 0;
    auto url = hubOption(ctx, args, QStringLiteral("hub user ") + verb, code);
    if (!url)
        return code;
    if (leftover(ctx, args, code))
        return code;
    if (verb != QLatin1String("list") && !login)
        return ctx.fail(
            QCoreApplication::translate("hubctl", "hub user %1 needs the login's name").arg(verb));
    if (verb == QLatin1String("add") && !username)
        return ctx.fail(QCoreApplication::translate(
            "hubctl", "hub user add needs --for USERNAME: the app user the login syncs for"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return ctx.fail(
            QCoreApplication::translate("hubctl", "--format must be text or json, not '%1'")
                .arg(format));
    QString password;
    if (!hubPassword(ctx, *url, password, code))
        return code;
    auto hub = sync::Hub::open(*url, password);
    if (!hub.ok())
        return ctx.fail(hub.error().describe());
    sync::HubLogins logins(*hub.value());
    if (verb == QLatin1String("list"))
        return list(ctx, logins, format);
    if (verb == QLatin1String("remove")) {
        if (auto s = logins.remove(*login); !s.ok())
            return ctx.fail(s.error().describe());
        ctx.out << QCoreApplication::translate(
                       "hubctl",
                       "desk login %1 removed: it can no longer log in, and nothing more is "
                       "sent to it")
                       .arg(*login)
                << Qt::endl;
        return 0;
    }
    // The desk login's password: HUB_DESK_PASSWORD when set (a script that keeps it in its
    // own vault), else a new one shown here once for the desk's keychain.
    const auto given =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("HUB_DESK_PASSWORD"));
    const auto deskPassword = given.isEmpty() ? sync::HubLogins::newPassword() : given;
    const auto added = logins.add(*login, *username, deskPassword);
    if (!added.ok())
        return ctx.fail(added.error().describe());
    ctx.out << QCoreApplication::translate("hubctl", "desk login %1 added for %2 (%3, %4)")
                   .arg(added->login, *username, added->appRole,
                        added->teamId.isEmpty()
                            ? QCoreApplication::translate("hubctl", "all teams")
                            : QCoreApplication::translate("hubctl", "team %1").arg(added->teamId))
            << Qt::endl;
    if (given.isEmpty())
        ctx.out << QCoreApplication::translate(
                       "hubctl",
                       "its password, shown this once (give it to the desk, which keeps it "
                       "with hubctl keychain store): %1")
                       .arg(deskPassword)
                << Qt::endl;
    return 0;
}

} // namespace hub::cli
