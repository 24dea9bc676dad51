#pragma once

// Reading the CSV files other organisations send (police referral exports): RFC 4180
// quoting through libcsv (commas, double quotes and line breaks inside quoted fields), the
// encoding detected by uchardet (UTF-8 with or without a byte-order mark, Windows-1252 as
// Excel writes it on UK Windows) and decoded with QStringDecoder, CRLF or LF line ends, a
// comma, semicolon or tab between fields. Blank lines are skipped; trailing empty cells are
// dropped. Each record keeps its own bytes, so that a refused row can be written back to a
// "rejected" file exactly as it came.

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hub::import {

// The encodings a file may be read in ("auto" detects one of the others).
inline constexpr char kEncodingAuto[] = "auto";
inline constexpr char kEncodingUtf8[] = "utf-8";
inline constexpr char kEncodingWindows1252[] = "windows-1252";
QStringList encodings(); // {"auto", "utf-8", "windows-1252"}

// The delimiters a file may use ("auto" picks the one the header row uses most).
inline constexpr char kDelimiterAuto[] = "auto";
QStringList delimiters(); // {"auto", ",", ";", "\t"}

struct CsvOptions
{
    QString encoding = QString::fromLatin1(kEncodingAuto);   // or an override
    QString delimiter = QString::fromLatin1(kDelimiterAuto); // or an override
};

struct CsvRecord
{
    int line = 0;      // the file's line the record starts on (1 = the first line)
    QStringList cells; // decoded, trailing empty cells dropped
    QByteArray raw;    // the record's bytes as in the file, without its line end
    int width = 0;     // cells in the file, trailing empty ones included
};

struct CsvTable
{
    QString encoding;              // "utf-8" or "windows-1252": detected, or the override
    bool encodingDetected = false; // true when found by detection, false when given
    bool bom = false;              // the file began with a UTF-8 byte-order mark
    QString delimiter;             // ",", ";" or "\t"
    QByteArray lineEnd;            // "\r\n" or "\n", as the file has it
    QStringList header;            // the first record's cells, trimmed
    QVector<CsvRecord> rows;       // every later non-blank record
    // The index of the header cell named `text`, matched trimmed and case-insensitively
    // (spaces inside collapsed), or -1.
    int column(const QString &text) const;
};

// The encoding uchardet finds in `bytes`, as one of encodings() without "auto" (a file it
// cannot place, or one that is plain ASCII, reads as UTF-8).
QString detectEncoding(const QByteArray &bytes);

// Reads a whole file. Refuses (with one message) a file with no header row, an unknown
// encoding or delimiter, or quoting that never closes.
Result<CsvTable> readCsv(const QByteArray &bytes, const CsvOptions &options = {});

// Text cells encoded back into `encoding` for a file written beside the original
// (FILE.rejected.csv): RFC 4180 quoting, `delimiter` between cells.
QByteArray encodeRecord(const QStringList &cells, const QString &encoding,
                        const QString &delimiter);

} // namespace hub::import
