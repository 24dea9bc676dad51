#pragma once

#include "Result.h"
#include "domain/Actor.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QVector>

namespace hub::store {
class Database;
}

namespace hub::sync {

// Where the hub is: postgresql://user@host:port/db?sslmode=... or sqlite:///path/hub.db.
// A URL never carries a password (parse() refuses one); passwords come from
// HUB_HUB_PASSWORD, a prompt or the keychain and are passed separately.
struct HubUrl
{
    enum class Kind
    {
        Postgres,
        SqliteFile
    };
    Kind kind = Kind::SqliteFile;
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QString sslmode; // empty = driver default
    QString path;    // SqliteFile only

    static Result<HubUrl> parse(const QString &text);
    QString display() const; // the URL as typed, never with a password
};

// What one push-then-pull moved.
struct SyncOutcome
{
    int pushed = 0;          // local changes the hub accepted
    int pulled = 0;          // hub rows applied locally
    int conflicts = 0;       // new conflicts raised by this run
    int erased = 0;          // people purged locally because the hub erased them
    int revoked = 0;         // records removed locally because they left this user's scope
    int refused = 0;         // local changes the hub would not take from this desk's login
    int pulledConflicts = 0; // conflicts the pull brought (new or newly decided)
    int audited = 0;         // audit events the hub took from this desk's trail
};

// What the app's status indicator shows.
struct SyncStatus
{
    QDateTime lastSuccess; // UTC; invalid before the first sync
    QDateTime lastAttempt;
    int pendingChanges = 0; // outbox rows not yet accepted by the hub
    int openConflicts = 0;
    QString lastError; // words for a person; empty after a success
    QString hubUrl;    // display() form, empty when never synced
};

// A value the hub could not merge on its own; neither side is lost.
struct Conflict
{
    QString id;
    QString recordType; // person, referral, episode, task, ...
    QString recordId;
    QString personId;
    QString field;
    // same_field | safety_field | invalid_transition | edit_vs_erasure | out_of_scope (an
    // edit from a desk whose user no longer holds the person: not applied, kept here)
    QString reason;
    QJsonValue base;
    QJsonValue hub;
    QJsonValue client;
    QString hubAuthor;
    QString clientAuthor;
    QDateTime raisedAt;
    QString resolution; // empty while open; hub | client | value
    QString resolvedBy;
};

enum class Keep
{
    Hub,
    Client,
    Value
};

// One workstation's side of sync: the outbox, push-then-pull against a hub, the
// conflict list. Used by hubctl and (on a worker thread with its own Database) by the app.
class SyncService
{
public:
    SyncService(store::Database &db, const domain::Actor &actor,
                const util::Clock &clock = util::Clock::system());

    // Creates or migrates the hub at `url` (hubctl hub init).
    static Status initHub(const HubUrl &url, const QString &password);
    // Rewrites the hub's record tables so that no value an erasure replaced stays in its
    // files (hubctl hub vacuum): for the hub's owner, after erasures (docs/SECURITY.md).
    static Status vacuumHub(const HubUrl &url, const QString &password);

    // One push then pull. Never loses a local edit: on any failure the outbox stays.
    Result<SyncOutcome> syncOnce(const HubUrl &url, const QString &password);

    SyncStatus status();
    Result<QVector<Conflict>> conflicts(bool openOnly = true);
    // Resolves a conflict (supervisors); the kept value becomes a normal local edit that
    // the next sync pushes.
    Status resolve(const QString &conflictId, Keep keep, const QJsonValue &value = {});

private:
    Result<SyncOutcome> run(const HubUrl &url, const QString &password);
    Status auditRun(const SyncOutcome &out);

    store::Database &m_db;
    domain::Actor m_actor;
    const util::Clock &m_clock;
};

} // namespace hub::sync
