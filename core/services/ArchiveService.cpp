#include "ArchiveService.h"

#include "Access.h"
#include "AuditService.h"
#include "archive/ArchiveWriter.h"
#include "security/Permissions.h"
#include "store/Repositories.h"
#include "store/Transaction.h"

#include <QFileInfo>

namespace hub::services {

namespace {

// Whether `action` reaches every person for `actor` (a hub-wide supervisor), asked of the
// rule itself with a restricted person held in no team of the hub's.
bool reachesEveryone(const domain::Actor &actor, security::Action action)
{
    security::Scope anyone;
    anyone.personal = true;
    anyone.restricted = true;
    anyone.teams = {QStringLiteral("(no team of this hub)")};
    return security::check(actor, action, anyone).ok();
}

} // namespace

Result<archive::ExportCounts> ArchiveService::exportAll(const domain::Actor &actor, QIODevice &out,
                                                        const QString &target)
{
    if (auto s = security::check(actor, security::Action::ExportIdentifiable); !s.ok())
        return s.error();
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    // A team's supervisor exports the people they may open (services::personScope and
    // security::check, the rule every service applies), and their team's own reminders.
    archive::ExportScope scope;
    if (!reachesEveryone(actor, security::Action::ViewPerson)) {
        scope.person = [&](const QString &personId) {
            return checkPerson(m_ctx.db, actor, security::Action::ViewPerson, personId).ok();
        };
        scope.owner = [&](const QString &ownerId) {
            const auto owner = store::UserRepository(m_ctx.db).get(ownerId);
            return ownerId == actor.userId || (owner.ok() && owner->teamId == actor.teamId);
        };
    }
    auto counts = archive::exportArchive(m_ctx.db, out, scope);
    if (!counts.ok())
        return counts.error();
    if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("archive.export"),
                                            QStringLiteral("archive"), QFileInfo(target).fileName(),
                                            QString(), counts->summary());
        !s.ok())
        return s.error();
    return counts;
}

Result<archive::ImportCounts> ArchiveService::importAll(const domain::Actor &actor, QIODevice &in,
                                                        const QString &source,
                                                        const archive::ImportOptions &options)
{
    if (auto s = security::check(actor, security::Action::ImportArchive); !s.ok())
        return s.error();
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    // The rules of the services: only an administrator adds or changes users and teams
    // (an administrator imports everything); anyone else touches only the people they may
    // edit, as the database holds them and as the import leaves them.
    archive::ImportOptions scoped = options;
    if (!security::Permissions::allows(actor.role, security::Action::ManageUsers)) {
        scoped.mayWriteShared = [&](archive::RecordType type, const QString &) {
            return security::check(actor, type == archive::RecordType::User
                                              ? security::Action::ManageUsers
                                              : security::Action::ChangeSettings);
        };
        if (!reachesEveryone(actor, security::Action::EditPerson))
            scoped.mayTouchPerson = [&](const QString &personId) {
                return checkPerson(m_ctx.db, actor, security::Action::EditPerson, personId);
            };
    }
    // Referral profiles (archive version 3): the permission of saving one, whatever the role.
    scoped.mayWriteProfile = [&](const QString &) {
        return security::check(actor, security::Action::ManageReferralProfiles);
    };
    auto counts = archive::importArchive(m_ctx.db, in, scoped);
    if (!counts.ok())
        return counts.error();
    // Each profile written is audited as a saved one is (ReferralImportService::saveProfile).
    for (const auto &name : counts->profilesWritten) {
        if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("referral_profile.save"),
                                                QStringLiteral("referral_profile"), name, QString(),
                                                QStringLiteral("archive import"));
            !s.ok())
            return s.error();
    }
    const auto detail =
        QStringLiteral("inserted %1; updated %2; unchanged %3%4")
            .arg(counts->inserted.summary(), counts->updated.summary(), counts->unchanged.summary(),
                 options.replace ? QStringLiteral("; replace") : QString());
    if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("archive.import"),
                                            QStringLiteral("archive"), QFileInfo(source).fileName(),
                                            QString(), detail);
        !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    m_ctx.notifier.notify(ChangeNotifier::Kind::Everything, QString(), QString());
    return counts;
}

} // namespace hub::services
