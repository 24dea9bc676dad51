#pragma once

#include "Result.h"
#include "security/PasswordHasher.h"

namespace hub::store {
class Database;
}

namespace hub::demo {

// Gives every user without a password the password "demo-<username>" (not temporary), so a
// demo database can be signed into at once. Hashed at `cost`: hubctl demo uses the minimum
// Argon2id cost to stay fast, and the first sign-in re-hashes at the normal cost.
// Returns how many users got one. Never for a real hub's database.
Result<int> setDemoPasswords(store::Database &db, security::PasswordHasher::Cost cost);

} // namespace hub::demo
