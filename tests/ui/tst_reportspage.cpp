#include "DeskFixture.h"
#include "ModalHelper.h"
#include "demo/DemoPasswords.h"
#include "reports/MonthlyReport.h"
#include "reports/ReportFiguresModel.h"
#include "reports/ReportLayout.h"
#include "reports/ReportWriters.h"
#include "reports/ReportsPage.h"
#include "reports/TrendChart.h"
#include "services/ContactService.h"
#include "services/SettingsService.h"

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
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QtTest>

using namespace hub;

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

private Q_SLOTS:
    void initTestCase()
    {
        openDatabase();
        startServices();
        seed();
        m_worker = actorOf(m_sup);
        showWindow();
        m_out = QDir(m_db->dir());
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
        QCOMPARE(file.readAll(), reports::toCsv(expected(m_april, page()->shownReport()->asOf)));
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

        // Today's data, one keystroke away.
        focusMonth();
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
