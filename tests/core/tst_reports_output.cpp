#include "archive/ArchiveWriter.h"
#include "reports/ReportWriters.h"
#include "tst_reports_fixtures.h"

#include <QtTest>

#include <algorithm>

using namespace hub;
using namespace Qt::StringLiterals;
using test::ReportArchive;

namespace {

// The keys of COUNTING_RULES.md, in its order.
const QStringList kKeys{
    u"month"_s,
    u"as_of"_s,
    u"referrals_received"_s,
    u"referrals_by_source"_s,
    u"referrals_by_offence_group"_s,
    u"referrals_by_flag"_s,
    u"referrals_enhanced"_s,
    u"people_referred"_s,
    u"people_referred_first_time"_s,
    u"first_contact"_s,
    u"people_contacted"_s,
    u"people_supported"_s,
    u"episodes_opened"_s,
    u"episodes_closed"_s,
    u"episodes_open_at_month_end"_s,
    u"onward_referrals_by_agency"_s,
    u"outcomes"_s,
    u"supported_by_age_band"_s,
    u"supported_by_gender"_s,
    u"supported_by_ethnic_group"_s,
    u"supported_by_disability"_s,
    u"contacts_logged"_s,
    u"contact_minutes"_s,
    u"referrals_received_same_month_last_year"_s,
};

// A strict RFC 4180 reader: CRLF after every record (the last included), fields quoted
// with doubled quotes inside, nothing after a closing quote but a comma or CRLF, no bare
// CR or LF outside quotes. Returns false on the first violation.
bool parseCsv(const QByteArray &bytes, QVector<QStringList> &records)
{
    QStringList record;
    QByteArray field;
    qsizetype i = 0;
    const auto n = bytes.size();
    while (i < n) {
        if (bytes.at(i) == '"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return false; // unterminated quote
                if (bytes.at(i) == '"') {
                    if (i + 1 < n && bytes.at(i + 1) == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += bytes.at(i++);
            }
            if (i < n && bytes.at(i) != ',' && bytes.at(i) != '\r')
                return false;
        } else {
            while (i < n && bytes.at(i) != ',' && bytes.at(i) != '\r') {
                if (bytes.at(i) == '\n' || bytes.at(i) == '"')
                    return false;
                field += bytes.at(i++);
            }
        }
        record << QString::fromUtf8(field);
        field.clear();
        if (i >= n)
            return false; // the last record has no CRLF
        if (bytes.at(i) == ',') {
            ++i;
            if (i >= n)
                return false;
            continue;
        }
        if (i + 1 >= n || bytes.at(i + 1) != '\n')
            return false; // a CR without LF
        i += 2;
        records << record;
        record.clear();
    }
    return record.isEmpty();
}

// The leaves of the JSON report as CSV rows would have them.
void flatten(const QString &figure, const QString &path, const QJsonValue &v,
             QVector<QStringList> &rows)
{
    if (v.isObject()) {
        const auto o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(figure, path.isEmpty() ? it.key() : path + u'.' + it.key(), it.value(), rows);
        return;
    }
    rows << QStringList{figure, path, v.isString() ? v.toString() : QString::number(v.toInteger())};
}

// A month with something in most figures, and a person's repeat referral.
ReportArchive busyMonth()
{
    ReportArchive a;
    const auto p = a.person({u"1990-03-04"_s, u"male"_s, u"black"_s, u"yes"_s});
    const auto q = a.person();
    ReportArchive::ReferralFields f;
    f.flags = QStringList{u"fraud"_s, u"domestic_abuse"_s};
    f.enhanced = true;
    a.referral(p, u"2026-09-01T08:00:00Z"_s, f);
    a.referral(q, u"2026-09-29T08:00:00Z"_s);
    const auto e = a.episode(p, u"2026-09-02T09:00:00Z"_s, u"2026-09-30T12:00:00Z"_s,
                             {{u"feel_safer"_s, u"improved"_s}});
    a.onwardReferral(e, u"isva"_s, u"2026-09-10T12:00:00Z"_s);
    a.contact(p, u"2026-09-02T09:30:00Z"_s);
    a.contact(q, u"2026-09-30T09:30:00Z"_s, {u"inbound"_s, u"no_answer"_s, 3, {}, {}});
    return a;
}

} // namespace

class TestReportsOutput : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    store::Database &db() { return m_temp->db(); }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        QVERIFY2(m_temp->ok(), qPrintable(m_temp->errorText()));
        const QString error = busyMonth().importInto(db());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanup() { m_temp.reset(); }

