// hubctl init --admin, hubctl user ...: users and passwords from the command line.
#include "CliAuth.h"
#include "Commands.h"

#include "services/AuthService.h"
#include "services/DeskService.h"
#include "services/DirectoryService.h"
#include "store/Database.h"
#include "store/Repositories.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hub::cli {

bool leftover(Context &ctx, const CliArgs &args, int &code)
{
    if (!args.error().isEmpty())
        code = ctx.fail(args.error());
    else if (!args.leftovers().isEmpty())
        code = ctx.fail(QCoreApplication::translate("hubctl", "unexpected argument '%1'")
                            .arg(args.leftovers().first()));
    else
        return false;
    return true;
}

namespace {

QString teamIdFor(store::Database &db, const QString &team)
{
    // Retired teams too: the service then says why a user cannot join one.
    for (const auto &t : store::TeamRepository(db).all()) {
        if (t.id == team || t.name.compare(team, Qt::CaseInsensitive) == 0)
            return t.id;
    }
    return {};
}

int listUsers(Context &ctx, store::Database &db, const QVector<services::UserAccount> &accounts,
              bool json)
{
    QHash<QString, QString> teams;
    for (const auto &t : store::TeamRepository(db).all()) // retired ones too
        teams.insert(t.id, t.name);
    if (json) {
        QJsonArray rows;
        for (const auto &a : accounts) {
            QJsonObject o;
            o.insert(QStringLiteral("username"), a.user.username);
            o.insert(QStringLiteral("display_name"), a.user.displayName);
            o.insert(QStringLiteral("role"), a.user.role);
            o.insert(QStringLiteral("team"), a.user.teamId.isEmpty()
                                                 ? QJsonValue()
                                                 : QJsonValue(teams.value(a.user.teamId)));
            o.insert(QStringLiteral("active"), a.user.active);
            o.insert(QStringLiteral("password_set"), a.hasPassword);
            o.insert(QStringLiteral("must_change_password"), a.mustChangePassword);
            o.insert(QStringLiteral("locked_until"), a.lockedUntil.isValid()
                                                         ? QJsonValue(util::toIsoUtc(a.lockedUntil))
                                                         : QJsonValue());
            rows.push_back(o);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("users"), rows}})
                                         .toJson(QJsonDocument::Compact))
                << Qt::endl;
        return 0;
    }
    for (const auto &a : accounts) {
        QStringList state;
        state << (a.user.active ? QStringLiteral("active") : QStringLiteral("disabled"));
        if (!a.hasPassword)
            state << QStringLiteral("no password");
        if (a.mustChangePassword)
            state << QStringLiteral("temporary password");
        if (a.lockedUntil.isValid())
            state << QStringLiteral("locked until ") + util::toIsoUtc(a.lockedUntil);
        ctx.out << a.user.username << '\t' << a.user.displayName << '\t' << a.user.role << '\t'
                << (a.user.teamId.isEmpty() ? QStringLiteral("-") : teams.value(a.user.teamId))
                << '\t' << state.join(QStringLiteral(", ")) << '\n';
    }
    ctx.out << (accounts.size() == 1
                    ? QCoreApplication::translate("hubctl", "1 user")
                    : QCoreApplication::translate("hubctl", "%1 users").arg(accounts.size()))
            << Qt::endl;
    return 0;
}

} // namespace

int initAdmin(Context &ctx, store::Database &db, const QString &name,
              const std::optional<QString> &signedInAs)
{
    services::Services all(db);
    services::AuthService auth(all.context);
    // On a database with users, an administrator signs in first; the new administrator's
    // password is then a temporary one, from HUB_NEW_PASSWORD (as with 'user add').
    std::optional<domain::Actor> admin;
    if (signedInAs) {
        auto actor = signInUser(ctx, db, *signedInAs);
        if (!actor.ok())
            return ctx.fail(actor.error().describe());
        admin = actor.value();
    }
    if (auto s = auth.mayBootstrapAdmin(admin); !s.ok())
        return ctx.fail(signedInAs ? s.error().describe()
                                   : QCoreApplication::translate(
                                         "hubctl", "%1 (run init --admin %2 --user ADMIN)")
                                         .arg(s.error().describe(), name));
    QString error;
    const auto password =
        admin ? readSecret(ctx, "HUB_NEW_PASSWORD",
                           QStringLiteral("Temporary password for %1: ").arg(name), true, error)
              : readSecret(ctx, "HUB_PASSWORD", QStringLiteral("New password for %1: ").arg(name),
                           true, error);
    if (!password)
        return ctx.fail(error);
    auto made = auth.bootstrapAdmin(name, *password, workstation(), admin);
    if (!made.ok())
        return ctx.fail(made.error().describe());
    ctx.out << (admin
                    ? QCoreApplication::translate("hubctl", "administrator %1 can now sign in; the "
                                                            "password must be changed at the first "
                                                            "sign-in")
                    : QCoreApplication::translate("hubctl", "administrator %1 can now sign in"))
                   .arg(made->username)
            << Qt::endl;
    return 0;
}

