#pragma once

// Names and counts shared by the archive writer and reader (docs: ARCHIVE_FORMAT.md).

#include "domain/RecordSchema.h"

#include <QByteArray>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace hub::archive {

// Version 2 adds merges of two person records (docs/ARCHIVE.md "Version 2: merged people");
// version 3 adds mapping profiles for police referral files ("Version 3: referral
// profiles"); version 1 and 2 files still read.
inline constexpr int kArchiveVersion = 3;
inline constexpr char kArchiveFormat[] = "victims-hub-archive";
inline constexpr char kHeaderLine[] =
    "{\"type\":\"archive\",\"format\":\"victims-hub-archive\",\"version\":3}";

// The archive names of the fields of T's kind (domain::binding<T>(), made from the record
// schema), in the kind's field order; empty for the fields archives leave out.
template <class T> const QVector<QByteArray> &archiveFieldNames()
{
    static const QVector<QByteArray> names = [] {
        QVector<QByteArray> out;
        for (const auto &f : domain::binding<T>().kind->fields)
            out << f.archive.toLatin1();
        return out;
    }();
    return names;
}

// Every field name a line of T's kind may carry: the names above and the extension fields
// of the contact-safety answers (FieldSpec::archiveCode).
template <class T> const QVector<QByteArray> &archiveAllowedNames()
{
    static const QVector<QByteArray> names = [] {
        QVector<QByteArray> out = archiveFieldNames<T>();
        for (const auto &f : domain::binding<T>().kind->fields) {
            if (!f.archiveCode.isEmpty())
                out << f.archiveCode.toLatin1();
        }
        return out;
    }();
    return names;
}

// In the order the writer emits them.
enum class RecordType
{
    Team,
    User,
    Person,
    Referral,
    Episode,
    OnwardReferral,
    Contact,
    Task,
    PersonMerge,    // version 2
    ReferralProfile // version 3
};
inline constexpr int kRecordTypeCount = 10;

inline QLatin1String typeName(RecordType type)
{
    static constexpr const char *names[kRecordTypeCount] = {
        "team",    "user", "person",       "referral",        "episode", "onward_referral",
        "contact", "task", "person_merge", "referral_profile"};
    return QLatin1String(names[static_cast<int>(type)]);
}

inline std::optional<RecordType> typeFromName(QStringView name)
{
    for (int i = 0; i < kRecordTypeCount; ++i) {
        const auto type = static_cast<RecordType>(i);
        if (name == typeName(type))
            return type;
    }
    return std::nullopt;
}

// How many records of each type.
struct RecordCounts
{
    std::array<int, kRecordTypeCount> byType{};

    int &operator[](RecordType t) { return byType[static_cast<size_t>(t)]; }
    int operator[](RecordType t) const { return byType[static_cast<size_t>(t)]; }
    int total() const
    {
        int n = 0;
        for (int c : byType)
            n += c;
        return n;
    }
    // "2 team, 5 user, ..." for logs and the command line; types with none are left out.
    QString summary() const
    {
        QStringList parts;
        for (int i = 0; i < kRecordTypeCount; ++i) {
            if (byType[static_cast<size_t>(i)] > 0)
                parts << QStringLiteral("%1 %2")
                             .arg(byType[static_cast<size_t>(i)])
                             .arg(typeName(static_cast<RecordType>(i)));
        }
        return parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QStringLiteral(", "));
    }
    bool operator==(const RecordCounts &o) const { return byType == o.byType; }
};

using ExportCounts = RecordCounts;

struct ImportCounts
{
    RecordCounts inserted;  // new ids
    RecordCounts updated;   // existing ids overwritten (only with replace)
    RecordCounts unchanged; // existing ids with identical content, skipped
    // The referral profiles written (new or replaced), by name: each is audited as a
    // saved profile is.
    QStringList profilesWritten;
};

} // namespace hub::archive
