// hubctl referrals ...: police referral files (docs/REFERRAL_IMPORT.md) from the command line.
//   referrals import FILE --profile NAME [--accept-valid] [--dry-run] [--format text|json]
//   referrals profile add FILE.json | list | export NAME
#include "CliAuth.h"
#include "Commands.h"

#include "services/DeskService.h"
#include "services/ReferralImportService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hub::cli {

namespace {

struct ReferralSession
{
    std::unique_ptr<store::Database> db;
    std::unique_ptr<services::Services> services;
    domain::Actor actor;
};

Result<ReferralSession> openAs(Context &ctx, const QString &user)
{
    auto db = store::Database::open(ctx.dbPath);
    auto actor = signInTo(ctx, db, user);
    if (!actor.ok())
        return actor.error();
    ReferralSession session;
    session.db = std::move(db).value();
    session.actor = actor.value();
    session.services = std::make_unique<services::Services>(*session.db);
    return session;
}

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
                           QCoreApplication::translate("hubctl", "cannot read %1: %2")
                               .arg(path, file.errorString()));
    return file.readAll();
}

QJsonObject rowJson(const services::ImportRow &row)
{
    QJsonObject o{{QStringLiteral("line"), row.line},
                  {QStringLiteral("outcome"), services::ReferralImportService::kindName(row.kind)}};
    if (!row.personId.isEmpty())
        o.insert(QStringLiteral("person_id"), row.personId);
    if (row.score > 0) {
        o.insert(QStringLiteral("score"), row.score);
        o.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(row.reasons));
    }
    if (!row.existingReferralId.isEmpty())
        o.insert(QStringLiteral("referral_id"), row.existingReferralId);
    if (!row.note.isEmpty())
        o.insert(QStringLiteral("note"), row.note);
    QJsonArray problems;
    for (const auto &p : row.problems)
        problems.push_back(QJsonObject{{QStringLiteral("column"), p.column},
                                       {QStringLiteral("field"), p.field},
                                       {QStringLiteral("message"), p.message},
                                       {QStringLiteral("value"), p.value}});
    if (!problems.isEmpty())
        o.insert(QStringLiteral("problems"), problems);
    return o;
}

QString rowText(const services::ImportRow &row)
{
    QString out = QCoreApplication::translate("hubctl", "line %1: %2")
                      .arg(row.line)
                      .arg(services::ReferralImportService::kindName(row.kind));
    if (row.score > 0)
        out += QCoreApplication::translate("hubctl", " (score %1: %2)")
                   .arg(row.score)
                   .arg(row.reasons.join(QStringLiteral(", ")));
    if (!row.note.isEmpty())
        out += QStringLiteral(" - ") + row.note;
    for (const auto &p : row.problems)
        out += QStringLiteral("\n    ") +
               QCoreApplication::translate("hubctl", "column '%1' (%2): %3; value '%4'")
                   .arg(p.column, p.field, p.message, p.value);
    return out;
}

QJsonObject summaryJson(const services::ImportPreview &preview, const services::ImportSummary &s)
{
    return {{QStringLiteral("encoding"), preview.encoding},
            {QStringLiteral("encoding_detected"), preview.encodingDetected},
            {QStringLiteral("delimiter"), preview.delimiter},
            {QStringLiteral("rows"), s.counts.rows},
            {QStringLiteral("new_people"), s.counts.newPeople},
            {QStringLiteral("existing_people"), s.counts.existingPeople},
            {QStringLiteral("possible_duplicates"), s.counts.possibleDuplicates},
            {QStringLiteral("already_imported"), s.alreadyImported},
            {QStringLiteral("errors"), s.counts.errors},
            {QStringLiteral("added"), s.added},
            {QStringLiteral("people_added"), s.peopleAdded},
            {QStringLiteral("rejected"), s.rejected},
            {QStringLiteral("written"), s.written},
            {QStringLiteral("rejected_file"), s.rejectedPath}};
}

