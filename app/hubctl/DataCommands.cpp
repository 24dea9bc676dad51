#include "CliAuth.h"
#include "Commands.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoPasswords.h"
#include "demo/PoliceCsv.h"
#include "services/CaseService.h"
#include "services/DeskService.h"
#include "services/SettingsService.h"
#include "store/Database.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hub::cli {

namespace {
Result<std::unique_ptr<store::Database>> openDb(const Context &ctx)
{
    return store::Database::open(ctx.dbPath);
}

bool unexpected(Context &ctx, const CliArgs &args, int &code)
{
    if (!args.error().isEmpty()) {
        code = ctx.fail(args.error());
        return true;
    }
    if (!args.leftovers().isEmpty()) {
        code = ctx.fail(QCoreApplication::translate("hubctl", "unexpected argument '%1'")
                            .arg(args.leftovers().first()));
        return true;
    }
    return false;
}
} // namespace

int runInit(Context &ctx, CliArgs &args)
{
    const auto admin = args.option(QStringLiteral("--admin"));
    const auto user = args.option(QStringLiteral("--user"));
    int code = 0;
    if (unexpected(ctx, args, code))
        return code;
    if (user && !admin)
        return ctx.fail(QCoreApplication::translate("hubctl", "--user goes with --admin NAME"));
    auto db = openDb(ctx);
    if (!db.ok())
        return ctx.fail(db.error().describe());
    if (admin) {
        if (const int failed = initAdmin(ctx, *db.value(), *admin, user); failed != 0)
            return failed;
    }
    ctx.out << QCoreApplication::translate("hubctl", "database %1 is at schema version %2")
                   .arg(ctx.dbPath)
                   .arg(db.value()->schemaVersion())
            << Qt::endl;
    return 0;
}

int runDemo(Context &ctx, CliArgs &args)
{
    demo::DemoOptions options;
    QString error;
    if (auto v = args.option(QStringLiteral("--people"))) {
        auto n = toInt(QStringLiteral("--people"), *v, 1, 1000000, error);
        if (!n)
            return ctx.fail(error);
        options.people = *n;
    }
    if (auto v = args.option(QStringLiteral("--months"))) {
        auto n = toInt(QStringLiteral("--months"), *v, 1, 600, error);
        if (!n)
            return ctx.fail(error);
        options.months = *n;
    }
    if (auto v = args.option(QStringLiteral("--seed"))) {
        bool ok = false;
        options.seed = v->toULongLong(&ok);
        if (!ok)
            return ctx.fail(
                QCoreApplication::translate("hubctl", "--seed must be a whole number, not '%1'")
                    .arg(*v));
    }
    if (auto v = args.option(QStringLiteral("--until"))) {
        options.until = *v == QLatin1String("today")
                            ? util::londonDate(QDateTime::currentDateTimeUtc())
                            : util::parseDate(*v);
        // Nothing dated in the future, whatever day is asked for.
        options.notAfter = QDateTime::currentDateTimeUtc();
        if (!options.until.isValid())
            return ctx.fail(QCoreApplication::translate(
                                "hubctl", "--until must be YYYY-MM-DD or 'today', not '%1'")
                                .arg(*v));
    }
    // --police-csv FILE [--police-rows N]: also a police referral file in the layout of the
    // sample profile (demo::policeCsv), received in the 30 days up to the demo's last day.
    const auto csvPath = args.option(QStringLiteral("--police-csv"));
    int csvRows = 500;
    if (auto v = args.option(QStringLiteral("--police-rows"))) {
        auto n = toInt(QStringLiteral("--police-rows"), *v, 1, 1000000, error);
        if (!n)
            return ctx.fail(error);
        csvRows = *n;
    }
    int code = 0;
    if (unexpected(ctx, args, code))
        return code;
    auto db = openDb(ctx);
    if (!db.ok())
        return ctx.fail(db.error().describe());
    QElapsedTimer timer;
    timer.start();
    auto counts = demo::generate(*db.value(), options);
    if (counts.ok() && csvPath) {
        demo::PoliceCsvOptions csv;
        csv.rows = csvRows;
        csv.seed = options.seed;
        csv.receivedFrom = options.until.addDays(-29);
        QFile file(*csvPath);
        const auto bytes = demo::policeCsv(csv);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size() || !file.flush())
            return ctx.fail(QCoreApplication::translate("hubctl", "cannot write %1: %2")
                                .arg(*csvPath, file.errorString()));
        ctx.out << QCoreApplication::translate(
                       "hubctl", "police referral file written: %1 (%2 rows, profile '%3')")
                       .arg(*csvPath)
                       .arg(csvRows)
                       .arg(demo::policeProfile().name)
                << Qt::endl;
    }
    if (!counts.ok())
        return ctx.fail(counts.error().describe());
    // Every demo user signs in with "demo-<username>" (README, Demo users).
    if (auto set = demo::setDemoPasswords(*db.value(), security::PasswordHasher::Cost::Minimum);
        !set.ok())
        return ctx.fail(set.error().describe());
    const auto &c = counts.value();
    ctx.out << QCoreApplication::translate(
                   "hubctl",
                   "demo caseload written in %1 ms: %2 people, %3 referrals, %4 episodes, "
                   "%5 onward referrals, %6 contacts, %7 tasks, %8 users in %9 teams")
                   .arg(timer.elapsed())
                   .arg(c.people)
                   .arg(c.referrals)
                   .arg(c.episodes)
                   .arg(c.onwardReferrals)
                   .arg(c.contacts)
                   .arg(c.tasks)
                   .arg(c.users)
                   .arg(c.teams)
            << Qt::endl;
    return 0;
}

