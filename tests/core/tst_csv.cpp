#include "util/Csv.h"

#include <QtTest>

using namespace hub;
using namespace Qt::StringLiterals;

// CSV fields (RFC 4180) that a spreadsheet cannot run as a formula (OWASP CSV injection).
class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("plain") << u"person.view"_s << QByteArray("person.view");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("dash inside") << u"0-17"_s << QByteArray("0-17");
        QTest::newRow("equals") << u"=1+2"_s << QByteArray("'=1+2");
        QTest::newRow("plus") << u"+44 1632 960000"_s << QByteArray("'+44 1632 960000");
        QTest::newRow("minus") << u"-2+3"_s << QByteArray("'-2+3");
        QTest::newRow("at") << u"@SUM(A1:A2)"_s << QByteArray("'@SUM(A1:A2)");
        QTest::newRow("tab") << u"\t=cmd"_s << QByteArray("'\t=cmd");
        QTest::newRow("carriage return")
            << u"\r=cmd"_s << QByteArray("\"'\r=cmd\""); // quoted too: it holds a CR
        QTest::newRow("hyperlink formula")
            << u"=HYPERLINK(\"http://example.invalid\",\"x\")"_s
            << QByteArray("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\"");
        QTest::newRow("formula with comma") << u"=1,2"_s << QByteArray("\"'=1,2\"");
        QTest::newRow("leading space") << u" =1"_s << QByteArray(" =1");
        QTest::newRow("comma") << u"a,b"_s << QByteArray("\"a,b\"");
        QTest::newRow("quote") << u"say \"hi\""_s << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << u"a\r\nb"_s << QByteArray("\"a\r\nb\"");
        QTest::newRow("lf only") << u"a\nb"_s << QByteArray("\"a\nb\"");
        QTest::newRow("accents") << u"Zoë"_s << QByteArray("Zo\xc3\xab");
        QTest::newRow("not latin") << u"Łódź — 東京"_s
                                   << QByteArray("\xc5\x81\xc3\xb3\x64\xc5\xba \xe2\x80\x94 "
                                                 "\xe6\x9d\xb1\xe4\xba\xac");
        QTest::newRow("unicode minus sign") << u"\u2212"
                                               "1"_s
                                            << QByteArray("\xe2\x88\x92"
                                                          "1");
    }
    void textFields()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, field);
        QCOMPARE(util::csv::field(text), field);
    }

    void dangerousFirstCharacters_data()
    {
        QTest::addColumn<QChar>("first");
        for (const QChar c : {u'=', u'+', u'-', u'@', u'\t', u'\r'})
            QTest::newRow(qPrintable(u"U+%1"_s.arg(c.unicode(), 4, 16, QLatin1Char('0')))) << c;
    }
    void dangerousFirstCharacters()
    {
        QFETCH(QChar, first);
        const QString text = first + u"cmd|' /C calc'!A0"_s;
        QVERIFY(util::csv::looksLikeFormula(text));
        const QByteArray bytes = util::csv::field(text);
        // The cell starts with the quote, inside the RFC 4180 quotes when there are any.
        const QByteArray cell = bytes.startsWith('"') ? bytes.mid(1) : bytes;
        QVERIFY2(cell.startsWith('\''), bytes.constData());
        QCOMPARE(QString::fromUtf8(cell.mid(1, 1)), QString(first));
        // The same character later on is harmless.
        QVERIFY(!util::csv::looksLikeFormula(u"x"_s + first));
    }

    void figures_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("count") << u"12"_s << QByteArray("12");
        QTest::newRow("zero") << u"0"_s << QByteArray("0");
        QTest::newRow("negative") << u"-3"_s << QByteArray("-3");
        QTest::newRow("fraction") << u"0.25"_s << QByteArray("0.25");
        QTest::newRow("negative fraction") << u"-0.5"_s << QByteArray("-0.5");
        // Not a figure after all: treated as text, so neutralised.
        QTest::newRow("formula") << u"-1+cmd"_s << QByteArray("'-1+cmd");
        QTest::newRow("plus sign") << u"+5"_s << QByteArray("'+5");
        QTest::newRow("minus alone") << u"-"_s << QByteArray("'-");
        QTest::newRow("infinity") << u"-inf"_s << QByteArray("'-inf");
        QTest::newRow("empty") << QString() << QByteArray();
    }
    void figures()
    {
        QFETCH(QString, number);
        QFETCH(QByteArray, field);
        QCOMPARE(util::csv::figure(number), field);
    }

    void integerFigures()
    {
        QCOMPARE(util::csv::figure(qint64(-42)), QByteArray("-42"));
        QCOMPARE(util::csv::figure(qint64(9007199254740993)), QByteArray("9007199254740993"));
    }

    void records()
    {
        QCOMPARE(util::csv::record({}), QByteArray("\r\n"));
        QCOMPARE(util::csv::record({util::csv::field(u"=a"_s), util::csv::figure(qint64(7)),
                                    util::csv::field(u"b,c"_s)}),
                 QByteArray("'=a,7,\"b,c\"\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
