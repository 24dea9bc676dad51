#include "CredentialRepository.h"

#include "RowAccess.h"
#include "SqlValues.h"

namespace hub::store {

using namespace detail;

Result<Credentials> CredentialRepository::get(const QString &userId)
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT id, password_hash, must_change_password, failed_logins, "
                       "locked_until, password_changed_at FROM app_user WHERE id = ?"));
    q.addBindValue(userId);
    return fetchOne<Credentials>(
        q,
        [](const QSqlQuery &r) {
            Credentials c;
            c.userId = r.value(0).toString();
            c.passwordHash = r.value(1).toString();
            c.mustChangePassword = r.value(2).toInt() != 0;
            c.failedLogins = r.value(3).toInt();
            c.lockedUntil = sql::toTime(r.value(4));
            c.passwordChangedAt = sql::toTime(r.value(5));
            return c;
        },
        userId, "user");
}

Status CredentialRepository::setPassword(const QString &userId, const QString &hash,
                                         bool mustChange, const QDateTime &changedAt)
{
    auto &q = m_db.prepared(QStringLiteral(
        "UPDATE app_user SET password_hash = ?, must_change_password = ?, failed_logins = 0, "
        "locked_until = NULL, password_changed_at = ? WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(sql::boolean(mustChange));
    q.addBindValue(sql::time(changedAt));
    q.addBindValue(userId);
    return execWrite(q, "user");
}

Status CredentialRepository::setFailures(const QString &userId, int failedLogins,
                                         const QDateTime &lockedUntil)
{
    auto &q = m_db.prepared(
        QStringLiteral("UPDATE app_user SET failed_logins = ?, locked_until = ? WHERE id = ?"));
    q.addBindValue(failedLogins);
    q.addBindValue(sql::time(lockedUntil));
    q.addBindValue(userId);
    return execWrite(q, "user");
}

} // namespace hub::store
