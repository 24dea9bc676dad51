#pragma once

#include "Result.h"
#include "SyncService.h"
#include "domain/Actor.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace hub::store {
class Database;
}

namespace hub::sync {

class Hub;

// One-time enrolment codes (docs/SECURITY.md "Enrolment codes", docs/SYNC.md "Joining a
// hub"): an administrator issues a code for a user; a new desk logs in to the PostgreSQL hub
// with it as the password of a one-time login (SCRAM: the code itself never reaches the
// server), and the hub's function hub_enrol_redeem makes that desk its own login and burns
// the code, in one transaction.

// 16 characters of Crockford's base 32 (digits and letters but I, L, O, U), in 4 groups of
// 4: 80 bits from libsodium's generator.
QString newEnrolmentCode();
// The code as typed (any case, spaces or dashes between the groups; O read as 0, I and L as
// 1) as the 16 characters the hub checks; nullopt when it cannot be one.
std::optional<QString> normaliseEnrolmentCode(const QString &typed);
// The one-time login of `username`'s enrolment code on the hub in PostgreSQL database
// `database`: hub_enrol_ and 24 hex digits of the SHA-256 of "database/username" (the same
// on the hub, which makes it).
QString enrolmentLogin(const QString &database, const QString &username);

// One code as the hub keeps it (never the code: PostgreSQL keeps a SCRAM verifier).
struct Enrolment
{
    QString username;
    QString userId;
    QString state;    // open | expired | used | revoked | replaced
    QString issuedBy; // the administrator's app user id ('' for the hub's owner)
    QDateTime issuedAt;
    QDateTime expiresAt;
    QDateTime closedAt;
    QString deskLogin; // the login its desk got, once used
};

struct IssuedCode
{
    QString username;
    QString code; // shown once, never stored
    QDateTime expiresAt;
};

// The hub's side, on an open connection: the administrator's desk login (mapped to a role
// that may manage users) or the hub's owner. Any other login is refused by the hub.
class HubEnrolment
{
public:
    static constexpr int kDefaultHours = 72;
    static constexpr int kMaxHours = 168;

    explicit HubEnrolment(Hub &hub) : m_hub(hub) {}

    // A new code for `username` (the hub's user, active); an open code of theirs is
    // replaced. Valid for `hours` (1 to kMaxHours).
    Result<IssuedCode> issue(const QString &username, int hours = kDefaultHours);
    Result<QVector<Enrolment>> list();
    // Revokes `username`'s open code; a NotFound error when there is none.
    Status revoke(const QString &username);

private:
    Status requirePostgres() const;
    Hub &m_hub;
};

// The administrator at their desk (hubctl hub enrol, the app): ManageUsers, and each code
// issued or revoked is an event of the desk's audit trail (never the code).
class EnrolmentService
{
public:
    EnrolmentService(store::Database &db, const domain::Actor &actor,
                     const util::Clock &clock = util::Clock::system())
        : m_db(db), m_actor(actor), m_clock(clock)
    {
    }

    Result<IssuedCode> issue(const HubUrl &url, const QString &password, const QString &username,
                             int hours = HubEnrolment::kDefaultHours);
    Result<QVector<Enrolment>> list(const HubUrl &url, const QString &password);
    Status revoke(const HubUrl &url, const QString &password, const QString &username);

private:
    Result<std::unique_ptr<Hub>> open(const HubUrl &url, const QString &password);
    Status audit(const QString &action, const QString &username, const QString &detail);

    store::Database &m_db;
    domain::Actor m_actor;
    const util::Clock &m_clock;
};

// Hub schema 11's step (PostgreSQL; nothing on a SQLite-file hub): hub_enrolment, the
// hub_enrolee group role and the functions hub_enrol_issue|list|revoke (administrators'
// logins and the owner) and hub_enrol_redeem (the one-time logins).
QStringList hubEnrolmentMigration(bool postgres, const QString &quotedSchema);

} // namespace hub::sync
