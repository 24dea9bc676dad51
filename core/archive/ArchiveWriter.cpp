#include "ArchiveWriter.h"

#include "domain/RecordSchema.h"
#include "store/BulkLoad.h"
#include "store/ErasureRepository.h"
#include "store/PersonMergeRepository.h"
#include "store/ReferralImportQueries.h"

#include "store/Database.h"
#include "store/Repositories.h"
#include "store/Transaction.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSet>

#include <type_traits>
#include <variant>

namespace hub::archive {

using namespace hub::domain;
using domain::FieldSpec;

void appendJsonString(QByteArray &out, const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    const char *p = utf8.constData();
    const char *const end = p + utf8.size();
    const char *run = p;
    for (; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default: {
            const char esc[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(esc, sizeof esc);
        }
        }
    }
    out.append(run, end - run);
    out += '"';
}

namespace {

void appendDigits(QByteArray &out, qint64 value, int width)
{
    char buf[4];
    for (int i = width - 1; i >= 0; --i) {
        buf[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(buf, width);
}

// Civil date of a day count since 1970-01-01 (H. Hinnant's algorithm): much faster than
// QDateTime::toString, which matters at a million timestamps per export.
void civilFromDays(qint64 z, qint64 &y, qint64 &m, qint64 &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = yoe + era * 400 + (m <= 2 ? 1 : 0);
}

// Buffers one line at a time into a large block and writes the block when it is full.
class Sink
{
public:
    explicit Sink(QIODevice &out) : m_out(out) { m_buf.reserve(kBlock + 64 * 1024); }

    void begin(RecordType type, const QString &id)
    {
        begin(type);
        m_buf += ",\"id\":";
        appendJsonString(m_buf, id);
    }
    // A record keyed by something else than an id (a referral profile's name): its fields
    // follow, key first.
    void begin(RecordType type)
    {
        m_buf += "{\"type\":\"";
        m_buf += typeName(type);
        m_buf += '"';
    }
    void string(const char *key, const QString &value)
    {
        this->key(key);
        appendJsonString(m_buf, value);
    }
    void optString(const char *key, const QString &value)
    {
        if (!value.isEmpty())
            string(key, value);
    }
    void boolean(const char *key, bool value)
    {
        this->key(key);
        m_buf += value ? "true" : "false";
    }
    void optBoolean(const char *key, const std::optional<bool> &value)
    {
        if (value)
            boolean(key, *value);
    }
    void integer(const char *key, int value)
    {
        this->key(key);
        m_buf += QByteArray::number(value);
    }
    void time(const char *key, const QDateTime &t)
    {
        this->key(key);
        m_buf += '"';
        const qint64 secs = t.toSecsSinceEpoch();
        const qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
        const qint64 rest = secs - days * 86400;
        qint64 y = 0, m = 0, d = 0;
        civilFromDays(days, y, m, d);
        if (y < 0 || y > 9999) {
            m_buf += util::toIsoUtc(t).toUtf8();
        } else {
            appendDigits(m_buf, y, 4);
            m_buf += '-';
            appendDigits(m_buf, m, 2);
            m_buf += '-';
            appendDigits(m_buf, d, 2);
            m_buf += 'T';
            appendDigits(m_buf, rest / 3600, 2);
            m_buf += ':';
            appendDigits(m_buf, rest / 60 % 60, 2);
            m_buf += ':';
            appendDigits(m_buf, rest % 60, 2);
            m_buf += 'Z';
        }
        m_buf += '"';
    }
    void optTime(const char *key, const QDateTime &t)
    {
        if (t.isValid())
            time(key, t);
    }
    void date(const char *key, const QDate &d)
    {
        this->key(key);
        m_buf += '"';
        if (d.year() < 0 || d.year() > 9999) {
            m_buf += util::toIsoDate(d).toUtf8();
        } else {
            appendDigits(m_buf, d.year(), 4);
            m_buf += '-';
            appendDigits(m_buf, d.month(), 2);
            m_buf += '-';
            appendDigits(m_buf, d.day(), 2);
        }
        m_buf += '"';
    }
    void optDate(const char *key, const QDate &d)
    {
        if (d.isValid())
            date(key, d);
    }
    void strings(const char *key, QStringList values)
    {
        values.sort();
        this->key(key);
        m_buf += '[';
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_buf += ',';
            appendJsonString(m_buf, values.at(i));
        }
        m_buf += ']';
    }
    // QMap iterates in key order, which is the sorted order the format asks for.
    void stringMap(const char *key, const QMap<QString, QString> &map)
    {
        this->key(key);
        m_buf += '{';
        bool first = true;
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!first)
                m_buf += ',';
            first = false;
            appendJsonString(m_buf, it.key());
            m_buf += ':';
            appendJsonString(m_buf, it.value());
        }
        m_buf += '}';
    }
    Status end()
    {
        m_buf += "}\n";
        return m_buf.size() >= kBlock ? flush() : Status{};
    }
    Status raw(const char *line)
    {
        m_buf += line;
        m_buf += '\n';
        return {};
    }
    Status flush()
    {
        if (m_buf.isEmpty())
            return {};
        const qint64 written = m_out.write(m_buf);
        if (written != m_buf.size())
            return Error::make(
                Error::Kind::Io,
                QCoreApplication::translate("hub::archive::Archive", "cannot write the archive: %1")
                    .arg(m_out.errorString()));
        m_buf.clear();
        return {};
    }

private:
    static constexpr qsizetype kBlock = 1 << 20;

