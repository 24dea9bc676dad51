#pragma once

#include "ServiceContext.h"
#include "SettingsService.h"
#include "domain/Records.h"

#include <QCoreApplication>
#include <QStringList>

namespace hub::services {

class AuthService;

// What a new hub is set up with (the desktop app's first-run wizard).
struct HubSetup
{
    QString hubName;
    QString adminUsername;
    QString adminDisplayName;
    QString adminPassword;
    QStringList teams;
    VictimsCodeDays victimsCodeDays;
    int retentionYears = SettingsService::kDefaultRetentionYears;
};

// Sets up a new hub on a database that has no user at all, in one transaction: the hub's
// name (a hub_setting), its first administrator (AuthService's first-run rules: the password
// is their own), its teams, the Victims' Code working days and the retention period
// (SettingsService's rules). Every write is audited and reaches the sync outbox like any
// other. Refused, with nothing written, once the database has a user, or when any value
// breaks a rule; refusals name the field: hub_name, username, display_name, password, teams,
// victims_code.enhanced_days, victims_code.standard_days or retention.years.
class HubSetupService
{
    Q_DECLARE_TR_FUNCTIONS(HubSetupService)

public:
    static constexpr int kMaxHubName = 100;
    static constexpr int kMaxTeamName = 200;

    // The AuthService makes the administrator (with its password hasher's cost).
    explicit HubSetupService(AuthService &auth);

    static const QString &hubNameKey();
    static const QString &hubNameField();
    static const QString &teamsField();
    // The hub's name as set up, empty when never set.
    static QString hubName(store::Database &db);

    // The checks setUp() makes, one part at a time, for a form that checks before it saves.
    static Status checkHubName(const QString &name);
    static Status checkAdministrator(const QString &username, const QString &displayName,
                                     const QString &password);
    // `name` (trimmed) as one more team after `others` (each compared without regard to
    // capitals, and to the teams already in the database).
    Status checkTeamName(const QString &name, const QStringList &others) const;
    Status checkTeams(const QStringList &names) const;
    // Everything above, and that the database has no user yet.
    Status check(const HubSetup &setup) const;

    // The hub as set up, its administrator signed in on `workstation`.
    Result<domain::Actor> setUp(const HubSetup &setup, const QString &workstation);

private:
    // One team, named as the administrator typed it (trimmed). Its own small step so that it
    // can become TeamService::add (branch h15-teams) once both are merged.
    Result<domain::Team> addTeam(const domain::Actor &actor, const QString &name);
    Result<domain::Actor> write(const HubSetup &setup, const QString &workstation);

    AuthService &m_auth;
    ServiceContext &m_ctx;
};

} // namespace hub::services