int runImportFile(Context &ctx, CliArgs &args)
{
    const auto file = args.positional();
    const auto profileName = args.option(QStringLiteral("--profile"));
    const bool acceptValid = args.flag(QStringLiteral("--accept-valid"));
    const bool dryRun = args.flag(QStringLiteral("--dry-run"));
    const auto format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("text"));
    const auto encoding = args.option(QStringLiteral("--encoding"));
    auto user = requireUser(args, QStringLiteral("referrals import"));
    int code = 0;
    if (leftover(ctx, args, code))
        return code;
    if (!file || !profileName)
        return ctx.fail(QCoreApplication::translate(
            "hubctl", "usage: hubctl referrals import FILE --profile NAME [--accept-valid] "
                      "[--dry-run] [--format text|json] --user NAME"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return ctx.fail(
            QCoreApplication::translate("hubctl", "--format must be text or json, not '%1'")
                .arg(format));
    if (!user.ok())
        return ctx.fail(user.error().describe());
    auto bytes = readAll(*file);
    if (!bytes.ok())
        return ctx.fail(bytes.error().describe());
    auto session = openAs(ctx, user.value());
    if (!session.ok())
        return ctx.fail(session.error().describe());
    auto &s = session.value();
    services::ReferralImportService service(s.services->context);
    auto profile = service.profile(s.actor, *profileName);
    if (!profile.ok())
        return ctx.fail(profile.error().describe());
    import::CsvOptions csv;
    if (encoding)
        csv.encoding = *encoding;
    auto preview = service.preview(s.actor, bytes.value(), profile.value(), *file, csv);
    if (!preview.ok())
        return ctx.fail(preview.error().describe());
    services::ImportOptions options;
    options.acceptValid = acceptValid;
    options.dryRun = dryRun;
    const bool json = format == QLatin1String("json");
    auto result = service.import(s.actor, preview.value(), options);
    const auto &rows = preview->rows;
    if (json) {
        QJsonArray list;
        for (const auto &row : rows)
            list.push_back(rowJson(row));
        QJsonObject o = result.ok()
                            ? summaryJson(preview.value(), result.value())
                            : QJsonObject{{QStringLiteral("written"), false},
                                          {QStringLiteral("error"), result.error().describe()}};
        o.insert(QStringLiteral("rows_detail"), list);
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("hubctl", "%1: %2, %3 delimited, %n row(s)", nullptr,
                                               int(rows.size()))
                       .arg(*file,
                            preview->encoding +
                                (preview->encodingDetected
                                     ? QCoreApplication::translate("hubctl", " (detected)")
                                     : QString()),
                            preview->delimiter == QLatin1String("\t")
                                ? QCoreApplication::translate("hubctl", "tab")
                                : QStringLiteral("'%1'").arg(preview->delimiter))
                << Qt::endl;
        for (const auto &row : rows)
            ctx.out << rowText(row) << Qt::endl;
        if (result.ok()) {
            const auto &r = result.value();
            ctx.out << (r.written
                            ? QCoreApplication::translate(
                                  "hubctl", "imported: %1 referrals added (%2 new people), %3 "
                                            "already imported, %4 rejected")
                            : QCoreApplication::translate(
                                  "hubctl", "dry run, nothing written: %1 referrals would be added "
                                            "(%2 new people), %3 already imported, %4 rejected"))
                           .arg(r.written ? r.added : r.counts.newPeople + r.counts.existingPeople)
                           .arg(r.written ? r.peopleAdded : r.counts.newPeople)
                           .arg(r.alreadyImported)
                           .arg(r.rejected)
                    << Qt::endl;
            if (!r.rejectedPath.isEmpty())
                ctx.out << QCoreApplication::translate("hubctl", "rejected rows written to %1")
                               .arg(r.rejectedPath)
                        << Qt::endl;
        }
    }
    if (!result.ok())
        return ctx.fail(result.error().describe());
    return 0;
}

int runProfile(Context &ctx, CliArgs &args)
{
    const auto sub = args.positional().value_or(QString());
    const auto what = sub == QLatin1String("list") ? std::optional<QString>() : args.positional();
    auto user = requireUser(args, QStringLiteral("referrals profile"));
    int code = 0;
    if (leftover(ctx, args, code))
        return code;
    const QStringList subs{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("export")};
    if (!subs.contains(sub) || (sub != QLatin1String("list") && !what))
        return ctx.fail(QCoreApplication::translate(
            "hubctl", "usage: hubctl referrals profile add FILE.json | list | export NAME "
                      "--user NAME"));
    if (!user.ok())
        return ctx.fail(user.error().describe());
    QByteArray json;
    if (sub == QLatin1String("add")) {
        auto bytes = readAll(*what);
        if (!bytes.ok())
            return ctx.fail(bytes.error().describe());
        json = bytes.value();
    }
    auto session = openAs(ctx, user.value());
    if (!session.ok())
        return ctx.fail(session.error().describe());
    auto &s = session.value();
    services::ReferralImportService service(s.services->context);
    if (sub == QLatin1String("add")) {
        auto profile = import::ReferralProfile::fromJson(json);
        if (!profile.ok())
            return ctx.fail(profile.error().describe());
        // Every problem of the profile, one a line, then the one-line failure.
        const auto issues = profile->validate(s.services->context.codes);
        for (const auto &i : issues)
            ctx.err << QStringLiteral("%1: %2").arg(i.field, i.message) << Qt::endl;
        if (auto saved = service.saveProfile(s.actor, profile.value()); !saved.ok())
            return ctx.fail(saved.error().describe());
        ctx.out << QCoreApplication::translate("hubctl", "profile '%1' saved").arg(profile->name)
                << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("export")) {
        auto profile = service.profile(s.actor, *what);
        if (!profile.ok())
            return ctx.fail(profile.error().describe());
        ctx.out << QString::fromUtf8(profile->toJson());
        return 0;
    }
    auto all = service.profiles(s.actor);
    if (!all.ok())
        return ctx.fail(all.error().describe());
    for (const auto &p : all.value())
        ctx.out << p.name << '\t' << p.source << '\t' << p.columns.size() << ' '
                << QCoreApplication::translate("hubctl", "columns") << Qt::endl;
    return 0;
}

} // namespace

int runReferrals(Context &ctx, CliArgs &args)
{
    const auto sub = args.positional().value_or(QString());
    if (sub == QLatin1String("import"))
        return runImportFile(ctx, args);
    if (sub == QLatin1String("profile"))
        return runProfile(ctx, args);
    return ctx.fail(QCoreApplication::translate(
        "hubctl", "usage: hubctl referrals import FILE --profile NAME ... | referrals "
                  "profile add FILE.json|list|export NAME (see hubctl --help)"));
}

} // namespace hub::cli