    void key(const char *name)
    {
        m_buf += ",\"";
        m_buf += name;
        m_buf += "\":";
    }

    QIODevice &m_out;
    QByteArray m_buf;
};

void put(Sink &sink, const char *key, const FieldSpec &f, const QString &v)
{
    if (!f.archiveUnless.isEmpty()) {
        if (v != f.archiveUnless)
            sink.string(key, v);
    } else if (f.has(domain::Optional)) {
        sink.optString(key, v);
    } else {
        sink.string(key, v);
    }
}
void put(Sink &sink, const char *key, const FieldSpec &, bool v)
{
    sink.boolean(key, v);
}
void put(Sink &sink, const char *key, const FieldSpec &, int v)
{
    sink.integer(key, v);
}
void put(Sink &sink, const char *key, const FieldSpec &f, const QDate &v)
{
    if (f.has(domain::Optional))
        sink.optDate(key, v);
    else
        sink.date(key, v);
}
void put(Sink &sink, const char *key, const FieldSpec &f, const QDateTime &v)
{
    if (f.has(domain::Optional))
        sink.optTime(key, v);
    else
        sink.time(key, v);
}
void put(Sink &sink, const char *key, const FieldSpec &, const QStringList &v)
{
    sink.strings(key, v);
}
void put(Sink &sink, const char *key, const FieldSpec &, const QMap<QString, QString> &v)
{
    sink.stringMap(key, v);
}
void put(Sink &sink, const char *key, const FieldSpec &, const std::optional<bool> &v)
{
    sink.optBoolean(key, v);
}
// Version 1's flag is true only for an answer of "safe"; the answer itself is an
// extension, written after every other field (putCode, docs/ARCHIVE.md).
void put(Sink &sink, const char *key, const FieldSpec &, domain::ContactSafety v)
{
    sink.boolean(key, domain::isSafe(v));
}
template <class V> void putCode(Sink &, const FieldSpec &, const V &) {}
void putCode(Sink &sink, const FieldSpec &f, domain::ContactSafety v)
{
    sink.string(f.archiveCode.toLatin1().constData(), domain::safetyCode(v));
}

// One record line: its type and id, then every archived field of its kind in the kind's
// order (core/domain/RecordSchema.cpp).
template <class T> Status writeRecord(Sink &sink, RecordType type, const T &record)
{
    const auto &b = domain::binding<T>();
    const auto &names = archiveFieldNames<T>();
    constexpr bool byId = !std::is_same_v<T, domain::ReferralProfileRecord>;
    if constexpr (byId)
        sink.begin(type, record.id);
    else
        sink.begin(type);
    for (qsizetype i = 0; i < b.members.size(); ++i) {
        if (names.at(i).isEmpty() || (byId && names.at(i) == "id")) // begin() wrote the id
            continue;
        std::visit(
            [&](auto member) {
                if constexpr (!std::is_same_v<decltype(member), std::monostate>)
                    put(sink, names.at(i).constData(), b.kind->fields.at(i), record.*member);
            },
            b.members.at(i));
    }
    for (qsizetype i = 0; i < b.members.size(); ++i) { // the contact-safety answers
        if (b.kind->fields.at(i).archiveCode.isEmpty())
            continue;
        std::visit(
            [&](auto member) {
                if constexpr (!std::is_same_v<decltype(member), std::monostate>)
                    putCode(sink, b.kind->fields.at(i), record.*member);
            },
            b.members.at(i));
    }
    return sink.end();
}

} // namespace

