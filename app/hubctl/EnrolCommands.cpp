// hubctl hub enrol USERNAME|list|revoke (an administrator at their desk) and hubctl desk join
// (a new desk): one-time enrolment codes (docs/SYNC.md "Joining a hub").
#include "CliAuth.h"
#include "Commands.h"
#include "HubOptions.h"

#include "store/Database.h"
#include "sync/DeskJoin.h"
#include "sync/HubEnrolment.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <unistd.h>

namespace hub::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(hubctl)
};

QString timeText(const QDateTime &t)
{
    return t.isValid() ? util::toIsoUtc(t) : QString();
}

QJsonObject toJson(const sync::Enrolment &e)
{
    return {{QStringLiteral("username"), e.username},
            {QStringLiteral("user_id"), e.userId},
            {QStringLiteral("state"), e.state},
            {QStringLiteral("issued_by"), e.issuedBy},
            {QStringLiteral("issued_at"), timeText(e.issuedAt)},
            {QStringLiteral("expires_at"), timeText(e.expiresAt)},
            {QStringLiteral("closed_at"), timeText(e.closedAt)},
            {QStringLiteral("desk_login"), e.deskLogin}};
}

int listCodes(Context &ctx, sync::EnrolmentService &service, const sync::HubUrl &url,
              const QString &password, const QString &format)
{
    const auto all = service.list(url, password);
    if (!all.ok())
        return ctx.fail(all.error().describe());
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const auto &e : all.value())
            rows << toJson(e);
        ctx.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (all->isEmpty())
        ctx.out << Text::tr("no enrolment codes yet: issue one with hub enrol USERNAME")
                << Qt::endl;
    for (const auto &e : all.value()) {
        ctx.out << e.username << '\t' << e.state << '\t'
                << Text::tr("issued %1").arg(timeText(e.issuedAt)) << '\t'
                << Text::tr("expires %1").arg(timeText(e.expiresAt));
        if (!e.deskLogin.isEmpty())
            ctx.out << '\t' << Text::tr("desk login %1").arg(e.deskLogin);
        ctx.out << Qt::endl;
    }
    return 0;
}

// One visible line typed on the terminal, or the environment variable `env`.
std::optional<QString> readLine(Context &ctx, const char *env, const QString &prompt,
                                QString &error)
{
    if (qEnvironmentVariableIsSet(env))
        return qEnvironmentVariable(env).trimmed();
    if (!isatty(STDIN_FILENO)) {
        error = Text::tr("no %1: set it or run hubctl on a terminal").arg(QLatin1String(env));
        return std::nullopt;
    }
    ctx.out << prompt << Qt::flush;
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

} // namespace

