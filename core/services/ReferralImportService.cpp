#include "ReferralImportService.h"
#include "ReferralImportPeople.h"
#include "ReferralImportRows.h"

#include "Access.h"
#include "AuditService.h"
#include "SettingsService.h"
#include "domain/PhoneNumber.h"
#include "domain/Postcode.h"
#include "domain/Validator.h"
#include "store/ReferralImportQueries.h"
#include "store/Repositories.h"
#include "store/Transaction.h"
#include "util/Ids.h"
#include "util/Time.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>

namespace hub::services {

using import::ReferralProfile;
using Kind = ImportRow::Kind;

using namespace importrows;

namespace {

// Scores from domain::PersonMatcher: at or above kSamePerson the row is the person on
// file; from kPossible up to it a person must decide.
constexpr int kSamePerson = 80;
constexpr int kPossible = 50;

// The row's key when the force gives no referral id: crime reference, person, day.
QString fallbackKey(const ImportRow &row)
{
    if (row.referral.crimeReference.isEmpty())
        return {};
    return row.referral.crimeReference + QLatin1Char('|') + row.personId + QLatin1Char('|') +
           util::toIsoDate(util::londonDate(row.referral.receivedAt));
}

QString personKey(const domain::Person &p)
{
    if (!p.dateOfBirth.isValid())
        return {};
    return domain::PersonMatcher::fold(p.givenName) + QLatin1Char('|') +
           domain::PersonMatcher::fold(p.familyName) + QLatin1Char('|') +
           util::toIsoDate(p.dateOfBirth);
}

} // namespace

bool ImportRow::writes() const
{
    switch (kind) {
    case Kind::NewPerson:
    case Kind::ExistingPerson:
        return true;
    case Kind::PossibleDuplicate:
        return decision == Decision::NewPerson || decision == Decision::UsePerson;
    case Kind::AlreadyImported:
    case Kind::Error:
        return false;
    }
    return false;
}

ImportCounts ImportPreview::counts() const
{
    ImportCounts c;
    c.rows = int(rows.size());
    for (const auto &r : rows) {
        switch (r.kind) {
        case Kind::NewPerson:
            ++c.newPeople;
            break;
        case Kind::ExistingPerson:
            ++c.existingPeople;
            break;
        case Kind::PossibleDuplicate:
            ++c.possibleDuplicates;
            break;
        case Kind::AlreadyImported:
            ++c.alreadyImported;
            break;
        case Kind::Error:
            ++c.errors;
            break;
        }
    }
    return c;
}

int ImportPreview::blocking() const
{
    int n = 0;
    for (const auto &r : rows) {
        if (r.kind == Kind::Error ||
            (r.kind == Kind::PossibleDuplicate && r.decision == ImportRow::Decision::Undecided))
            ++n;
    }
    return n;
}

QString ReferralImportService::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NewPerson:
        return tr("new person");
    case Kind::ExistingPerson:
        return tr("existing person");
    case Kind::PossibleDuplicate:
        return tr("possible duplicate");
    case Kind::AlreadyImported:
        return tr("already imported");
    case Kind::Error:
        return tr("error");
    }
    return {};
}

Status ReferralImportService::mayImport(const domain::Actor &actor)
{
    if (actor.role == QLatin1String("caseworker") &&
        SettingsService::caseworkersMayImport(m_ctx.db))
        return {};
    if (auto s = security::check(actor, security::Action::ImportReferrals); !s.ok()) {
        if (actor.role == QLatin1String("caseworker"))
            return Error::make(Error::Kind::Permission,
                               tr("caseworkers may import referral files only when an "
                                  "administrator allows it in the hub's settings"));
        return s;
    }
    return {};
}

Result<QVector<ReferralProfile>> ReferralImportService::profiles(const domain::Actor &actor)
{
    if (!security::Permissions::allows(actor.role, security::Action::ManageReferralProfiles)) {
        if (auto s = mayImport(actor); !s.ok())
            return s.error();
    }
    auto rows = store::ReferralImportQueries(m_ctx.db).profiles();
    if (!rows.ok())
        return rows.error();
    QVector<ReferralProfile> out;
    for (const auto &row : rows.value()) {
        auto p = ReferralProfile::fromJson(row.body.toUtf8());
        if (!p.ok())
            continue; // a profile only a newer program reads
        ReferralProfile one = p.value();
        one.name = row.name;
        one.updatedAt = row.updatedAt;
        one.updatedBy = row.updatedBy;
        out << one;
    }
    return out;
}

