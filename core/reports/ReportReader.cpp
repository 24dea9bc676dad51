#include "ReportReader.h"

#include "util/Time.h"

#include <QCoreApplication>

namespace hub::reports {

namespace {

// A JSON value as toJson() writes them: an object (children in the order written), a
// string, or an integer.
struct JsonNode
{
    QString key;
    QString value;
    bool text = false;
    bool object = false;
    QVector<JsonNode> children;

    const JsonNode *child(const QString &name) const
    {
        for (const auto &c : children) {
            if (c.key == name)
                return &c;
        }
        return nullptr;
    }
};

// A strict reader of the subset of RFC 8259 that toJson() writes: objects, strings and
// integers (no arrays, fractions, booleans or null).
class Parser
{
public:
    explicit Parser(const QByteArray &bytes) : m_text(QString::fromUtf8(bytes)) {}

    bool parse(JsonNode &root)
    {
        skipSpace();
        if (!value(root))
            return false;
        skipSpace();
        return m_pos == m_text.size();
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool take(QChar c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool string(QString &out)
    {
        if (!take(QLatin1Char('"')))
            return false;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('"'))
                return true;
            if (c != QLatin1Char('\\')) {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                return false;
            const QChar e = m_text.at(m_pos++);
            if (e == QLatin1Char('n'))
                out += QLatin1Char('\n');
            else if (e == QLatin1Char('t'))
                out += QLatin1Char('\t');
            else if (e == QLatin1Char('r'))
                out += QLatin1Char('\r');
            else if (e == QLatin1Char('u')) {
                bool ok = false;
                const int code = m_text.mid(m_pos, 4).toInt(&ok, 16);
                if (!ok || m_pos + 4 > m_text.size())
                    return false;
                out += QChar(char16_t(code));
                m_pos += 4;
            } else
                out += e; // \" \\ \/
        }
        return false;
    }
    bool value(JsonNode &node)
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return false;
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('"')) {
            node.text = true;
            return string(node.value);
        }
        if (c == QLatin1Char('{'))
            return object(node);
        const auto start = m_pos;
        if (c == QLatin1Char('-'))
            ++m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos).isDigit())
            ++m_pos;
        node.value = m_text.mid(start, m_pos - start);
        bool ok = false;
        node.value.toLongLong(&ok);
        return ok;
    }
    bool object(JsonNode &node)
    {
        node.object = true;
        if (!take(QLatin1Char('{')))
            return false;
        if (take(QLatin1Char('}')))
            return true;
        do {
            JsonNode child;
            if (!string(child.key) || !take(QLatin1Char(':')) || !value(child))
                return false;
            node.children.push_back(std::move(child));
        } while (take(QLatin1Char(',')));
        return take(QLatin1Char('}'));
    }

    QString m_text;
    qsizetype m_pos = 0;
};

Result<JsonNode> parse(const QByteArray &json)
{
    JsonNode root;
    Parser parser(json);
    if (!parser.parse(root) || !root.object)
        return Error::make(Error::Kind::Invalid,
                           QCoreApplication::translate("hub::reports::ReportReader",
                                                       "the saved figures are not a report"));
    return root;
}

void flatten(const JsonNode &node, const QString &figure, const QString &path,
             QVector<ReportLeaf> &out)
{
    if (!node.object) {
        out.push_back({figure, path, node.value});
        return;
    }
    for (const auto &child : node.children)
        flatten(child, figure, path.isEmpty() ? child.key : path + QLatin1Char('.') + child.key,
                out);
}

} // namespace

Result<QVector<ReportLeaf>> leaves(const QByteArray &json)
{
    auto root = parse(json);
    if (!root.ok())
        return root.error();
    QVector<ReportLeaf> out;
    for (const auto &figure : root->children)
        flatten(figure, figure.key, {}, out);
    return out;
}

Result<MonthlyReport> fromJson(const QByteArray &json)
{
    auto parsed = parse(json);
    if (!parsed.ok())
        return parsed.error();
    const JsonNode &root = parsed.value();
    bool ok = true;
    auto number = [&](const JsonNode *parent, const char *key) -> qint64 {
        const auto *n = parent ? parent->child(QLatin1String(key)) : nullptr;
        if (!n || n->object || n->text) {
            ok = false;
            return 0;
        }
        return n->value.toLongLong();
    };
    auto breakdown = [&](const char *key) {
        const auto *n = root.child(QLatin1String(key));
        if (!n || !n->object) {
            ok = false;
            return Breakdown();
        }
        QStringList codes;
        for (const auto &c : n->children)
            codes << c.key;
        Breakdown b(codes);
        for (const auto &c : n->children) {
            if (c.object || c.text)
                ok = false;
            b.add(c.key, c.value.toInt());
        }
        return b;
    };
    MonthlyReport r;
    const auto *month = root.child(QStringLiteral("month"));
    const auto *asOf = root.child(QStringLiteral("as_of"));
    r.month = month ? parseMonth(month->value) : QDate();
    r.asOf = asOf ? util::parseRfc3339(asOf->value) : QDateTime();
    if (!r.month.isValid() || !r.asOf.isValid())
        ok = false;
    const auto *last = root.child(QStringLiteral("last_month"));
    r.lastMonth = last ? parseMonth(last->value) : r.month;
    if (const auto *team = root.child(QStringLiteral("team")))
        r.teamName = team->value;
    if (const auto *teamId = root.child(QStringLiteral("team_id")))
        r.teamId = teamId->value;
    r.referralsReceived = int(number(&root, "referrals_received"));
    r.referralsBySource = breakdown("referrals_by_source");
    r.referralsByOffenceGroup = breakdown("referrals_by_offence_group");
    r.referralsByFlag = breakdown("referrals_by_flag");
    r.referralsEnhanced = int(number(&root, "referrals_enhanced"));
    r.peopleReferred = int(number(&root, "people_referred"));
    r.peopleReferredFirstTime = int(number(&root, "people_referred_first_time"));
    const auto *fc = root.child(QStringLiteral("first_contact"));
    r.firstContact = {int(number(fc, "due")), int(number(fc, "met")), int(number(fc, "missed")),
                      int(number(fc, "pending"))};
    r.peopleContacted = int(number(&root, "people_contacted"));
    r.peopleSupported = int(number(&root, "people_supported"));
    r.episodesOpened = int(number(&root, "episodes_opened"));
    r.episodesClosed = int(number(&root, "episodes_closed"));
    r.episodesOpenAtMonthEnd = int(number(&root, "episodes_open_at_month_end"));
    r.onwardReferralsByAgency = breakdown("onward_referrals_by_agency");
    if (const auto *outcomes = root.child(QStringLiteral("outcomes"))) {
        for (const auto &m : outcomes->children)
            r.outcomes.push_back(
                {m.key, OutcomeCount{int(number(&m, "improved")), int(number(&m, "assessed"))}});
    } else {
        ok = false;
    }
    r.supportedByAgeBand = breakdown("supported_by_age_band");
    r.supportedByGender = breakdown("supported_by_gender");
    r.supportedByEthnicGroup = breakdown("supported_by_ethnic_group");
    r.supportedByDisability = breakdown("supported_by_disability");
    r.contactsLogged = int(number(&root, "contacts_logged"));
    r.contactMinutes = number(&root, "contact_minutes");
    r.referralsReceivedSameMonthLastYear =
        int(number(&root, "referrals_received_same_month_last_year"));
    if (!ok)
        return Error::make(
            Error::Kind::Invalid,
            QCoreApplication::translate("hub::reports::ReportReader",
                                        "the saved figures are incomplete or not a report"));
    return r;
}

} // namespace hub::reports
