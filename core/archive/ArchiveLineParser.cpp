#include "ArchiveLineParser.h"

#include "domain/Postcode.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <initializer_list>

namespace hub::archive::lines {

using namespace hub::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)
};

enum class Need
{
    Required,
    Optional
};

// The canonical forms the writer produces ("2026-10-05T09:30:00Z", "2026-10-05") read
// without a regular expression: an archive has about two timestamps per line.
bool digitsAt(const QString &s, int from, int count, int &value)
{
    value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c - u'0');
    }
    return true;
}

QDate fastDate(const QString &s)
{
    int y = 0, m = 0, d = 0;
    if (s.size() < 10 || s.at(4) != u'-' || s.at(7) != u'-' || !digitsAt(s, 0, 4, y) ||
        !digitsAt(s, 5, 2, m) || !digitsAt(s, 8, 2, d))
        return {};
    return QDate(y, m, d);
}

QDateTime fastUtc(const QString &s)
{
    int h = 0, mi = 0, sec = 0;
    if (s.size() != 20 || s.at(10) != u'T' || s.at(13) != u':' || s.at(16) != u':' ||
        s.at(19) != u'Z' || !digitsAt(s, 11, 2, h) || !digitsAt(s, 14, 2, mi) ||
        !digitsAt(s, 17, 2, sec))
        return {};
    const QDate date = fastDate(s);
    const QTime time(h, mi, sec);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// Reads the fields of one JSON object, remembering the first problem. Every accessor is
// called in the order the format lists the fields, so the first broken field is reported.
class Fields
{
public:
    Fields(const QJsonObject &o, std::initializer_list<const char *> allowed) : m_o(o)
    {
        for (auto it = o.begin(); it != o.end() && !m_failed; ++it) {
            const QString key = it.key();
            if (key == QLatin1String("type"))
                continue;
            bool known = false;
            for (const char *name : allowed)
                known = known || key == QLatin1String(name);
            if (!known)
                fail(key, Tr::tr("unknown field (this program reads archive version %1)")
                              .arg(kArchiveVersion));
        }
    }

    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }

    QString string(const char *name, Need need = Need::Required)
    {
        const QJsonValue v = take(name, need);
        if (v.isUndefined())
            return {};
        if (!v.isString()) {
            fail(name, Tr::tr("must be a string"));
            return {};
        }
        QString s = v.toString();
        if (!s.isValidUtf16())
            fail(name, Tr::tr("contains an unpaired UTF-16 surrogate escape"));
        return s;
    }
    bool boolean(const char *name)
    {
        const auto b = optBoolean(name, Need::Required);
        return b.value_or(false);
    }
    std::optional<bool> optBoolean(const char *name, Need need = Need::Optional)
    {
        const QJsonValue v = take(name, need);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isBool()) {
            fail(name, Tr::tr("must be true or false"));
            return std::nullopt;
        }
        return v.toBool();
    }
    int integer(const char *name)
    {
        const QJsonValue v = take(name, Need::Required);
        if (v.isUndefined())
            return 0;
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e9) {
            fail(name, Tr::tr("must be a whole number"));
            return 0;
        }
        return static_cast<int>(d);
    }
    QDate date(const char *name, Need need = Need::Required)
    {
        const QString text = string(name, need);
        if (text.isEmpty())
            return {};
        const QDate d = text.size() == 10 ? fastDate(text) : QDate();
        if (!d.isValid())
            fail(name, Tr::tr("'%1' is not a date (YYYY-MM-DD)").arg(text.left(40)));
        return d;
    }
    QDateTime time(const char *name, Need need = Need::Required)
    {
        const QString text = string(name, need);
        if (text.isEmpty())
            return {};
        QDateTime t = fastUtc(text);
        if (!t.isValid())
            t = util::parseRfc3339(text);
        if (!t.isValid())
            fail(name, Tr::tr("'%1' is not an RFC 3339 timestamp (like 2026-10-05T09:30:00Z)")
                           .arg(text.left(40)));
        return t;
    }
    // An array of strings, sorted (the format's arrays are sets of codes or ids).
    QStringList strings(const char *name)
    {
        const QJsonValue v = take(name, Need::Required);
        if (v.isUndefined())
            return {};
        QStringList out;
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (const auto &item : a) {
                if (!item.isString())
                    break;
                out.push_back(item.toString());
            }
            if (out.size() == a.size()) {
                out.sort();
                return out;
            }
        }
        fail(name, Tr::tr("must be an array of strings"));
        return {};
    }
    QMap<QString, QString> stringMap(const char *name)
    {
        const QJsonValue v = take(name, Need::Required);
        QMap<QString, QString> out;
        if (v.isUndefined())
            return out;
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!it.value().isString())
                    break;
                out.insert(it.key(), it.value().toString());
            }
            if (out.size() == o.size())
                return out;
        }
        fail(name, Tr::tr("must be an object whose values are strings"));
        return {};
    }

    // An extension field's contact-safety answer (not_asked | safe | not_safe) beside its
    // version-1 flag `flagName` (`flag`: its value, true only when "safe"). An archive of an
    // earlier version has only the flag: true was the default nobody asked about, so "not
    // asked"; false a deliberate "not safe" (docs/ARCHIVE.md).
    ContactSafety safety(const char *name, const char *flagName, bool flag)
    {
        const QString code = string(name, Need::Optional);
        if (code.isEmpty())
            return flag ? ContactSafety::NotAsked : ContactSafety::NotSafe;
        if (!isSafetyCode(code)) {
            fail(name,
                 Tr::tr("unknown code '%1' (not_asked, safe or not_safe)").arg(code.left(40)));
            return ContactSafety::NotAsked;
        }
        const auto answer = safetyFromValue(code);
        if (isSafe(answer) != flag)
            fail(name, Tr::tr("is '%1' but %2 is %3")
                           .arg(code, QLatin1String(flagName),
                                flag ? QStringLiteral("true") : QStringLiteral("false")));
        return answer;
    }

