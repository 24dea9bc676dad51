#pragma once

#include "Result.h"

#include <QString>
#include <QVector>

#include <functional>

namespace hub::cli {

// hubctl bench: import_referrals_5000 - a 5,000-row police file (demo::policeCsv) previewed
// and imported by a supervisor into a copy of the dataset, `runs` times (each into a fresh
// copy, so each meets the caseload as generated). Milliseconds per run, preview included;
// `ran(run, ms)` is called after each run (on dataset L a run takes a while).
Result<QVector<double>> benchReferralImport(const QString &datasetPath, const QString &folder,
                                            int runs,
                                            const std::function<void(int, double)> &ran = {});

} // namespace hub::cli
