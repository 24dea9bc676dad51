#pragma once

#include "ArchiveFormat.h"
#include "Result.h"

#include <QDate>

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
};

// Reads a version 1 archive (ARCHIVE_FORMAT.md, docs/ARCHIVE.md) line by line into `db`
// in one transaction. Strict and atomic: the first problem stops the import, nothing is
// kept, and the error names the line (1-based) and, where there is one, the field.
// Records that already exist with identical content are skipped, so importing the same
// archive twice changes nothing.
Result<ImportCounts> importArchive(store::Database &db, QIODevice &in,
                                   const ImportOptions &options = {});

} // namespace hub::archive
