#pragma once

#include "Result.h"

#include <QString>
#include <QVector>

namespace hub::cli {

// hubctl bench: import_referrals_5000 - a 5,000-row police file (demo::policeCsv) previewed
// and imported by a supervisor into a copy of the dataset, `runs` times (each into a fresh
// copy, so each meets the caseload as generated). Milliseconds per run, preview included.
Result<QVector<double>> benchReferralImport(const QString &datasetPath, const QString &folder,
                                            int runs);

} // namespace hub::cli
