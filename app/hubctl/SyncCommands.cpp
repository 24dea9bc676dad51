// hubctl hub init, hubctl sync, hubctl conflicts: the workstation's side of the hub.
#include "CliAuth.h"
#include "Commands.h"
#include "HubOptions.h"

#include "store/Database.h"
#include "sync/HubKeychain.h"
#include "sync/SyncService.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hub::cli {

std::optional<sync::HubUrl> hubOption(Context &ctx, CliArgs &args, const QString &command,
                                      int &code)
{
    const auto text = args.option(QStringLiteral("--hub"));
    if (!text) {
        code = ctx.fail(QCoreApplication::translate(
                            "hubctl", "%1 needs --hub URL (postgresql://user@host:port/db or "
                                      "sqlite:///path/hub.db)")
                            .arg(command));
        return std::nullopt;
    }
    auto url = sync::HubUrl::parse(*text);
    if (!url.ok()) {
        code = ctx.fail(url.error().describe());
        return std::nullopt;
    }
    return url.value();
}

bool hubPassword(Context &ctx, const sync::HubUrl &url, QString &password, int &code)
{
    password.clear();
    if (url.kind != sync::HubUrl::Kind::Postgres)
        return true;
    // HUB_HUB_PASSWORD wins (readSecret takes it); without it the keychain, then the prompt.
    QString keychain;
    if (!qEnvironmentVariableIsSet("HUB_HUB_PASSWORD")) {
        auto saved = sync::HubKeychain().read(url);
        if (saved.ok()) {
            password = *saved;
            return true;
        }
        keychain = saved.error().message;
    }
    QString error;
    const auto typed = readSecret(
        ctx, "HUB_HUB_PASSWORD",
        QCoreApplication::translate("hubctl", "Hub password for %1@%2: ").arg(url.user, url.host),
        false, error);
    if (!typed) {
        if (!keychain.isEmpty())
            error = QCoreApplication::translate(
                        "hubctl", "%1; keychain: %2 (save one with hubctl keychain store)")
                        .arg(error, keychain);
        code = ctx.fail(error);
        return false;
    }
    password = *typed;
    return true;
}

namespace {

QJsonObject conflictJson(const sync::Conflict &c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("record_type"), c.recordType},
                       {QStringLiteral("record_id"), c.recordId},
                       {QStringLiteral("person_id"), c.personId},
                       {QStringLiteral("field"), c.field},
                       {QStringLiteral("reason"), c.reason},
                       {QStringLiteral("base"), c.base},
                       {QStringLiteral("hub"), c.hub},
                       {QStringLiteral("client"), c.client},
                       {QStringLiteral("hub_author"), c.hubAuthor},
                       {QStringLiteral("client_author"), c.clientAuthor},
                       {QStringLiteral("raised_at"), util::toIsoUtc(c.raisedAt)},
                       {QStringLiteral("resolution"),
                        c.resolution.isEmpty() ? QJsonValue() : QJsonValue(c.resolution)}};
}

QString shown(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// --keep hub|client|VALUE; a VALUE that reads as JSON (0, 1, null, "text") is taken as such.
std::pair<sync::Keep, QJsonValue> keepOf(const QString &text)
{
    if (text == QLatin1String("hub"))
        return {sync::Keep::Hub, {}};
    if (text == QLatin1String("client"))
        return {sync::Keep::Client, {}};
    const auto doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(text).toUtf8());
    if (doc.isArray() && doc.array().size() == 1)
        return {sync::Keep::Value, doc.array().at(0)};
    return {sync::Keep::Value, QJsonValue(text)};
}

int resolveConflict(Context &ctx, CliArgs &args, const QString &user)
{
    const auto id = args.positional();
    const auto keep = args.option(QStringLiteral("--keep"));
    int code = 0;
    if (leftover(ctx, args, code))
        return code;
    if (!id || !keep)
        return ctx.fail(QCoreApplication::translate(
            "hubctl", "conflicts resolve needs ID and --keep hub|client|VALUE"));
    auto db = store::Database::open(ctx.dbPath);
    const auto actor = signInTo(ctx, db, user);
    if (!actor.ok())
        return ctx.fail(actor.error().describe());
    const auto [how, value] = keepOf(*keep);
    sync::SyncService service(*db.value(), actor.value());
    if (auto s = service.resolve(*id, how, value); !s.ok())
        return ctx.fail(s.error().describe());
    ctx.out << QCoreApplication::translate("hubctl",
                                           "conflict %1 resolved; the next sync sends the decision")
                   .arg(*id)
            << Qt::endl;
    return 0;
}

} // namespace