    void jsonHasTheKeysOfTheRulesInOrder()
    {
        const QByteArray json = reports::toJson(
            test::reportFor(db(), u"2026-09"_s, u"2026-10-05T10:15:30.250+01:00"_s));
        QJsonParseError err{};
        const auto doc = QJsonDocument::fromJson(json, &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().keys().size(), kKeys.size());
        // Top-level keys sit at two spaces of indentation, in the order of the rules.
        QStringList order;
        for (const auto &line : json.split('\n')) {
            if (line.startsWith("  \""))
                order << QString::fromUtf8(line.mid(3, line.indexOf('"', 3) - 3));
        }
        QCOMPARE(order, kKeys);
        const auto o = doc.object();
        QCOMPARE(o.value(u"month"_s).toString(), u"2026-09"_s);
        QCOMPARE(o.value(u"as_of"_s).toString(), u"2026-10-05T09:15:30Z"_s);
        QCOMPARE(o.value(u"referrals_received"_s).toInt(), 2);
        QCOMPARE(o.value(u"referrals_by_flag"_s).toObject().value(u"fraud"_s).toInt(), 1);
        QCOMPARE(o.value(u"first_contact"_s).toObject().keys().size(), 4);
        QCOMPARE(o.value(u"first_contact"_s).toObject().value(u"met"_s).toInt(), 1);
        QCOMPARE(o.value(u"first_contact"_s).toObject().value(u"pending"_s).toInt(), 1);
        QCOMPARE(o.value(u"outcomes"_s)
                     .toObject()
                     .value(u"feel_safer"_s)
                     .toObject()
                     .value(u"improved"_s)
                     .toInt(),
                 1);
        QCOMPARE(o.value(u"supported_by_age_band"_s).toObject().value(u"35-44"_s).toInt(), 1);
        QCOMPARE(o.value(u"contact_minutes"_s).toInt(), 13);
        QVERIFY(json.endsWith("}\n"));
    }

