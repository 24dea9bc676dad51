#include "CsvReader.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <csv.h>
#include <uchardet/uchardet.h>

#include <memory>

namespace hub::import {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

const QByteArray kBom("\xEF\xBB\xBF");

bool validUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

QString normalisedHeader(const QString &text)
{
    return text.simplified().toCaseFolded();
}

// What libcsv calls back with: cells of the record being read, and whether one ended.
struct Collector
{
    QList<QByteArray> cells;
    QVector<QList<QByteArray>> records;
};

void onField(void *field, size_t length, void *data)
{
    auto *c = static_cast<Collector *>(data);
    c->cells << (field ? QByteArray(static_cast<const char *>(field), qsizetype(length))
                       : QByteArray());
}

void onRecord(int, void *data)
{
    auto *c = static_cast<Collector *>(data);
    c->records << c->cells;
    c->cells.clear();
}

// Only the space counts as padding around an unquoted cell (libcsv also takes the tab,
// which is a delimiter here).
int isSpace(unsigned char c)
{
    return c == CSV_SPACE ? 1 : 0;
}

// The delimiter the header line uses most (outside quotes), a comma when none.
QString guessDelimiter(const QByteArray &firstLine)
{
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    for (const char c : firstLine) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ',')
            ++counts[0];
        else if (!quoted && c == ';')
            ++counts[1];
        else if (!quoted && c == '\t')
            ++counts[2];
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    static const char *const names[] = {",", ";", "\t"};
    return QString::fromLatin1(names[best]);
}

