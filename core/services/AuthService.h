#pragma once

#include "ServiceContext.h"
#include "domain/Records.h"
#include "security/PasswordHasher.h"

#include <QCoreApplication>

#include <optional>

namespace hub::services {

// A user as the administrator manages it: the record and its sign-in state (never the hash).
struct UserAccount
{
    domain::User user;
    bool hasPassword = false;
    bool mustChangePassword = false;
    int failedLogins = 0;
    QDateTime lockedUntil;
    QDateTime passwordChangedAt;
};

// Signing in and managing users (docs/SECURITY.md). Passwords are Argon2id hashes; five
// failed attempts in a row lock an account for fifteen minutes (times from the context's
// clock); a password set by an administrator is temporary and must be changed before the
// first sign-in. Every attempt and every change is an audit event; no password, right or
// wrong, is ever stored, logged or audited in clear.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 15;
    static constexpr int kMinPasswordLength = 10;

    // Tests and demo data may use PasswordHasher::Cost::Minimum; everything else keeps the
    // default. A stored hash of another cost is upgraded at the next successful sign-in.
    explicit AuthService(ServiceContext &ctx, security::PasswordHasher::Cost cost =
                                                  security::PasswordHasher::Cost::Interactive)
        : m_ctx(ctx), m_hasher(cost)
    {
    }

    // The signed-in actor, or an error: the same words for an unknown user and a wrong
    // password; a locked or disabled account says so; a temporary password gives an error
    // for which isPasswordChangeRequired() is true (call changePassword()).
    Result<domain::Actor> login(const QString &username, const QString &password,
                                const QString &workstation);
    static bool isPasswordChangeRequired(const Error &error);

    // Replaces the user's password (temporary or not) after checking the current one; a
    // wrong current password counts as a failed sign-in. Signs in on success.
    Result<domain::Actor> changePassword(const QString &username, const QString &oldPassword,
                                         const QString &newPassword,
                                         const QString &workstation = {});

    // The minimal policy: at least kMinPasswordLength characters and not the username.
    // Refusals name `field`.
    static Status checkPolicy(const QString &username, const QString &password,
                              const QString &field);
    // What a username may be: 2 to 64 lower-case letters, digits, dots, dashes or
    // underscores. Refusals name the field username.
    static Status checkUsername(const QString &username);

    // An administrator from the command line (hubctl init --admin). Without `signedIn`:
    // the first user of a database that has no user at all, with a password of their own.
    // With `signedIn` (an active administrator, signed in): `username` is made an
    // administrator, or re-activated if they already are one, and `password` is temporary
    // (field temporary_password when refused). mayBootstrapAdmin() says whether it would be
    // refused before any password is asked for.
    Result<domain::User> bootstrapAdmin(const QString &username, const QString &password,
                                        const QString &workstation,
                                        const std::optional<domain::Actor> &signedIn = {});
    Status mayBootstrapAdmin(const std::optional<domain::Actor> &signedIn = {});

    // True once the database has any user at all (the desktop app's first run has none).
    bool hasUsers();
    // The desktop app's first run: the administrator of a database that has no user at all
    // (refused as soon as one exists), with a password of their own; signs them in.
    // Refusals name the field: username, display_name or password.
    Result<domain::Actor> createFirstAdmin(const QString &username, const QString &displayName,
                                           const QString &password, const QString &workstation);
    // createFirstAdmin() without the sign-in, for a caller's own transaction (HubSetupService).
    Result<domain::User> createFirstAdminUser(const QString &username, const QString &displayName,
                                              const QString &password, const QString &workstation);

    // Administrators only. The password given is temporary: the user must change it.
    Result<domain::User> addUser(const domain::Actor &actor, const QString &username,
                                 const QString &displayName, const QString &role,
                                 const QString &teamId, const QString &temporaryPassword);
    Status setPassword(const domain::Actor &actor, const QString &username,
                       const QString &temporaryPassword);
    Status disable(const domain::Actor &actor, const QString &username);
    Result<QVector<UserAccount>> list(const domain::Actor &actor);

    static const QStringList &roles();

    ServiceContext &context() const { return m_ctx; }

private:
    Result<domain::User> authenticate(const QString &username, const QString &password,
                                      const QString &workstation);
    Result<domain::User> requireAdmin(const domain::Actor &actor);
    Result<domain::User> findUser(const QString &username);
    std::optional<QString> dummyHash() const;
    ServiceContext &m_ctx;
    security::PasswordHasher m_hasher;
};

} // namespace hub::services
