#pragma once

#include "domain/Actor.h"
#include "sync/SyncService.h"

#include <QObject>

#include <memory>

namespace hub::store {
class Database;
}

namespace hub::ui {

// Lives on SyncController's worker thread: its own connection to the database file, opened
// there on first use and closed there when the thread ends.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    struct Run
    {
        bool ok = false;
        QString message; // words for a person
        sync::SyncOutcome outcome;
        sync::SyncStatus status;
    };

    SyncWorker(QString databasePath, domain::Actor actor);
    ~SyncWorker() override;

    Run sync(const QString &url, const QString &password);
    sync::SyncStatus status();

private:
    QString open();

    QString m_path;
    domain::Actor m_actor;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<sync::SyncService> m_service;
};

} // namespace hub::ui