int runHubEnrol(Context &ctx, CliArgs &args)
{
    const auto user = requireUser(args, QStringLiteral("hub enrol"));
    if (!user.ok())
        return ctx.fail(user.error().describe());
    const auto first = args.positional();
    if (!first)
        return ctx.fail(
            Text::tr("hub enrol needs: USERNAME [--hours N], list [--format text|json], or "
                     "revoke USERNAME; each with --hub URL --user ADMIN"));
    const bool list = *first == QLatin1String("list");
    const bool revoke = *first == QLatin1String("revoke");
    auto username = first;
    if (list)
        username.reset();
    else if (revoke)
        username = args.positional();
    const auto hoursText = args.option(QStringLiteral("--hours"));
    const auto format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("text"));
    int code = 0;
    auto url = hubOption(ctx, args, QStringLiteral("hub enrol"), code);
    if (!url)
        return code;
    if (leftover(ctx, args, code))
        return code;
    if (!list && !username)
        return ctx.fail(Text::tr("hub enrol revoke needs the user's name"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return ctx.fail(Text::tr("--format must be text or json, not '%1'").arg(format));
    bool hoursOk = true;
    const int hours = hoursText ? hoursText->toInt(&hoursOk) : sync::HubEnrolment::kDefaultHours;
    if (!hoursOk)
        return ctx.fail(Text::tr("--hours must be a number of hours, not '%1'").arg(*hoursText));
    if (!QFileInfo(ctx.dbPath).isFile())
        return ctx.fail(Text::tr("no database at %1; hub enrol runs at the administrator's desk")
                            .arg(ctx.dbPath));
    auto db = store::Database::open(ctx.dbPath);
    const auto actor = signInTo(ctx, db, *user);
    if (!actor.ok())
        return ctx.fail(actor.error().describe());
    QString password;
    if (!hubPassword(ctx, *url, password, code))
        return code;
    sync::EnrolmentService service(*db.value(), actor.value());
    if (list)
        return listCodes(ctx, service, *url, password, format);
    if (revoke) {
        if (auto s = service.revoke(*url, password, *username); !s.ok())
            return ctx.fail(s.error().describe());
        ctx.out << Text::tr("the enrolment code of %1 is revoked: no desk can join with it")
                       .arg(*username)
                << Qt::endl;
        return 0;
    }
    const auto issued = service.issue(*url, password, *username, hours);
    if (!issued.ok())
        return ctx.fail(issued.error().describe());
    ctx.out << Text::tr(
                   "enrolment code for %1, valid until %2 (UTC), shown this once; give it to %1 "
                   "in person or by telephone, for hubctl desk join or the app's Join a hub page:")
                   .arg(*username, util::toIsoUtc(issued->expiresAt))
            << Qt::endl
            << issued->code << Qt::endl;
    return 0;
}

int runDesk(Context &ctx, CliArgs &args)
{
    const auto verb = args.positional().value_or(QString());
    if (verb != QLatin1String("join"))
        return ctx.fail(
            Text::tr("desk needs: join --hub URL (user name and code from HUB_ENROL_USER "
                     "and HUB_ENROL_CODE, the new password from HUB_NEW_PASSWORD, or "
                     "prompts)"));
    const auto hubText = args.option(QStringLiteral("--hub"));
    int code = 0;
    if (leftover(ctx, args, code))
        return code;
    if (!hubText)
        return ctx.fail(
            Text::tr("desk join needs --hub URL (postgresql://host:port/db?sslmode=...)"));
    sync::JoinRequest request;
    request.hubUrl = *hubText;
    request.dbPath = ctx.dbPath;
    request.workstation = workstation();
    // What needs no typing is checked before anything is asked.
    if (auto url = sync::DeskJoin::parseHubUrl(request.hubUrl); !url.ok())
        return ctx.fail(url.error().describe());
    if (auto s = sync::DeskJoin::checkNewDesk(request.dbPath); !s.ok())
        return ctx.fail(s.error().describe());
    QString error;
    const auto username = readLine(ctx, "HUB_ENROL_USER", Text::tr("Your user name: "), error);
    if (!username)
        return ctx.fail(error);
    const auto enrolCode =
        readSecret(ctx, "HUB_ENROL_CODE", Text::tr("Enrolment code: "), false, error);
    if (!enrolCode)
        return ctx.fail(error);
    const auto password = readSecret(ctx, "HUB_NEW_PASSWORD",
                                     Text::tr("Choose your password on this desk: "), true, error);
    if (!password)
        return ctx.fail(error);
    request.username = *username;
    request.code = *enrolCode;
    request.password = *password;
    const auto joined = sync::DeskJoin::join(request);
    if (!joined.ok())
        return ctx.fail(joined.error().describe());
    ctx.out << Text::tr(
                   "this desk joined %1 for %2 and received %3 rows; it syncs as %4 (its password "
                   "is in the system keychain): hubctl sync --hub %4 --user %2")
                   .arg(joined->deskUrl.host, *username)
                   .arg(joined->received.pulled)
                   .arg(joined->deskUrl.display())
            << Qt::endl;
    return 0;
}

} // namespace hub::cli
