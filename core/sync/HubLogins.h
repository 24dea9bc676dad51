#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace hub::sync {

class Hub;

// One desk login of a PostgreSQL hub (docs/SYNC.md "Desk logins"): a login role, member of
// hub_client, and its hub_user row naming the app user it syncs for, with that user's role
// and team as the hub holds them.
struct HubLogin
{
    QString login;    // the PostgreSQL role
    QString userId;   // the app user it syncs for
    QString appRole;  // as hub_user maps it
    QString teamId;   // as hub_user maps it ('' for none)
    QString username; // the app user's, as the hub holds the user ('' when it holds none)
    bool canLogin = false;
    // What is wrong with it, '' when nothing: "no such user on the hub", "user left",
    // "role or team differs from the user's".
    QString problem;
};

// Desk logins, managed by the hub's owner (`hubctl hub user add|remove|list`) instead of
// SQL typed by hand. The owner's connection must be able to create roles (CREATEROLE, as
// for `hub init`); a SQLite-file hub has no logins and says so.
class HubLogins
{
public:
    explicit HubLogins(Hub &hub) : m_hub(hub) {}

    // Every login mapped in hub_user, by login name.
    Result<QVector<HubLogin>> list();
    // Creates `login` (a new PostgreSQL role: lower-case letters, digits and _, at most 63)
    // with `password` for the hub's user `username` (the user must be on the hub, pushed by
    // the administrator's desk, and active), maps it to that user's role and team, all in
    // one transaction. The password reaches the server only as a SCRAM verifier made by
    // libpq (PQencryptPasswordConn), never as clear text in a statement a log could keep.
    Result<HubLogin> add(const QString &login, const QString &username, const QString &password);
    // Takes the mapping away and drops the login (or, when the server refuses to drop it,
    // leaves it unable to log in). A login that is not a desk login is refused.
    Status remove(const QString &login);

    // Why `login` cannot be a desk login's name ('' when it can).
    static QString loginNameProblem(const QString &login);
    // A new desk login's password: 20 characters from letters and digits that cannot be
    // misread (no 0/O, 1/l/I), about 115 bits, from the operating system's generator.
    static QString newPassword();

private:
    Status requirePostgres() const;
    Result<QString> encryptedPassword(const QString &login, const QString &password);

    Hub &m_hub;
};

// The hub schema step that keeps hub_user in step with the users the administrator's desk
// pushes: a user's new role or team moves the mapping with it, a user who leaves (inactive
// or deleted) loses it, so the login receives nothing more. PostgreSQL only.
QStringList hubLoginsMigration(const QString &quotedSchema);

// `password`'s verifier for `login`, made by libpq on the hub's PostgreSQL connection
// (PQencryptPasswordConn, as psql's \password): what a statement may carry instead of it.
Result<QString> scramVerifier(Hub &hub, const QString &login, const QString &password);

} // namespace hub::sync
