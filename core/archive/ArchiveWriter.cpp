#include "ArchiveWriter.h"

#include "store/BulkLoad.h"
#include "store/ErasureRepository.h"

#include "store/Database.h"
#include "store/Repositories.h"
#include "store/Transaction.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSet>

namespace hub::archive {

using namespace hub::domain;

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
        m_buf += "{\"type\":\"";
        m_buf += typeName(type);
        m_buf += "\",\"id\":";
        appendJsonString(m_buf, id);
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
            sink.begin(RecordType::Team, t.id);
            sink.string("name", t.name);
            ++counts[RecordType::Team];
            return sink.end();
        });
        !s.ok())
        return s.error();

    if (auto s = store::UserRepository(db).forEach([&](const User &u) {
            sink.begin(RecordType::User, u.id);
            sink.string("username", u.username);
            sink.string("display_name", u.displayName);
            sink.string("role", u.role);
            sink.optString("team_id", u.teamId);
            sink.boolean("active", u.active);
            ++counts[RecordType::User];
            return sink.end();
        });
        !s.ok())
        return s.error();

    if (auto s = store::PersonRepository(db).forEach([&](const Person &p) {
            if (erased(p.id) || (scope.person && !scope.person(p.id)))
                return Status();
            if (scope.person)
                included.insert(p.id);
            sink.begin(RecordType::Person, p.id);
            sink.string("given_name", p.givenName);
            sink.string("family_name", p.familyName);
            sink.optDate("date_of_birth", p.dateOfBirth);
            sink.string("gender", p.gender);
            sink.string("ethnic_group", p.ethnicGroup);
            sink.string("disability", p.disability);
            sink.string("first_language", p.firstLanguage);
            sink.boolean("interpreter_needed", p.interpreterNeeded);
            sink.optString("phone", p.phone);
            sink.optString("email", p.email);
            sink.optString("address", p.address);
            sink.optString("postcode", p.postcode);
            // Version 1's flags are true only for an answer of "safe"; the answers
            // themselves are extensions, always written (docs/ARCHIVE.md).
            sink.boolean("safe_voicemail", isSafe(p.safeVoicemail));
            sink.boolean("safe_letters", isSafe(p.safeLetters));
            sink.boolean("safe_text", isSafe(p.safeText));
            sink.optString("contact_notes", p.contactNotes);
            sink.boolean("restricted", p.restricted);
            sink.time("created_at", p.createdAt);
            sink.optString("safe_times", p.safeTimes); // extension (docs/ARCHIVE.md)
            sink.string("voicemail_safety", safetyCode(p.safeVoicemail));
            sink.string("letters_safety", safetyCode(p.safeLetters));
            sink.string("text_safety", safetyCode(p.safeText));
            ++counts[RecordType::Person];
            return sink.end();
        });
        !s.ok())
        return s.error();

    if (auto s = store::ReferralRepository(db).forEach([&](const Referral &r) {
            if (erased(r.id) || outOfScope(r.personId))
                return Status();
            sink.begin(RecordType::Referral, r.id);
            sink.string("person_id", r.personId);
            sink.time("received_at", r.receivedAt);
            sink.string("source", r.source);
            sink.optString("crime_reference", r.crimeReference);
            sink.string("offence_group", r.offenceGroup);
            sink.strings("flags", r.flags);
            sink.boolean("enhanced", r.enhanced);
            sink.optString("enhanced_reason", r.enhancedReason);
            sink.boolean("consent_to_contact", r.consentToContact);
            sink.string("status", r.status);
            sink.optString("assigned_to", r.assignedTo);
            sink.optString("decision_reason", r.decisionReason); // extensions
            sink.optTime("decided_at", r.decidedAt);
            sink.optString("decided_by", r.decidedBy);
            ++counts[RecordType::Referral];
            return sink.end();
        });
        !s.ok())
        return s.error();

    store::EpisodeRepository episodes(db);
    if (auto s = episodes.forEach([&](const Episode &e) {
            if (erased(e.id) || outOfScope(e.personId))
                return Status();
            if (scope.person)
                included.insert(e.id);
            sink.begin(RecordType::Episode, e.id);
            sink.string("person_id", e.personId);
            sink.strings("referral_ids", e.referralIds);
            sink.string("caseworker_id", e.caseworkerId);
            sink.time("opened_at", e.openedAt);
            sink.string("status", e.status);
            sink.optTime("closed_at", e.closedAt);
            sink.optString("closure_reason", e.closureReason);
            sink.optString("closure_approved_by", e.closureApprovedBy);
            sink.stringMap("needs", e.needs);
            sink.stringMap("outcomes", e.outcomes);
            sink.optTime("closure_requested_at", e.closureRequestedAt); // extensions
            sink.optString("closure_requested_by", e.closureRequestedBy);
            ++counts[RecordType::Episode];
            return sink.end();
        });
        !s.ok())
        return s.error();

    if (auto s = episodes.forEachOnward([&](const OnwardReferral &o) {
            if (erased(o.id) || outOfScope(o.episodeId))
                return Status();
            sink.begin(RecordType::OnwardReferral, o.id);
            sink.string("episode_id", o.episodeId);
            sink.string("agency", o.agency);
            sink.time("referred_at", o.referredAt);
            sink.optBoolean("accepted", o.accepted);
            ++counts[RecordType::OnwardReferral];
            return sink.end();
        });
        !s.ok())
        return s.error();

    if (auto s = store::ContactRepository(db).forEach([&](const Contact &c) {
            if (erased(c.id) || outOfScope(c.personId))
                return Status();
            sink.begin(RecordType::Contact, c.id);
            sink.string("person_id", c.personId);
            sink.optString("referral_id", c.referralId);
            sink.optString("episode_id", c.episodeId);
            sink.time("at", c.at);
            sink.string("direction", c.direction);
            sink.string("channel", c.channel);
            sink.string("outcome", c.outcome);
            sink.integer("duration_minutes", c.durationMinutes);
            sink.string("summary", c.summary);
            sink.string("recorded_by", c.recordedBy);
            sink.time("recorded_at", c.recordedAt);
            sink.optString("amends", c.amends);
            sink.optString("safety_override", c.safetyOverride); // extension
            ++counts[RecordType::Contact];
            return sink.end();
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
            sink.begin(RecordType::Task, t.id);
            sink.optString("person_id", t.personId);
            sink.optString("episode_id", t.episodeId);
            sink.string("title", t.title);
            sink.date("due_on", t.dueOn);
            sink.string("owner_id", t.ownerId);
            sink.optTime("done_at", t.doneAt);
            if (t.kind != QLatin1String(kDefaultTaskKind)) // extension
                sink.string("kind", t.kind);
            ++counts[RecordType::Task];
            return sink.end();
        });
        !s.ok())
        return s.error();

    if (auto s = sink.flush(); !s.ok())
        return s.error();
    tx.rollback(); // nothing was written; just end the read snapshot
    return counts;
}

} // namespace hub::archive