bool blank(const QList<QByteArray> &cells)
{
    for (const auto &c : cells) {
        if (!c.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

QStringList encodings()
{
    return {QString::fromLatin1(kEncodingAuto), QString::fromLatin1(kEncodingUtf8),
            QString::fromLatin1(kEncodingWindows1252)};
}

QStringList delimiters()
{
    return {QString::fromLatin1(kDelimiterAuto), QStringLiteral(","), QStringLiteral(";"),
            QStringLiteral("\t")};
}

int CsvTable::column(const QString &text) const
{
    const auto wanted = normalisedHeader(text);
    for (int i = 0; i < header.size(); ++i) {
        if (normalisedHeader(header.at(i)) == wanted)
            return i;
    }
    return -1;
}

QString detectEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith(kBom))
        return QString::fromLatin1(kEncodingUtf8);
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(
        uchardet_new(), uchardet_delete);
    QString found;
    if (detector &&
        uchardet_handle_data(detector.get(), bytes.constData(), size_t(bytes.size())) == 0) {
        uchardet_data_end(detector.get());
        found = QString::fromLatin1(uchardet_get_charset(detector.get())).toLower();
    }
    // Plain ASCII, UTF-8 or nothing found: UTF-8 when the bytes are UTF-8. Anything else
    // (ISO-8859-1, WINDOWS-1252 and their neighbours, as uchardet names them) is read as
    // Windows-1252, which Excel writes on UK Windows and which holds ISO-8859-1.
    if ((found.isEmpty() || found == QLatin1String("ascii") || found == QLatin1String("utf-8")) &&
        validUtf8(bytes))
        return QString::fromLatin1(kEncodingUtf8);
    if (!found.isEmpty() && found != QLatin1String("utf-8") && validUtf8(bytes))
        return QString::fromLatin1(kEncodingUtf8); // valid UTF-8 is almost never an accident
    return QString::fromLatin1(kEncodingWindows1252);
}

Result<CsvTable> readCsv(const QByteArray &input, const CsvOptions &options)
{
    CsvTable table;
    if (!encodings().contains(options.encoding))
        return Error::invalid(QStringLiteral("encoding"),
                              Text::tr("'%1' is not one of %2")
                                  .arg(options.encoding, encodings().join(QStringLiteral(", "))));
    if (!delimiters().contains(options.delimiter))
        return Error::invalid(
            QStringLiteral("delimiter"),
            Text::tr("'%1' is not a comma, a semicolon or a tab").arg(options.delimiter));
    QByteArray bytes = input;
    table.bom = bytes.startsWith(kBom);
    if (table.bom)
        bytes.remove(0, kBom.size());
    table.encodingDetected = options.encoding == QLatin1String(kEncodingAuto);
    table.encoding = table.encodingDetected ? detectEncoding(input) : options.encoding;
    QStringDecoder decoder(table.encoding.toLatin1().constData());
    if (!decoder.isValid())
        return Error::invalid(QStringLiteral("encoding"),
                              Text::tr("this system cannot read %1").arg(table.encoding));

    const qsizetype firstEnd = bytes.indexOf('\n');
    const QByteArray firstLine = firstEnd < 0 ? bytes : bytes.left(firstEnd);
    table.lineEnd = firstLine.endsWith('\r') ? QByteArray("\r\n") : QByteArray("\n");
    table.delimiter = options.delimiter == QLatin1String(kDelimiterAuto) ? guessDelimiter(firstLine)
                                                                         : options.delimiter;

    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT_FINI) != 0)
        return Error::make(Error::Kind::Storage, Text::tr("cannot start the CSV reader"));
    csv_set_delim(&parser, static_cast<unsigned char>(table.delimiter.at(0).toLatin1()));
    csv_set_space_func(&parser, isSpace);
    Collector collector;
    const auto decode = [&](const QByteArray &cell) {
        return decoder.decode(cell);
    };
    // Fed one physical line at a time, so that each record knows its first line and its
    // own bytes (a quoted line break spans lines).
    int line = 0;
    int recordLine = 1;
    QByteArray raw;
    bool headerSeen = false;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        end = end < 0 ? bytes.size() : end + 1;
        const QByteArray chunk = bytes.mid(pos, end - pos);
        pos = end;
        ++line;
        if (raw.isEmpty())
            recordLine = line;
        raw += chunk;
        if (csv_parse(&parser, chunk.constData(), size_t(chunk.size()), onField, onRecord,
                      &collector) != size_t(chunk.size())) {
            const auto message = QString::fromLatin1(csv_strerror(csv_error(&parser)));
            csv_free(&parser);
            Error e = Error::make(Error::Kind::Invalid, message);
            e.line = recordLine;
            return e;
        }
        if (pos >= bytes.size() &&
            csv_fini(&parser, onField, onRecord, &collector) != CSV_SUCCESS) {
            csv_free(&parser);
            Error e = Error::make(Error::Kind::Invalid,
                                  Text::tr("a quoted cell is never closed (a \" is missing)"));
            e.line = recordLine;
            return e;
        }
        if (collector.records.isEmpty()) {
            if (raw.trimmed().isEmpty())
                raw.clear(); // a blank line: libcsv reports no record
            continue;
        }
        for (const auto &cells : std::as_const(collector.records)) {
            if (blank(cells))
                continue;
            QByteArray own = raw;
            while (own.endsWith('\n') || own.endsWith('\r'))
                own.chop(1);
            QStringList decoded;
            decoded.reserve(cells.size());
            for (const auto &c : cells)
                decoded << decode(c);
            while (!decoded.isEmpty() && decoded.last().trimmed().isEmpty())
                decoded.removeLast();
            if (!headerSeen) {
                for (auto &h : decoded)
                    h = h.trimmed();
                table.header = decoded;
                headerSeen = true;
            } else {
                table.rows.push_back({recordLine, decoded, own, int(cells.size())});
            }
        }
        collector.records.clear();
        raw.clear();
    }
    csv_free(&parser);
    if (!headerSeen)
        return Error::invalid(QStringLiteral("header"),
                              Text::tr("the file is empty: it has no header row"));
    return table;
}

QByteArray encodeRecord(const QStringList &cells, const QString &encoding, const QString &delimiter)
{
    QStringEncoder encoder(encoding.toLatin1().constData());
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += delimiter.toLatin1();
        QByteArray cell = encoder.encode(cells.at(i));
        if (cell.contains(delimiter.toLatin1()) || cell.contains('"') || cell.contains('\r') ||
            cell.contains('\n')) {
            cell.replace("\"", "\"\"");
            cell = '"' + cell + '"';
        }
        out += cell;
    }
    return out;
}

} // namespace hub::import
