// AuthService: the administrator's side (users and their passwords).
#include "AuthService.h"

#include "AuditService.h"
#include "store/CredentialRepository.h"
#include "store/Repositories.h"
#include "store/Transaction.h"
#include "util/Ids.h"

#include <QRegularExpression>

namespace hub::services {

namespace {
const QString kTemporaryField = QStringLiteral("temporary_password");
} // namespace

Status AuthService::checkUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    if (!pattern.match(username).hasMatch())
        return Error::invalid(
            QStringLiteral("username"),
            tr("use 2 to 64 lower-case letters, digits, dots, dashes or underscores"));
    return {};
}

const QStringList &AuthService::roles()
{
    static const QStringList all{QStringLiteral("caseworker"), QStringLiteral("supervisor"),
                                 QStringLiteral("admin"), QStringLiteral("auditor")};
    return all;
}

Result<domain::User> AuthService::requireAdmin(const domain::Actor &actor)
{
    // The stored user decides, not the role an Actor value claims.
    auto user = actor.userId.isEmpty() ? Result<domain::User>(ServiceErrors::needsUser())
                                       : store::UserRepository(m_ctx.db).get(actor.userId);
    if (!user.ok() || !user->active || user->role != QLatin1String("admin"))
        return Error::make(Error::Kind::Permission, tr("only an administrator can manage users"));
    return user;
}

Status AuthService::mayBootstrapAdmin(const std::optional<domain::Actor> &signedIn)
{
    if (signedIn) {
        if (auto admin = requireAdmin(*signedIn); !admin.ok())
            return admin.error();
        return {};
    }
    // A database that holds anything at all is someone's: a new administrator there would
    // open every record to whoever can run hubctl on the file.
    if (hasUsers())
        return Error::make(Error::Kind::Conflict,
                           tr("the database already has users: only an administrator, signed "
                              "in, may make another administrator"));
    return {};
}

Result<domain::User> AuthService::bootstrapAdmin(const QString &username, const QString &password,
                                                 const QString &workstation,
                                                 const std::optional<domain::Actor> &signedIn)
{
    if (auto s = mayBootstrapAdmin(signedIn); !s.ok())
        return s.error();
    const auto name = username.trimmed();
    if (auto s = checkUsername(name); !s.ok())
        return s.error();
    if (auto s =
            checkPolicy(name, password, signedIn ? kTemporaryField : QStringLiteral("password"));
        !s.ok())
        return s.error();
    store::UserRepository users(m_ctx.db);
    domain::User user;
    const bool exists = users.byUsername(name).ok();
    if (exists) {
        user = users.byUsername(name).value();
        if (user.role != QLatin1String("admin"))
            return Error::invalid(
                QStringLiteral("username"),
                tr("'%1' is already a user with the role %2").arg(name, user.role));
        user.active = true;
    } else {
        user = domain::User{util::newId(), name, name, QStringLiteral("admin"), QString(), true};
    }
    auto hash = m_hasher.hash(password);
    if (!hash.ok())
        return hash.error();
    store::CredentialRepository credentials(m_ctx.db);
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = exists ? users.update(user) : users.insert(user); !s.ok())
        return s.error();
    // Set by another administrator, the password is temporary, as with 'user add'.
    if (auto s =
            credentials.setPassword(user.id, hash.value(), signedIn.has_value(), m_ctx.clock.now());
        !s.ok())
        return s.error();
    AuditService audit(m_ctx);
    const auto action = exists ? QStringLiteral("user.reactivate") : QStringLiteral("user.add");
    if (auto s = signedIn ? audit.record(*signedIn, action, QStringLiteral("user"), user.id,
                                         QString(), QStringLiteral("administrator (init --admin)"))
                          : audit.recordAs(user.id, user.username, workstation, action,
                                           QStringLiteral("user"), user.id,
                                           QStringLiteral("first administrator"));
        !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return user;
}