int runHub(Context &ctx, CliArgs &args)
{
    const auto verb = args.positional().value_or(QString());
    if (verb == QLatin1String("user"))
        return runHubUser(ctx, args);
    if (verb == QLatin1String("enrol"))
        return runHubEnrol(ctx, args);
    const bool vacuum = verb == QLatin1String("vacuum");
    if (verb != QLatin1String("init") && !vacuum)
        return ctx.fail(QCoreApplication::translate(
            "hubctl",
            "hub needs: init --hub URL, vacuum --hub URL, user add|remove|list, or enrol"));
    int code = 0;
    auto hub = hubOption(ctx, args, QStringLiteral("hub ") + verb, code);
    if (!hub)
        return code;
    QString password;
    if (leftover(ctx, args, code) || !hubPassword(ctx, *hub, password, code))
        return code;
    if (auto s = vacuum ? sync::SyncService::vacuumHub(*hub, password)
                        : sync::SyncService::initHub(*hub, password);
        !s.ok())
        return ctx.fail(s.error().describe());
    ctx.out << (vacuum ? QCoreApplication::translate(
                             "hubctl", "hub %1 vacuumed: no erased value is left in its tables")
                       : QCoreApplication::translate("hubctl", "hub %1 is ready"))
                   .arg(hub->display())
            << Qt::endl;
    return 0;
}

int runSync(Context &ctx, CliArgs &args)
{
    const auto user = requireUser(args, QStringLiteral("sync"));
    if (!user.ok())
        return ctx.fail(user.error().describe());
    int code = 0;
    auto hub = hubOption(ctx, args, QStringLiteral("sync"), code);
    if (!hub)
        return code;
    if (leftover(ctx, args, code))
        return code;
    auto db = store::Database::open(ctx.dbPath);
    const auto actor = signInTo(ctx, db, *user);
    if (!actor.ok())
        return ctx.fail(actor.error().describe());
    QString password;
    if (!hubPassword(ctx, *hub, password, code))
        return code;
    sync::SyncService service(*db.value(), actor.value());
    auto out = service.syncOnce(*hub, password);
    if (!out.ok())
        return ctx.fail(out.error().describe());
    ctx.out << QCoreApplication::translate(
                   "hubctl",
                   "pushed %1, pulled %2, new conflicts %3, erased %4, removed from scope %5")
                   .arg(out->pushed)
                   .arg(out->pulled)
                   .arg(out->conflicts)
                   .arg(out->erased)
                   .arg(out->revoked)
            << Qt::endl;
    return 0;
}

int runConflicts(Context &ctx, CliArgs &args)
{
    const auto user = requireUser(args, QStringLiteral("conflicts"));
    if (!user.ok())
        return ctx.fail(user.error().describe());
    if (args.leftovers().value(0) == QLatin1String("resolve")) {
        (void)args.positional();
        return resolveConflict(ctx, args, *user);
    }
    const auto format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("text"));
    const bool all = args.flag(QStringLiteral("--all"));
    int code = 0;
    if (leftover(ctx, args, code))
        return code;
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return ctx.fail(
            QCoreApplication::translate("hubctl", "--format must be text or json, not '%1'")
                .arg(format));
    auto db = store::Database::open(ctx.dbPath);
    const auto actor = signInTo(ctx, db, *user);
    if (!actor.ok())
        return ctx.fail(actor.error().describe());
    auto list = sync::SyncService(*db.value(), actor.value()).conflicts(!all);
    if (!list.ok())
        return ctx.fail(list.error().describe());
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const auto &c : *list)
            rows.push_back(conflictJson(c));
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("conflicts"), rows}})
                                         .toJson(QJsonDocument::Compact))
                << Qt::endl;
        return 0;
    }
    for (const auto &c : *list) {
        ctx.out << c.id << '\t' << c.reason << '\t' << c.recordType << ' ' << c.recordId << '\t'
                << (c.field.isEmpty() ? QStringLiteral("-") : c.field) << '\t'
                << QCoreApplication::translate("hubctl", "hub: %1").arg(shown(c.hub)) << '\t'
                << QCoreApplication::translate("hubctl", "client: %1").arg(shown(c.client)) << '\n';
    }
    ctx.out << QCoreApplication::translate("hubctl", "%n open conflict(s)", nullptr, list->size())
            << Qt::endl;
    return 0;
}

} // namespace hub::cli