Result<ReferralProfile> ReferralImportService::profile(const domain::Actor &actor,
                                                       const QString &name)
{
    auto all = profiles(actor);
    if (!all.ok())
        return all.error();
    for (const auto &p : all.value()) {
        if (p.name == name.trimmed())
            return p;
    }
    return ServiceErrors::notFound(tr("Referral file profile"), name);
}

Status ReferralImportService::saveProfile(const domain::Actor &actor, ReferralProfile profile)
{
    if (auto s = security::check(actor, security::Action::ManageReferralProfiles); !s.ok())
        return s;
    if (actor.userId.isEmpty() && actor.role != security::Permissions::systemRole())
        return ServiceErrors::needsUser();
    profile.name = profile.name.trimmed();
    if (auto s = profile.check(m_ctx.codes); !s.ok())
        return s;
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    store::ProfileRow row{profile.name, profile.source, QString::fromUtf8(profile.toJson()),
                          m_ctx.clock.now(), actor.userId};
    if (auto s = store::ReferralImportQueries(m_ctx.db).saveProfile(row); !s.ok())
        return s;
    if (auto s =
            AuditService(m_ctx).record(actor, QStringLiteral("referral_profile.save"),
                                       QStringLiteral("referral_profile"), profile.name, QString());
        !s.ok())
        return s;
    return tx.commit();
}

Status ReferralImportService::removeProfile(const domain::Actor &actor, const QString &name)
{
    if (auto s = security::check(actor, security::Action::ManageReferralProfiles); !s.ok())
        return s;
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = store::ReferralImportQueries(m_ctx.db).removeProfile(name.trimmed()); !s.ok())
        return s.error().kind == Error::Kind::NotFound
                   ? Status(ServiceErrors::notFound(tr("Referral file profile"), name))
                   : s;
    if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("referral_profile.remove"),
                                            QStringLiteral("referral_profile"), name.trimmed(),
                                            QString());
        !s.ok())
        return s;
    return tx.commit();
}

Result<import::CsvTable> ReferralImportService::readFile(const domain::Actor &actor,
                                                         const QByteArray &bytes,
                                                         const import::CsvOptions &options)
{
    if (auto s = mayImport(actor); !s.ok())
        return s.error();
    return import::readCsv(bytes, options);
}