int runSearch(Context &ctx, CliArgs &args)
{
    const auto user = requireUser(args, QStringLiteral("search"));
    if (!user.ok())
        return ctx.fail(user.error().describe());
    int limit = 20;
    QString error;
    if (auto v = args.option(QStringLiteral("--limit"))) {
        auto n = toInt(QStringLiteral("--limit"), *v, 1, 1000, error);
        if (!n)
            return ctx.fail(error);
        limit = *n;
    }
    const auto format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return ctx.fail(
            QCoreApplication::translate("hubctl", "--format must be text or json, not '%1'")
                .arg(format));
    const auto text = args.positional();
    if (!text)
        return ctx.fail(QCoreApplication::translate("hubctl", "search needs the text to look for"));
    int code = 0;
    if (unexpected(ctx, args, code))
        return code;
    auto db = openDb(ctx);
    if (!db.ok())
        return ctx.fail(db.error().describe());
    const auto actor = signInUser(ctx, *db.value(), *user);
    if (!actor.ok())
        return ctx.fail(actor.error().describe());
    services::CaseService cases(*db.value());
    auto found = cases.search(actor.value(), *text, limit);
    if (!found.ok())
        return ctx.fail(found.error().describe());
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const auto &p : found.value()) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), p.id);
            o.insert(QStringLiteral("given_name"), p.givenName);
            o.insert(QStringLiteral("family_name"), p.familyName);
            o.insert(QStringLiteral("date_of_birth"),
                     p.dateOfBirth.isValid() ? QJsonValue(util::toIsoDate(p.dateOfBirth))
                                             : QJsonValue());
            o.insert(QStringLiteral("phone"),
                     p.phone.isEmpty() ? QJsonValue() : QJsonValue(p.phone));
            o.insert(QStringLiteral("postcode"),
                     p.postcode.isEmpty() ? QJsonValue() : QJsonValue(p.postcode));
            rows.push_back(o);
        }
        QJsonObject result;
        result.insert(QStringLiteral("query"), *text);
        result.insert(QStringLiteral("results"), rows);
        ctx.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))
                << Qt::endl;
        return 0;
    }
    for (const auto &p : found.value()) {
        ctx.out << p.id << '\t' << p.familyName << ", " << p.givenName << '\t'
                << (p.dateOfBirth.isValid() ? util::toIsoDate(p.dateOfBirth) : QStringLiteral("-"))
                << '\t' << (p.phone.isEmpty() ? QStringLiteral("-") : p.phone) << '\t'
                << (p.postcode.isEmpty() ? QStringLiteral("-") : p.postcode) << '\n';
    }
    const auto n = found.value().size();
    ctx.out << (n == 1 ? QCoreApplication::translate("hubctl", "1 person found")
                       : QCoreApplication::translate("hubctl", "%1 people found").arg(n))
            << Qt::endl;
    return 0;
}

