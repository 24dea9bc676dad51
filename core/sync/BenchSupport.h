#pragma once

#include "Result.h"
#include "SyncService.h"
#include "domain/Actor.h"

namespace hub::store {
class Database;
}

namespace hub::sync {

class Hub;

// What `hubctl bench` needs of the store and the hub to time sync, kept here so that no
// SQL lives outside core/store and core/sync.

// A supervisor of the whole hub (no team), who receives every record: the bench's acting
// user. The demo caseload has none, so the first call adds one to the dataset.
Result<domain::Actor> hubSupervisor(store::Database &db);

// Reads every hub record in one plain SELECT and applies nothing: the floor a pull is
// compared with. Returns the bytes of record text read.
Result<qint64> readAllHubRecords(Hub &hub);

// The same rows through PostgreSQL's COPY ... TO STDOUT (libpq on the hub's own
// connection): the fastest way PostgreSQL hands rows out. An error on a SQLite-file hub.
Result<qint64> copyAllHubRecords(Hub &hub);

// A throwaway desk login for the bench on a PostgreSQL hub: a member of hub_client mapped
// in hub_user to `actor`, so a pull runs under row-level security as a desk's does. Needs
// a bench login that may create roles. dropBenchDeskLogin removes it.
struct BenchLogin
{
    HubUrl url;
    QString password;
};
Result<BenchLogin> addBenchDeskLogin(const HubUrl &url, const QString &password,
                                     const domain::Actor &actor);
Status dropBenchDeskLogin(const HubUrl &url, const QString &password);

// Gives `count` people (ordered by id, from `offset`) a new phone number, tagged `round`.
Status changePhones(store::Database &db, int count, int offset, int round);

} // namespace hub::sync