int runUser(Context &ctx, CliArgs &args)
{
    const auto verb = args.positional().value_or(QString());
    static const QStringList verbs{QStringLiteral("add"), QStringLiteral("passwd"),
                                   QStringLiteral("disable"), QStringLiteral("list")};
    if (!verbs.contains(verb))
        return ctx.fail(QCoreApplication::translate("hubctl", "user needs one of: %1")
                            .arg(verbs.join(QStringLiteral(", "))));
    const auto name =
        verb == QLatin1String("list") ? std::optional<QString>(QString()) : args.positional();
    if (!name)
        return ctx.fail(
            QCoreApplication::translate("hubctl", "user %1 needs a username").arg(verb));
    const auto admin = args.option(QStringLiteral("--user"));
    const auto role = args.option(QStringLiteral("--role"));
    const auto team = args.option(QStringLiteral("--team"));
    const auto display = args.option(QStringLiteral("--display"));
    const auto format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("text"));
    int code = 0;
    if (leftover(ctx, args, code))
        return code;
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return ctx.fail(
            QCoreApplication::translate("hubctl", "--format must be text or json, not '%1'")
                .arg(format));
    if (verb == QLatin1String("add") && !role)
        return ctx.fail(QCoreApplication::translate("hubctl", "user add needs --role (%1)")
                            .arg(services::AuthService::roles().join(QStringLiteral(", "))));
    const bool selfChange =
        verb == QLatin1String("passwd") && (!admin || admin->compare(*name) == 0);
    if (!admin && !selfChange)
        return ctx.fail(QCoreApplication::translate(
                            "hubctl", "user %1 needs --user ADMIN (its password in HUB_PASSWORD)")
                            .arg(verb));

    auto db = store::Database::open(ctx.dbPath);
    if (!db.ok())
        return ctx.fail(db.error().describe());
    services::Services all(*db.value());
    services::AuthService auth(all.context);
    QString error;
    if (selfChange) {
        const auto old =
            readSecret(ctx, "HUB_PASSWORD", QStringLiteral("Current password for %1: ").arg(*name),
                       false, error);
        if (!old)
            return ctx.fail(error);
        const auto fresh =
            readSecret(ctx, "HUB_NEW_PASSWORD", QStringLiteral("New password: "), true, error);
        if (!fresh)
            return ctx.fail(error);
        auto changed = auth.changePassword(*name, *old, *fresh, workstation());
        if (!changed.ok())
            return ctx.fail(changed.error().describe());
        ctx.out << QCoreApplication::translate("hubctl", "password of %1 changed").arg(*name)
                << Qt::endl;
        return 0;
    }
    auto actor = signInUser(ctx, *db.value(), *admin);
    if (!actor.ok())
        return ctx.fail(actor.error().describe());
    if (verb == QLatin1String("list")) {
        auto accounts = auth.list(actor.value());
        if (!accounts.ok())
            return ctx.fail(accounts.error().describe());
        return listUsers(ctx, *db.value(), accounts.value(), format == QLatin1String("json"));
    }
    if (verb == QLatin1String("disable")) {
        if (auto s = auth.disable(actor.value(), *name); !s.ok())
            return ctx.fail(s.error().describe());
        ctx.out << QCoreApplication::translate("hubctl", "user %1 disabled").arg(*name) << Qt::endl;
        return 0;
    }
    QString teamId;
    if (team) {
        teamId = teamIdFor(*db.value(), *team);
        if (teamId.isEmpty())
            return ctx.fail(
                QCoreApplication::translate("hubctl", "--team: there is no team '%1'").arg(*team));
    }
    const auto temporary =
        readSecret(ctx, "HUB_NEW_PASSWORD",
                   QStringLiteral("Temporary password for %1: ").arg(*name), true, error);
    if (!temporary)
        return ctx.fail(error);
    if (verb == QLatin1String("add")) {
        auto added = auth.addUser(actor.value(), *name, display.value_or(QString()), *role, teamId,
                                  *temporary);
        if (!added.ok())
            return ctx.fail(added.error().describe());
        ctx.out << QCoreApplication::translate("hubctl", "user %1 added; the password must be "
                                                         "changed at the first sign-in")
                       .arg(added->username)
                << Qt::endl;
        return 0;
    }
    if (auto s = auth.setPassword(actor.value(), *name, *temporary); !s.ok())
        return ctx.fail(s.error().describe());
    ctx.out << QCoreApplication::translate("hubctl", "temporary password set for %1; it must be "
                                                     "changed at the next sign-in")
                   .arg(*name)
            << Qt::endl;
    return 0;
}

} // namespace hub::cli
