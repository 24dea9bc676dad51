// libFuzzer harness: one archive line (docs/ARCHIVE.md), as `hubctl import` reads it from a
// file anyone could have written. The header parser and the record parser must refuse
// anything malformed with an error, never crash, hang or read out of bounds.
#include "archive/ArchiveLineParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray line(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (hub::archive::lines::invalidUtf8At(line.constData(), line.size()) >= 0)
        return 0; // the reader refuses such a line before parsing it
    (void)hub::archive::lines::parseHeader(line);
    (void)hub::archive::lines::parseRecord(line, false);
    (void)hub::archive::lines::parseRecord(line, true);
    return 0;
}
