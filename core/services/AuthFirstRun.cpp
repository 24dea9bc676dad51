// AuthService: the first administrator of an empty database (the desktop app's first run).
#include "AuthService.h"

#include "store/Repositories.h"

namespace hub::services {

bool AuthService::hasUsers()
{
    return !store::UserRepository(m_ctx.db).all().isEmpty();
}

Result<domain::Actor> AuthService::createFirstAdmin(const QString &username,
                                                    const QString &displayName,
                                                    const QString &password,
                                                    const QString &workstation)
{
    auto user = createFirstAdminUser(username, displayName, password, workstation);
    if (!user.ok())
        return user.error();
    return login(user->username, password, workstation);
}

Result<domain::User> AuthService::createFirstAdminUser(const QString &username,
                                                       const QString &displayName,
                                                       const QString &password,
                                                       const QString &workstation)
{
    if (hasUsers())
        return Error::make(Error::Kind::Conflict,
                           tr("the database already has users; sign in instead"));
    const auto display = displayName.trimmed();
    if (display.size() > 100)
        return Error::invalid(QStringLiteral("display_name"), tr("is longer than 100 characters"));
    auto user = bootstrapAdmin(username, password, workstation);
    if (!user.ok())
        return user.error();
    if (display.isEmpty() || display == user->displayName)
        return user;
    auto named = user.value();
    named.displayName = display;
    if (auto s = store::UserRepository(m_ctx.db).update(named); !s.ok())
        return s.error();
    return named;
}

} // namespace hub::services
