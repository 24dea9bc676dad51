#include "ReportWriters.h"

#include "util/Csv.h"
#include "util/Time.h"

namespace hub::reports {

namespace {

// One figure of the report: a value, or named parts (a breakdown, or the parts of
// first_contact and outcomes). Both writers walk the same tree, so JSON and CSV always
// list the same numbers in the same order.
struct Node
{
    QString key;
    QString value;
    bool text = false; // a JSON string rather than a number
    QVector<Node> children;
};

Node number(const QString &key, qint64 n)
{
    return Node{key, QString::number(n), false, {}};
}

Node text(const QString &key, const QString &s)
{
    return Node{key, s, true, {}};
}

Node breakdown(const QString &key, const Breakdown &b)
{
    Node node{key, {}, false, {}};
    for (const auto &[code, n] : b.entries())
        node.children.push_back(number(code, n));
    return node;
}

QVector<Node> figures(const MonthlyReport &r)
{
    Node firstContact{QStringLiteral("first_contact"), {}, false, {}};
    firstContact.children = {number(QStringLiteral("due"), r.firstContact.due),
                             number(QStringLiteral("met"), r.firstContact.met),
                             number(QStringLiteral("missed"), r.firstContact.missed),
                             number(QStringLiteral("pending"), r.firstContact.pending)};
    Node outcomes{QStringLiteral("outcomes"), {}, false, {}};
    for (const auto &[measure, count] : r.outcomes) {
        outcomes.children.push_back(Node{measure,
                                         {},
                                         false,
                                         {number(QStringLiteral("improved"), count.improved),
                                          number(QStringLiteral("assessed"), count.assessed)}});
    }
    QVector<Node> out{
        text(QStringLiteral("month"), monthKey(r.month)),
        text(QStringLiteral("as_of"), util::toIsoUtc(r.asOf)),
        number(QStringLiteral("referrals_received"), r.referralsReceived),
        breakdown(QStringLiteral("referrals_by_source"), r.referralsBySource),
        breakdown(QStringLiteral("referrals_by_offence_group"), r.referralsByOffenceGroup),
        breakdown(QStringLiteral("referrals_by_flag"), r.referralsByFlag),
        number(QStringLiteral("referrals_enhanced"), r.referralsEnhanced),
        number(QStringLiteral("people_referred"), r.peopleReferred),
        number(QStringLiteral("people_referred_first_time"), r.peopleReferredFirstTime),
        firstContact,
        number(QStringLiteral("people_contacted"), r.peopleContacted),
        number(QStringLiteral("people_supported"), r.peopleSupported),
        number(QStringLiteral("episodes_opened"), r.episodesOpened),
        number(QStringLiteral("episodes_closed"), r.episodesClosed),
        number(QStringLiteral("episodes_open_at_month_end"), r.episodesOpenAtMonthEnd),
        breakdown(QStringLiteral("onward_referrals_by_agency"), r.onwardReferralsByAgency),
        outcomes,
        breakdown(QStringLiteral("supported_by_age_band"), r.supportedByAgeBand),
        breakdown(QStringLiteral("supported_by_gender"), r.supportedByGender),
        breakdown(QStringLiteral("supported_by_ethnic_group"), r.supportedByEthnicGroup),
        breakdown(QStringLiteral("supported_by_disability"), r.supportedByDisability),
        number(QStringLiteral("contacts_logged"), r.contactsLogged),
        number(QStringLiteral("contact_minutes"), r.contactMinutes),
        number(QStringLiteral("referrals_received_same_month_last_year"),
               r.referralsReceivedSameMonthLastYear),
    };
    // A run of months and a team are written only when chosen, so that the whole hub's
    // month (and every snapshot saved of one) reads exactly as before.
    if (!r.teamId.isEmpty()) {
        out.insert(2, text(QStringLiteral("team_id"), r.teamId));
        out.insert(2, text(QStringLiteral("team"), r.teamName));
    }
    if (r.isRange())
        out.insert(1, text(QStringLiteral("last_month"), monthKey(r.lastMonth)));
    return out;
}

// A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped.
QByteArray jsonString(const QString &s)
{
    QString out(QLatin1Char('"'));
    for (const QChar ch : s) {
        const char16_t u = ch.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += ch;
        } else if (u == u'\n')
            out += QLatin1String("\\n");
        else if (u < 0x20)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += ch;
    }
    return (out + QLatin1Char('"')).toUtf8();
}

void writeJson(QByteArray &out, const Node &node, int depth)
{
    if (node.children.isEmpty() && !node.value.isNull()) {
        out += node.text ? jsonString(node.value) : node.value.toUtf8();
        return;
    }
    if (node.children.isEmpty()) {
        out += "{}";
        return;
    }
    const QByteArray inner(2 * (depth + 1), ' ');
    out += "{\n";
    for (qsizetype i = 0; i < node.children.size(); ++i) {
        const auto &child = node.children.at(i);
        out += inner + jsonString(child.key) + ": ";
        writeJson(out, child, depth + 1);
        out += i + 1 < node.children.size() ? ",\n" : "\n";
    }
    out += QByteArray(2 * depth, ' ') + '}';
}

using Visit = std::function<void(const QString &, const QString &, const QString &, bool)>;

void walk(const QString &figure, const QString &path, const Node &node, const Visit &visit)
{
    if (node.children.isEmpty()) {
        visit(figure, path, node.value, node.text);
        return;
    }
    for (const auto &child : node.children)
        walk(figure, path.isEmpty() ? child.key : path + QLatin1Char('.') + child.key, child,
             visit);
}

} // namespace

QByteArray csvField(const QString &text)
{
    return util::csv::field(text);
}

QByteArray toJson(const MonthlyReport &report)
{
    Node root{{}, {}, false, figures(report)};
    QByteArray out;
    out.reserve(8192);
    writeJson(out, root, 0);
    return out + '\n';
}

void forEachValue(const MonthlyReport &report, const Visit &visit)
{
    for (const auto &node : figures(report))
        walk(node.key, {}, node, visit);
}

QByteArray toCsv(const MonthlyReport &report, const Labeller &labels)
{
    QByteArray out("figure,breakdown,value,figure_label,breakdown_label\r\n");
    out.reserve(16384);
    forEachValue(report, [&](const QString &figure, const QString &breakdown, const QString &value,
                             bool isText) {
        out += util::csv::record(
            {csvField(figure), csvField(breakdown),
             isText ? csvField(value) : util::csv::figure(value),
             csvField(labels ? labels(figure, {}) : QString()),
             csvField(labels && !breakdown.isEmpty() ? labels(figure, breakdown) : QString())});
    });
    return out;
}

} // namespace hub::reports
