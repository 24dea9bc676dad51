#include "Permissions.h"

#include <array>

namespace hub::security {

namespace {

using A = Action;

struct Row
{
    Action action;
    bool caseworker;
    bool supervisor;
    bool admin;
    bool auditor;
};

// The whole rule, one line per action: caseworker, supervisor, admin, auditor.
constexpr bool Y = true;
constexpr bool N = false;
constexpr std::array<Row, int(A::ActionCount)> kTable{{
    // clang-format off
    //  action                    caseworker supervisor admin auditor
    {A::ViewPerson,               Y,         Y,         N,    N},
    {A::EditPerson,               Y,         Y,         N,    N},
    {A::LogContact,               Y,         Y,         N,    N},
    {A::AmendContact,             Y,         Y,         N,    N},
    {A::Intake,                   Y,         Y,         N,    N},
    {A::Triage,                   Y,         Y,         N,    N},
    {A::Assign,                   Y,         Y,         N,    N},
    {A::ManageEpisode,            Y,         Y,         N,    N},
    {A::RequestClosure,           Y,         Y,         N,    N},
    {A::ApproveClosure,           N,         Y,         N,    N},
    {A::Reassign,                 N,         Y,         N,    N},
    {A::SetPriority,              N,         Y,         N,    N},
    {A::CreateTask,               Y,         Y,         N,    N},
    {A::CompleteTask,             Y,         Y,         N,    N},
    {A::ViewReports,              N,         Y,         Y,    Y},
    {A::SaveSnapshot,             N,         Y,         Y,    N},
    {A::ExportIdentifiable,       N,         Y,         N,    N},
    {A::ManageUsers,              N,         N,         Y,    N},
    {A::ChangeSettings,           N,         N,         Y,    N},
    {A::ViewAudit,                N,         N,         Y,    Y},
    {A::Erase,                    N,         N,         Y,    N},
    {A::Backup,                   N,         N,         Y,    N},
    {A::Sync,                     Y,         Y,         N,    N},
    {A::ResolveConflict,          N,         Y,         N,    N},
    {A::EraseRetention,           N,         Y,         Y,    N},
    {A::ImportArchive,            N,         Y,         Y,    N},
    {A::ImportReferrals,          N,         Y,         N,    N},
    {A::ManageReferralProfiles,   N,         Y,         Y,    N},
    {A::MergePeople,              N,         Y,         N,    N},
    {A::FindDuplicates,           N,         Y,         N,    N},
    // clang-format on
}};

// The actions that touch one person's records: team and restriction rules apply.
bool isPersonal(Action a)
{
    switch (a) {
    case A::ViewPerson:
    case A::EditPerson:
    case A::LogContact:
    case A::AmendContact:
    case A::Intake:
    case A::Triage:
    case A::Assign:
    case A::ManageEpisode:
    case A::RequestClosure:
    case A::ApproveClosure:
    case A::Reassign:
    case A::SetPriority:
    case A::CreateTask:
    case A::CompleteTask:
    case A::MergePeople:
        return true;
    default:
        return false;
    }
}

Error refused(const QString &message)
{
    return Error::make(Error::Kind::Permission, message);
}

} // namespace

const QString &Permissions::systemRole()
{
    static const QString role = QStringLiteral("system");
    return role;
}

bool Permissions::allows(const QString &role, Action action)
{
    if (role == systemRole())
        return true;
    const int i = int(action);
    if (i < 0 || i >= int(kTable.size()))
        return false;
    const Row &row = kTable[size_t(i)];
    Q_ASSERT(row.action == action);
    if (role == QLatin1String("caseworker"))
        return row.caseworker;
    if (role == QLatin1String("supervisor"))
        return row.supervisor;
    if (role == QLatin1String("admin"))
        return row.admin;
    if (role == QLatin1String("auditor"))
        return row.auditor;
    return false; // an unknown or empty role may do nothing
}

Reach Permissions::reach(const domain::Actor &actor, Action action)
{
    Reach r;
    if ((actor.role == systemRole() && !actor.userId.isEmpty()) || !allows(actor.role, action)) {
        r.nobody = true;
        return r;
    }
    const bool supervisor = actor.role == QLatin1String("supervisor");
    // Caseworkers and supervisors work on their own team's records (a supervisor with no
    // team supervises the whole hub); supervisors open restricted people too.
    r.userId = actor.userId;
    r.teamId = actor.teamId;
    r.teamBound =
        actor.role == QLatin1String("caseworker") || (supervisor && !actor.teamId.isEmpty());
    r.seesRestricted = supervisor;
    r.everyone = actor.role == systemRole() || !isPersonal(action) || (supervisor && !r.teamBound);
    return r;
}

Refusal Permissions::refusal(const Reach &reach, const Scope &scope)
{
    if (reach.nobody)
        return Refusal::Role;
    if (reach.everyone || !scope.personal)
        return Refusal::None;
    const bool holder = !reach.userId.isEmpty() && scope.holders.contains(reach.userId);
    if (scope.restricted && !holder && !reach.seesRestricted)
        return Refusal::Restricted;
    if (reach.teamBound && !holder && !scope.teams.isEmpty() && !scope.teams.contains(reach.teamId))
        return Refusal::OtherTeam;
    return Refusal::None;
}

Status Permissions::check(const domain::Actor &actor, Action action, const Scope &scope)
{
    // "system" is the command line's actor, never a stored user's role.
    if (actor.role == systemRole() && !actor.userId.isEmpty())
        return refused(tr("the system role cannot be given to a user"));
    switch (refusal(reach(actor, action), scope)) {
    case Refusal::None:
        return {};
    case Refusal::Role:
        break;
    case Refusal::Restricted:
        return refused(tr("this person's record is restricted: only the workers who hold "
                          "their case and supervisors can open it"));
    case Refusal::OtherTeam:
        return refused(tr("these records belong to another team; %1 can only work on their "
                          "own team's records")
                           .arg(roleName(actor.role)));
    }
    return refused(tr("%1 cannot %2").arg(roleName(actor.role), actionName(action)));
}

QString Permissions::roleName(const QString &role)
{
    if (role == QLatin1String("caseworker"))
        return tr("a caseworker");
    if (role == QLatin1String("supervisor"))
        return tr("a supervisor");
    if (role == QLatin1String("admin"))
        return tr("an administrator");
    if (role == QLatin1String("auditor"))
        return tr("an auditor");
    if (role.isEmpty())
        return tr("a user without a role");
    return tr("the role '%1'").arg(role);
}

QString Permissions::actionName(Action action)
{
    switch (action) {
    case A::ViewPerson:
        return tr("open a person's records");
    case A::EditPerson:
        return tr("change a person's details");
    case A::LogContact:
        return tr("log a contact");
    case A::AmendContact:
        return tr("correct a contact");
    case A::Intake:
        return tr("enter a referral");
    case A::Triage:
        return tr("triage a referral");
    case A::Assign:
        return tr("assign a referral");
    case A::ManageEpisode:
        return tr("change a support episode");
    case A::RequestClosure:
        return tr("request a closure");
    case A::ApproveClosure:
        return tr("approve a closure");
    case A::Reassign:
        return tr("reassign work");
    case A::SetPriority:
        return tr("set a priority");
    case A::CreateTask:
        return tr("create a task");
    case A::CompleteTask:
        return tr("complete a task");
    case A::ViewReports:
        return tr("view reports");
    case A::SaveSnapshot:
        return tr("save a report snapshot");
    case A::ExportIdentifiable:
        return tr("export identifiable records");
    case A::ManageUsers:
        return tr("manage users");
    case A::ChangeSettings:
        return tr("change the hub's settings");
    case A::ViewAudit:
        return tr("read the audit trail");
    case A::Erase:
        return tr("erase records");
    case A::Backup:
        return tr("back up or restore the database");
    case A::Sync:
        return tr("synchronise records");
    case A::ResolveConflict:
        return tr("resolve a sync conflict");
    case A::EraseRetention:
        return tr("erase people past the retention period");
    case A::ImportArchive:
        return tr("import an archive");
    case A::ImportReferrals:
        return tr("import referral files");
    case A::ManageReferralProfiles:
        return tr("manage referral file profiles");
    case A::MergePeople:
        return tr("merge people");
    case A::FindDuplicates:
        return tr("list possible duplicate people");
    case A::ActionCount:
        break;
    }
    return QString();
}

} // namespace hub::security