private:
    // The value, or undefined when absent (an error when required). null counts as absent.
    QJsonValue take(const char *name, Need need)
    {
        if (m_failed)
            return QJsonValue(QJsonValue::Undefined);
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull()) {
            if (need == Need::Required)
                fail(name, Tr::tr("is required"));
            return QJsonValue(QJsonValue::Undefined);
        }
        return v;
    }
    void fail(const QString &field, const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_error = Error::invalid(field, message);
    }
    void fail(const char *field, const QString &message)
    {
        fail(QString::fromLatin1(field), message);
    }

    const QJsonObject &m_o;
    bool m_failed = false;
    Error m_error;
};

template <typename T> Result<AnyRecord> done(const Fields &f, T &&record)
{
    if (f.failed())
        return f.error();
    return AnyRecord(std::forward<T>(record));
}

Result<AnyRecord> team(const QJsonObject &o)
{
    Fields f(o, {"id", "name"});
    Team t;
    t.id = f.string("id");
    t.name = f.string("name");
    return done(f, std::move(t));
}

Result<AnyRecord> user(const QJsonObject &o)
{
    Fields f(o, {"id", "username", "display_name", "role", "team_id", "active"});
    User u;
    u.id = f.string("id");
    u.username = f.string("username");
    u.displayName = f.string("display_name");
    u.role = f.string("role");
    u.teamId = f.string("team_id", Need::Optional);
    u.active = f.boolean("active");
    return done(f, std::move(u));
}

Result<AnyRecord> person(const QJsonObject &o)
{
    Fields f(o, {"id",
                 "given_name",
                 "family_name",
                 "date_of_birth",
                 "gender",
                 "ethnic_group",
                 "disability",
                 "first_language",
                 "interpreter_needed",
                 "phone",
                 "email",
                 "address",
                 "postcode",
                 "safe_voicemail",
                 "safe_letters",
                 "safe_text",
                 "contact_notes",
                 "restricted",
                 "created_at",
                 "safe_times",
                 "voicemail_safety",
                 "letters_safety",
                 "text_safety"});
    Person p;
    p.id = f.string("id");
    p.givenName = f.string("given_name");
    p.familyName = f.string("family_name");
    p.dateOfBirth = f.date("date_of_birth", Need::Optional);
    p.gender = f.string("gender");
    p.ethnicGroup = f.string("ethnic_group");
    p.disability = f.string("disability");
    p.firstLanguage = f.string("first_language");
    p.interpreterNeeded = f.boolean("interpreter_needed");
    p.phone = f.string("phone", Need::Optional);
    p.email = f.string("email", Need::Optional);
    p.address = f.string("address", Need::Optional);
    p.postcode = normalisePostcode(f.string("postcode", Need::Optional));
    const bool voicemail = f.boolean("safe_voicemail");
    const bool letters = f.boolean("safe_letters");
    const bool texts = f.boolean("safe_text");
    p.contactNotes = f.string("contact_notes", Need::Optional);
    p.restricted = f.boolean("restricted");
    p.createdAt = f.time("created_at");
    p.safeTimes = f.string("safe_times", Need::Optional);
    p.safeVoicemail = f.safety("voicemail_safety", "safe_voicemail", voicemail);
    p.safeLetters = f.safety("letters_safety", "safe_letters", letters);
    p.safeText = f.safety("text_safety", "safe_text", texts);
    return done(f, std::move(p));
}

