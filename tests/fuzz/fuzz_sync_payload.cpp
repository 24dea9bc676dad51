// libFuzzer harness: what a hub sends a desk and a desk sends a hub (docs/SYNC.md): rows as
// JSON text, merged field by field with the row last seen and the other side's. The input
// is up to three JSON documents separated by NUL bytes (base, client, hub), the first byte
// choosing the record kind; parsing, and the merge must take
// anything without crashing.
#include "sync/Merge.h"
#include "sync/RecordKinds.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const auto &kinds = hub::sync::recordKinds();
    const auto &kind = kinds.at(data[0] % kinds.size());
    const QByteArray rest(reinterpret_cast<const char *>(data + 1),
                          static_cast<qsizetype>(size - 1));
    const auto parts = rest.split('\0');
    auto object = [&](int i) {
        return i < parts.size() ? QJsonDocument::fromJson(parts.at(i)).object() : QJsonObject();
    };
    const auto base = object(0);
    const auto client = object(1);
    const auto hubRow = object(2);
    auto merged = hub::sync::mergeRow(kind.table, base, parts.size() > 3, client, hubRow);
    for (auto it = merged.merged.begin(); it != merged.merged.end(); ++it)
        (void)hub::sync::moreRestrictive(it.key(), it.value(), client.value(it.key()));
    return 0;
}