Result<domain::User> AuthService::addUser(const domain::Actor &actor, const QString &username,
                                          const QString &displayName, const QString &role,
                                          const QString &teamId, const QString &temporaryPassword)
{
    if (auto admin = requireAdmin(actor); !admin.ok())
        return admin.error();
    domain::User user{util::newId(), username.trimmed(), displayName.trimmed(), role, teamId, true};
    if (user.displayName.isEmpty())
        user.displayName = user.username;
    if (auto s = checkUsername(user.username); !s.ok())
        return s.error();
    store::UserRepository users(m_ctx.db);
    if (users.byUsername(user.username).ok())
        return Error::invalid(QStringLiteral("username"),
                              tr("'%1' is already taken").arg(user.username));
    if (user.displayName.size() > 100)
        return Error::invalid(QStringLiteral("display_name"), tr("is longer than 100 characters"));
    if (!roles().contains(role))
        return Error::invalid(QStringLiteral("role"),
                              tr("must be one of %1").arg(roles().join(QStringLiteral(", "))));
    if (!teamId.isEmpty()) {
        const auto team = store::TeamRepository(m_ctx.db).get(teamId);
        if (!team.ok())
            return Error::invalid(QStringLiteral("team_id"), tr("is not a team"));
        if (team->retired()) // services::TeamService: kept for history, no new members
            return Error::invalid(QStringLiteral("team_id"),
                                  tr("%1 is a retired team").arg(team->name));
    }
    if (auto s = checkPolicy(user.username, temporaryPassword, kTemporaryField); !s.ok())
        return s.error();
    auto hash = m_hasher.hash(temporaryPassword);
    if (!hash.ok())
        return hash.error();
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = users.insert(user); !s.ok())
        return s.error();
    if (auto s = store::CredentialRepository(m_ctx.db).setPassword(user.id, hash.value(), true,
                                                                   m_ctx.clock.now());
        !s.ok())
        return s.error();
    const auto detail = QStringLiteral("role=%1 team=%2").arg(role, teamId);
    if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("user.add"),
                                            QStringLiteral("user"), user.id, QString(), detail);
        !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return user;
}

Status AuthService::setPassword(const domain::Actor &actor, const QString &username,
                                const QString &temporaryPassword)
{
    if (auto admin = requireAdmin(actor); !admin.ok())
        return admin.error();
    auto user = findUser(username);
    if (!user.ok())
        return user.error();
    if (auto s = checkPolicy(user->username, temporaryPassword, kTemporaryField); !s.ok())
        return s;
    auto hash = m_hasher.hash(temporaryPassword);
    if (!hash.ok())
        return hash.error();
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = store::CredentialRepository(m_ctx.db).setPassword(user->id, hash.value(), true,
                                                                   m_ctx.clock.now());
        !s.ok())
        return s;
    if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("user.set_password"),
                                            QStringLiteral("user"), user->id, QString(),
                                            QStringLiteral("temporary; lockout cleared"));
        !s.ok())
        return s;
    return tx.commit();
}

Status AuthService::disable(const domain::Actor &actor, const QString &username)
{
    if (auto admin = requireAdmin(actor); !admin.ok())
        return admin.error();
    auto user = findUser(username);
    if (!user.ok())
        return user.error();
    if (user->id == actor.userId)
        return Error::invalid(QStringLiteral("username"),
                              tr("you cannot disable your own account"));
    if (!user->active)
        return {};
    auto changed = user.value();
    changed.active = false;
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = store::UserRepository(m_ctx.db).update(changed); !s.ok())
        return s;
    if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("user.disable"),
                                            QStringLiteral("user"), changed.id, QString());
        !s.ok())
        return s;
    return tx.commit();
}

Result<QVector<UserAccount>> AuthService::list(const domain::Actor &actor)
{
    if (auto admin = requireAdmin(actor); !admin.ok())
        return admin.error();
    store::CredentialRepository credentials(m_ctx.db);
    QVector<UserAccount> out;
    for (const auto &u : store::UserRepository(m_ctx.db).all()) {
        UserAccount a;
        a.user = u;
        if (auto c = credentials.get(u.id); c.ok()) {
            a.hasPassword = !c->passwordHash.isEmpty();
            a.mustChangePassword = c->mustChangePassword;
            a.failedLogins = c->failedLogins;
            a.lockedUntil = c->lockedUntil;
            a.passwordChangedAt = c->passwordChangedAt;
        }
        out.push_back(a);
    }
    return out;
}

} // namespace hub::services
