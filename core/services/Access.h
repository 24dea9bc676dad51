#pragma once

#include "Result.h"
#include "security/Permissions.h"
#include "store/PersonFilter.h"

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

// The scope of one referral or support episode, for the supervisor's fixes: the person's
// restriction, and the record's own holder and that holder's team (the person's whole scope
// while nobody holds it). A supervisor of one team cannot move, close or prioritise another
// team's record because the person also has work in their team.
security::Scope recordScope(store::Database &db, const QString &personId, const QString &holderId);

// The people `actor` may open, as the SQL condition lists filter with (the same rule as
// checkPerson(ViewPerson)).
inline store::PersonFilter viewablePeople(const domain::Actor &actor)
{
    return store::PersonFilter(security::Permissions::reach(actor, security::Action::ViewPerson));
}

// What a list shows instead of the name of a person the actor may not open: "Restricted
// record" or "Another team's record", and nothing else about them (no date of birth, phone,
// postcode or crime reference). `restricted` is the person's flag.
QString hiddenPersonLabel(const domain::Actor &actor, bool restricted);

} // namespace hub::services