Result<ExportCounts> exportArchive(store::Database &db, QIODevice &out, const ExportScope &scope)
{
    if (!out.isOpen() || !out.isWritable())
        return Error::make(Error::Kind::Io,
                           QCoreApplication::translate("hub::archive::Archive",
                                                       "the archive is not open for writing"));
    const store::BulkLoad bulk(db, store::BulkLoad::Search::Untouched);
    // One transaction: every type is read from the same snapshot, so references hold.
    store::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();

    // Erased people (UK GDPR) and their records' anonymous remainder stay out of archives:
    // an archive names people, and these ids could never be imported again anyway.
    store::ErasureRepository erasures(db);
    const auto erasedPeople = erasures.erasedIds();
    const auto erasedRecords = erasures.erasedRecordIds();
    const auto erased = [&](const QString &id) {
        return erasedPeople.contains(id) || erasedRecords.contains(id);
    };
    // Out of scope: the records of people the exporting user may not see. Teams and users
    // all go in (the staff directory every supervisor sees), so the archive's references
    // hold wherever it is imported again.
    QSet<QString> included; // people in scope, then their episodes
    const auto outOfScope = [&](const QString &personOrEpisodeId) {
        return scope.person && !included.contains(personOrEpisodeId);
    };

    Sink sink(out);
    ExportCounts counts;
    (void)sink.raw(kHeaderLine);

    if (auto s = store::TeamRepository(db).forEach([&](const Team &t) {
            ++counts[RecordType::Team];
            return writeRecord(sink, RecordType::Team, t);
        });
        !s.ok())
        return s.error();

    if (auto s = store::UserRepository(db).forEach([&](const User &u) {
            ++counts[RecordType::User];
            return writeRecord(sink, RecordType::User, u);
        });
        !s.ok())
        return s.error();

    if (auto s = store::PersonRepository(db).forEach([&](const Person &p) {
            if (erased(p.id) || (scope.person && !scope.person(p.id)))
                return Status();
            if (scope.person)
                included.insert(p.id);
            ++counts[RecordType::Person];
            return writeRecord(sink, RecordType::Person, p);
        });
        !s.ok())
        return s.error();

    if (auto s = store::ReferralRepository(db).forEach([&](const Referral &r) {
            if (erased(r.id) || outOfScope(r.personId))
                return Status();
            ++counts[RecordType::Referral];
            return writeRecord(sink, RecordType::Referral, r);
        });
        !s.ok())
        return s.error();

    store::EpisodeRepository episodes(db);
    if (auto s = episodes.forEach([&](const Episode &e) {
            if (erased(e.id) || outOfScope(e.personId))
                return Status();
            if (scope.person)
                included.insert(e.id);
            ++counts[RecordType::Episode];
            return writeRecord(sink, RecordType::Episode, e);
        });
        !s.ok())
        return s.error();

    if (auto s = episodes.forEachOnward([&](const OnwardReferral &o) {
            if (erased(o.id) || outOfScope(o.episodeId))
                return Status();
            ++counts[RecordType::OnwardReferral];
            return writeRecord(sink, RecordType::OnwardReferral, o);
        });
        !s.ok())
        return s.error();

    if (auto s = store::ContactRepository(db).forEach([&](const Contact &c) {
            if (erased(c.id) || outOfScope(c.personId))
                return Status();
            ++counts[RecordType::Contact];
            return writeRecord(sink, RecordType::Contact, c);
        });
        !s.ok())
        return s.error();

    if (auto s = store::TaskRepository(db).forEach([&](const Task &t) {
            if (erased(t.id))
                return Status();
            if (!t.personId.isEmpty() || !t.episodeId.isEmpty()
                    ? outOfScope(t.personId.isEmpty() ? t.episodeId : t.personId)
                    : scope.owner && !scope.owner(t.ownerId))
                return Status();
            ++counts[RecordType::Task];
            return writeRecord(sink, RecordType::Task, t);
        });
        !s.ok())
        return s.error();

    // Version 2: merges, last, after every record they moved.
    if (auto s = store::PersonMergeRepository(db).forEach([&](const PersonMerge &m) {
            if (erased(m.personId) || erased(m.otherId) || outOfScope(m.personId))
                return Status();
            ++counts[RecordType::PersonMerge];
            return writeRecord(sink, RecordType::PersonMerge, m);
        });
        !s.ok())
        return s.error();

    // Version 3: the mapping profiles for police referral files, by name (shared by every
    // desk, so in every export whatever its scope; they name no one).
    {
        auto profiles = store::ReferralImportQueries(db).profiles();
        if (!profiles.ok())
            return profiles.error();
        for (const auto &row : profiles.value()) {
            ++counts[RecordType::ReferralProfile];
            const ReferralProfileRecord record{row.name, row.source, row.body, row.updatedAt,
                                               row.updatedBy};
            if (auto s = writeRecord(sink, RecordType::ReferralProfile, record); !s.ok())
                return s.error();
        }
    }

    if (auto s = sink.flush(); !s.ok())
        return s.error();
    tx.rollback(); // nothing was written; just end the read snapshot
    return counts;
}

} // namespace hub::archive
