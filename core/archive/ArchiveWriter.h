#pragma once

#include "ArchiveFormat.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace hub::store {
class Database;
}

namespace hub::archive {

// Writes the whole database as a version 1 archive (ARCHIVE_FORMAT.md, docs/ARCHIVE.md):
// deterministic bytes, so export -> import into an empty database -> export is identical.
// Reads inside one transaction, so the archive is a consistent snapshot.
Result<ExportCounts> exportArchive(store::Database &db, QIODevice &out);

// Appends `text` as a JSON string literal: quotes, backslashes and control characters are
// escaped, every other character is kept as raw UTF-8. Exposed for tests.
void appendJsonString(QByteArray &out, const QString &text);

} // namespace hub::archive
