#include "DirectoryService.h"

#include "store/Repositories.h"

#include <algorithm>

namespace hub::services {

QVector<domain::User> DirectoryService::users()
{
    return store::UserRepository(m_db).all();
}

QVector<domain::User> DirectoryService::caseworkers(const QString &teamId)
{
    QVector<domain::User> mine, others;
    for (const auto &u : users()) {
        if (!u.active ||
            (u.role != QLatin1String("caseworker") && u.role != QLatin1String("supervisor")))
            continue;
        (u.teamId == teamId ? mine : others).push_back(u);
    }
    return mine + others;
}

QVector<domain::Team> DirectoryService::teams()
{
    auto all = store::TeamRepository(m_db).all();
    all.erase(
        std::remove_if(all.begin(), all.end(), [](const domain::Team &t) { return t.retired(); }),
        all.end());
    return all;
}

Result<domain::User> DirectoryService::user(const QString &id)
{
    return store::UserRepository(m_db).get(id);
}

Result<domain::Actor> DirectoryService::actorFor(const QString &username,
                                                 const QString &workstation)
{
    domain::User chosen;
    if (!username.isEmpty()) {
        auto u = store::UserRepository(m_db).byUsername(username);
        if (!u.ok())
            return Error::invalid(QStringLiteral("user"),
                                  tr("there is no user called '%1'").arg(username));
        if (!u->active)
            return Error::invalid(QStringLiteral("user"),
                                  tr("the user '%1' is disabled").arg(username));
        chosen = u.value();
    } else {
        for (const auto &u : users()) {
            if (u.active && u.role == QLatin1String("caseworker")) {
                chosen = u;
                break;
            }
        }
        if (chosen.id.isEmpty())
            return Error::make(Error::Kind::NotFound,
                               tr("the database has no active caseworker yet"));
    }
    return domain::Actor{chosen.id, chosen.role, chosen.teamId, workstation};
}

} // namespace hub::services
