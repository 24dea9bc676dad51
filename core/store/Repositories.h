#pragma once

// One repository per aggregate. Each binds every value, reuses prepared statements and
// leaves transactions to its caller (a service or the archive reader), so a multi-row
// write is one Transaction.

#include "Database.h"
#include "domain/Records.h"
#include "domain/ReferenceData.h"

#include <functional>
#include <optional>

namespace hub::store {

template <typename T> using Visitor = std::function<Status(const T &)>;

class TeamRepository
{
public:
    explicit TeamRepository(Database &db) : m_db(db) {}
    Status insert(const domain::Team &t);
    Status update(const domain::Team &t);
    Result<domain::Team> get(const QString &id);
    QVector<domain::Team> all();
    Status forEach(const Visitor<domain::Team> &visit);

    // What the team's members hold open (referrals new or being contacted, episodes not
    // closed, tasks not done) and how many of its members are active.
    struct OpenWork
    {
        int referrals = 0;
        int episodes = 0;
        int tasks = 0;
        int activeUsers = 0;
        bool any() const { return referrals + episodes + tasks + activeUsers > 0; }
    };
    OpenWork openWork(const QString &teamId);

private:
    Database &m_db;
};

class UserRepository
{
public:
    explicit UserRepository(Database &db) : m_db(db) {}
    Status insert(const domain::User &u);
    Status update(const domain::User &u);
    Result<domain::User> get(const QString &id);
    Result<domain::User> byUsername(const QString &username);
    QVector<domain::User> all();
    Status forEach(const Visitor<domain::User> &visit);

private:
    Database &m_db;
};

class PersonRepository
{
public:
    explicit PersonRepository(Database &db) : m_db(db) {}
    Status insert(const domain::Person &p);
    // Every field but merged_into, which only a merge changes (setMergedInto).
    Status update(const domain::Person &p);
    // Makes `id` a tombstone of `keptId`, or (empty) a record of its own again.
    Status setMergedInto(const QString &id, const QString &keptId);
    Result<domain::Person> get(const QString &id);
    bool exists(const QString &id);
    int count();
    Status forEach(const Visitor<domain::Person> &visit);

private:
    Database &m_db;
};

class ReferralRepository
{
public:
    explicit ReferralRepository(Database &db) : m_db(db) {}
    Status insert(const domain::Referral &r);
    Status update(const domain::Referral &r);
    Result<domain::Referral> get(const QString &id);
    bool exists(const QString &id);
    QVector<domain::Referral> forPerson(const QString &personId);
    Status forEach(const Visitor<domain::Referral> &visit);

private:
    Database &m_db;
};

// The support episode with its referral links and onward referrals.
class EpisodeRepository
{
public:
    explicit EpisodeRepository(Database &db) : m_db(db) {}
    Status insert(const domain::Episode &e);
    Status update(const domain::Episode &e);
    Result<domain::Episode> get(const QString &id);
    bool exists(const QString &id);
    QVector<domain::Episode> forPerson(const QString &personId);
    Status forEach(const Visitor<domain::Episode> &visit);

    Status insertOnward(const domain::OnwardReferral &o);
    Status updateOnward(const domain::OnwardReferral &o);
    Result<domain::OnwardReferral> getOnward(const QString &id);
    QVector<domain::OnwardReferral> onwardForEpisode(const QString &episodeId);
    Status forEachOnward(const Visitor<domain::OnwardReferral> &visit);

private:
    Status writeReferralLinks(const domain::Episode &e);
    QStringList referralIds(const QString &episodeId);
    Database &m_db;
};

// Contacts are append-only: there is no update, and the schema refuses one too.
class ContactRepository
{
public:
    explicit ContactRepository(Database &db) : m_db(db) {}
    Status insert(const domain::Contact &c);
    Result<domain::Contact> get(const QString &id);
    bool exists(const QString &id);
    // Newest first, amendments included (the UI shows them as corrections).
    QVector<domain::Contact> forPerson(const QString &personId);
    Status forEach(const Visitor<domain::Contact> &visit);

private:
    Database &m_db;
};

class TaskRepository
{
public:
    explicit TaskRepository(Database &db) : m_db(db) {}
    Status insert(const domain::Task &t);
    Status update(const domain::Task &t);
    Result<domain::Task> get(const QString &id);
    QVector<domain::Task> forPerson(const QString &personId);
    Status forEach(const Visitor<domain::Task> &visit);

private:
    Database &m_db;
};

// Codes administrators added to the extensible reference lists, and the built-in codes
// whose label, retirement or order they changed (services::CodeListService).
class ReferenceCodeRepository
{
public:
    explicit ReferenceCodeRepository(Database &db) : m_db(db) {}
    struct Row
    {
        QString list, code, label;
        bool retired = false;
        std::optional<int> sortOrder{}; // none: the built-in order
    };
    QVector<Row> all();
    Status insert(const Row &row);
    Status save(const Row &row); // insert, or update the row's label, retirement and order
    // The built-in code lists with this database's rows applied (a row that no longer fits,
    // for a list since fixed, is left out).
    domain::ReferenceData lists();

private:
    Database &m_db;
};

// Hub-wide settings that every workstation and every report must agree on (kept in the
// database, not in per-user QSettings). Values are text; the services parse them.
class SettingRepository
{
public:
    explicit SettingRepository(Database &db) : m_db(db) {}
    Result<QString> get(const QString &key); // NotFound when never set
    Status set(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace hub::store
