#include "HubSetupService.h"

#include "AuditService.h"
#include "AuthService.h"
#include "security/Permissions.h"
#include "store/Repositories.h"
#include "store/Transaction.h"
#include "util/Ids.h"

namespace hub::services {

HubSetupService::HubSetupService(AuthService &auth) : m_auth(auth), m_ctx(auth.context()) {}

const QString &HubSetupService::hubNameKey()
{
    static const QString key = QStringLiteral("hub.name");
    return key;
}

const QString &HubSetupService::hubNameField()
{
    static const QString field = QStringLiteral("hub_name");
    return field;
}

const QString &HubSetupService::teamsField()
{
    static const QString field = QStringLiteral("teams");
    return field;
}

QString HubSetupService::hubName(store::Database &db)
{
    const auto name = store::SettingRepository(db).get(hubNameKey());
    return name.ok() ? name.value() : QString();
}

Status HubSetupService::checkHubName(const QString &name)
{
    const auto trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(hubNameField(), tr("is needed: the name the hub is known by"));
    if (trimmed.size() > kMaxHubName)
        return Error::invalid(hubNameField(), tr("is longer than %1 characters").arg(kMaxHubName));
    return {};
}

Status HubSetupService::checkAdministrator(const QString &username, const QString &displayName,
                                           const QString &password)
{
    const auto name = username.trimmed();
    if (auto s = AuthService::checkUsername(name); !s.ok())
        return s;
    if (displayName.trimmed().size() > 100)
        return Error::invalid(QStringLiteral("display_name"),
                              AuthService::tr("is longer than 100 characters"));
    return AuthService::checkPolicy(name, password, QStringLiteral("password"));
}

Status HubSetupService::checkTeamName(const QString &name, const QStringList &others) const
{
    const auto trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(teamsField(), tr("a team needs a name"));
    if (trimmed.size() > kMaxTeamName)
        return Error::invalid(
            teamsField(),
            tr("'%1…' is longer than %2 characters").arg(trimmed.left(20)).arg(kMaxTeamName));
    for (const auto &other : others) {
        if (other.trimmed().compare(trimmed, Qt::CaseInsensitive) == 0)
            return Error::invalid(teamsField(),
                                  tr("'%1' is already in the list (names that differ only in "
                                     "capitals are the same team)")
                                      .arg(trimmed));
    }
    for (const auto &team : store::TeamRepository(m_ctx.db).all()) {
        if (team.name.trimmed().compare(trimmed, Qt::CaseInsensitive) == 0)
            return Error::invalid(teamsField(),
                                  tr("a team called '%1' already exists").arg(team.name));
    }
    return {};
}

Status HubSetupService::checkTeams(const QStringList &names) const
{
    if (names.isEmpty())
        return Error::invalid(teamsField(), tr("add at least one team"));
    for (int i = 0; i < names.size(); ++i) {
        if (auto s = checkTeamName(names.at(i), names.mid(0, i)); !s.ok())
            return s;
    }
    return {};
}

Status HubSetupService::check(const HubSetup &setup) const
{
    if (m_auth.hasUsers())
        return Error::make(Error::Kind::Conflict,
                           tr("this database already has users, so its hub is set up: sign in "
                              "instead"));
    if (auto s = checkHubName(setup.hubName); !s.ok())
        return s;
    if (auto s =
            checkAdministrator(setup.adminUsername, setup.adminDisplayName, setup.adminPassword);
        !s.ok())
        return s;
    if (auto s = checkTeams(setup.teams); !s.ok())
        return s;
    if (auto s = SettingsService::checkVictimsCodeDays(setup.victimsCodeDays); !s.ok())
        return s;
    return SettingsService::checkRetentionYears(setup.retentionYears);
}

Result<domain::Team> HubSetupService::addTeam(const domain::Actor &actor, const QString &name)
{
    if (!security::Permissions::allows(actor.role, security::Action::ChangeSettings))
        return Error::make(Error::Kind::Permission, tr("only an administrator can add a team"));
    const domain::Team team{util::newId(), name.trimmed()};
    if (auto s = store::TeamRepository(m_ctx.db).insert(team); !s.ok())
        return s.error();
    if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("team.add"),
                                            QStringLiteral("team"), team.id, QString(), team.name);
        !s.ok())
        return s.error();
    return team;
}

Result<domain::Actor> HubSetupService::write(const HubSetup &setup, const QString &workstation)
{
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    auto admin = m_auth.createFirstAdminUser(setup.adminUsername, setup.adminDisplayName,
                                             setup.adminPassword, workstation);
    if (!admin.ok())
        return admin.error();
    const domain::Actor actor{admin->id, admin->role, admin->teamId, workstation};
    for (const auto &name : setup.teams) {
        if (auto team = addTeam(actor, name); !team.ok())
            return team.error();
    }
    SettingsService settings(m_ctx);
    if (auto s = settings.setVictimsCodeDays(actor, setup.victimsCodeDays); !s.ok())
        return s.error();
    if (auto s = settings.setRetentionYears(actor, setup.retentionYears); !s.ok())
        return s.error();
    const auto hubName = setup.hubName.trimmed();
    if (auto s = store::SettingRepository(m_ctx.db).set(hubNameKey(), hubName); !s.ok())
        return s.error();
    if (auto s = AuditService(m_ctx).record(
            actor, QStringLiteral("hub.setup"), QStringLiteral("hub_setting"), QString(), QString(),
            QStringLiteral("%1=%2 teams=%3").arg(hubNameKey(), hubName).arg(setup.teams.size()));
        !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return actor;
}

Result<domain::Actor> HubSetupService::setUp(const HubSetup &setup, const QString &workstation)
{
    if (auto s = check(setup); !s.ok())
        return s.error();
    auto written = write(setup, workstation);
    if (!written.ok()) {
        // Rolled back: the deadlines in use are the stored ones again.
        const auto days = SettingsService::victimsCodeDays(m_ctx.db);
        m_ctx.victimsCode.setDays(days.enhanced, days.standard);
        return written.error();
    }
    return m_auth.login(setup.adminUsername.trimmed(), setup.adminPassword, workstation);
}

} // namespace hub::services
