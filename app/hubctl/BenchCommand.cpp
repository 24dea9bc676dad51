#include "Commands.h"
#include "ImportBench.h"
#include "SyncBench.h"

#include "archive/ArchiveReader.h"
#include "archive/ArchiveWriter.h"
#include "demo/DemoGenerator.h"
#include "demo/Rng.h"
#include "reports/MonthlyReport.h"
#include "reports/ReportWriters.h"
#include "services/Access.h"
#include "services/CaseService.h"
#include "services/ContactService.h"
#include "services/DeskService.h"
#include "services/DirectoryService.h"
#include "services/DuplicateService.h"
#include "services/SettingsService.h"
#include "store/Database.h"
#include "store/PersonMergeRepository.h"
#include "store/Repositories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

namespace hub::cli {

namespace {

struct Measurement
{
    QString operation;
    QVector<double> ms;

    double percentile(double p) const
    {
        auto sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        // Nearest rank: the smallest value with at least p of the runs at or below it.
        const auto rank = static_cast<int>(std::ceil(p * sorted.size()));
        return sorted.at(std::clamp(rank - 1, 0, int(sorted.size()) - 1));
    }
};

double elapsedMs(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

struct Dataset
{
    QString name;
    demo::DemoOptions options;
    int buildRuns, exportRuns, importRuns;
};

// The load average over the last minute (/proc/loadavg), printed beside each figure: the
// machine is often shared, and a figure means little without it. Empty where not known.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readLine()).section(QLatin1Char(' '), 0, 0);
}

// Keystrokes a caseworker would type: every prefix of a surname, a phone number, a
// postcode and a crime reference of people drawn at random from `caseload`.
QStringList typedQueries(store::Database &db, const QVector<domain::PersonSummary> &caseload,
                         int samples)
{
    demo::Rng rng(7);
    const int total = int(caseload.size());
    QStringList queries;
    store::ReferralRepository referrals(db);
    for (int i = 0; i < samples && total > 0; ++i) {
        const auto &p = caseload.at(rng.between(0, total - 1));
        QString typed;
        const QString *sources[] = {&p.familyName, &p.phone, &p.postcode};
        const auto &source = *sources[i % 3];
        for (const auto ch : source) {
            typed += ch;
            queries << typed;
        }
        const auto refs = referrals.forPerson(p.id);
        if (!refs.isEmpty() && !refs.first().crimeReference.isEmpty())
            queries << refs.first().crimeReference.left(6) << refs.first().crimeReference;
        queries << p.givenName + QLatin1Char(' ') + p.familyName.left(3);
    }
    queries.removeAll(QString());
    return queries;
}

} // namespace

int runBench(Context &ctx, CliArgs &args)
{
    const auto which = args.option(QStringLiteral("--dataset")).value_or(QStringLiteral("S"));
    const auto format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("text"));
    const auto hubText = args.option(QStringLiteral("--hub")); // sync benchmarks' hub
    if (!args.error().isEmpty())
        return ctx.fail(args.error());
    if (!args.leftovers().isEmpty())
        return ctx.fail(QCoreApplication::translate("hubctl", "unexpected argument '%1'")
                            .arg(args.leftovers().first()));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return ctx.fail(
            QCoreApplication::translate("hubctl", "--format must be text or json, not '%1'")
                .arg(format));

    Dataset ds;
    if (which == QLatin1String("S")) {
        ds = {QStringLiteral("S"), {}, 3, 5, 3};
        ds.options.people = 6000;
        ds.options.months = 12;
    } else if (which == QLatin1String("L")) {
        ds = {QStringLiteral("L"), {}, 1, 3, 2};
        ds.options.people = 60000;
        ds.options.months = 120;
    } else {
        return ctx.fail(
            QCoreApplication::translate("hubctl", "--dataset must be S or L, not '%1'").arg(which));
    }
    ds.options.seed = 1;

