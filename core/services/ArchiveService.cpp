#include "ArchiveService.h"

#include "AuditService.h"
#include "archive/ArchiveWriter.h"
#include "security/Permissions.h"
#include "store/Transaction.h"

#include <QFileInfo>

namespace hub::services {

Result<archive::ExportCounts> ArchiveService::exportAll(const domain::Actor &actor, QIODevice &out,
                                                        const QString &target)
{
    if (auto s = security::check(actor, security::Action::ExportIdentifiable); !s.ok())
        return s.error();
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    auto counts = archive::exportArchive(m_ctx.db, out);
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
    auto counts = archive::importArchive(m_ctx.db, in, options);
    if (!counts.ok())
        return counts.error();
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
