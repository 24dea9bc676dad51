#pragma once

#include "Result.h"
#include "domain/Actor.h"

namespace hub::store {
class Database;
}

namespace hub::sync {

class Hub;

// What `hubctl bench` needs of the store and the hub to time sync, kept here so that no
// SQL lives outside core/store and core/sync.

// The dataset's first supervisor (by username), as the bench's acting user.
Result<domain::Actor> firstSupervisor(store::Database &db);

// Reads every hub record in one plain SELECT and applies nothing: the floor a pull is
// compared with. Returns the bytes of record text read.
Result<qint64> readAllHubRecords(Hub &hub);

// Gives `count` people (ordered by id, from `offset`) a new phone number, tagged `round`.
Status changePhones(store::Database &db, int count, int offset, int round);

} // namespace hub::sync