    void csvIsStrictRfc4180AndMatchesTheJson()
    {
        const auto report = test::reportFor(db(), u"2026-09"_s, u"2026-10-05T09:00:00Z"_s);
        const QByteArray csv = reports::toCsv(report);
        QVector<QStringList> records;
        QVERIFY2(parseCsv(csv, records), csv.constData());
        QVERIFY(!csv.contains("\n\n"));
        // The three columns scripts read, then the two label columns (empty without words).
        QCOMPARE(records.first(), (QStringList{u"figure"_s, u"breakdown"_s, u"value"_s,
                                               u"figure_label"_s, u"breakdown_label"_s}));
        records.removeFirst();
        for (auto &r : records) {
            QCOMPARE(r.size(), 5);
            QCOMPARE(r.mid(3), (QStringList{QString(), QString()}));
            r = r.mid(0, 3);
        }
        // The same numbers as the JSON, in the same order.
        QVector<QStringList> expected;
        const auto o = QJsonDocument::fromJson(reports::toJson(report)).object();
        for (const auto &key : kKeys)
            flatten(key, {}, o.value(key), expected);
        // QJsonObject sorts keys; compare as sets of rows, and the figure order as a list.
        auto sorted = records;
        std::sort(sorted.begin(), sorted.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(sorted, expected);
        QStringList figures;
        for (const auto &r : records) {
            if (figures.isEmpty() || figures.last() != r.at(0))
                figures << r.at(0);
        }
        QCOMPARE(figures, kKeys);
        QCOMPARE(records.at(0), (QStringList{u"month"_s, QString(), u"2026-09"_s}));
        QVERIFY(records.contains(QStringList{u"outcomes"_s, u"feel_safer.improved"_s, u"1"_s}));
        QVERIFY(records.contains(QStringList{u"first_contact"_s, u"due"_s, u"2"_s}));
    }

    void csvFieldsAreQuotedWhenNeeded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("plain") << u"0-17"_s << QByteArray("0-17");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("comma") << u"a,b"_s << QByteArray("\"a,b\"");
        QTest::newRow("quote") << u"say \"hi\""_s << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << u"a\r\nb"_s << QByteArray("\"a\r\nb\"");
        QTest::newRow("accents") << u"Zoë"_s << QByteArray("Zo\xc3\xab");
    }
    void csvFieldsAreQuotedWhenNeeded()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, field);
        QCOMPARE(reports::csvField(text), field);
        QVector<QStringList> records;
        QVERIFY(parseCsv(field + ",x\r\n", records));
        QCOMPARE(records.first().first(), text);
    }

    // Same data and as-of: the same bytes, run after run, and after the data has been
    // exported and imported into another database.
    void sameDataSameBytes()
    {
        const QString asOf = u"2026-10-05T09:00:00Z"_s;
        const auto json = reports::toJson(test::reportFor(db(), u"2026-09"_s, asOf));
        const auto csv = reports::toCsv(test::reportFor(db(), u"2026-09"_s, asOf));
        QCOMPARE(reports::toJson(test::reportFor(db(), u"2026-09"_s, asOf)), json);
        QCOMPARE(reports::toCsv(test::reportFor(db(), u"2026-09"_s, asOf)), csv);

        QBuffer exported;
        exported.open(QIODevice::WriteOnly);
        QVERIFY(archive::exportArchive(db(), exported).ok());
        test::TempDatabase other;
        QBuffer in;
        in.setData(exported.data());
        in.open(QIODevice::ReadOnly);
        archive::ImportOptions options;
        options.today = QDate(2030, 1, 1);
        QVERIFY(archive::importArchive(other.db(), in, options).ok());
        QCOMPARE(reports::toJson(test::reportFor(other.db(), u"2026-09"_s, asOf)), json);
        QCOMPARE(reports::toCsv(test::reportFor(other.db(), u"2026-09"_s, asOf)), csv);
        // A different as-of is a different report.
        QVERIFY(reports::toJson(test::reportFor(db(), u"2026-09"_s, u"2026-10-05T09:00:01Z"_s)) !=
                json);
    }

    void trendOfTwelveMonths()
    {
        auto points =
            reports::trend(db(), QDate(2027, 2, 1), util::parseRfc3339(u"2026-10-05T09:00:00Z"_s),
                           test::standardClock());
        QVERIFY(points.ok());
        QCOMPARE(points->size(), 12);
        QCOMPARE(points->first().month, QDate(2026, 3, 1));
        QCOMPARE(points->last().month, QDate(2027, 2, 1));
        for (const auto &point : points.value()) {
            const auto monthly =
                test::reportFor(db(), reports::monthKey(point.month), u"2026-10-05T09:00:00Z"_s);
            QCOMPARE(point.referralsReceived, monthly.referralsReceived);
            QCOMPARE(point.peopleSupported, monthly.peopleSupported);
            QCOMPARE(point.firstContact.met, monthly.firstContact.met);
            QCOMPARE(point.firstContact.due, monthly.firstContact.due);
            if (point.month == QDate(2026, 9, 1)) {
                QCOMPARE(point.referralsReceived, 2);
                QCOMPARE(point.firstContactMetPercent().value_or(-1), 50.0);
            } else {
                QVERIFY(!point.firstContactMetPercent().has_value());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReportsOutput)
#include "tst_reports_output.moc"
