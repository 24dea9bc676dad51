#pragma once

#include "ArchiveFormat.h"
#include "Result.h"
#include "domain/Records.h"

#include <QByteArray>

#include <variant>

namespace hub::archive {

// One archive line turned into a record; the alternatives are in RecordType order.
using AnyRecord = std::variant<domain::Team, domain::User, domain::Person, domain::Referral,
                               domain::Episode, domain::OnwardReferral, domain::Contact,
                               domain::Task, domain::PersonMerge, domain::ReferralProfileRecord>;

inline RecordType recordType(const AnyRecord &r)
{
    return static_cast<RecordType>(r.index());
}

// Checks the shape of single lines: JSON syntax, the record type, unknown and missing
// fields, JSON types, dates and timestamps. Codes, lengths and the other record rules are
// the domain Validator's; references are the importer's. Errors name the field; the caller
// adds the line number.
namespace lines {

// Offset of the first byte that is not part of valid UTF-8, or -1 when all of it is.
qsizetype invalidUtf8At(const char *data, qsizetype size);

// The first line: {"type":"archive","format":"victims-hub-archive","version":1}.
// A newer version is Error::Kind::Version.
Status parseHeader(const QByteArray &line);

// Any later line. `lastUnterminated` says the line is the end of the file with no "\n"
// after it, so a parse failure means the file was cut short.
Result<AnyRecord> parseRecord(const QByteArray &line, bool lastUnterminated = false);

} // namespace lines

} // namespace hub::archive
