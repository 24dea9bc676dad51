#include "CliAuth.h"
#include "Commands.h"

#include "reports/MonthlyReport.h"
#include "reports/ReportLayout.h"
#include "reports/ReportPdf.h"
#include "reports/ReportWriters.h"
#include "reports/ReportXlsx.h"
#include "services/DeskService.h"
#include "services/ReportService.h"
#include "store/Database.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace hub::cli {

namespace {

struct Options
{
    QString user;
    std::optional<QString> month, from, to, team, asOf, format, outPath;
};

// --month M, or --from M --to M (any run of whole months): the first and last month.
Result<std::pair<QDate, QDate>> months(const Options &o)
{
    auto parse = [](const char *option, const QString &text) -> Result<QDate> {
        const QDate m = reports::parseMonth(text);
        if (!m.isValid())
            return Error::invalid(
                QString::fromLatin1(option),
                QCoreApplication::translate(
                    "hubctl", "%1 must be a month as YYYY-MM (e.g. 2026-10), not '%2'")
                    .arg(QString::fromLatin1(option), text));
        return m;
    };
    if (o.month && (o.from || o.to))
        return Error::invalid(QStringLiteral("--month"),
                              QCoreApplication::translate(
                                  "hubctl", "give either --month or --from and --to, not both"));
    if (o.month) {
        auto m = parse("--month", *o.month);
        if (!m.ok())
            return m.error();
        return std::pair{m.value(), m.value()};
    }
    if (!o.from || !o.to)
        return Error::invalid(
            QStringLiteral("--month"),
            o.from || o.to
                ? QCoreApplication::translate(
                      "hubctl", "a run of months needs both --from YYYY-MM and --to YYYY-MM")
                : QCoreApplication::translate(
                      "hubctl", "report monthly needs --month YYYY-MM (or --from YYYY-MM "
                                "--to YYYY-MM)"));
    auto first = parse("--from", *o.from);
    if (!first.ok())
        return first.error();
    auto last = parse("--to", *o.to);
    if (!last.ok())
        return last.error();
    if (last.value() < first.value())
        return Error::invalid(QStringLiteral("--to"),
                              QCoreApplication::translate("hubctl", "--to %1 is before --from %2")
                                  .arg(*o.to, *o.from));
    const int span = (last->year() - first->year()) * 12 + last->month() - first->month() + 1;
    if (span > reports::kMaxMonths)
        return Error::invalid(
            QStringLiteral("--to"),
            QCoreApplication::translate("hubctl", "a report counts at most %1 months")
                .arg(reports::kMaxMonths));
    return std::pair{first.value(), last.value()};
}

int runMonthly(Context &ctx, CliArgs &args, const Options &o)
{
    const auto &asOf = o.asOf;
    const QString format = o.format.value_or(QStringLiteral("json"));
    const auto &outPath = o.outPath;
    if (!args.error().isEmpty())
        return ctx.fail(args.error());
    if (!args.leftovers().isEmpty())
        return ctx.fail(QCoreApplication::translate("hubctl", "unexpected argument '%1'")
                            .arg(args.leftovers().first()));
    const auto range = months(o);
    if (!range.ok())
        return ctx.fail(range.error().message);
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (asOf) {
        at = util::parseRfc3339(*asOf);
        if (!at.isValid())
            return ctx.fail(QCoreApplication::translate("hubctl",
                                                        "--as-of must be an RFC 3339 timestamp "
                                                        "(e.g. 2026-11-05T09:00:00Z), not '%1'")
                                .arg(*asOf));
    }
    const bool xlsx = format == QLatin1String("xlsx");
    const bool pdf = format == QLatin1String("pdf");
    if (format != QLatin1String("json") && format != QLatin1String("csv") && !pdf && !xlsx)
        return ctx.fail(QCoreApplication::translate(
                            "hubctl", "--format must be json, csv, pdf or xlsx, not '%1'")
                            .arg(format));

    // A report never makes a database: a mistyped path is an error, not an empty month.
    if (!QFile::exists(ctx.dbPath))
        return ctx.fail(QCoreApplication::translate("hubctl", "no database at %1").arg(ctx.dbPath));
    auto db = store::Database::open(ctx.dbPath);
    const auto actor = signInTo(ctx, db, o.user);
    if (!actor.ok())
        return ctx.fail(actor.error().describe());
    services::Services all(*db.value());
    services::ReportService service(all.context);
    // No --team: the whole hub, or for a supervisor of a team that team (all they may see).
    QString teamId = services::ReportService::boundTeam(actor.value());
    if (o.team) {
        auto team = service.findTeam(actor.value(), *o.team);
        if (!team.ok())
            return ctx.fail(team.error().describe());
        teamId = team->id;
    }
    const auto [first, last] = range.value();
    auto report = service.report(actor.value(), {first, last, teamId, {}}, at);
    if (!report.ok())
        return ctx.fail(report.error().describe());
    if (auto s = service.recordExport(actor.value(), report.value(), format,
                                      outPath.value_or(QString()));
        !s.ok())
        return ctx.fail(s.error().describe());
    QByteArray bytes;
    if (pdf) {
        // The Reports screen's own printout (hubui); main() made a QApplication for it.
        auto trend = service.trend(actor.value(), last, at, teamId);
        if (!trend.ok())
            return ctx.fail(trend.error().describe());
        bytes = ui::ReportPdf::render({report.value(), trend.value(), QString()});
    } else if (xlsx) {
        auto book = ui::ReportXlsx::render(report.value());
        if (!book.ok())
            return ctx.fail(book.error().describe());
        bytes = book.value();
    } else {
        bytes = format == QLatin1String("csv")
                    ? reports::toCsv(report.value(), &ui::ReportLayout::csvLabel)
                    : reports::toJson(report.value());
    }
    if (outPath) {
        // Written beside the target and renamed over it only when complete.
        QSaveFile file(*outPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return ctx.fail(QCoreApplication::translate("hubctl", "cannot write %1: %2")
                                .arg(*outPath, file.errorString()));
        return 0;
    }
    // The exact bytes (CRLF included), not through the text stream.
    ctx.out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush())
        return ctx.fail(QCoreApplication::translate("hubctl", "cannot write the report: %1")
                            .arg(out.errorString()));
    return 0;
}

} // namespace

int runReport(Context &ctx, CliArgs &args)
{
    // Options first, so that their values are never taken for the kind of report.
    const auto user = requireUser(args, QStringLiteral("report"));
    if (!user.ok())
        return ctx.fail(user.error().describe());
    Options o;
    o.user = *user;
    o.month = args.option(QStringLiteral("--month"));
    o.from = args.option(QStringLiteral("--from"));
    o.to = args.option(QStringLiteral("--to"));
    o.team = args.option(QStringLiteral("--team"));
    o.asOf = args.option(QStringLiteral("--as-of"));
    o.format = args.option(QStringLiteral("--format"));
    o.outPath = args.option(QStringLiteral("--out"));
    const auto which = args.positional();
    if (!which)
        return ctx.fail(QCoreApplication::translate(
            "hubctl", "report needs a kind: report monthly --month YYYY-MM"));
    if (*which == QLatin1String("monthly"))
        return runMonthly(ctx, args, o);
    return ctx.fail(QCoreApplication::translate("hubctl", "unknown report '%1' (there is: monthly)")
                        .arg(*which));
}

} // namespace hub::cli
