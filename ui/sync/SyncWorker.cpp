#include "SyncWorker.h"

#include "store/Database.h"

namespace hub::ui {

SyncWorker::SyncWorker(QString databasePath, domain::Actor actor)
    : m_path(std::move(databasePath)), m_actor(std::move(actor))
{
}

SyncWorker::~SyncWorker()
{
    m_service.reset();
    m_db.reset();
}

QString SyncWorker::open()
{
    if (m_db)
        return {};
    auto opened = store::Database::open(m_path, store::Database::Migrate::No);
    if (!opened.ok())
        return tr("Could not open the database for sync: %1").arg(opened.error().describe());
    m_db = std::move(opened).value();
    m_service = std::make_unique<sync::SyncService>(*m_db, m_actor);
    return {};
}

SyncWorker::Run SyncWorker::sync(const QString &url, const QString &password)
{
    Run run;
    if (auto failed = open(); !failed.isEmpty()) {
        run.message = failed;
        return run;
    }
    auto hub = sync::HubUrl::parse(url);
    auto outcome = hub.ok() ? m_service->syncOnce(hub.value(), password)
                            : Result<sync::SyncOutcome>(hub.error());
    run.status = m_service->status();
    if (!outcome.ok()) {
        run.message = tr("Sync failed: %1").arg(outcome.error().describe());
        return run;
    }
    run.ok = true;
    run.outcome = outcome.value();
    const auto &o = run.outcome;
    run.message = tr("Synced: %1 sent, %2 received").arg(o.pushed).arg(o.pulled);
    if (o.conflicts > 0)
        run.message += o.conflicts == 1 ? tr(", 1 new conflict to review")
                                        : tr(", %1 new conflicts to review").arg(o.conflicts);
    return run;
}

sync::SyncStatus SyncWorker::status()
{
    if (!open().isEmpty())
        return {};
    return m_service->status();
}

} // namespace hub::ui
