#include "DeskFixture.h"
#include "ModalHelper.h"
#include "UiChecks.h"
#include "demo/DemoPasswords.h"
#include "reports/MonthlyReport.h"
#include "reports/ReportFiguresModel.h"
#include "reports/ReportLayout.h"
#include "reports/ReportWriters.h"
#include "reports/ReportsPage.h"
#include "reports/TrendChart.h"
#include "services/ContactService.h"
#include "services/SettingsService.h"
#include "store/Transaction.h"
#include "util/Ids.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QtTest>

using namespace hub;
using namespace Qt::StringLiterals;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

void shoot(QWidget *widget, const char *name)
{
    const auto dir = qEnvironmentVariable("HUB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(QString::fromLatin1(name)), "PNG");
}

// The text of a PDF as poppler's pdftotext reads it (installed by scripts/install-deps.sh).
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") +
               QString::fromLocal8Bit(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

// One file of a zip (an .xlsx workbook), as text, through unzip (scripts/install-deps.sh).
QString unzipped(const QString &zip, const char *member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, QLatin1String(member)});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("unzip failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of cell `ref` ("A2") of a worksheet's XML: a shared string looked up in
// `strings` (xl/sharedStrings.xml), or the number written.
QString cellText(const QString &sheet, const QString &strings, const char *ref)
{
    const auto cell =
        QRegularExpression(
            QStringLiteral(R"(<c r="%1"([^>]*)><v>([^<]*)</v></c>)").arg(QLatin1String(ref)))
            .match(sheet);
    if (!cell.hasMatch())
        return {};
    if (!cell.captured(1).contains(QStringLiteral("t=\"s\"")))
        return cell.captured(2);
    QStringList all;
    auto it =
        QRegularExpression(QStringLiteral(R"(<si><t[^>]*>([^<]*)</t></si>)")).globalMatch(strings);
    while (it.hasNext())
        all << it.next().captured(1);
    return all.value(cell.captured(2).toInt());
}

// Types `path` into the file dialog that is up and presses Enter.
void answerFileDialog(const QString &path)
{
    // As a QDialog: QFileDialog hides done() from the helper.
    test::whenModal<QDialog>([path](QDialog *dialog) {
        QVERIFY(qobject_cast<QFileDialog *>(dialog));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        QTRY_VERIFY(name->hasFocus());
        name->selectAll();
        QTest::keyClicks(name, path);
        QTest::keyClick(name, Qt::Key_Return);
    });
}

} // namespace

// The Reports section, keyboard only: a supervisor opens it with Ctrl+4, picks a month,
// reads the figures, exports CSV and PDF, saves a snapshot and sees a late-logged
// contact flagged against it. hubctl prints the same PDF.
class TestReportsPage : public QObject, private test::DeskFixture
{
    Q_OBJECT

private:
    domain::User m_sup;
    domain::User m_worker1;
    // Exports go to their own folder: a file dialog showing the database's folder opens
    // (and closes) hub.db and its -wal to guess their types, which drops this process's
    // SQLite locks on them, and then hubctl, closing, removes the -wal this process uses.
    QTemporaryDir m_outDir;
    QDir m_out;
    const QDate m_may{2026, 5, 1};
    const QDate m_april{2026, 4, 1};
    QString m_person;

    ui::ReportsPage *page() const { return m_window->reportsPage(); }

    // After a dialog: the window active again, the keyboard on the month.
    void focusMonth()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        page()->monthBox()->setFocus();
        QTRY_COMPARE(focused(), page()->monthBox());
    }

    // Referrals in April and May 2026 (the clock stands at 10 June), a few with contacts.
    void seed()
    {
        m_sup = addUser(QStringLiteral("sup.central"), QStringLiteral("Sam Okafor"));
        m_sup.role = QStringLiteral("supervisor");
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE app_user SET role = 'supervisor' WHERE id = '%1'")
                           .arg(m_sup.id)));
        m_worker1 = addUser(QStringLiteral("cw.central.1"), QStringLiteral("Robin Ash"));
        store::ReferralRepository referrals(m_db->db());
        const QStringList sources{QStringLiteral("police"), QStringLiteral("self"),
                                  QStringLiteral("police")};
        for (int i = 0; i < 9; ++i) {
            const auto person =
                addPerson(QStringLiteral("Test%1").arg(i), QStringLiteral("Person"));
            if (i == 0)
                m_person = person.id;
            domain::Referral r;
            r.id = util::newId();
            r.personId = person.id;
            // Five in April, four in May.
            r.receivedAt = i < 5 ? utc("2026-04-07T09:00:00Z").addDays(i * 3)
                                 : utc("2026-05-04T09:00:00Z").addDays(i * 2);
            r.source = sources.at(i % sources.size());
            r.offenceGroup = QStringLiteral("theft");
            r.status = QStringLiteral("new");
            QVERIFY(referrals.insert(r).ok());
        }
    }

    reports::MonthlyReport expected(const QDate &month, const QDateTime &asOf)
    {
        auto r = reports::monthly(m_db->db(), month, asOf, reports::codesOf(m_db->db()),
                                  services::SettingsService::victimsCodeClock(m_db->db()));
        if (!r.ok())
            qFatal("cannot count: %s", qPrintable(r.error().describe()));
        return r.value();
    }

    // `hubctl report monthly` signed in as `user` (password "demo-USER"): exit code and
    // everything it printed.
    std::pair<int, QString> reportAs(const QString &user, const QStringList &extra)
    {
        QProcess hubctl;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HUB_PASSWORD"), u"demo-"_s + user);
        hubctl.setProcessEnvironment(env);
        hubctl.start(QStringLiteral(HUBCTL_PATH), QStringList{u"--db"_s, m_db->path(), u"report"_s,
                                                              u"monthly"_s, u"--user"_s, user} +
                                                      extra);
        hubctl.waitForFinished(60000);
        return {hubctl.exitCode(),
                QString::fromUtf8(hubctl.readAllStandardError() + hubctl.readAllStandardOutput())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        openDatabase();
        startServices();
        seed();
        m_worker = actorOf(m_sup);
        showWindow();
        QVERIFY(m_outDir.isValid());
        m_out = QDir(m_outDir.path());
    }

    void cleanupTestCase() { closeAll(); }

    void ctrl4OpensTheLastCompleteMonth()
    {
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("reportsPage"));
        QTRY_COMPARE(focused(), page()->monthBox());
        QCOMPARE(page()->month(), m_may);
        QCOMPARE(page()->monthBox()->currentText(), QStringLiteral("May 2026"));
        QVERIFY(page()->shownReport().has_value());
        const auto may = expected(m_may, page()->shownReport()->asOf);
        QCOMPARE(may.referralsReceived, 4);
        const auto cell = page()->model()->indexOf(QStringLiteral("referrals_received"),
                                                   ui::ReportFiguresModel::ValueColumn);
        QCOMPARE(cell.data().toString(), QLocale().toString(may.referralsReceived));
        QVERIFY(page()->view()->isExpanded(
            page()->model()->indexOf(QStringLiteral("referrals_by_source"))));
        // Every code of a breakdown is listed, zeros included.
        QCOMPARE(page()
                     ->model()
                     ->indexOf(QStringLiteral("referrals_by_source.partner_agency"),
                               ui::ReportFiguresModel::ValueColumn)
                     .data()
                     .toString(),
                 QStringLiteral("0"));
        QVERIFY(!page()->chart()->accessibleDescription().isEmpty());
        shoot(m_window.get(), "reports.png");
    }

    void aMonthIsPickedByKeyboard()
    {
        QTest::keyClick(focused(), Qt::Key_Down);
        QTRY_COMPARE(page()->month(), m_april);
        const auto april = expected(m_april, page()->shownReport()->asOf);
        QCOMPARE(april.referralsReceived, 5);
        const auto cell = page()->model()->indexOf(QStringLiteral("referrals_received"),
                                                   ui::ReportFiguresModel::ValueColumn);
        QCOMPARE(cell.data().toString(), QLocale().toString(april.referralsReceived));
        QCOMPARE(page()
                     ->model()
                     ->indexOf(QStringLiteral("referrals_by_source.police"),
                               ui::ReportFiguresModel::ValueColumn)
                     .data()
                     .toString(),
                 QLocale().toString(april.referralsBySource.value(QStringLiteral("police"))));
    }

    void exportCsvWritesTheReportsCsv()
    {
        const QString path = m_out.filePath(QStringLiteral("april.csv"));
        answerFileDialog(path);
        QTest::keyClick(focused(), Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // The codes and numbers scripts read, and the same in words beside them.
        const QByteArray csv = file.readAll();
        QCOMPARE(csv, reports::toCsv(expected(m_april, page()->shownReport()->asOf),
                                     &ui::ReportLayout::csvLabel));
        QVERIFY2(csv.startsWith("figure,breakdown,value,figure_label,breakdown_label\r\n"),
                 csv.constData());
        QVERIFY2(csv.contains("\r\nreferrals_received,,5,Referrals received,\r\n"),
                 csv.constData());
        QVERIFY2(
            csv.contains("\r\nreferrals_by_source,police,3,\"Referrals, by source\",Police\r\n"),
            csv.constData());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));
    }

    void exportPdfWritesAReadableReport()
    {
        const QString path = m_out.filePath(QStringLiteral("april.pdf"));
        focusMonth();
        answerFileDialog(path);
        QTest::keyClick(focused(), Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(QFile::exists(path));
        QVERIFY(QFileInfo(path).size() > 1000);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("April 2026")));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("April 2026")), qPrintable(text));
        const auto april = expected(m_april, page()->shownReport()->asOf);
        QVERIFY2(QRegularExpression(
                     QStringLiteral("Referrals received +%1\\b").arg(april.referralsReceived))
                     .match(text)
                     .hasMatch(),
                 qPrintable(text));
        // The definitions in brief ("fi" may come out as a ligature, so none with it).
        QVERIFY(text.contains(QStringLiteral("Those referrals, by source.")));
    }

    void hubctlPrintsTheSamePdf()
    {
        const QString path = m_out.filePath(QStringLiteral("hubctl-april.pdf"));
        // The supervisor signs in: "demo-sup.central".
        const auto set =
            demo::setDemoPasswords(m_db->db(), security::PasswordHasher::Cost::Minimum);
        QVERIFY2(set.ok(), qPrintable(set.error().describe()));
        QProcess hubctl;
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // hubctl picks offscreen itself
        env.insert(QStringLiteral("HUB_PASSWORD"), QStringLiteral("demo-sup.central"));
        hubctl.setProcessEnvironment(env);
        hubctl.start(QStringLiteral(HUBCTL_PATH),
                     {QStringLiteral("--db"), m_db->path(), QStringLiteral("report"),
                      QStringLiteral("monthly"), QStringLiteral("--month"),
                      QStringLiteral("2026-04"), QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("--out"), path, QStringLiteral("--user"),
                      QStringLiteral("sup.central")});
        QVERIFY(hubctl.waitForFinished(60000));
        QVERIFY2(hubctl.exitCode() == 0, hubctl.readAllStandardError().constData());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Monthly support counts: April 2026")),
                 qPrintable(text));
        QVERIFY2(
            QRegularExpression(QStringLiteral("Referrals received +5\\b")).match(text).hasMatch(),
            qPrintable(text));
    }

    // A snapshot of April, then a call made in April but logged now: the screen keeps the
    // saved figures and names the ones today's data gives differently.
    void snapshotShowsWhatChangedSince()
    {
        auto *figures = page()->figuresBox();
        QCOMPARE(figures->count(), 1);
        focusMonth();
        test::whenModal<QMessageBox>(
            [](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Return); });
        QTest::keyClick(focused(), Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE(figures->count(), 2);
        QCOMPARE(figures->currentIndex(), 1);
        QVERIFY(figures->currentText().contains(QStringLiteral("Sam Okafor")));
        QVERIFY2(page()->bannerText().contains(QStringLiteral("still gives the same")),
                 qPrintable(page()->bannerText()));

        domain::Contact call;
        call.personId = m_person;
        call.at = utc("2026-04-08T10:00:00Z");
        call.direction = QStringLiteral("outbound");
        call.channel = QStringLiteral("phone");
        call.outcome = QStringLiteral("spoke");
        call.durationMinutes = 20;
        call.summary = QStringLiteral("Logged late.");
        QVERIFY(services::ContactService(m_services->context).log(actorOf(m_worker1), call).ok());
        QTRY_VERIFY2(page()->bannerText().contains(QStringLiteral("different figures")),
                     qPrintable(page()->bannerText()));
        QVERIFY(page()->bannerText().contains(QStringLiteral("Contacts logged 0 \u2192 1")));
        QCOMPARE(figures->currentIndex(), 1); // still the snapshot
        const auto saved = page()->model()->indexOf(QStringLiteral("contacts_logged"),
                                                    ui::ReportFiguresModel::ValueColumn);
        QCOMPARE(saved.data().toString(), QStringLiteral("0"));
        const auto today = page()->model()->indexOf(QStringLiteral("contacts_logged"),
                                                    ui::ReportFiguresModel::TodayColumn);
        QCOMPARE(today.data().toString(), QStringLiteral("1"));
        shoot(m_window.get(), "reports-snapshot.png");

        // Today's data, a few keystrokes away: Tab past "Up to" (and Team, when there are
        // teams to choose) to the figures.
        focusMonth();
        for (int i = 0; i < 3 && focused() != figures; ++i)
            QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), figures);
        QTest::keyClick(figures, Qt::Key_Up);
        QTRY_COMPARE(figures->currentIndex(), 0);
        QCOMPARE(
            page()
                ->model()
                ->indexOf(QStringLiteral("contacts_logged"), ui::ReportFiguresModel::ValueColumn)
                .data()
                .toString(),
            QStringLiteral("1"));
    }

    // The PDF's labels wrap instead of being cut short: every row's words come out whole,
    // and the two outcome rows of one measure (improved, assessed) never read the same.
    void pdfLabelsArePrintedWhole()
    {
        const QString path = m_out.filePath(QStringLiteral("labels.pdf"));
        QVERIFY(page()->selectMonth(m_april));
        QVERIFY(page()->exportPdf(path));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        // Lines joined: a wrapped label reads whole again; ligatures ("ﬀ") as letters.
        const QString text = QString::fromUtf8(p.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC)
                                 .simplified();
        QVERIFY(!text.contains(QChar(0x2026))); // nothing elided
        QStringList missing;
        for (const auto &group : ui::ReportLayout::groups(*page()->shownReport())) {
            for (const auto &row : group.rows) {
                QSet<QString> seen;
                for (const auto &part : row.parts) {
                    QVERIFY2(!seen.contains(part.label), qPrintable(part.label));
                    seen.insert(part.label);
                    if (!text.contains(part.label.simplified()))
                        missing << part.label;
                }
                if (!text.contains(row.label))
                    missing << row.label;
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n') + u"\n---\n"_s + text));
        QVERIFY(text.contains(u"Taking part in the criminal justice process: improved"_s));
        QVERIFY(text.contains(u"Taking part in the criminal justice process: assessed"_s));
    }

    // A team and a run of months: the page counts what the service counts, the PDF and the
    // workbook say so, and the whole stays usable at 1366x768.
    void aTeamAndARunOfMonths()
    {
        const QString teamId = util::newId();
        // Committed explicitly: hubctl, another process, reads the same file.
        store::Transaction tx(m_db->db());
        QVERIFY(tx.isActive());
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO team (id, name) VALUES ('%1', 'Central')").arg(teamId)));
        QVERIFY(q.exec(QStringLiteral("UPDATE app_user SET team_id = '%1' WHERE id = '%2'")
                           .arg(teamId, m_worker1.id)));
        // Two of April's referrals are the Central worker's.
        QVERIFY(q.exec(QStringLiteral("UPDATE referral SET assigned_to = '%1' WHERE id IN "
                                      "(SELECT id FROM referral WHERE received_at < "
                                      "'2026-04-12' ORDER BY received_at LIMIT 2)")
                           .arg(m_worker1.id)));
        QVERIFY(tx.commit().ok());
        m_services->notifier.notify(services::ChangeNotifier::Kind::Everything, {}, {});
        focusMonth();
        page()->activate();

        QCOMPARE(page()->teamBox()->count(), 2); // All teams, Central
        QVERIFY(page()->teamBox()->isEnabled());

        QVERIFY(page()->selectMonth(m_april));
        QVERIFY(page()->selectLastMonth(m_may));
        QVERIFY(page()->selectTeam(QString()));
        QVERIFY(page()->shownReport()->isRange());
        QCOMPARE(page()->shownReport()->referralsReceived, 9);
        QVERIFY(page()->selectTeam(teamId));
        QCOMPARE(page()->shownReport()->referralsReceived, 2);
        QCOMPARE(page()->shownReport()->teamName, u"Central"_s);
        // No snapshot of a run: only today's figures, and Save says why not.
        QCOMPARE(page()->figuresBox()->count(), 1);
        auto *save = page()->findChild<QPushButton *>(QStringLiteral("saveSnapshotButton"));
        QVERIFY(!save->isEnabled());

        m_window->resize(1366, 768);
        QTest::qWait(50);
        auto problems = test::layoutProblems(m_window.get());
        problems << test::tabProblems(m_window.get()) << test::mnemonicProblems(m_window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        shoot(m_window.get(), "h13-reports-page.png");

        const QString pdf = m_out.filePath(QStringLiteral("central.pdf"));
        QVERIFY(page()->exportPdf(pdf));
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(text.contains(u"Monthly support counts: April 2026 to May 2026, Central"_s),
                 qPrintable(text));

        // The workbook, read back the way Excel would: its sheets and their cells.
        const QString book = m_out.filePath(QStringLiteral("central.xlsx"));
        QVERIFY(page()->exportXlsx(book));
        const QString workbook = unzipped(book, "xl/workbook.xml");
        for (const char *sheet : {"Report", "Referrals", "First contact", "Support episodes",
                                  "People supported", "Definitions"})
            QVERIFY2(workbook.contains(u"name=\""_s + QLatin1String(sheet) + u'"'),
                     qPrintable(workbook));
        const QString strings = unzipped(book, "xl/sharedStrings.xml");
        const QString referrals = unzipped(book, "xl/worksheets/sheet2.xml");
        // Header row, then "Referrals received" with 2 as a number cell (no t="s").
        QVERIFY(cellText(referrals, strings, "A1") == u"Figure"_s);
        QCOMPARE(cellText(referrals, strings, "C1"), u"Value"_s);
        QCOMPARE(cellText(referrals, strings, "A2"), u"Referrals received"_s);
        QCOMPARE(cellText(referrals, strings, "D2"), u"referrals_received"_s);
        QVERIFY2(
            QRegularExpression(uR"(<c r="C2"[^>]*><v>2</v></c>)"_s).match(referrals).hasMatch(),
            qPrintable(referrals));
        QVERIFY(referrals.contains(u"<col "_s)); // column widths set
        QCOMPARE(cellText(unzipped(book, "xl/worksheets/sheet1.xml"), strings, "B4"), u"Central"_s);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(book)));
    }

    // A file that cannot be written: said in words, and nothing left behind.
    void anUnwritableFileIsSaidAndLeavesNothing()
    {
        const QString path = m_out.filePath(QStringLiteral("no-such-folder/april.xlsx"));
        QVERIFY(!page()->exportXlsx(path));
        QVERIFY(!QFile::exists(path));
        QVERIFY2(page()->bannerText().contains(u"Could not save"_s),
                 qPrintable(page()->bannerText()));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"Could not save"_s));
        QVERIFY(!page()->exportCsv(m_out.filePath(QStringLiteral("no-such-folder/a.csv"))));
        QVERIFY(!page()->exportPdf(m_out.filePath(QStringLiteral("no-such-folder/a.pdf"))));
        QCOMPARE(QDir(m_out.filePath(QStringLiteral("no-such-folder"))).exists(), false);
    }

    // hubctl: --from/--to and --team, the workbook, and clear refusals.
    void hubctlCountsATeamOverMonths()
    {
        const QString path = m_out.filePath(QStringLiteral("hubctl-central.xlsx"));
        auto run = [&](const QStringList &extra) {
            return reportAs(u"sup.central"_s, extra);
        };
        const auto [code, out] =
            run({u"--from"_s, u"2026-04"_s, u"--to"_s, u"2026-05"_s, u"--team"_s, u"central"_s,
                 u"--format"_s, u"xlsx"_s, u"--out"_s, path});
        QVERIFY2(code == 0, qPrintable(out));
        const QString strings = unzipped(path, "xl/sharedStrings.xml");
        const QString referrals = unzipped(path, "xl/worksheets/sheet2.xml");
        QCOMPARE(cellText(referrals, strings, "A2"), u"Referrals received"_s);
        QVERIFY(
            QRegularExpression(uR"(<c r="C2"[^>]*><v>2</v></c>)"_s).match(referrals).hasMatch());

        const auto [jsonCode, json] =
            run({u"--from"_s, u"2026-04"_s, u"--to"_s, u"2026-05"_s, u"--team"_s, u"Central"_s});
        QCOMPARE(jsonCode, 0);
        QVERIFY2(json.contains(u"\"last_month\": \"2026-05\""_s), qPrintable(json));
        QVERIFY(json.contains(u"\"team\": \"Central\""_s));
        QVERIFY(json.contains(u"\"referrals_received\": 2,"_s));

        const auto [c1, e1] = run({u"--month"_s, u"2026-04"_s, u"--team"_s, u"Nowhere"_s});
        QCOMPARE(c1, 1);
        QVERIFY2(e1.contains(u"there is no team 'Nowhere' (there are: Central)"_s), qPrintable(e1));
        const auto [c2, e2] = run({u"--from"_s, u"2026-05"_s, u"--to"_s, u"2026-04"_s});
        QCOMPARE(c2, 1);
        QVERIFY2(e2.contains(u"--to 2026-04 is before --from 2026-05"_s), qPrintable(e2));
        const auto [c3, e3] = run({u"--month"_s, u"2026-04"_s, u"--from"_s, u"2026-04"_s});
        QCOMPARE(c3, 1);
        QVERIFY(e3.contains(u"not both"_s));
        const auto [c4, e4] = run({u"--month"_s, u"2026-04"_s, u"--format"_s, u"xlsx"_s, u"--out"_s,
                                   m_out.filePath(u"nowhere/x.xlsx"_s)});
        QCOMPARE(c4, 1);
        QVERIFY2(e4.contains(u"cannot write"_s), qPrintable(e4));
    }

    // A supervisor of a team: the Reports page offers their team alone and counts it; the
    // whole hub and another team cannot be chosen, on the page or through hubctl.
    void aTeamSupervisorSeesTheirTeamOnly()
    {
        const QString northId = util::newId();
        store::Transaction tx(m_db->db());
        QVERIFY(tx.isActive());
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(u"INSERT INTO team (id, name) VALUES ('%1', 'North')"_s.arg(northId)));
        auto supNorth = addUser(u"sup.north"_s, u"Kim Hale"_s, northId);
        const auto cwNorth = addUser(u"cw.north.1"_s, u"Ali Reed"_s, northId);
        supNorth.role = u"supervisor"_s;
        QVERIFY(
            q.exec(u"UPDATE app_user SET role = 'supervisor' WHERE id = '%1'"_s.arg(supNorth.id)));
        // North holds April's last referral; Central holds two (aTeamAndARunOfMonths).
        QVERIFY(q.exec(u"UPDATE referral SET assigned_to = '%1' WHERE id = (SELECT id FROM "
                       "referral WHERE received_at < '2026-05' ORDER BY received_at DESC "
                       "LIMIT 1)"_s.arg(cwNorth.id)));
        QVERIFY(tx.commit().ok());
        QVERIFY(demo::setDemoPasswords(m_db->db(), security::PasswordHasher::Cost::Minimum).ok());

        ui::ReportsPage north(*m_services, actorOf(supNorth));
        north.activate();
        QCOMPARE(north.teamBox()->count(), 1);
        QCOMPARE(north.teamBox()->currentText(), u"North"_s);
        QVERIFY(!north.teamBox()->isEnabled());
        QVERIFY(!north.selectTeam(QString()));
        QVERIFY(north.selectMonth(m_april));
        QCOMPARE(north.shownReport()->teamId, northId);
        QCOMPARE(north.shownReport()->referralsReceived, 1); // the hub's April: 5
        const QString central = page()->teamBox()->itemData(1).toString();
        QCOMPARE(page()->teamBox()->itemText(1), u"Central"_s);
        QVERIFY(!north.selectTeam(central));
        QCOMPARE(north.shownReport()->referralsReceived, 1);

        const auto [own, json] = reportAs(u"sup.north"_s, {u"--month"_s, u"2026-04"_s});
        QVERIFY2(own == 0, qPrintable(json));
        QVERIFY(json.contains(u"\"team\": \"North\""_s));
        QVERIFY(json.contains(u"\"referrals_received\": 1,"_s));
        const auto [other, refused] =
            reportAs(u"sup.north"_s, {u"--month"_s, u"2026-04"_s, u"--team"_s, u"Central"_s});
        QCOMPARE(other, 1);
        QVERIFY2(refused.contains(u"own team's figures only"_s), qPrintable(refused));
        QVERIFY(!refused.contains(u"referrals_received"_s));
    }

    void theCurrentMonthCannotBeSaved()
    {
        focusMonth();
        QTest::keyClick(focused(), Qt::Key_Home);
        QTRY_COMPARE(page()->month(), QDate(2026, 6, 1));
        auto *save = page()->findChild<QPushButton *>(QStringLiteral("saveSnapshotButton"));
        QVERIFY(save->isVisible());
        QVERIFY(!save->isEnabled());
        QVERIFY(page()->bannerText().contains(QStringLiteral("not over yet")));
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
