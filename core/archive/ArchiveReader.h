#pragma once

#include "ArchiveFormat.h"
#include "Result.h"

#include <QDate>

#include <functional>

class QIODevice;

namespace hub::store {
class Database;
}

namespace hub::archive {

struct ImportOptions
{
    // Overwrite records whose id exists with different content (never contacts).
    bool replace = false;
    // "Today" for rules such as "date of birth is not in the future"; null means the
    // system date.
    QDate today;
    // What the importing user may write; services::ArchiveService sets these from the
    // signed-in user. Unset: everything (an administrator, and the format's own tests).
    // mayWriteShared: a team or user row that is new or differs from the database's.
    std::function<Status(RecordType type, const QString &id)> mayWriteShared;
    // mayTouchPerson: asked of every person whose records the archive adds or changes,
    // before the first such write (their records as the database holds them) and again
    // once every line is read (as the import leaves them). An error refuses the archive.
    std::function<Status(const QString &personId)> mayTouchPerson;
    // mayWriteProfile (version 3): asked before a referral profile that is new or differs
    // from the database's is written (services::ArchiveService: ManageReferralProfiles,
    // the permission of saving one).
    std::function<Status(const QString &name)> mayWriteProfile;
};

// Reads a version 1, 2 or 3 archive (ARCHIVE_FORMAT.md, docs/ARCHIVE.md) line by line into `db`
// in one transaction. Strict and atomic: the first problem stops the import, nothing is
// kept, and the error names the line (1-based) and, where there is one, the field.
// Records that already exist with identical content are skipped, so importing the same
// archive twice changes nothing.
Result<ImportCounts> importArchive(store::Database &db, QIODevice &in,
                                   const ImportOptions &options = {});

} // namespace hub::archive
