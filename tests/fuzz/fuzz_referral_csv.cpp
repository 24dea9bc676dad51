// libFuzzer harness: a police referral file (docs/REFERRAL_IMPORT.md), read with encoding
// and delimiter detection and with each override, as the import wizard and `hubctl
// referrals import` do. Whatever the bytes, reading ends with a table or one error.
#include "import/CsvReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)hub::import::detectEncoding(bytes);
    auto table = hub::import::readCsv(bytes);
    if (table.ok()) {
        for (const auto &row : table->rows)
            (void)table->column(row.cells.value(0));
    }
    hub::import::CsvOptions forced;
    forced.encoding = QStringLiteral("windows-1252");
    forced.delimiter = QStringLiteral(";");
    (void)hub::import::readCsv(bytes, forced);
    return 0;
}
