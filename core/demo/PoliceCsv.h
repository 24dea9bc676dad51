#pragma once

// A police referral export made up for tests, the bench and demonstrations: a force's
// layout (its own header words, dd/MM/yyyy dates, its offence wording), synthetic people
// only. policeProfile() is the mapping profile that reads it
// (resources/referral_profiles/demo_police.json holds the same profile as a file).

#include "import/ReferralProfile.h"

#include <QByteArray>
#include <QDate>

namespace hub::demo {

struct PoliceCsvOptions
{
    int rows = 100;
    quint64 seed = 1;
    QString encoding = QStringLiteral("utf-8"); // or "windows-1252"
    QString delimiter = QStringLiteral(",");    // "," ";" or "\t"
    QDate receivedFrom = QDate(2026, 10, 1);    // received dates from this day on
    int firstReferralNumber = 1; // the force's referral ids are "REF" + a running number
};

QByteArray policeCsv(const PoliceCsvOptions &options);
import::ReferralProfile policeProfile();

} // namespace hub::demo