    QTemporaryDir dir;
    if (!dir.isValid())
        return ctx.fail(QCoreApplication::translate("hubctl", "cannot make a temporary folder: %1")
                            .arg(dir.errorString()));
    const auto dataPath = dir.filePath(QStringLiteral("dataset.db"));
    const auto archivePath = dir.filePath(QStringLiteral("dataset.jsonl"));
    QVector<Measurement> results;
    const bool text = format == QLatin1String("text");
    auto progress = [&](const QString &what) {
        if (text)
            ctx.err << "bench " << ds.name << ": " << what << "..." << Qt::endl;
    };
    // Each figure is printed (and flushed) as soon as it is taken, with the load average of
    // that moment, so a run cut short (a timeout, Ctrl+C) still leaves what it measured: the
    // table on standard output in text form; with --format json, the JSON document comes
    // at the end and each figure goes to standard error as it is taken.
    auto row = [](const Measurement &m) {
        return QStringLiteral("%1 %2 %3 %4")
            .arg(m.operation, -22)
            .arg(m.ms.size(), 6)
            .arg(m.percentile(0.5), 12, 'f', 3)
            .arg(m.percentile(0.95), 12, 'f', 3);
    };
    auto taken = [&](const Measurement &m) {
        results << m;
        if (m.ms.isEmpty())
            return;
        auto &to = text ? ctx.out : ctx.err;
        to << row(m) << QStringLiteral(" %1").arg(loadAverage(), 6) << Qt::endl;
    };
    if (text) {
        ctx.out << QCoreApplication::translate(
                       "hubctl", "dataset %1 (%2 people, %3 months, seed 1) on %4, %5")
                       .arg(ds.name)
                       .arg(ds.options.people)
                       .arg(ds.options.months)
                       .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture())
                << Qt::endl;
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(QStringLiteral("operation"), -22)
                       .arg(QStringLiteral("runs"), 6)
                       .arg(QStringLiteral("median ms"), 12)
                       .arg(QStringLiteral("p95 ms"), 12)
                       .arg(QStringLiteral("load"), 6)
                << Qt::endl;
    }

    // build_dataset: a fresh file each run; the last one is measured further.
    progress(QStringLiteral("building the dataset"));
    Measurement build{QStringLiteral("build_dataset"), {}};
    for (int run = 0; run < ds.buildRuns; ++run) {
        for (const auto &suffix : {"", "-wal", "-shm"})
            QFile::remove(dataPath + QLatin1String(suffix));
        auto db = store::Database::open(dataPath);
        if (!db.ok())
            return ctx.fail(db.error().describe());
        QElapsedTimer t;
        t.start();
        auto made = demo::generate(*db.value(), ds.options);
        if (!made.ok())
            return ctx.fail(made.error().describe());
        build.ms << elapsedMs(t);
    }
    taken(build);

    auto db = store::Database::open(dataPath);
    if (!db.ok())
        return ctx.fail(db.error().describe());

    progress(QStringLiteral("export"));
    Measurement exportRuns{QStringLiteral("export"), {}};
    for (int run = 0; run < ds.exportRuns; ++run) {
        QFile out(archivePath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return ctx.fail(out.errorString());
        QElapsedTimer t;
        t.start();
        auto written = archive::exportArchive(*db.value(), out);
        out.close();
        if (!written.ok())
            return ctx.fail(written.error().describe());
        exportRuns.ms << elapsedMs(t);
    }
    taken(exportRuns);

    progress(QStringLiteral("import"));
    Measurement importRuns{QStringLiteral("import"), {}};
    for (int run = 0; run < ds.importRuns; ++run) {
        const auto target = dir.filePath(QStringLiteral("import-%1.db").arg(run));
        auto fresh = store::Database::open(target);
        if (!fresh.ok())
            return ctx.fail(fresh.error().describe());
        QFile in(archivePath);
        if (!in.open(QIODevice::ReadOnly))
            return ctx.fail(in.errorString());
        archive::ImportOptions options;
        options.today = QDate::currentDate();
        QElapsedTimer t;
        t.start();
        auto read = archive::importArchive(*fresh.value(), in, options);
        if (!read.ok())
            return ctx.fail(read.error().describe());
        importRuns.ms << elapsedMs(t);
    }
    taken(importRuns);

    services::CaseService cases(*db.value());
    const auto actor = domain::Actor::system();

    progress(QStringLiteral("search as you type"));
    Measurement search{QStringLiteral("search"), {}};
    // The whole caseload in name order, read once: the people the steps below draw at
    // random (a page of one row at a random offset per draw walked the list every time).
    auto caseload = cases.caseloadPage(actor, domain::CaseloadSort::Name, Qt::AscendingOrder, 0,
                                       cases.caseloadCount(actor));
    if (!caseload.ok())
        return ctx.fail(caseload.error().describe());
    const auto &everyone = caseload.value();
    const int total = int(everyone.size());
    const auto queries = typedQueries(*db.value(), everyone, 60);
    for (const auto &q : queries) { // warm the page cache once, as a running app has it
        (void)cases.search(actor, q, 50);
    }
    for (const auto &q : queries) {
        QElapsedTimer t;
        t.start();
        auto found = cases.search(actor, q, 50);
        search.ms << elapsedMs(t);
        if (!found.ok())
            return ctx.fail(found.error().describe());
    }
    taken(search);

    progress(QStringLiteral("open a person"));
    Measurement open{QStringLiteral("open_person"), {}};
    demo::Rng rng(11);
    for (int i = 0; i < 300 && total > 0; ++i) {
        const auto &person = everyone.at(rng.between(0, total - 1));
        QElapsedTimer t;
        t.start();
        auto file = cases.openPerson(actor, person.id);
        open.ms << elapsedMs(t);
        if (!file.ok())
            return ctx.fail(file.error().describe());
    }
    taken(open);

    // possible_duplicates: the supervisor's list over the whole caseload (read the people,
    // then block and score them; services/DuplicateService), as a hub-wide supervisor sees it.
    progress(QStringLiteral("possible duplicates"));
    Measurement duplicates{QStringLiteral("possible_duplicates"), {}};
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        auto people =
            store::PersonMergeRepository(*db.value()).candidates(store::PersonFilter::everyone());
        if (!people.ok())
            return ctx.fail(people.error().describe());
        const auto found = services::DuplicateService::find(people.value());
        duplicates.ms << elapsedMs(t);
        if (run == 0 && format == QLatin1String("text"))
            ctx.err << "bench " << ds.name << ": " << found.pairs.size() << " possible duplicates, "
                    << found.comparisons << " comparisons, " << found.skippedBlocks
                    << " blocks too big" << Qt::endl;
    }
    taken(duplicates);

    // log_contact: a caseworker logs an outbound call with a one-line summary, one
    // transaction each, into the same file (after the read benchmarks, so they see the
    // dataset as generated).
    progress(QStringLiteral("log a contact"));
    Measurement logged{QStringLiteral("log_contact"), {}};
    services::Services all(*db.value());
    const auto worker = services::DirectoryService(*db.value()).actorFor(QString());
    if (!worker.ok())
        return ctx.fail(worker.error().describe());
    services::ContactService contacts(all.context);
    // People of the worker's own team (or nobody's yet): another team's are refused.
    // Drawn from the caseload read above; a draw the worker may not log for costs one
    // scope look-up, not a walk of the list.
    for (int tries = 0; logged.ms.size() < 200 && tries < 20000 && total > 0; ++tries) {
        const auto &person = everyone.at(rng.between(0, total - 1));
        if (!services::checkPerson(*db.value(), worker.value(), security::Action::LogContact,
                                   person.id)
                 .ok())
            continue;
        domain::Contact draft;
        draft.personId = person.id;
        draft.at = QDateTime::currentDateTimeUtc();
        draft.direction = QStringLiteral("outbound");
        draft.channel = QStringLiteral("phone");
        draft.outcome = QStringLiteral("spoke");
        draft.durationMinutes = 10;
        draft.summary = QStringLiteral("Checked in by phone; agreed the next call for Friday.");
        QElapsedTimer t;
        t.start();
        auto written = contacts.log(worker.value(), draft);
        logged.ms << elapsedMs(t);
        if (!written.ok())
            return ctx.fail(written.error().describe());
    }
    taken(logged);

    // report_month: the last month of the dataset, counted and written as JSON and CSV
    // (one warm-up run first, as the app has the file cached); report_trend: 12 months.
    progress(QStringLiteral("monthly report"));
    const QDate lastMonth(ds.options.until.year(), ds.options.until.month(), 1);
    const QDateTime asOf(ds.options.until.addDays(5), QTime(9, 0), Qt::UTC);
    const auto clock = services::SettingsService::victimsCodeClock(*db.value());
    const auto codes = reports::codesOf(*db.value());
    // One report counted and written as JSON and CSV, `runs` times after a warm-up run.
    auto timeReport = [&](const QString &name, const reports::ReportScope &scope,
                          int runs) -> Result<Measurement> {
        Measurement m{name, {}};
        for (int run = -1; run < runs; ++run) {
            QElapsedTimer t;
            t.start();
            auto report = reports::counted(*db.value(), scope, asOf, codes, clock);
            if (!report.ok())
                return report.error();
            const auto bytes = reports::toJson(report.value()) + reports::toCsv(report.value());
            if (bytes.isEmpty())
                return Error::make(
                    Error::Kind::Invalid,
                    QCoreApplication::translate("hubctl", "the monthly report came out empty"));
            if (run >= 0)
                m.ms << elapsedMs(t);
        }
        return m;
    };
    auto month =
        timeReport(QStringLiteral("report_month"), reports::ReportScope::month(lastMonth), 20);
    if (!month.ok())
        return ctx.fail(month.error().describe());
    taken(month.value());
    // import_referrals_5000: a police file previewed and imported (app/hubctl/ImportBench.cpp).
    progress(QStringLiteral("referral file import"));
    {
        auto timings = benchReferralImport(dataPath, dir.path(), 3, [&](int run, double ms) {
            if (text)
                ctx.err << "bench " << ds.name << ": referral file import run " << run + 1 << ": "
                        << QString::number(ms, 'f', 0) << " ms" << Qt::endl;
        });
        if (!timings.ok())
            return ctx.fail(timings.error().describe());
        taken(Measurement{QStringLiteral("import_referrals_5000"), timings.value()});
    }
    // report_12_months: one report over the 12 months ending with the last (any run of
    // months on the Reports page, `hubctl report monthly --from --to`), the whole hub;
    // report_team_12_months: the same run for one team (the first by name, `--team`).
    auto teams = store::TeamRepository(*db.value()).all();
    std::sort(teams.begin(), teams.end(),
              [](const auto &a, const auto &b) { return a.name < b.name; });
    const QDate yearStart = lastMonth.addMonths(-11);
    QVector<std::pair<QString, reports::ReportScope>> runs{
        {QStringLiteral("report_12_months"), {yearStart, lastMonth, {}, {}}}};
    if (!teams.isEmpty())
        runs.append({QStringLiteral("report_team_12_months"),
                     {yearStart, lastMonth, teams.first().id, teams.first().name}});
    for (const auto &[name, scope] : runs) {
        auto year = timeReport(name, scope, 5);
        if (!year.ok())
            return ctx.fail(year.error().describe());
        taken(year.value());
    }
    Measurement trendRuns{QStringLiteral("report_trend"), {}};
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        auto points = reports::trend(*db.value(), lastMonth, asOf, clock, 12);
        trendRuns.ms << elapsedMs(t);
        if (!points.ok())
            return ctx.fail(points.error().describe());
    }
    taken(trendRuns);

    // sync_initial, select_rows, sync_incremental (app/hubctl/SyncBench.cpp).
    progress(QStringLiteral("sync"));
    {
        std::optional<sync::HubUrl> hub;
        QString hubPassword;
        if (hubText) {
            auto url = sync::HubUrl::parse(*hubText);
            if (!url.ok())
                return ctx.fail(url.error().describe());
            hub = url.value();
            hubPassword = qEnvironmentVariable("HUB_HUB_PASSWORD");
        }
        auto timings = benchSync(dataPath, dir.path(), hub, hubPassword, [&](const SyncTiming &t) {
            taken({t.operation, t.ms});
        });
        if (!timings.ok())
            return ctx.fail(timings.error().describe());
    }

    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const auto &m : results) {
            QJsonObject o;
            o.insert(QStringLiteral("operation"), m.operation);
            o.insert(QStringLiteral("runs"), m.ms.size());
            o.insert(QStringLiteral("median_ms"), std::round(m.percentile(0.5) * 1000) / 1000);
            o.insert(QStringLiteral("p95_ms"), std::round(m.percentile(0.95) * 1000) / 1000);
            rows.push_back(o);
        }
        QJsonObject doc;
        doc.insert(QStringLiteral("dataset"), ds.name);
        doc.insert(QStringLiteral("results"), rows);
        ctx.out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    return 0;
}

} // namespace hub::cli
