// hubctl erase, hubctl retention ...: erasure (UK GDPR) and retention from the command line.
#include "CliAuth.h"
#include "Commands.h"

#include "services/DeskService.h"
#include "services/ErasureService.h"
#include "services/SettingsService.h"
#include "store/Database.h"
#include "util/Time.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hub::cli {

namespace {

// The words left over or a malformed option: the one line to print, or empty.
QString problemWith(const CliArgs &args)
{
    if (!args.error().isEmpty())
        return args.error();
    if (!args.leftovers().isEmpty())
        return QStringLiteral("unexpected argument '%1'").arg(args.leftovers().first());
    return {};
}

// Opens an existing database (erasure never creates one) and signs `user` in.
struct Session
{
    std::unique_ptr<store::Database> db;
    std::unique_ptr<services::Services> services;
    domain::Actor actor;
};

Result<Session> open(Context &ctx, const QString &user)
{
    if (!QFileInfo::exists(ctx.dbPath))
        return Error::make(Error::Kind::Io, QStringLiteral("no database at %1").arg(ctx.dbPath));
    auto db = store::Database::open(ctx.dbPath);
    if (!db.ok())
        return db.error();
    Session session;
    session.db = std::move(db).value();
    auto actor = signInUser(ctx, *session.db, user);
    if (!actor.ok())
        return actor.error();
    session.actor = actor.value();
    session.services = std::make_unique<services::Services>(*session.db);
    return session;
}

int listRetention(Context &ctx, const QVector<services::RetentionEntry> &rows, int years, bool json)
{
    if (json) {
        QJsonArray people;
        for (const auto &r : rows)
            people.push_back(
                QJsonObject{{QStringLiteral("person_id"), r.personId},
                            {QStringLiteral("name"), r.name},
                            {QStringLiteral("last_activity"), util::toIsoDate(r.lastActivity)}});
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("years"), years},
                                                               {QStringLiteral("people"), people}})
                                         .toJson(QJsonDocument::Compact))
                << Qt::endl;
        return 0;
    }
    for (const auto &r : rows)
        ctx.out << r.personId << '\t' << util::toIsoDate(r.lastActivity) << '\t' << r.name << '\n';
    ctx.out << rows.size() << (rows.size() == 1 ? " person" : " people") << " with no activity for "
            << years << (years == 1 ? " year" : " years") << Qt::endl;
    return 0;
}

} // namespace

int runErase(Context &ctx, CliArgs &args)
{
    const auto person = args.option(QStringLiteral("--person"));
    const auto reason = args.option(QStringLiteral("--reason"));
    const auto requestedOn = args.option(QStringLiteral("--requested-on"));
    auto user = requireUser(args, QStringLiteral("erase"));
    if (const auto problem = problemWith(args); !problem.isEmpty())
        return ctx.fail(problem);
    if (!user.ok())
        return ctx.fail(user.error().describe());
    if (!person)
        return ctx.fail(QStringLiteral("erase needs --person ID"));
    if (!reason || reason->trimmed().isEmpty())
        return ctx.fail(QStringLiteral("erase needs --reason TEXT (why the person asked)"));
    QDate requested;
    if (requestedOn) {
        requested = util::parseDate(*requestedOn);
        if (!requested.isValid())
            return ctx.fail(QStringLiteral("--requested-on must be a date YYYY-MM-DD, not '%1'")
                                .arg(*requestedOn));
    }
    auto session = open(ctx, user.value());
    if (!session.ok())
        return ctx.fail(session.error().describe());
    services::ErasureService erasure(session->services->context);
    if (auto s = erasure.erase(session->actor, {*person, requested, *reason}); !s.ok())
        return ctx.fail(s.error().describe());
    ctx.out << "person " << person->trimmed() << " erased" << Qt::endl;
    return 0;
}

int runRetention(Context &ctx, CliArgs &args)
{
    const auto verb = args.positional().value_or(QString());
    if (verb != QLatin1String("list") && verb != QLatin1String("erase"))
        return ctx.fail(QStringLiteral("retention needs one of: list, erase"));
    const auto yearsText = args.option(QStringLiteral("--years"));
    const auto format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("text"));
    const bool confirm = verb == QLatin1String("erase") && args.flag(QStringLiteral("--confirm"));
    auto user = requireUser(args, QStringLiteral("retention ") + verb);
    if (const auto problem = problemWith(args); !problem.isEmpty())
        return ctx.fail(problem);
    if (!user.ok())
        return ctx.fail(user.error().describe());
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return ctx.fail(QStringLiteral("--format must be text or json, not '%1'").arg(format));
    if (verb == QLatin1String("erase") && !yearsText)
        return ctx.fail(
            QStringLiteral("retention erase needs --years N (the period you reviewed)"));
    std::optional<int> years;
    if (yearsText) {
        QString error;
        years = toInt(QStringLiteral("--years"), *yearsText, 1,
                      services::SettingsService::kMaxRetentionYears, error);
        if (!years)
            return ctx.fail(error);
    }
    auto session = open(ctx, user.value());
    if (!session.ok())
        return ctx.fail(session.error().describe());
    const int period = years.value_or(services::SettingsService::retentionYears(*session->db));
    services::ErasureService erasure(session->services->context);
    auto due = erasure.retentionList(session->actor, period);
    if (!due.ok())
        return ctx.fail(due.error().describe());
    if (verb == QLatin1String("list"))
        return listRetention(ctx, due.value(), period, format == QLatin1String("json"));
    if (due->isEmpty()) {
        // A run whose erasures were saved but not finished is finished now.
        if (auto s = erasure.finishLeftovers(session->actor); !s.ok())
            return ctx.fail(s.error().describe());
        ctx.out << "no one is due for erasure" << Qt::endl;
        return 0;
    }
    if (!confirm)
        return ctx.fail(QStringLiteral("retention erase would erase %1 people for good; review "
                                       "them with 'retention list' and add --confirm")
                            .arg(due->size()));
    QStringList ids;
    for (const auto &e : due.value())
        ids << e.personId;
    auto erased = erasure.eraseForRetention(session->actor, period, ids);
    if (!erased.ok())
        return ctx.fail(erased.error().describe());
    ctx.out << erased.value() << (erased.value() == 1 ? " person" : " people") << " erased"
            << Qt::endl;
    return 0;
}

} // namespace hub::cli
