#include "AuthService.h"

#include "AuditService.h"
#include "store/CredentialRepository.h"
#include "store/Repositories.h"
#include "store/Transaction.h"
#include "util/Time.h"

#include <QMutex>

#include <algorithm>

namespace hub::services {

namespace {
const QString kNewPasswordField = QStringLiteral("new_password");
} // namespace

std::optional<QString> AuthService::dummyHash() const
{
    // Unknown users still cost one verification, so timing does not tell who exists. Made
    // once per cost and kept; a hash that could not be made (no memory for Argon2id) is
    // tried again next time, and meanwhile the unknown user costs what a failing
    // verification of a real one costs.
    static QMutex mutex;
    static std::optional<QString> made[2];
    const QMutexLocker lock(&mutex);
    auto &kept = made[m_hasher.cost() == security::PasswordHasher::Cost::Interactive ? 0 : 1];
    if (!kept) {
        auto hash = m_hasher.hash(QStringLiteral("no such user"));
        if (hash.ok())
            kept = hash.value();
    }
    return kept;
}

bool AuthService::isPasswordChangeRequired(const Error &error)
{
    return error.kind == Error::Kind::Permission && error.field == kNewPasswordField;
}

Status AuthService::checkPolicy(const QString &username, const QString &password,
                                const QString &field)
{
    if (password.toUcs4().size() < kMinPasswordLength)
        return Error::invalid(field,
                              tr("must be at least %1 characters long").arg(kMinPasswordLength));
    if (password.compare(username, Qt::CaseInsensitive) == 0)
        return Error::invalid(field, tr("must not be the username"));
    return {};
}

Result<domain::User> AuthService::findUser(const QString &username)
{
    auto user = store::UserRepository(m_ctx.db).byUsername(username.trimmed());
    if (!user.ok())
        return Error::invalid(QStringLiteral("username"),
                              tr("there is no user called '%1'").arg(username.trimmed()));
    return user;
}

// Checks the password and keeps count of failures. Failures are committed (with their
// audit event) even though the caller gets an error.
Result<domain::User> AuthService::authenticate(const QString &username, const QString &password,
                                               const QString &workstation)
{
    const auto wrong = Error::make(Error::Kind::Permission, tr("wrong username or password"));
    AuditService audit(m_ctx);
    store::CredentialRepository credentials(m_ctx.db);
    const auto name = username.trimmed();
    // The failure count is read and written in one write transaction: attempts made at the
    // same time (other programs on the same file) wait for each other, so each one counts
    // and none gets past the lockout.
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    auto user = store::UserRepository(m_ctx.db).byUsername(name);
    auto creds = user.ok() ? credentials.get(user->id) : Result<store::Credentials>(user.error());
    if (!user.ok() || !creds.ok() || creds->passwordHash.isEmpty()) {
        if (const auto dummy = dummyHash())
            (void)m_hasher.verify(*dummy, password);
        const auto why =
            user.ok() ? QStringLiteral("no password set") : QStringLiteral("unknown user");
        // The name of an unknown user is not kept: it is too often a password typed into
        // the wrong box.
        if (auto s = audit.recordAs(user.ok() ? user->id : QString(), user.ok() ? name : QString(),
                                    workstation, QStringLiteral("login.failed"),
                                    QStringLiteral("user"), user.ok() ? user->id : QString(), why);
            !s.ok())
            return s.error();
        if (auto s = tx.commit(); !s.ok())
            return s.error();
        return wrong;
    }
    const auto now = m_ctx.clock.now();
    const bool locked = creds->lockedUntil.isValid() && now < creds->lockedUntil;
    const auto lockedError = [&](const QDateTime &until) {
        // Whole minutes still to wait, rounded up (a lock never shows as 0 minutes).
        const auto minutes = int(std::max<qint64>(1, (now.secsTo(until) + 59) / 60));
        const auto time = until.toTimeZone(util::london()).toString(QStringLiteral("HH:mm"));
        // Plurals spelled out: "%n minute(s)" reads badly without an English translation.
        return Error::make(
            Error::Kind::Permission,
            minutes == 1
                ? tr("this account is locked for 1 minute after %1 failed sign-ins; try again "
                     "after %2 or ask an administrator")
                      .arg(kMaxFailures)
                      .arg(time)
                : tr("this account is locked for %1 minutes after %2 failed sign-ins; try "
                     "again after %3 or ask an administrator")
                      .arg(minutes)
                      .arg(kMaxFailures)
                      .arg(time));
    };
    if (locked) {
        // Not even checked: a locked account gives no answer about its password.
        if (auto s = audit.recordAs(user->id, name, workstation, QStringLiteral("login.failed"),
                                    QStringLiteral("user"), user->id, QStringLiteral("locked"));
            !s.ok())
            return s.error();
        if (auto s = tx.commit(); !s.ok())
            return s.error();
        return lockedError(creds->lockedUntil);
    }
    if (!m_hasher.verify(creds->passwordHash, password)) {
        // A lock that has run out starts the count again.
        const int failures = (creds->lockedUntil.isValid() ? 0 : creds->failedLogins) + 1;
        const auto until = failures >= kMaxFailures ? now.addSecs(kLockMinutes * 60) : QDateTime();
        if (auto s = credentials.setFailures(user->id, failures, until); !s.ok())
            return s.error();
        const auto detail =
            until.isValid()
                ? QStringLiteral("wrong password; locked until %1").arg(util::toIsoUtc(until))
                : QStringLiteral("wrong password (%1 in a row)").arg(failures);
        if (auto s = audit.recordAs(user->id, name, workstation, QStringLiteral("login.failed"),
                                    QStringLiteral("user"), user->id, detail);
            !s.ok())
            return s.error();
        if (auto s = tx.commit(); !s.ok())
            return s.error();
        return until.isValid() ? lockedError(until) : wrong;
    }
    if (!user->active) {
        if (auto s = audit.recordAs(user->id, name, workstation, QStringLiteral("login.failed"),
                                    QStringLiteral("user"), user->id, QStringLiteral("disabled"));
            !s.ok())
            return s.error();
        if (auto s = tx.commit(); !s.ok())
            return s.error();
        return Error::make(Error::Kind::Permission,
                           tr("this account is disabled; ask an administrator"));
    }
    if (creds->failedLogins != 0 || creds->lockedUntil.isValid()) {
        if (auto s = credentials.setFailures(user->id, 0, QDateTime()); !s.ok())
            return s.error();
    }
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return user;
}

Result<domain::Actor> AuthService::login(const QString &username, const QString &password,
                                         const QString &workstation)
{
    auto user = authenticate(username, password, workstation);
    if (!user.ok())
        return user.error();
    store::CredentialRepository credentials(m_ctx.db);
    auto creds = credentials.get(user->id);
    if (!creds.ok())
        return creds.error();
    const domain::Actor actor{user->id, user->role, user->teamId, workstation};
    AuditService audit(m_ctx);
    if (creds->mustChangePassword) {
        if (auto s = audit.record(actor, QStringLiteral("login.password_change_required"),
                                  QStringLiteral("user"), user->id, QString());
            !s.ok())
            return s.error();
        return Error{Error::Kind::Permission, kNewPasswordField,
                     tr("your password is temporary: choose a new one to sign in"), 0};
    }
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (m_hasher.needsRehash(creds->passwordHash)) {
        auto rehashed = m_hasher.hash(password);
        if (rehashed.ok()) {
            if (auto s = credentials.setPassword(user->id, rehashed.value(), false,
                                                 creds->passwordChangedAt);
                !s.ok())
                return s.error();
        }
    }
    if (auto s = audit.record(actor, QStringLiteral("login.ok"), QStringLiteral("user"), user->id,
                              QString());
        !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return actor;
}

Result<domain::Actor> AuthService::changePassword(const QString &username,
                                                  const QString &oldPassword,
                                                  const QString &newPassword,
                                                  const QString &workstation)
{
    // The policy first: a new password that would be refused costs no sign-in attempt.
    if (auto s = checkPolicy(username.trimmed(), newPassword, kNewPasswordField); !s.ok())
        return s.error();
    if (newPassword == oldPassword)
        return Error::invalid(kNewPasswordField, tr("must differ from the current password"));
    auto user = authenticate(username, oldPassword, workstation);
    if (!user.ok())
        return user.error();
    auto hash = m_hasher.hash(newPassword);
    if (!hash.ok())
        return hash.error();
    const domain::Actor actor{user->id, user->role, user->teamId, workstation};
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = store::CredentialRepository(m_ctx.db).setPassword(user->id, hash.value(), false,
                                                                   m_ctx.clock.now());
        !s.ok())
        return s.error();
    if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("password.change"),
                                            QStringLiteral("user"), user->id, QString());
        !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return actor;
}

} // namespace hub::services