Result<ImportPreview>
ReferralImportService::preview(const domain::Actor &actor, const QByteArray &bytes,
                               const ReferralProfile &profile, const QString &fileName,
                               const import::CsvOptions &options, const ImportControl &control)
{
    if (auto s = mayImport(actor); !s.ok())
        return s.error();
    if (auto s = profile.check(m_ctx.codes); !s.ok())
        return s.error();
    import::CsvOptions read;
    read.encoding = options.encoding == QLatin1String(import::kEncodingAuto) ? profile.encoding
                                                                             : options.encoding;
    read.delimiter = options.delimiter == QLatin1String(import::kDelimiterAuto) ? profile.delimiter
                                                                                : options.delimiter;
    auto table = import::readCsv(bytes, read);
    if (!table.ok())
        return table.error();

    ImportPreview out;
    out.fileName = fileName;
    out.profile = profile;
    out.encoding = table->encoding;
    out.encodingDetected = table->encodingDetected;
    out.delimiter = table->delimiter;
    out.lineEnd = table->lineEnd;
    out.bom = table->bom;
    out.header = table->header;

    QHash<QString, int> columnOf;
    for (auto it = profile.columns.begin(); it != profile.columns.end(); ++it) {
        const int i = table->column(it.value());
        if (i < 0)
            return Error::invalid(QStringLiteral("columns.") + it.key(),
                                  tr("the file has no column '%1' (its columns: %2)")
                                      .arg(it.value(), table->header.join(QStringLiteral(", "))));
        columnOf.insert(it.key(), i);
    }

    const domain::Validator validator(m_ctx.codes, m_ctx.today());
    const auto now = m_ctx.clock.now();
    store::ReferralImportQueries queries(m_ctx.db);
    auto onFile = queries.matchRows();
    if (!onFile.ok())
        return onFile.error();
    const PeopleIndex people(std::move(onFile).value());
    QHash<QString, int> seenReferral; // force referral id or fallback key -> row index
    QHash<QString, int> seenPerson;   // force person id or name|dob -> row index (new people)
    const int total = int(table->rows.size());
    out.rows.reserve(total);
    for (const auto &record : table->rows) {
        if (control.cancelled())
            return Error::make(Error::Kind::Invalid, tr("the preview was cancelled"));
        ImportRow row;
        row.line = record.line;
        row.record = record;
        RowReader r(profile, columnOf, record, m_ctx.codes);
        auto &p = row.person;
        auto &ref = row.referral;
        p.id = util::newId();
        p.createdAt = now;
        p.givenName = r.cell(QStringLiteral("given_name"));
        p.familyName = r.cell(QStringLiteral("family_name"));
        for (const auto &f : {QStringLiteral("given_name"), QStringLiteral("family_name")}) {
            if (r.cell(f).isEmpty())
                r.problem(f, tr("is empty"));
        }
        if (const auto dob = r.dateTime(QStringLiteral("date_of_birth")); dob.isValid())
            p.dateOfBirth = dob.date();
        if (columnOf.contains(QStringLiteral("gender")))
            if (const auto g = r.code(QStringLiteral("gender"), r.cell(QStringLiteral("gender")));
                !g.isEmpty())
                p.gender = g;
        p.phone = r.cell(QStringLiteral("phone"));
        QString e164;
        if (!p.phone.isEmpty()) {
            const auto parsed = domain::PhoneNumber::parse(p.phone);
            if (parsed.ok())
                e164 = parsed.e164;
            else
                r.problem(QStringLiteral("phone"),
                          domain::PhoneNumber::describe(parsed.problem, p.phone));
        }
        p.email = r.cell(QStringLiteral("email"));
        p.address = r.cell(QStringLiteral("address")).simplified();
        p.postcode = domain::normalisePostcode(r.cell(QStringLiteral("postcode")));
        if (!p.postcode.isEmpty() && p.postcode != QLatin1String(domain::kNoFixedAbode) &&
            !domain::isUkPostcode(p.postcode))
            r.problem(QStringLiteral("postcode"), tr("is not a UK postcode"));
        if (const auto lang = r.cell(QStringLiteral("first_language")); !lang.isEmpty())
            p.firstLanguage = lang;

        ref.source = profile.source;
        ref.receivedAt = r.dateTime(QStringLiteral("received_at")).toUTC();
        if (r.cell(QStringLiteral("received_at")).isEmpty())
            r.problem(QStringLiteral("received_at"), tr("is empty"));
        else if (ref.receivedAt.isValid() && ref.receivedAt > now.addSecs(300))
            r.problem(QStringLiteral("received_at"), tr("is in the future"));
        ref.crimeReference = r.cell(QStringLiteral("crime_reference")).toUpper();
        ref.offenceGroup =
            r.code(QStringLiteral("offence_group"), r.cell(QStringLiteral("offence_group")));
        if (r.cell(QStringLiteral("offence_group")).isEmpty())
            r.problem(QStringLiteral("offence_group"), tr("is empty"));
        for (const auto &flag : splitCodes(r.cell(QStringLiteral("flags")))) {
            if (const auto c = r.code(QStringLiteral("flags"), flag); !c.isEmpty())
                ref.flags << c;
        }
        ref.flags.removeDuplicates();
        ref.flags.sort();
        ref.consentToContact = r.yesNo(QStringLiteral("consent_to_contact"), true);
        ref.forceReferralId = r.cell(QStringLiteral("force_referral_id"));
        ref.forcePersonId = r.cell(QStringLiteral("force_person_id"));
        // Enhanced entitlement (Victims' Code): the force's reason when it gives one, else
        // its flags; every under-18 is vulnerable, as at intake.
        ref.enhancedReason =
            r.code(QStringLiteral("enhanced_reason"), r.cell(QStringLiteral("enhanced_reason")));
        const bool vulnerable = r.yesNo(QStringLiteral("vulnerable"), false);
        const bool intimidated = r.yesNo(QStringLiteral("intimidated"), false);
        const bool targeted = r.yesNo(QStringLiteral("persistently_targeted"), false);
        r.yesNo(QStringLiteral("repeat_victim"), false); // checked; counts via flags only
        if (ref.enhancedReason.isEmpty()) {
            if (vulnerable || intimidated)
                ref.enhancedReason = QStringLiteral("vulnerable_or_intimidated");
            else if (targeted)
                ref.enhancedReason = QStringLiteral("persistently_targeted");
        }
        if (ref.enhancedReason.isEmpty() && p.dateOfBirth.isValid() && ref.receivedAt.isValid() &&
            util::ageOn(p.dateOfBirth, util::londonDate(ref.receivedAt)) < 18)
            ref.enhancedReason = QStringLiteral("vulnerable_or_intimidated");
        ref.enhanced = !ref.enhancedReason.isEmpty();
        ref.status = QStringLiteral("new");
        ref.id = util::newId();
        ref.personId = p.id;

        row.problems = r.problems();
        if (row.problems.isEmpty()) {
            // What the intake rules say of the rest (lengths, an email, a language tag...).
            for (const auto &s : {validator.person(p), validator.referral(ref)}) {
                if (!s.ok() && row.problems.isEmpty())
                    row.problems.push_back({record.line, profile.columns.value(s.error().field),
                                            s.error().field, s.error().message,
                                            r.cell(s.error().field)});
            }
        }
        if (!row.problems.isEmpty()) {
            row.kind = Kind::Error;
            out.rows.push_back(row);
            if (control.progress)
                control.progress(int(out.rows.size()), total);
            continue;
        }

        // Already on file, or earlier in this file, by the force's referral id.
        if (!ref.forceReferralId.isEmpty()) {
            const auto key = ref.forceReferralId;
            if (const auto id = queries.referralByForceId(ref.source, key); !id.isEmpty()) {
                row.kind = Kind::AlreadyImported;
                row.existingReferralId = id;
                row.note = tr("referral %1 was imported before").arg(key);
            } else if (seenReferral.contains(key)) {
                row.kind = Kind::AlreadyImported;
                row.note = tr("referral %1 is also on line %2 of this file")
                               .arg(key)
                               .arg(out.rows.at(seenReferral.value(key)).line);
            } else {
                seenReferral.insert(key, int(out.rows.size()));
            }
        }
        if (row.kind != Kind::AlreadyImported) {
            // The person: by the force's person id, earlier in this file, or the matcher.
            const auto samePersonKey = ref.forcePersonId.isEmpty()
                                           ? personKey(p)
                                           : QStringLiteral("force:") + ref.forcePersonId;
            QString knownId = ref.forcePersonId.isEmpty()
                                  ? QString()
                                  : queries.personByForceId(ref.source, ref.forcePersonId);
            if (!knownId.isEmpty()) {
                row.kind = Kind::ExistingPerson;
                row.personId = knownId;
                row.score = 100;
                row.reasons = QStringList{QStringLiteral("force_person_id")};
            } else if (!samePersonKey.isEmpty() && seenPerson.contains(samePersonKey)) {
                const auto &first = out.rows.at(seenPerson.value(samePersonKey));
                row.kind = Kind::ExistingPerson;
                row.personId = first.personId.isEmpty() ? first.person.id : first.personId;
                row.personLabel = first.person.displayName();
                row.score = 100;
                row.reasons =
                    ref.forcePersonId.isEmpty()
                        ? QStringList{QStringLiteral("name"), QStringLiteral("date_of_birth")}
                        : QStringList{QStringLiteral("force_person_id")};
                row.note = tr("the same person as on line %1").arg(first.line);
            } else {
                // The number as E.164: the matcher reads it once, not once per candidate.
                const domain::PersonMatcher::Probe probe{
                    p.givenName, p.familyName, p.dateOfBirth, p.phone, p.postcode, e164, true};
                const auto ranked =
                    domain::PersonMatcher::rank(probe, people.candidates(p, e164), kPossible);
                if (ranked.isEmpty()) {
                    row.kind = Kind::NewPerson;
                } else {
                    const auto &best = ranked.first();
                    row.personId = best.person.id;
                    row.score = best.score;
                    row.reasons = best.reasons;
                    const bool mayAdd =
                        checkPerson(m_ctx.db, actor, security::Action::Intake, best.person.id).ok();
                    row.personLabel =
                        mayAdd ? best.person.givenName + QLatin1Char(' ') + best.person.familyName
                               : hiddenPersonLabel(actor, false);
                    if (best.score >= kSamePerson && mayAdd) {
                        row.kind = Kind::ExistingPerson;
                    } else {
                        row.kind = Kind::PossibleDuplicate;
                        row.note = mayAdd ? tr("may be a person already on file: check and "
                                               "choose")
                                          : tr("may be a person you cannot add referrals to "
                                               "(another team's, or restricted): a supervisor "
                                               "who may must enter it");
                        if (!mayAdd)
                            row.personId.clear();
                    }
                }
                if (row.kind == Kind::NewPerson && !samePersonKey.isEmpty())
                    seenPerson.insert(samePersonKey, int(out.rows.size()));
            }
            if (row.kind == Kind::ExistingPerson)
                ref.personId = row.personId;
            // Without the force's referral id: crime reference, person and day.
            if (ref.forceReferralId.isEmpty() && row.kind == Kind::ExistingPerson) {
                const auto key = fallbackKey(row);
                if (!key.isEmpty()) {
                    if (const auto id = queries.referralByCrimeReference(
                            ref.source, ref.crimeReference, row.personId,
                            util::londonDate(ref.receivedAt));
                        !id.isEmpty()) {
                        row.kind = Kind::AlreadyImported;
                        row.existingReferralId = id;
                        row.note = tr("crime reference %1 of this person on this day was "
                                      "imported before")
                                       .arg(ref.crimeReference);
                    } else if (seenReferral.contains(key)) {
                        row.kind = Kind::AlreadyImported;
                        row.note = tr("the same referral is on line %1 of this file")
                                       .arg(out.rows.at(seenReferral.value(key)).line);
                    } else {
                        seenReferral.insert(key, int(out.rows.size()));
                    }
                }
            } else if (ref.forceReferralId.isEmpty() && row.kind == Kind::NewPerson) {
                ImportRow self = row;
                self.personId = p.id;
                if (const auto key = fallbackKey(self); !key.isEmpty())
                    seenReferral.insert(key, int(out.rows.size()));
            }
        }
        out.rows.push_back(row);
        if (control.progress)
            control.progress(int(out.rows.size()), total);
    }
    return out;
}

