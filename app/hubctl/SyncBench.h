#pragma once

#include "Result.h"
#include "sync/SyncService.h"

#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace hub::cli {

struct SyncTiming
{
    QString operation;
    QVector<double> ms;
};

// hubctl bench: sync_initial (an empty desk pulls the whole dataset from the hub),
// select_rows (the same rows read in one plain SELECT, for comparison) and
// sync_incremental (100 changes pushed and their echo pulled). The hub is `hub` (an
// empty database; PostgreSQL password from HUB_HUB_PASSWORD) or a SQLite file in `folder`.
// `taken` is called with each timing as soon as it is measured.
Result<QVector<SyncTiming>> benchSync(const QString &datasetPath, const QString &folder,
                                      const std::optional<sync::HubUrl> &hub,
                                      const QString &password,
                                      const std::function<void(const SyncTiming &)> &taken = {});

} // namespace hub::cli
