#pragma once

#include "Result.h"
#include "domain/Actor.h"

#include <QCoreApplication>
#include <QStringList>

namespace hub::security {

// What an actor may do (PRODUCT.md "Who uses it"). Every service method that reads or
// writes personal data calls check() first, so a hidden button is never the only guard.
enum class Action
{
    ViewPerson,         // open a person's file, search people, list the caseload
    EditPerson,         // change a person's details and safety flags
    LogContact,         // log a call, visit, letter...
    AmendContact,       // correct a logged contact (a new contact, never an overwrite)
    Intake,             // enter a referral (and a new person)
    Triage,             // accept, decline or no contact
    Assign,             // take a referral or hand it back to the team's queue
    ManageEpisode,      // needs, onward referrals and their outcomes
    RequestClosure,     // ask a supervisor to close a support episode
    ApproveClosure,     // approve or return a closure request
    Reassign,           // move work between workers (supervisor desk)
    SetPriority,        // normal, high, urgent
    CreateTask,         // a reminder or support-plan action
    CompleteTask,       // tick one off
    ViewReports,        // the monthly counts and the caseload review
    SaveSnapshot,       // keep a month's counts
    ExportIdentifiable, // export records that name people
    ManageUsers,        // add users, set passwords, disable
    ChangeSettings,     // reference lists and hub settings
    ViewAudit,          // read and verify the audit trail
    Erase,              // erasure and retention
    Backup,             // encrypted backups of the whole database, and restoring one
    Sync,               // exchange records with the hub server (a desk that holds records)
    ResolveConflict,    // decide between two versions of a record after a sync
    EraseRetention,     // erase, after review, people with no activity for the retention period
    ImportArchive,      // read a hub archive (every record in it) into the database
    // Police referral files (docs/REFERRAL_IMPORT.md): import one (caseworkers too when the
    // hub's setting allows: services::ReferralImportService), and manage mapping profiles.
    ImportReferrals,
    ManageReferralProfiles,
    MergePeople,    // merge two records of one person, or undo a merge (both people)
    FindDuplicates, // list possible duplicate people across the caseload
    ActionCount
};

// Where an action lands, when it is about one person's records. `holders` are the users
// who hold the person's open referrals and support episodes (when nothing is open, those
// who last held any); `teams` are their teams. Empty when the action is not about a person
// or nobody holds the records yet (an unassigned new referral belongs to every team).
struct Scope
{
    bool personal = false; // the action is about one person's records
    bool restricted = false;
    QStringList holders;
    QStringList teams;
};

// Whose records a personal action reaches, as data: what check() applies to a Scope, for a
// list to apply the same rule to many people at once in SQL (store::PersonFilter).
struct Reach
{
    bool nobody = false;   // the role may not do the action at all
    bool everyone = false; // every person (the system; a supervisor with no team)
    QString userId;        // the people they hold, whatever the team or restriction
    QString teamId;        // when teamBound: the people held by this team or by nobody
    bool teamBound = false;
    bool seesRestricted = false; // restricted people they do not hold (supervisors)
};

// Why check() refuses a personal action, in the order it looks.
enum class Refusal
{
    None,
    Role,       // the role may not do the action at all
    Restricted, // a restricted person the actor does not hold
    OtherTeam,  // records held by another team only
};

// Roles, as stored on app_user.role, plus "system".
//
// caseworker  their team's people: view, edit, contacts, intake, triage, taking referrals,
//             episodes (not closure approval), tasks, sync. No reports, no identifiable
//             export.
// supervisor  everything a caseworker does, hub-wide, plus closure approval, reassignment,
//             priorities, reports, snapshots, identifiable export, archive imports, sync
//             conflicts, the possible-duplicates list and merging people.
// admin       users, settings, erasure and retention, backups, archive imports, the audit
//             trail, reports, merging people who are not restricted (by their ids). Never
//             opens a person's file or reads contacts.
// auditor     the audit trail and reports; nothing else, and no writes at all.
// system      the command line's maintenance commands that read or write no one's records
//             (hubctl init, demo, bench); Actor::system() carries it and no stored user
//             may have it. It may do everything; writes that must name a user (contacts,
//             triage, closures) are still refused for want of a user id.
//
// A restricted person opens only for the users who hold their records and for
// supervisors; other caseworkers are refused whatever their team.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static const QString &systemRole();

    // Whether `role` may do `action` at all (the table, without scope).
    static bool allows(const QString &role, Action action);

    // ok, or a Permission error saying who cannot do what ("a caseworker cannot approve a
    // closure").
    static Status check(const domain::Actor &actor, Action action, const Scope &scope = {});

    // The rule of check() in two halves: whom `actor` reaches with `action`, and whether
    // that reach admits a scope. check() is refusal(reach(actor, action), scope) in words,
    // so a list filtered by the reach (store::PersonFilter) and check() cannot disagree.
    static Reach reach(const domain::Actor &actor, Action action);
    static Refusal refusal(const Reach &reach, const Scope &scope);

    // Translated words for a role and for an action ("approve a closure").
    static QString roleName(const QString &role);
    static QString actionName(Action action);
};

// The usual call: security::check(actor, Action::LogContact, scope).
inline Status check(const domain::Actor &actor, Action action, const Scope &scope = {})
{
    return Permissions::check(actor, action, scope);
}

} // namespace hub::security
