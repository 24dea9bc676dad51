#pragma once

#include "Database.h"

#include <QDateTime>

namespace hub::store {

// A user's sign-in state. Kept apart from domain::User on purpose: the archive and sync
// write users from domain::User field by field, so a password hash cannot reach them.
struct Credentials
{
    QString userId;
    QString passwordHash; // Argon2id string; empty when no password was ever set
    bool mustChangePassword = false;
    int failedLogins = 0;
    QDateTime lockedUntil;       // null when not locked
    QDateTime passwordChangedAt; // null when never set
};

class CredentialRepository
{
public:
    explicit CredentialRepository(Database &db) : m_db(db) {}

    Result<Credentials> get(const QString &userId);
    // Stores a new hash and clears failures and lockout.
    Status setPassword(const QString &userId, const QString &hash, bool mustChange,
                       const QDateTime &changedAt);
    Status setFailures(const QString &userId, int failedLogins, const QDateTime &lockedUntil);

private:
    Database &m_db;
};

} // namespace hub::store