QString ReferralImportService::rejectedPathFor(const QString &fileName)
{
    QString base = fileName;
    if (base.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        base.chop(4);
    return base + QStringLiteral(".rejected.csv");
}

QByteArray ReferralImportService::rejectedFile(const ImportPreview &preview,
                                               const QVector<int> &rowIndexes)
{
    // The header and each row as they were, one more column "reason" (in the file's own
    // encoding and delimiter), so that the file can be corrected and imported again.
    QByteArray out = preview.bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    auto header = preview.header;
    header << QStringLiteral("reason");
    out += import::encodeRecord(header, preview.encoding, preview.delimiter) + preview.lineEnd;
    const auto delimiter = preview.delimiter.toLatin1();
    for (const int i : rowIndexes) {
        const auto &row = preview.rows.at(i);
        QStringList reasons;
        for (const auto &p : row.problems)
            reasons << tr("line %1, column %2 (%3): %4, value '%5'")
                           .arg(p.line)
                           .arg(p.column.isEmpty() ? p.field : p.column, p.field, p.message,
                                p.value);
        if (reasons.isEmpty())
            reasons << kindName(row.kind) + QStringLiteral(": ") + row.note;
        // A row shorter than the header gets empty cells, so the reason is in its column.
        const int missing = qMax(0, int(preview.header.size()) - row.record.width);
        out += row.record.raw + QByteArray(missing, delimiter.at(0)) + delimiter +
               import::encodeRecord({reasons.join(QStringLiteral("; "))}, preview.encoding,
                                    preview.delimiter) +
               preview.lineEnd;
    }
    return out;
}

Result<ImportSummary> ReferralImportService::import(const domain::Actor &actor,
                                                    ImportPreview preview,
                                                    const ImportOptions &options,
                                                    const ImportControl &control)
{
    if (auto s = mayImport(actor); !s.ok())
        return s.error();
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    ImportSummary summary;
    summary.counts = preview.counts();
    QVector<int> rejected;
    for (int i = 0; i < preview.rows.size(); ++i) {
        const auto &row = preview.rows.at(i);
        if (row.kind == Kind::Error ||
            (row.kind == Kind::PossibleDuplicate && row.decision == ImportRow::Decision::Undecided))
            rejected << i;
        else if (row.kind == Kind::PossibleDuplicate && row.decision == ImportRow::Decision::Skip)
            ++summary.skipped;
    }
    if (!rejected.isEmpty() && !options.acceptValid) {
        const auto &first = preview.rows.at(rejected.first());
        const auto why = first.problems.isEmpty()
                             ? kindName(first.kind)
                             : QStringLiteral("%1: %2").arg(first.problems.first().field,
                                                            first.problems.first().message);
        Error e = Error::invalid(QString(), tr("%n row(s) cannot be imported as they are (the "
                                               "first, line %1: %2); nothing was written. "
                                               "Correct the file, or import the valid rows "
                                               "and set the others aside",
                                               nullptr, int(rejected.size()))
                                                .arg(first.line)
                                                .arg(why));
        return e;
    }
    if (options.dryRun) {
        summary.rejected = int(rejected.size());
        summary.alreadyImported = summary.counts.alreadyImported;
        return summary;
    }

    const domain::Validator validator(m_ctx.codes, m_ctx.today());
    store::ReferralImportQueries queries(m_ctx.db);
    store::PersonRepository people(m_ctx.db);
    store::ReferralRepository referrals(m_ctx.db);
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    QSet<QString> created; // people created by this import
    const int total = int(preview.rows.size());
    for (int i = 0; i < total; ++i) {
        if (control.cancelled())
            return Error::make(Error::Kind::Invalid,
                               tr("the import was cancelled; nothing was written"));
        auto &row = preview.rows[i];
        if (control.progress)
            control.progress(i + 1, total);
        if (row.kind == Kind::AlreadyImported) {
            ++summary.alreadyImported;
            continue;
        }
        if (!row.writes())
            continue;
        auto &ref = row.referral;
        // Written since the preview (another desk's sync, a second import)?
        if (!ref.forceReferralId.isEmpty() &&
            !queries.referralByForceId(ref.source, ref.forceReferralId).isEmpty()) {
            row.kind = Kind::AlreadyImported;
            ++summary.alreadyImported;
            continue;
        }
        const bool newPerson =
            row.kind == Kind::NewPerson ||
            (row.kind == Kind::PossibleDuplicate && row.decision == ImportRow::Decision::NewPerson);
        if (newPerson) {
            if (auto s = validator.person(row.person); !s.ok())
                return s.error();
            if (auto s = people.insert(row.person); !s.ok())
                return s.error();
            created.insert(row.person.id);
            ref.personId = row.person.id;
            ++summary.peopleAdded;
        } else {
            ref.personId = row.personId;
            // A person created earlier in this file is this import's own; one on file must
            // be one the actor may add a referral to, as at intake.
            if (!created.contains(ref.personId)) {
                if (!people.exists(ref.personId))
                    return Error::invalid(
                        QStringLiteral("person_id"),
                        tr("line %1: the person is no longer on file").arg(row.line));
                if (auto s = checkPerson(m_ctx.db, actor, security::Action::Intake, ref.personId);
                    !s.ok())
                    return s.error();
            }
        }
        if (auto s = validator.referral(ref); !s.ok())
            return s.error();
        if (auto s = referrals.insert(ref); !s.ok())
            return s.error();
        summary.referralIds << ref.id;
        ++summary.added;
    }
    summary.rejected = int(rejected.size());
    if (auto s = AuditService(m_ctx).record(
            actor, QStringLiteral("referral.import"), QStringLiteral("referral"), QString(),
            QString(),
            QStringLiteral("source=%1 rows=%2 added=%3 new_people=%4 already_imported=%5 "
                           "rejected=%6 skipped=%7")
                .arg(preview.profile.source)
                .arg(summary.counts.rows)
                .arg(summary.added)
                .arg(summary.peopleAdded)
                .arg(summary.alreadyImported)
                .arg(summary.rejected)
                .arg(summary.skipped));
        !s.ok())
        return s.error();
    // The rejected rows are on disk before the valid ones are committed: no referral is
    // lost between the two.
    if (!rejected.isEmpty()) {
        summary.rejectedPath = options.rejectedPath.isEmpty() ? rejectedPathFor(preview.fileName)
                                                              : options.rejectedPath;
        QSaveFile file(summary.rejectedPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(rejectedFile(preview, rejected)) < 0 ||
            !file.commit())
            return Error::make(Error::Kind::Storage,
                               tr("cannot write %1: %2; nothing was "
                                  "imported")
                                   .arg(summary.rejectedPath, file.errorString()));
    }
    if (auto s = tx.commit(); !s.ok()) {
        if (!summary.rejectedPath.isEmpty())
            QFile::remove(summary.rejectedPath);
        return s.error();
    }
    summary.written = true;
    m_ctx.notifier.notify(ChangeNotifier::Kind::Everything, QString(), QString());
    return summary;
}

} // namespace hub::services