Result<AnyRecord> referral(const QJsonObject &o)
{
    Fields f(o, {"id", "person_id", "received_at", "source", "crime_reference", "offence_group",
                 "flags", "enhanced", "enhanced_reason", "consent_to_contact", "status",
                 "assigned_to", "decision_reason", "decided_at", "decided_by"});
    Referral r;
    r.id = f.string("id");
    r.personId = f.string("person_id");
    r.receivedAt = f.time("received_at");
    r.source = f.string("source");
    r.crimeReference = f.string("crime_reference", Need::Optional);
    r.offenceGroup = f.string("offence_group");
    r.flags = f.strings("flags");
    r.enhanced = f.boolean("enhanced");
    r.enhancedReason = f.string("enhanced_reason", Need::Optional);
    r.consentToContact = f.boolean("consent_to_contact");
    r.status = f.string("status");
    r.assignedTo = f.string("assigned_to", Need::Optional);
    r.decisionReason = f.string("decision_reason", Need::Optional);
    r.decidedAt = f.time("decided_at", Need::Optional);
    r.decidedBy = f.string("decided_by", Need::Optional);
    return done(f, std::move(r));
}

Result<AnyRecord> episode(const QJsonObject &o)
{
    Fields f(o, {"id", "person_id", "referral_ids", "caseworker_id", "opened_at", "status",
                 "closed_at", "closure_reason", "closure_approved_by", "needs", "outcomes",
                 "closure_requested_at", "closure_requested_by"});
    Episode e;
    e.id = f.string("id");
    e.personId = f.string("person_id");
    e.referralIds = f.strings("referral_ids");
    e.caseworkerId = f.string("caseworker_id");
    e.openedAt = f.time("opened_at");
    e.status = f.string("status");
    e.closedAt = f.time("closed_at", Need::Optional);
    e.closureReason = f.string("closure_reason", Need::Optional);
    e.closureApprovedBy = f.string("closure_approved_by", Need::Optional);
    e.needs = f.stringMap("needs");
    e.outcomes = f.stringMap("outcomes");
    e.closureRequestedAt = f.time("closure_requested_at", Need::Optional);
    e.closureRequestedBy = f.string("closure_requested_by", Need::Optional);
    if (!f.failed() && QStringList(e.referralIds).removeDuplicates() > 0)
        return Error::invalid(QStringLiteral("referral_ids"), Tr::tr("lists a referral twice"));
    return done(f, std::move(e));
}

Result<AnyRecord> onwardReferral(const QJsonObject &o)
{
    Fields f(o, {"id", "episode_id", "agency", "referred_at", "accepted"});
    OnwardReferral r;
    r.id = f.string("id");
    r.episodeId = f.string("episode_id");
    r.agency = f.string("agency");
    r.referredAt = f.time("referred_at");
    r.accepted = f.optBoolean("accepted");
    return done(f, std::move(r));
}

Result<AnyRecord> contact(const QJsonObject &o)
{
    Fields f(o, {"id", "person_id", "referral_id", "episode_id", "at", "direction", "channel",
                 "outcome", "duration_minutes", "summary", "recorded_by", "recorded_at", "amends",
                 "safety_override"});
    Contact c;
    c.id = f.string("id");
    c.personId = f.string("person_id");
    c.referralId = f.string("referral_id", Need::Optional);
    c.episodeId = f.string("episode_id", Need::Optional);
    c.at = f.time("at");
    c.direction = f.string("direction");
    c.channel = f.string("channel");
    c.outcome = f.string("outcome");
    c.durationMinutes = f.integer("duration_minutes");
    c.summary = f.string("summary");
    c.recordedBy = f.string("recorded_by");
    c.recordedAt = f.time("recorded_at");
    c.amends = f.string("amends", Need::Optional);
    c.safetyOverride = f.string("safety_override", Need::Optional);
    return done(f, std::move(c));
}

Result<AnyRecord> task(const QJsonObject &o)
{
    Fields f(o,
             {"id", "person_id", "episode_id", "title", "due_on", "owner_id", "done_at", "kind"});
    Task t;
    t.id = f.string("id");
    t.personId = f.string("person_id", Need::Optional);
    t.episodeId = f.string("episode_id", Need::Optional);
    t.title = f.string("title");
    t.dueOn = f.date("due_on");
    t.ownerId = f.string("owner_id");
    t.doneAt = f.time("done_at", Need::Optional);
    t.kind = f.string("kind", Need::Optional);
    if (t.kind.isEmpty())
        t.kind = QLatin1String(kDefaultTaskKind);
    static const QStringList kinds{QStringLiteral("action"), QStringLiteral("next_contact"),
                                   QStringLiteral("reminder")};
    if (!f.failed() && !kinds.contains(t.kind))
        return Error::invalid(QStringLiteral("kind"),
                              Tr::tr("unknown task kind '%1'").arg(t.kind.left(40)));
    return done(f, std::move(t));
}

