#pragma once

#include "ServiceContext.h"
#include "archive/ArchiveFormat.h"
#include "archive/ArchiveReader.h"

#include <QCoreApplication>

class QIODevice;

namespace hub::services {

// Hub archives of the whole database (docs/ARCHIVE.md) for someone signed in: the
// permission is checked here and every export and import is an audit event saying who,
// which file and how many records of each type.
class ArchiveService
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveService)

public:
    explicit ArchiveService(ServiceContext &ctx) : m_ctx(ctx) {}

    // Writes every record the actor may open, names included (ExportIdentifiable:
    // supervisors; a team's supervisor gets their team's people, every team and user row,
    // and nothing of anyone else's). `target` names
    // the destination in the audit event. The event is recorded once the archive is
    // written to `out` and before the caller keeps it: on an error, discard `out`.
    Result<archive::ExportCounts> exportAll(const domain::Actor &actor, QIODevice &out,
                                            const QString &target);

    // Reads an archive into the database (ImportArchive: supervisors and administrators),
    // the records and the audit event in one transaction: all of it or nothing. Only an
    // administrator may add or change team and user rows; a supervisor may add or change
    // only the records of people they may edit (docs/ARCHIVE.md "Who may import what").
    Result<archive::ImportCounts> importAll(const domain::Actor &actor, QIODevice &in,
                                            const QString &source,
                                            const archive::ImportOptions &options = {});

private:
    ServiceContext &m_ctx;
};

} // namespace hub::services
