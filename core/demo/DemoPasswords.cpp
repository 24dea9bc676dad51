#include "DemoPasswords.h"

#include "store/CredentialRepository.h"
#include "store/Repositories.h"
#include "store/Transaction.h"
#include "util/Clock.h"

namespace hub::demo {

Result<int> setDemoPasswords(store::Database &db, security::PasswordHasher::Cost cost)
{
    const security::PasswordHasher hasher(cost);
    store::CredentialRepository credentials(db);
    const auto now = util::Clock::system().now();
    store::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    int count = 0;
    for (const auto &user : store::UserRepository(db).all()) {
        auto current = credentials.get(user.id);
        if (!current.ok())
            return current.error();
        if (!current->passwordHash.isEmpty())
            continue;
        auto hash = hasher.hash(QStringLiteral("demo-") + user.username);
        if (!hash.ok())
            return hash.error();
        if (auto s = credentials.setPassword(user.id, hash.value(), false, now); !s.ok())
            return s.error();
        ++count;
    }
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return count;
}

} // namespace hub::demo
