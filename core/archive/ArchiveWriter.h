#pragma once

#include "ArchiveFormat.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace hub::store {
class Database;
}

namespace hub::archive {

// Writes the whole database (or `scope` of it) as a version 1 archive (ARCHIVE_FORMAT.md,
// docs/ARCHIVE.md): deterministic bytes, so export -> import into an empty database -> export is
// identical. Reads inside one transaction, so the archive is a consistent snapshot. `scope` narrows
// it to the records one user may export (services::ArchiveService).
struct ExportScope
{
    // Whether the records of this person go in; unset: everyone's.
    std::function<bool(const QString &personId)> person;
    // Whether a task that belongs to no person (a team reminder) goes in, by its owner;
    // unset: every such task.
    std::function<bool(const QString &ownerId)> owner;
};
Result<ExportCounts> exportArchive(store::Database &db, QIODevice &out,
                                   const ExportScope &scope = {});

// Appends `text` as a JSON string literal: quotes, backslashes and control characters are
// escaped, every other character is kept as raw UTF-8. Exposed for tests.
void appendJsonString(QByteArray &out, const QString &text);

} // namespace hub::archive
