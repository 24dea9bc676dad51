#pragma once

#include "Result.h"
#include "security/Permissions.h"

namespace hub::store {
class Database;
}

namespace hub::services {

// The permission scope of one person's records (security::Scope): who holds their open
// referrals and support episodes, those workers' teams, and the restricted flag.
security::Scope personScope(store::Database &db, const QString &personId);

// Checks `action` on the records of `personId` (its scope read from the store).
Status checkPerson(store::Database &db, const domain::Actor &actor, security::Action action,
                   const QString &personId);

} // namespace hub::services