int runSettings(Context &ctx, CliArgs &args)
{
    using services::SettingsService;
    const auto user = requireUser(args, QStringLiteral("settings"));
    if (!user.ok())
        return ctx.fail(user.error().describe());
    const auto verb = args.positional();
    std::optional<QString> key, value;
    if (verb) {
        if (*verb != QLatin1String("set"))
            return ctx.fail(QCoreApplication::translate(
                                "hubctl", "settings takes no argument or 'set KEY VALUE', not '%1'")
                                .arg(*verb));
        key = args.positional();
        value = args.positional();
        if (!key || !value)
            return ctx.fail(
                QCoreApplication::translate("hubctl", "settings set needs a KEY and a VALUE"));
    }
    int code = 0;
    if (unexpected(ctx, args, code))
        return code;
    auto db = openDb(ctx);
    if (!db.ok())
        return ctx.fail(db.error().describe());
    const auto actor = signInUser(ctx, *db.value(), *user);
    if (!actor.ok())
        return ctx.fail(actor.error().describe());
    services::Services all(*db.value());
    SettingsService service(all.context);
    if (verb) {
        // Every setting is a whole number (caseworkers' import: 0 or 1), checked again by
        // the service with the page's rules.
        auto settings = SettingsService::hubSettings(*db.value());
        const std::tuple<QString, int *, int, int> keys[] = {
            {SettingsService::enhancedDaysKey(), &settings.days.enhanced, 1,
             SettingsService::kMaxDays},
            {SettingsService::standardDaysKey(), &settings.days.standard, 1,
             SettingsService::kMaxDays},
            {SettingsService::retentionYearsKey(), &settings.retentionYears, 1,
             SettingsService::kMaxRetentionYears},
            {SettingsService::lockMinutesKey(), &settings.lockMinutes, 1,
             SettingsService::kMaxLockMinutes},
            {SettingsService::massDeletePercentKey(), &settings.massDeletePercent, 1, 100}};
        QStringList known;
        bool found = false;
        for (const auto &[name, field, min, max] : keys) {
            known << name;
            if (*key != name)
                continue;
            QString error;
            const auto n = toInt(*key, *value, min, max, error);
            if (!n)
                return ctx.fail(error);
            *field = *n;
            found = true;
        }
        known << SettingsService::caseworkersMayImportKey();
        if (*key == SettingsService::caseworkersMayImportKey()) {
            QString error;
            const auto allowed = toInt(*key, *value, 0, 1, error);
            if (!allowed)
                return ctx.fail(error);
            settings.caseworkersMayImport = *allowed == 1;
            found = true;
        }
        if (!found)
            return ctx.fail(
                QCoreApplication::translate("hubctl", "unknown setting '%1' (known: %2)")
                    .arg(*key, known.join(QStringLiteral(", "))));
        // The one setting's own call (and its own refusal's words).
        const auto &a = actor.value();
        const auto set = *key == SettingsService::retentionYearsKey()
                             ? service.setRetentionYears(a, settings.retentionYears)
                         : *key == SettingsService::lockMinutesKey()
                             ? service.setLockMinutes(a, settings.lockMinutes)
                         : *key == SettingsService::massDeletePercentKey()
                             ? service.setMassDeletePercent(a, settings.massDeletePercent)
                         : *key == SettingsService::caseworkersMayImportKey()
                             ? service.setCaseworkersMayImport(a, settings.caseworkersMayImport)
                             : service.setVictimsCodeDays(a, settings.days);
        if (!set.ok())
            return ctx.fail(set.error().describe());
    }
    const auto days = service.victimsCodeDays(actor.value());
    if (!days.ok())
        return ctx.fail(days.error().describe());
    const auto now = SettingsService::hubSettings(*db.value());
    ctx.out << SettingsService::enhancedDaysKey() << " = " << now.days.enhanced << Qt::endl;
    ctx.out << SettingsService::standardDaysKey() << " = " << now.days.standard << Qt::endl;
    ctx.out << SettingsService::retentionYearsKey() << " = " << now.retentionYears << Qt::endl;
    ctx.out << SettingsService::caseworkersMayImportKey() << " = "
            << (now.caseworkersMayImport ? 1 : 0) << Qt::endl;
    ctx.out << SettingsService::lockMinutesKey() << " = " << now.lockMinutes << Qt::endl;
    ctx.out << SettingsService::massDeletePercentKey() << " = " << now.massDeletePercent
            << Qt::endl;
    return 0;
}

} // namespace hub::cli
