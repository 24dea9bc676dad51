#include "ArchiveLineParser.h"

#include "domain/Postcode.h"
#include "domain/RecordSchema.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <type_traits>
#include <variant>

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
    Fields(const QJsonObject &o, const QVector<QByteArray> &allowed) : m_o(o)
    {
        for (auto it = o.begin(); it != o.end() && !m_failed; ++it) {
            const QString key = it.key();
            if (key == QLatin1String("type"))
                continue;
            bool known = false;
            for (const auto &name : allowed)
                known = known || (!name.isEmpty() && key == QLatin1String(name));
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
    // An extension field's contact-safety answer (not_asked | safe | not_safe) beside its
    // version-1 flag `flagName` (`flag`: its value, true only when "safe"). An archive of an
    // earlier version has only the flag: true was the default nobody asked about, so "not
    // asked"; false a deliberate "not safe" (docs/ARCHIVE.md).
    ContactSafety safety(const char *name, const char *flagName, bool flag)
    {
        const QString code = string(name, Need::Optional);
        if (m_failed)
            return ContactSafety::NotAsked;
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

Need need(const domain::FieldSpec &f)
{
    return f.has(domain::Optional) || !f.archiveUnless.isEmpty() ? Need::Optional : Need::Required;
}

void take(Fields &f, const char *name, const domain::FieldSpec &spec, QString &v)
{
    v = f.string(name, need(spec));
    if (v.isEmpty() && !spec.archiveUnless.isEmpty())
        v = spec.archiveUnless;
}
void take(Fields &f, const char *name, const domain::FieldSpec &, bool &v)
{
    v = f.boolean(name);
}
void take(Fields &f, const char *name, const domain::FieldSpec &, int &v)
{
    v = f.integer(name);
}
void take(Fields &f, const char *name, const domain::FieldSpec &spec, QDate &v)
{
    v = f.date(name, need(spec));
}
void take(Fields &f, const char *name, const domain::FieldSpec &spec, QDateTime &v)
{
    v = f.time(name, need(spec));
}
void take(Fields &f, const char *name, const domain::FieldSpec &, QStringList &v)
{
    v = f.strings(name);
}
void take(Fields &f, const char *name, const domain::FieldSpec &, QMap<QString, QString> &v)
{
    v = f.stringMap(name);
}
void take(Fields &f, const char *name, const domain::FieldSpec &, std::optional<bool> &v)
{
    v = f.optBoolean(name);
}
void take(Fields &f, const char *name, const domain::FieldSpec &spec, ContactSafety &v)
{
    const bool flag = f.boolean(name);
    v = f.safety(spec.archiveCode.toLatin1().constData(), name, flag);
}

// What a record's fields hold once read, the way the services keep them (a postcode
// normalised, as the person form saves it).
template <class T> void normalise(T &) {}
template <> void normalise(Person &p)
{
    p.postcode = normalisePostcode(p.postcode);
}

// A record of T from its line: every archived field of its kind, in the kind's order
// (core/domain/RecordSchema.cpp), so the first broken field is the one reported.
template <class T>
Result<AnyRecord> read(const QJsonObject &o, Status (*check)(const T &) = nullptr)
{
    const auto &b = domain::binding<T>();
    const auto &names = archiveFieldNames<T>();
    Fields f(o, archiveAllowedNames<T>());
    T record;
    for (qsizetype i = 0; i < b.members.size(); ++i) {
        if (names.at(i).isEmpty())
            continue;
        std::visit(
            [&](auto member) {
                if constexpr (!std::is_same_v<decltype(member), std::monostate>)
                    take(f, names.at(i).constData(), b.kind->fields.at(i), record.*member);
            },
            b.members.at(i));
    }
    if (f.failed())
        return f.error();
    normalise(record);
    if (check) {
        if (auto s = check(record); !s.ok())
            return s.error();
    }
    return AnyRecord(std::move(record));
}

Status checkEpisode(const Episode &e)
{
    if (QStringList(e.referralIds).removeDuplicates() > 0)
        return Error::invalid(QStringLiteral("referral_ids"), Tr::tr("lists a referral twice"));
    return {};
}

Status checkTask(const Task &t)
{
    static const QStringList kinds{QStringLiteral("action"), QStringLiteral("next_contact"),
                                   QStringLiteral("reminder")};
    if (!kinds.contains(t.kind))
        return Error::invalid(QStringLiteral("kind"),
                              Tr::tr("unknown task kind '%1'").arg(t.kind.left(40)));
    return {};
}

// What a merge moved and the kept record's prior values are JSON objects (as text).
Status checkMerge(const PersonMerge &m)
{
    for (const auto &[name, text] : {std::pair{"moved", &m.moved}, std::pair{"prior", &m.prior}}) {
        if (!QJsonDocument::fromJson(text->toUtf8()).isObject())
            return Error::invalid(QString::fromLatin1(name), Tr::tr("is not a JSON object"));
    }
    if (m.personId == m.otherId)
        return Error::invalid(QStringLiteral("other_id"),
                              Tr::tr("a record cannot be merged into itself"));
    return {};
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
        return read<Team>(o);
    case RecordType::User:
        return read<User>(o);
    case RecordType::Person:
        return read<Person>(o);
    case RecordType::Referral:
        return read<Referral>(o);
    case RecordType::Episode:
        return read<Episode>(o, checkEpisode);
    case RecordType::OnwardReferral:
        return read<OnwardReferral>(o);
    case RecordType::Contact:
        return read<Contact>(o);
    case RecordType::Task:
        return read<Task>(o, checkTask);
    case RecordType::PersonMerge:
        return read<PersonMerge>(o, checkMerge);
    case RecordType::ReferralProfile:
        return read<ReferralProfileRecord>(o); // its body is checked by the reader
    }
    return Error::invalid(QStringLiteral("type"), Tr::tr("unknown record type"));
}

} // namespace hub::archive::lines
