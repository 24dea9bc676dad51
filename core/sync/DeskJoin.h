#pragma once

#include "Result.h"
#include "SyncService.h"
#include "domain/Actor.h"
#include "security/PasswordHasher.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace hub::sync {

// What a new desk needs to join a PostgreSQL hub (docs/SYNC.md "Joining a hub").
struct JoinRequest
{
    QString hubUrl;   // postgresql://host:port/db?sslmode=...; a user in it is not used
    QString username; // the hub's user the code was issued for
    QString code;     // the enrolment code, as typed
    QString password; // the user's new password on this desk
    QString dbPath;   // the desk's database: must not exist, or hold no user and no record
    QString workstation;
    security::PasswordHasher::Cost cost = security::PasswordHasher::Cost::Interactive;
};

struct Joined
{
    HubUrl deskUrl;       // what this desk syncs with: its own login, password in the keychain
    domain::Actor actor;  // the user, as the hub holds them
    SyncOutcome received; // the first pull
};

// A new workstation joins the hub with a one-time enrolment code:
//  1. logs in as the code's one-time login (the code is its password; SCRAM, so the code
//     never reaches the server), makes its own login's password (random, never shown) and
//     keeps it in the system keychain (HubKeychain) under the desk's hub URL;
//  2. redeems the code (hub_enrol_redeem: the desk's login made, mapped to the user, the
//     code burnt, all in one transaction of the hub);
//  3. makes its database in a new file beside `dbPath`, receives teams, users, code lists,
//     settings and the user's scope by an ordinary sync as that user, sets the user's
//     password here, and only then puts the file in place.
// Any refusal or failure leaves no database and no keychain entry. Errors name the field
// at fault (hub, username, code, password, database) for a form to show beside it.
class DeskJoin
{
    Q_DECLARE_TR_FUNCTIONS(DeskJoin)

public:
    enum class Step
    {
        Connecting,
        Redeeming,
        Receiving,
        Finishing,
        Done
    };
    using Progress = std::function<void(Step)>;

    static Result<Joined> join(const JoinRequest &request, const Progress &progress = {});

    // Why the database at `path` cannot be a joining desk's (it holds users or records);
    // fine when there is no file.
    static Status checkNewDesk(const QString &path);
    // The hub URL as typed; one without a user is taken too.
    static Result<HubUrl> parseHubUrl(const QString &text);
    // The fields' checks that need no hub, in the order a form shows them.
    static Status checkRequest(const JoinRequest &request);
};

} // namespace hub::sync
