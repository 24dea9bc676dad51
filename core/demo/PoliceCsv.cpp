#include "PoliceCsv.h"

#include "Rng.h"
#include "Vocabulary.h"
#include "import/CsvReader.h"

namespace hub::demo {

namespace {

// The force's words for offences, and the hub's offence groups they mean.
const QVector<std::pair<QString, QString>> &offences()
{
    static const QVector<std::pair<QString, QString>> all{
        {QStringLiteral("Assault ABH"), QStringLiteral("violence_with_injury")},
        {QStringLiteral("Common Assault"), QStringLiteral("violence_without_injury")},
        {QStringLiteral("Harassment"), QStringLiteral("stalking_harassment")},
        {QStringLiteral("Stalking"), QStringLiteral("stalking_harassment")},
        {QStringLiteral("Burglary Dwelling"), QStringLiteral("burglary_residential")},
        {QStringLiteral("Theft from Person"), QStringLiteral("theft")},
        {QStringLiteral("Criminal Damage"), QStringLiteral("criminal_damage_arson")},
        {QStringLiteral("Robbery Personal"), QStringLiteral("robbery")},
        {QStringLiteral("Sexual Assault"), QStringLiteral("sexual_offences")},
        {QStringLiteral("Fraud by False Rep"), QStringLiteral("fraud")},
    };
    return all;
}

const QStringList &header()
{
    static const QStringList h{
        QStringLiteral("Force Ref"),     QStringLiteral("Person ID"),
        QStringLiteral("Crime Ref"),     QStringLiteral("Forename"),
        QStringLiteral("Surname"),       QStringLiteral("DOB"),
        QStringLiteral("Tel"),           QStringLiteral("Address"),
        QStringLiteral("Post Code"),     QStringLiteral("Offence"),
        QStringLiteral("Flags"),         QStringLiteral("Vulnerable"),
        QStringLiteral("Intimidated"),   QStringLiteral("Persistently Targeted"),
        QStringLiteral("Repeat Victim"), QStringLiteral("Consent"),
        QStringLiteral("Date Received")};
    return h;
}

} // namespace

import::ReferralProfile policeProfile(){import::ReferralProfile p;
p.name = QStringLiteral("Demo Constabulary");
p.source = QStringLiteral("police");
p.encoding = QStringLiteral("auto");
p.delimiter = QStringLiteral("auto");
p.dateFormat = QStringLiteral("dd/MM/yyyy");
const char *const fields[] = {
    "force_referral_id", "force_person_id",       "crime_reference", "given_name",
    "family_name",       "date_of_birth",         "phone",           "address",
    "postcode",          "offence_group",         "flags",           "vulnerable",
    "intimidated",       "persistently_targeted", "repeat_victim",   "consent_to_contact",
    "received_at"};
for (int i = 0; i < header().size(); ++i)
    p.columns.insert(QString::fromLatin1(fields[i]), header().at(i));
for (const auto &[words, code] : offences())
    p.values[QStringLiteral("offence_group")].insert(words, code);
p.values[QStringLiteral("flags")] = {{QStringLiteral("DA"), QStringLiteral("domestic_abuse")},
                                     {QStringLiteral("Hate"), QStringLiteral("hate_crime")},
                                     {QStringLiteral("SV"), QStringLiteral("sexual_violence")}};
return p;
} // namespace hub::demo

QByteArray policeCsv(const PoliceCsvOptions &options)
{
    Rng rng(options.seed);
    const auto &words = Vocabulary::get();
    const QByteArray lineEnd("\r\n");
    QByteArray out = import::encodeRecord(header(), options.encoding, options.delimiter) + lineEnd;
    static const QString inward = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");
    for (int i = 0; i < options.rows; ++i) {
        const int number = options.firstReferralNumber + i;
        const bool female = rng.chance(0.7);
        const auto given = rng.pick(female ? words.givenFemale : words.givenMale);
        const auto family = rng.pick(words.family);
        const QDate dob(rng.between(1950, 2008), rng.between(1, 12), rng.between(1, 28));
        const auto &[offence, group] = offences().at(rng.between(0, int(offences().size()) - 1));
        Q_UNUSED(group)
        QStringList flags;
        if (rng.chance(0.45))
            flags << QStringLiteral("DA");
        if (rng.chance(0.08))
            flags << QStringLiteral("Hate");
        const auto yes = [&](double p) {
            return rng.chance(p) ? QStringLiteral("Y") : QStringLiteral("N");
        };
        const QStringList row{
            QStringLiteral("REF%1").arg(number, 6, 10, QLatin1Char('0')),
            QStringLiteral("P%1").arg(number, 6, 10, QLatin1Char('0')),
            QStringLiteral("DC/%1/26").arg(10000 + number),
            given,
            family,
            dob.toString(QStringLiteral("dd/MM/yyyy")),
            QStringLiteral("07700 900%1").arg(rng.between(0, 999), 3, 10, QLatin1Char('0')),
            QStringLiteral("%1 %2, %3")
                .arg(rng.between(1, 240))
                .arg(rng.pick(words.streets), rng.pick(words.towns)),
            QStringLiteral("%1 %2%3%4")
                .arg(rng.pick(words.postcodeAreas))
                .arg(rng.between(1, 9))
                .arg(inward.at(rng.between(0, int(inward.size()) - 1)))
                .arg(inward.at(rng.between(0, int(inward.size()) - 1))),
            offence,
            flags.join(QLatin1Char(';')),
            yes(0.2),
            yes(0.1),
            yes(0.05),
            yes(0.15),
            yes(0.9),
            options.receivedFrom.addDays(i % 28).toString(QStringLiteral("dd/MM/yyyy"))};
        out += import::encodeRecord(row, options.encoding, options.delimiter) + lineEnd;
    }
    return out;
}

} // namespace hub::demo