Result<QJsonObject> parseObject(const QByteArray &line, bool lastUnterminated)
{
    if (line.trimmed().isEmpty())
        return Error::invalid({}, Tr::tr("the line is empty; every line must be a JSON object"));
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError) {
        if (lastUnterminated)
            return Error::invalid({},
                                  Tr::tr("the last line is cut short (no line end and not complete "
                                         "JSON): the file looks truncated (%1)")
                                      .arg(err.errorString()));
        return Error::invalid({}, Tr::tr("the line is not valid JSON: %1 at character %2")
                                      .arg(err.errorString())
                                      .arg(err.offset + 1));
    }
    if (!doc.isObject())
        return Error::invalid({}, Tr::tr("the line is not a JSON object"));
    return doc.object();
}

} // namespace

qsizetype invalidUtf8At(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        unsigned int min = 0;
        if ((c & 0xe0) == 0xc0) {
            extra = 1, cp = c & 0x1f, min = 0x80;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2, cp = c & 0x0f, min = 0x800;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3, cp = c & 0x07, min = 0x10000;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xc0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += extra + 1;
    }
    return -1;
}

Status parseHeader(const QByteArray &line)
{
    const auto object = parseObject(line, false);
    if (!object.ok())
        return object.error();
    const QJsonObject &o = *object;
    const auto headerShape = QString::fromLatin1(kHeaderLine);
    if (o.value(QLatin1String("type")).toString() != QLatin1String("archive"))
        return Error::invalid(
            QStringLiteral("type"),
            Tr::tr("the first line must be the archive header %1").arg(headerShape));
    if (o.value(QLatin1String("format")).toString() != QLatin1String(kArchiveFormat))
        return Error::invalid(QStringLiteral("format"),
                              Tr::tr("must be \"%1\": this is not a Victims' Hub archive")
                                  .arg(QLatin1String(kArchiveFormat)));
    const QJsonValue version = o.value(QLatin1String("version"));
    const double v = version.toDouble(-1);
    if (!version.isDouble() || v != std::floor(v) || v < 1)
        return Error::invalid(QStringLiteral("version"), Tr::tr("must be a whole number from 1"));
    if (v > kArchiveVersion)
        return Error{Error::Kind::Version, QStringLiteral("version"),
                     Tr::tr("the archive is version %1, written by a newer version of Victims' "
                            "Hub; this program reads version %2: update the program to import it")
                         .arg(static_cast<qint64>(v))
                         .arg(kArchiveVersion),
                     0};
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto key = it.key();
        if (key != QLatin1String("type") && key != QLatin1String("format") &&
            key != QLatin1String("version"))
            return Error::invalid(key, Tr::tr("unknown field in the archive header"));
    }
    return {};
}

Result<AnyRecord> parseRecord(const QByteArray &line, bool lastUnterminated)
{
    const auto object = parseObject(line, lastUnterminated);
    if (!object.ok())
        return object.error();
    const QJsonObject &o = *object;
    const QJsonValue typeValue = o.value(QLatin1String("type"));
    if (typeValue.isUndefined() || typeValue.isNull())
        return Error::invalid(QStringLiteral("type"), Tr::tr("is required"));
    if (!typeValue.isString())
        return Error::invalid(QStringLiteral("type"), Tr::tr("must be a string"));
    const QString typeText = typeValue.toString();
    if (typeText == QLatin1String("archive"))
        return Error::invalid(QStringLiteral("type"), Tr::tr("a second archive header"));
    const auto type = typeFromName(typeText);
    if (!type)
        return Error::invalid(QStringLiteral("type"),
                              Tr::tr("unknown record type '%1'").arg(typeText.left(40)));
    switch (*type) {
    case RecordType::Team:
        return team(o);
    case RecordType::User:
        return user(o);
    case RecordType::Person:
        return person(o);
    case RecordType::Referral:
        return referral(o);
    case RecordType::Episode:
        return episode(o);
    case RecordType::OnwardReferral:
        return onwardReferral(o);
    case RecordType::Contact:
        return contact(o);
    case RecordType::Task:
        return task(o);
    }
    return Error::invalid(QStringLiteral("type"), Tr::tr("unknown record type"));
}

} // namespace hub::archive::lines
