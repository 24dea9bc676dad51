// Police referral files (docs/REFERRAL_IMPORT.md): the corpus of ugly CSV files under
// tests/data/referral_csv read as a coordinator would meet them, the preview's classes,
// all-or-nothing and --accept-valid with its rejected file, a second import adding nothing,
// who may import, and profiles as JSON. Real SQLite files, the real libcsv and uchardet.
#include "ServiceFixtures.h"
#include "demo/PoliceCsv.h"
#include "import/CsvReader.h"
#include "services/ReferralImportService.h"
#include "services/ReferralService.h"
#include "services/SettingsService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace hub;
using namespace hub::test;
using services::ImportRow;
using Kind = services::ImportRow::Kind;

namespace {

QByteArray corpus(const char *name)
{
    QFile f(QStringLiteral(HUB_REFERRAL_CSV_DIR "/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing corpus file %s", name);
    return f.readAll();
}

import::ReferralProfile corpusProfile(){
    auto p = import::ReferralProfile::fromJson(corpus("profile.json"));
if (!p.ok())
    qFatal("corpus profile: %s", qPrintable(p.error().describe()));
return p.value();
} // namespace

template <typename T> T scalar(ServiceFixture &f, const char *sql, const QVariantList &binds)
{
    QSqlQuery q(f.db().connection());
    q.prepare(QString::fromLatin1(sql));
    for (const auto &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        qFatal("test SQL failed: %s", sql);
    return q.value(0).value<T>();
}

QList<Kind> kinds(const services::ImportPreview &p)
{
    QList<Kind> out;
    for (const auto &r : p.rows)
        out << r.kind;
    return out;
}

} // namespace

class TestReferralImport : public QObject
{
    Q_OBJECT

    // Mon 2 November 2026, 10:00 GMT.
    std::unique_ptr<ServiceFixture> f;
    domain::Actor sup, supB, cw, admin;
    QString teamA, teamB;
    QTemporaryDir dir;

    services::ReferralImportService service() { return services::ReferralImportService(f->ctx); }

    services::ImportPreview previewOf(const QByteArray &bytes, const QString &name,
                                      const domain::Actor &who,
                                      const import::ReferralProfile &profile = corpusProfile())
    {
        auto p = service().preview(who, bytes, profile, dir.filePath(name));
        if (!p.ok())
            qFatal("preview of %s: %s", qPrintable(name), qPrintable(p.error().describe()));
        return p.value();
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<ServiceFixture>(utc("2026-11-02T10:00:00Z"));
        teamA = f->addTeam(QStringLiteral("Team A"));
        teamB = f->addTeam(QStringLiteral("Team B"));
        sup = f->addUser(QStringLiteral("sup.a"), QStringLiteral("supervisor"), teamA);
        supB = f->addUser(QStringLiteral("sup.b"), QStringLiteral("supervisor"), teamB);
        cw = f->addUser(QStringLiteral("cw.a"), QStringLiteral("caseworker"), teamA);
        admin = f->addUser(QStringLiteral("admin"), QStringLiteral("admin"));
    }

    // Each file of the corpus: how it is read and what its rows are.
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QList<Kind>>("expected");
        const auto n = Kind::NewPerson;
        const auto e = Kind::Error;
        QTest::newRow("quoted") << "quoted.csv"
                                << "utf-8"
                                << "," << false << QList<Kind>{n, n, n};
        QTest::newRow("bom") << "bom_utf8.csv"
                             << "utf-8"
                             << "," << true << QList<Kind>{n, n};
        QTest::newRow("windows-1252") << "windows1252.csv"
                                      << "windows-1252"
                                      << "," << false << QList<Kind>{n, e, n};
        QTest::newRow("semicolon") << "semicolon.csv"
                                   << "utf-8"
                                   << ";" << false << QList<Kind>{n, n};
        QTest::newRow("tab") << "tab.tsv"
                             << "utf-8"
                             << "\t" << false << QList<Kind>{n, n};
        QTest::newRow("errors") << "errors.csv"
                                << "utf-8"
                                << "," << false << QList<Kind>{e, e, e, n};
    }
    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, delimiter);
        QFETCH(bool, bom);
        QFETCH(QList<Kind>, expected);
        const auto p = previewOf(::corpus(file.toLatin1().constData()), file, sup);
        QCOMPARE(p.encoding, encoding);
        QVERIFY(p.encodingDetected);
        QCOMPARE(p.delimiter, delimiter);
        QCOMPARE(p.bom, bom);
        QCOMPARE(kinds(p), expected);
    }

    // Commas, doubled quotes and a line break inside quoted cells stay in their cell; the
    // row after a two-line record knows its own line.
    void quotedCellsStayWhole()
    {
        const auto p = previewOf(::corpus("quoted.csv"), QStringLiteral("quoted.csv"), sup);
        QCOMPARE(p.rows.at(0).person.address,
                 QStringLiteral("Flat 2, \"The Maltings\" 12 Mill Lane"));
        QCOMPARE(p.rows.at(0).line, 2);
        QCOMPARE(p.rows.at(1).line, 4);
        QCOMPARE(p.rows.at(1).person.givenName, QStringLiteral("Bram, Jr"));
        QCOMPARE(p.rows.at(0).referral.offenceGroup, QStringLiteral("violence_with_injury"));
        QCOMPARE(p.rows.at(0).referral.flags, QStringList{QStringLiteral("domestic_abuse")});
        QCOMPARE(p.rows.at(2).referral.consentToContact, false);
    }

    // Names with accents read right from UTF-8 with a BOM and from Windows-1252, and an
    // override of the encoding is used and reported.
    void accentsAndPoundSign()
    {
        const auto bom = previewOf(::corpus("bom_utf8.csv"), QStringLiteral("bom.csv"), sup);
        QCOMPARE(bom.header.first(), QStringLiteral("Force Ref")); // no BOM in the first cell
        QCOMPARE(bom.rows.at(0).person.givenName, QStringLiteral("Zoë"));
        QCOMPARE(bom.rows.at(0).person.familyName, QStringLiteral("Łukasiewicz-Ørsted"));
        const auto w = previewOf(::corpus("windows1252.csv"), QStringLiteral("w.csv"), sup);
        QCOMPARE(w.rows.at(0).person.givenName, QStringLiteral("Amélie"));
        QCOMPARE(w.rows.at(0).person.address, QStringLiteral("Flat over the £1 shop, High St"));
        QCOMPARE(w.rows.at(2).person.givenName, QStringLiteral("Noël"));

        import::CsvOptions asUtf8;
        asUtf8.encoding = QStringLiteral("utf-8");
        auto forced = service().preview(sup, ::corpus("windows1252.csv"), corpusProfile(),
                                        QStringLiteral("w.csv"), asUtf8);
        QVERIFY(forced.ok());
        QCOMPARE(forced->encoding, QStringLiteral("utf-8"));
        QVERIFY(!forced->encodingDetected);
        QVERIFY(forced->rows.at(0).person.givenName != QStringLiteral("Amélie"));
    }

    // Semicolons, blank lines, trailing empty columns and a header in odd case with
    // stray spaces.
    void semicolonsBlankLinesAndOddHeaders()
    {
        const auto p = previewOf(::corpus("semicolon.csv"), QStringLiteral("s.csv"), sup);
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.rows.at(0).line, 3);
        QCOMPARE(p.rows.at(1).line, 6);
        QCOMPARE(p.rows.at(1).person.familyName, QStringLiteral("Thistlewood"));
        QCOMPARE(p.rows.at(1).referral.forceReferralId, QStringLiteral("SR002"));
    }

    // Each error names its line, column, what is wrong and the value in the file.
    void errorsSayWhereAndWhat()
    {
        const auto p = previewOf(::corpus("errors.csv"), QStringLiteral("e.csv"), sup);
        const auto &date = p.rows.at(0).problems;
        QCOMPARE(date.size(), 1);
        QCOMPARE(date.first().line, 2);
        QCOMPARE(date.first().column, QStringLiteral("DOB"));
        QCOMPARE(date.first().field, QStringLiteral("date_of_birth"));
        QCOMPARE(date.first().value, QStringLiteral("31/02/1990"));
        QVERIFY(date.first().message.contains(QStringLiteral("dd/MM/yyyy")));
        const auto &offence = p.rows.at(1).problems.first();
        QCOMPARE(offence.column, QStringLiteral("Offence"));
        QCOMPARE(offence.value, QStringLiteral("Aggravated Mischief"));
        const auto &phone = p.rows.at(2).problems.first();
        QCOMPARE(phone.line, 4);
        QCOMPARE(phone.column, QStringLiteral("Tel"));
        QCOMPARE(phone.value, QStringLiteral("0770 09"));
    }

    // Without accept-valid one bad row refuses the file: nothing is written.
    void oneErrorRefusesTheWholeFile()
    {
        const auto people = f->count("person");
        const auto p = previewOf(::corpus("errors.csv"), QStringLiteral("e.csv"), sup);
        const auto out = service().import(sup, p);
        QVERIFY(!out.ok());
        QVERIFY(out.error().message.contains(QStringLiteral("nothing was written")));
        QCOMPARE(f->count("person"), people);
        QCOMPARE(f->count("referral"), 0);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("e.rejected.csv"))));
    }

    // With accept-valid the good rows go in and the bad one is written, untouched and in
    // the file's own encoding, to FILE.rejected.csv with a reason column.
    void acceptValidSetsTheBadRowsAside()
    {
        const auto bytes = ::corpus("windows1252.csv");
        const auto p = previewOf(bytes, QStringLiteral("w.csv"), sup);
        services::ImportOptions options;
        options.acceptValid = true;
        const auto out = service().import(sup, p, options);
        QVERIFY2(out.ok(), qPrintable(out.error().describe()));
        QCOMPARE(out->added, 2);
        QCOMPARE(out->rejected, 1);
        QCOMPARE(f->count("referral"), 2);
        QCOMPARE(out->rejectedPath, dir.filePath(QStringLiteral("w.rejected.csv")));
        QFile rejected(out->rejectedPath);
        QVERIFY(rejected.open(QIODevice::ReadOnly));
        const auto lines = rejected.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // header, the row, and the end
        QVERIFY(lines.at(0).startsWith(bytes.left(bytes.indexOf('\r'))));
        QVERIFY(lines.at(0).endsWith(",reason\r"));
        const auto original = bytes.split('\n').at(2); // Søren's row, 0xF8 in Windows-1252
        QVERIFY(lines.at(1).startsWith(original.left(original.size() - 1)));
        QVERIFY(lines.at(1).contains("\xF8"));
        QVERIFY(lines.at(1).contains("phone"));
        QVERIFY(!lines.at(1).contains("\xC3\xB8")); // not UTF-8
    }

    // The same file twice, then one that overlaps it: the second time adds nothing and
    // says so row by row; the overlap adds only its new rows.
    void importTwiceAddsNothing()
    {
        demo::PoliceCsvOptions o;
        o.rows = 40;
        const auto first = demo::policeCsv(o);
        auto once = service().import(
            sup, previewOf(first, QStringLiteral("a.csv"), sup, demo::policeProfile()));
        QVERIFY2(once.ok(), qPrintable(once.error().describe()));
        QCOMPARE(once->added, 40);
        const auto again = previewOf(first, QStringLiteral("a.csv"), sup, demo::policeProfile());
        QCOMPARE(again.counts().alreadyImported, 40);
        QVERIFY(!again.rows.first().existingReferralId.isEmpty());
        QVERIFY(again.rows.first().note.contains(QStringLiteral("REF000001")));
        auto twice = service().import(sup, again);
        QVERIFY(twice.ok());
        QCOMPARE(twice->added, 0);
        QCOMPARE(twice->alreadyImported, 40);
        QCOMPARE(f->count("referral"), 40);

        o.firstReferralNumber = 21; // rows 21..60: half on file
        o.seed = 9;
        auto overlap = service().import(sup, previewOf(demo::policeCsv(o), QStringLiteral("b.csv"),
                                                       sup, demo::policeProfile()));
        QVERIFY(overlap.ok());
        QCOMPARE(overlap->alreadyImported, 20);
        QCOMPARE(overlap->added, 20);
        QCOMPARE(f->count("referral"), 60);
    }

    // A file without the force's referral ids: crime reference, person and received day.
    void withoutForceIdsTheCrimeReferenceKeys()
    {
        auto profile = corpusProfile();
        profile.columns.remove(QStringLiteral("force_referral_id"));
        profile.columns.remove(QStringLiteral("force_person_id"));
        const auto bytes = ::corpus("tab.tsv");
        QVERIFY(
            service().import(sup, previewOf(bytes, QStringLiteral("t.tsv"), sup, profile)).ok());
        const auto again = previewOf(bytes, QStringLiteral("t.tsv"), sup, profile);
        QCOMPARE(kinds(again), (QList<Kind>{Kind::AlreadyImported, Kind::AlreadyImported}));
        QVERIFY(again.rows.at(0).note.contains(QStringLiteral("TC/1/26")));
    }

    // Someone on file is found by the intake matcher (score and reasons); a near match
    // waits for a person to decide, and their decision is followed.
    void existingPeopleAndPossibleDuplicates()
    {
        auto fen = f->person(QStringLiteral("Fen"), QStringLiteral("Goldhawk"));
        fen.dateOfBirth = QDate(1999, 1, 1);
        fen.phone = QStringLiteral("+44 7700 900501");
        f->addPerson(fen);
        auto gil = f->person(QStringLiteral("Gil"), QStringLiteral("Harrowgate"));
        gil.postcode = QStringLiteral("PE3 4XX");
        f->addPerson(gil);
        auto p = previewOf(::corpus("tab.tsv"), QStringLiteral("t.tsv"), sup);
        QCOMPARE(p.rows.at(0).kind, Kind::ExistingPerson);
        QCOMPARE(p.rows.at(0).personId, fen.id);
        QVERIFY(p.rows.at(0).score >= 80);
        QVERIFY(p.rows.at(0).reasons.contains(QStringLiteral("date_of_birth")));
        QVERIFY(p.rows.at(0).reasons.contains(QStringLiteral("phone")));
        QCOMPARE(p.rows.at(1).kind, Kind::PossibleDuplicate);
        QCOMPARE(p.rows.at(1).personId, gil.id);
        QCOMPARE(p.blocking(), 1);
        QVERIFY(!service().import(sup, p).ok()); // a duplicate left undecided blocks

        p.rows[1].decision = ImportRow::Decision::UsePerson;
        const auto out = service().import(sup, p);
        QVERIFY2(out.ok(), qPrintable(out.error().describe()));
        QCOMPARE(out->peopleAdded, 0);
        QCOMPARE(scalar<int>(*f, "SELECT count(*) FROM referral WHERE person_id = ?", {gil.id}), 1);
        QCOMPARE(scalar<int>(*f, "SELECT count(*) FROM referral WHERE person_id = ?", {fen.id}), 1);
    }

    // The referrals reach the inbox with the Victims' Code clock started on the file's
    // received date, and enhanced entitlement follows the flags (and age).
    void inboxClockAndEnhanced()
    {
        const auto p = previewOf(::corpus("tab.tsv"), QStringLiteral("t.tsv"), sup);
        QVERIFY(service().import(sup, p).ok());
        auto inbox = services::ReferralService(f->ctx).inbox(sup, teamA);
        QVERIFY2(inbox.ok(), qPrintable(inbox.error().describe()));
        QCOMPARE(inbox->size(), 2);
        for (const auto &item : inbox.value()) {
            const auto &r = item.row.referral;
            QCOMPARE(r.status, QStringLiteral("new"));
            QVERIFY(r.assignedTo.isEmpty());
            QCOMPARE(util::londonDate(r.receivedAt), QDate(2026, 10, 13));
            QCOMPARE(r.receivedAt, utc("2026-10-12T23:00:00Z")); // midnight, BST
            if (r.crimeReference == QLatin1String("TC/1/26")) {  // Vulnerable = Y
                QVERIFY(r.enhanced);
                QCOMPARE(r.enhancedReason, QStringLiteral("vulnerable_or_intimidated"));
            } else {
                QVERIFY2(!r.enhanced, qPrintable(r.enhancedReason));
            }
            QVERIFY(item.clock.dueAt.isValid());
        }
    }

    // One audit event per import, with the counts and no one's name.
    void oneAuditEventWithCounts()
    {
        const auto before = f->count("audit_event");
        QVERIFY(service()
                    .import(sup, previewOf(::corpus("quoted.csv"), QStringLiteral("q.csv"), sup))
                    .ok());
        QCOMPARE(f->count("audit_event"), before + 1);
        const auto detail = scalar<QString>(
            *f, "SELECT detail FROM audit_event WHERE action = 'referral.import'", {});
        QVERIFY(detail.contains(QStringLiteral("added=3")));
        QVERIFY(detail.contains(QStringLiteral("new_people=3")));
        QVERIFY(!detail.contains(QStringLiteral("Quillfeather")));
    }

    // Caseworkers may not import unless the hub allows it; an administrator may not
    // import at all. A supervisor of another team may not add to a person Team A holds:
    // the row waits for someone who may, and the name is not shown.
    void whoMayImport()
    {
        const auto bytes = ::corpus("tab.tsv");
        auto refused = service().preview(cw, bytes, corpusProfile());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Permission);
        QVERIFY(!service().preview(admin, bytes, corpusProfile()).ok());
        QCOMPARE(f->count("referral"), 0);
        QVERIFY(services::SettingsService(f->ctx).setCaseworkersMayImport(admin, true).ok());
        auto allowed =
            service().preview(cw, bytes, corpusProfile(), dir.filePath(QStringLiteral("t.tsv")));
        QVERIFY2(allowed.ok(), qPrintable(allowed.error().describe()));
        QVERIFY(service().import(cw, allowed.value()).ok());
        QCOMPARE(f->count("referral"), 2);

        auto held = f->person(QStringLiteral("Ada"), QStringLiteral("Quillfeather"));
        held.dateOfBirth = QDate(1990, 4, 3);
        held.phone = QStringLiteral("07700 900101");
        f->addPerson(held);
        f->addEpisode(held.id, cw.userId);
        const auto p = previewOf(::corpus("quoted.csv"), QStringLiteral("q.csv"), supB);
        QCOMPARE(p.rows.at(0).kind, Kind::PossibleDuplicate);
        QVERIFY(p.rows.at(0).personId.isEmpty());
        QVERIFY(!p.rows.at(0).personLabel.contains(QStringLiteral("Quillfeather")));
        const auto out = service().import(supB, p);
        QVERIFY(!out.ok());
        QCOMPARE(f->count("referral"), 2);
        const auto own = previewOf(::corpus("quoted.csv"), QStringLiteral("q.csv"), sup);
        QCOMPARE(own.rows.at(0).kind, Kind::ExistingPerson);
        QCOMPARE(own.rows.at(0).personId, held.id);
    }

    // Profiles: JSON round trip, field-level problems, saved and listed by who may.
    void profiles()
    {
        const auto p = corpusProfile();
        auto back = import::ReferralProfile::fromJson(p.toJson());
        QVERIFY(back.ok());
        QVERIFY(back.value() == p);
        QCOMPARE(back->toJson(), p.toJson());
        const auto demo = demo::policeProfile();
        QFile shipped(
            QStringLiteral(HUB_SOURCE_DIR "/resources/referral_profiles/demo_police.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        auto read = import::ReferralProfile::fromJson(shipped.readAll());
        QVERIFY(read.ok());
        QVERIFY(read.value() == demo);

        auto bad = p;
        bad.columns.insert(QStringLiteral("shoe_size"), QStringLiteral("Shoe"));
        bad.values[QStringLiteral("offence_group")].insert(QStringLiteral("Mischief"),
                                                           QStringLiteral("mischief"));
        bad.dateFormat = QStringLiteral("banana");
        QStringList fields;
        for (const auto &i : bad.validate(f->ctx.codes))
            fields << i.field;
        QCOMPARE(fields,
                 (QStringList{QStringLiteral("date_format"), QStringLiteral("columns.shoe_size"),
                              QStringLiteral("values.offence_group.Mischief")}));
        QVERIFY(!import::ReferralProfile::fromJson(R"({"name":"x","colour":"red"})").ok());

        QVERIFY(!service().saveProfile(cw, p).ok());
        QVERIFY(!service().saveProfile(sup, bad).ok());
        QVERIFY(service().saveProfile(admin, p).ok());
        QVERIFY(service().saveProfile(sup, demo).ok());
        auto list = service().profiles(sup);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QVERIFY(!service().profiles(cw).ok());
        auto got = service().profile(sup, p.name);
        QVERIFY(got.ok());
        QVERIFY(got.value() == p);
    }

    // A 5,000-row police file previews and imports well under ten seconds.
    void fiveThousandRows()
    {
        demo::PoliceCsvOptions o;
        o.rows = 5000;
        QElapsedTimer timer;
        timer.start();
        const auto p =
            previewOf(demo::policeCsv(o), QStringLiteral("big.csv"), sup, demo::policeProfile());
        QCOMPARE(p.counts().errors, 0);
        const auto previewed = timer.elapsed();
        const auto out = service().import(sup, p);
        qInfo("preview %lld ms, import %lld ms", previewed, timer.elapsed() - previewed);
        QVERIFY2(out.ok(), qPrintable(out.error().describe()));
        QCOMPARE(out->added, 5000);
        qInfo("5,000 rows previewed and imported in %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 10000);
    }
};

QTEST_GUILESS_MAIN(TestReferralImport)
#include "tst_referralimport.moc"
