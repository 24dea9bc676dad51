#include "DeskFixture.h"
#include "ModalHelper.h"
#include "UiChecks.h"
#include "referrals/ImportPages.h"
#include "referrals/ImportPreviewModel.h"
#include "referrals/ImportWizard.h"
#include "referrals/InboxModel.h"
#include "referrals/InboxPage.h"
#include "services/ReferralImportService.h"
#include "services/SettingsService.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace hub;
using services::ImportRow;

// Referrals > Import from file...: a coordinator maps a force's CSV export once, sees every
// row's outcome before anything is written, imports the valid rows into the team's inbox
// (the others set aside in FILE.rejected.csv), and importing the file again adds nothing.
// Caseworkers see the menu item only when the hub's setting lets them import.
class TestImportWizard : public QObject, public test::DeskFixture
{
    Q_OBJECT

    QTemporaryDir m_dir;
    domain::Team m_team;
    domain::User m_supervisor;
    domain::User m_caseworker;
    domain::User m_admin;
    domain::Person m_kasia;
    domain::Person m_daniel;

    // A force's export with its own header words (stray spaces, other case), dd/MM/yyyy
    // dates, its offence wording and Y/N flags: a new person, one already on file, and a
    // row whose received date does not exist.
    QString writeCsv()
    {
        const QByteArray csv =
            "Forename,  SURNAME ,DOB,Tel No,Post Code,Crime Ref,Offence,Vulnerable,"
            "Date Received,Force Ref\r\n"
            "Amara,Okafor,12/03/1990,07700 900123,PE1 1AA,CF/1001/26,Assault ABH,Y,"
            "08/06/2026,REF1001\r\n"
            "Katarzyna,Wiśniewska,14/02/1988,07700 900111,CB4 1AA,CF/1002/26,Burglary dwelling,N,"
            "08/06/2026,REF1002\r\n"
            "\"Jo, Anne\",Smith-Jones,01/01/1975,,PE2 2BB,CF/1003/26,Assault ABH,N,"
            "31/02/2026,REF1003\r\n"
            "Daniel,Hughes,05/05/1979,07700 900555,PE3 3AB,CF/1004/26,Burglary dwelling,N,"
            "09/06/2026,REF1004\r\n";
        const auto path = m_dir.filePath(QStringLiteral("force-export.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            qFatal("cannot write the CSV file");
        return path;
    }

    static domain::User user(const QString &name, const QString &role, const QString &team)
    {
        return domain::User{util::newId(), name.toLower(), name, role, team, true};
    }

    // The window of `u`, with the wizard opened from its Referrals menu.
    ui::ImportWizard *openWizard(const domain::User &u)
    {
        m_worker = actorOf(u);
        showWindow();
        auto *action = m_window->findChild<QAction *>(QStringLiteral("importReferralsAction"));
        if (!action || !action->isVisible())
            return nullptr;
        m_window->showPage(ui::MainWindow::Referrals);
        auto *wizard = new ui::ImportWizard(*m_services, m_worker, m_window.get());
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->setWindowModality(Qt::ApplicationModal); // as exec() opens it
        wizard->move(m_window->geometry().center() - wizard->rect().center());
        wizard->show();
        // Offscreen, the window's own activation may still be queued: ask until it is done.
        if (!QTest::qWaitFor([wizard] {
                wizard->activateWindow();
                QCoreApplication::processEvents();
                return QApplication::activeWindow() == wizard;
            })) {
            qWarning() << "not active:" << QApplication::activeWindow()
                       << QApplication::activeModalWidget() << QApplication::topLevelWidgets();
            return nullptr;
        }
        return wizard;
    }

    static void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

    // The page as the desk shows it: the window at 1366x768, dimmed, the wizard over it.
    // (The last page has one control, Finish: no Tab round to check.)
    void picture(ui::ImportWizard *wizard, const char *name, bool tabRound = true)
    {
        settle();
        // Nothing squeezed or cut off, no Alt key taken twice, Tab round every control.
        auto problems = test::layoutProblems(wizard) + test::mnemonicProblems(wizard);
        if (tabRound)
            problems += test::tabProblems(wizard);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QPixmap shot = m_window->grab();
        QCOMPARE(shot.size(), QSize(1366, 768));
        QPainter painter(&shot);
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 70));
        painter.drawPixmap(m_window->mapFromGlobal(wizard->mapToGlobal(QPoint(0, 0))),
                           wizard->grab());
        painter.end();
        const auto dir = qEnvironmentVariable("HUB_GUIDE_PICTURES");
        if (!dir.isEmpty())
            QVERIFY(shot.save(
                QDir(dir).filePath(QStringLiteral("h14-wizard-%1.png").arg(QLatin1String(name))),
                "PNG"));
    }

    static void choose(QComboBox *combo, const QString &data)
    {
        QVERIFY2(combo, "no such combo");
        const int i = combo->findData(data);
        QVERIFY2(i >= 0, qPrintable(data));
        combo->setCurrentIndex(i);
    }

    int inboxRows() const { return m_window->inboxPage()->model()->rowCount(); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        openDatabase();
        m_team = domain::Team{util::newId(), QStringLiteral("North")};
        QVERIFY(store::TeamRepository(m_db->db()).insert(m_team).ok());
        m_supervisor =
            user(QStringLiteral("Grace Adeyemi"), QStringLiteral("supervisor"), m_team.id);
        m_caseworker = user(QStringLiteral("Tom Price"), QStringLiteral("caseworker"), m_team.id);
        m_admin = user(QStringLiteral("Ada Admin"), QStringLiteral("admin"), QString());
        for (const auto &u : {m_supervisor, m_caseworker, m_admin})
            QVERIFY(store::UserRepository(m_db->db()).insert(u).ok());
        m_kasia = addPerson(QStringLiteral("Katarzyna"), QStringLiteral("Wiśniewska"), true,
                            QDate(1988, 2, 14));
        m_kasia.phone = QStringLiteral("07700 900111");
        m_kasia.postcode = QStringLiteral("CB4 1AA");
        QVERIFY(store::PersonRepository(m_db->db()).update(m_kasia).ok());
        // Same name and date of birth, nothing else: a person must decide.
        m_daniel =
            addPerson(QStringLiteral("Daniel"), QStringLiteral("Hughes"), true, QDate(1979, 5, 5));
        startServices();
    }

    void cleanup() { closeAll(); }

    void mapPreviewImportThenAgainAddsNothing()
    {
        const auto path = writeCsv();
        auto *wizard = openWizard(m_supervisor);
        QVERIFY(wizard);
        const int before = inboxRows();

        // 1. The file and "New mapping...": the encoding and delimiter found are shown.
        auto *file = wizard->filePage();
        QCOMPARE(file->profileCombo()->currentText(), ui::ImportFilePage::newMappingText());
        QTest::keyClicks(file->fileEdit(), QDir::toNativeSeparators(path));
        file->readFile();
        QVERIFY2(file->errorFor(QStringLiteral("file")).isEmpty(),
                 qPrintable(file->errorFor(QStringLiteral("file"))));
        QVERIFY2(file->detectedLabel()->text().contains(QStringLiteral("UTF-8")),
                 qPrintable(file->detectedLabel()->text()));
        QVERIFY(file->detectedLabel()->text().contains(QStringLiteral("4 rows")));
        picture(wizard, "file");
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::ImportWizard::MappingPage));

        // 2. The mapping: the file's header in the sample, columns chosen for each field
        // (the ones whose header reads like the field are chosen already).
        auto *map = wizard->mappingPage();
        QCOMPARE(map->sampleTable()->columnCount(), 10);
        QCOMPARE(map->sampleTable()->horizontalHeaderItem(1)->text(), QStringLiteral("SURNAME"));
        QCOMPARE(map->columnCombo(QStringLiteral("family_name"))->currentData().toString(),
                 QStringLiteral("SURNAME"));
        QCOMPARE(map->columnCombo(QStringLiteral("postcode"))->currentData().toString(),
                 QStringLiteral("Post Code"));
        // Forename, DOB, Tel No... are words forces use: chosen already too.
        for (const auto &[field, header] : {std::pair{"given_name", "Forename"},
                                            {"date_of_birth", "DOB"},
                                            {"phone", "Tel No"},
                                            {"crime_reference", "Crime Ref"},
                                            {"offence_group", "Offence"},
                                            {"received_at", "Date Received"},
                                            {"force_referral_id", "Force Ref"},
                                            {"vulnerable", "Vulnerable"}})
            QCOMPARE(map->columnCombo(QString::fromLatin1(field))->currentData().toString(),
                     QString::fromLatin1(header));
        // Columns that are not in the file stay unmapped; one chosen by hand takes effect.
        QCOMPARE(map->columnCombo(QStringLiteral("email"))->currentData().toString(), QString());
        choose(map->columnCombo(QStringLiteral("vulnerable")), QString());
        // The translations list the file's own wording of each coded column.
        QCOMPARE(map->valuesTable()->rowCount(), 2);
        auto *abh = map->valueCombo(QStringLiteral("offence_group"), QStringLiteral("Assault ABH"));
        QVERIFY(abh);
        QVERIFY(
            map->valueCombo(QStringLiteral("offence_group"), QStringLiteral("Burglary dwelling")));
        choose(map->columnCombo(QStringLiteral("vulnerable")), QStringLiteral("Vulnerable"));
        QCOMPARE(map->valuesTable()->rowCount(), 4);
        abh = map->valueCombo(QStringLiteral("offence_group"), QStringLiteral("Assault ABH"));
        choose(abh, QStringLiteral("violence_with_injury"));
        choose(
            map->valueCombo(QStringLiteral("offence_group"), QStringLiteral("Burglary dwelling")),
            QStringLiteral("burglary_residential"));
        choose(map->valueCombo(QStringLiteral("vulnerable"), QStringLiteral("Y")),
               QStringLiteral("yes"));
        choose(map->valueCombo(QStringLiteral("vulnerable"), QStringLiteral("N")),
               QStringLiteral("no"));

        // Without a name the mapping is not saved: said beside the name, the rest kept.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::ImportWizard::MappingPage));
        QVERIFY2(!map->errorFor(QStringLiteral("name")).isEmpty(), qPrintable(map->errorSummary()));
        QCOMPARE(map->columnCombo(QStringLiteral("given_name"))->currentData().toString(),
                 QStringLiteral("Forename"));
        QTest::keyClicks(map->nameEdit(), QStringLiteral("North force weekly"));
        picture(wizard, "mapping");
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::ImportWizard::PreviewPage));
        auto saved = services::ReferralImportService(m_services->context)
                         .profile(m_worker, QStringLiteral("North force weekly"));
        QVERIFY2(saved.ok(), qPrintable(saved.error().describe()));
        QCOMPARE(saved->columns.value(QStringLiteral("given_name")), QStringLiteral("Forename"));
        QCOMPARE(saved->values.value(QStringLiteral("offence_group"))
                     .value(QStringLiteral("Assault ABH")),
                 QStringLiteral("violence_with_injury"));

        // 3. The preview: each row's class; nothing written yet.
        auto *preview = wizard->previewPage();
        auto *model = preview->model();
        QCOMPARE(model->rowCount(), 4);
        const auto outcome = [model](int row) {
            return model->index(row, ui::ImportPreviewModel::Outcome).data().toString();
        };
        QCOMPARE(outcome(0), QStringLiteral("New person"));
        QVERIFY2(outcome(1).startsWith(QStringLiteral("Existing person (score")),
                 qPrintable(outcome(1)));
        QVERIFY2(model->index(1, ui::ImportPreviewModel::Why)
                     .data()
                     .toString()
                     .contains(QStringLiteral("date of birth")),
                 qPrintable(model->index(1, ui::ImportPreviewModel::Why).data().toString()));
        QCOMPARE(outcome(2), QStringLiteral("Error"));
        const auto why = model->index(2, ui::ImportPreviewModel::Why).data().toString();
        QVERIFY2(why.contains(QStringLiteral("line 4")) &&
                     why.contains(QStringLiteral("Date Received")) &&
                     why.contains(QStringLiteral("31/02/2026")),
                 qPrintable(why));
        QVERIFY2(outcome(3) == QStringLiteral("Possible duplicate: decide"),
                 qPrintable(model->index(3, ui::ImportPreviewModel::Why).data().toString()));
        QVERIFY2(model->index(3, ui::ImportPreviewModel::Why)
                     .data()
                     .toString()
                     .startsWith(QStringLiteral("Daniel Hughes: same name and date of birth")),
                 qPrintable(model->index(3, ui::ImportPreviewModel::Why).data().toString()));
        const auto counts = preview->countsLabel()->text();
        QVERIFY2(counts.contains(QStringLiteral("4 rows")) &&
                     counts.contains(QStringLiteral("1 new person")) &&
                     counts.contains(QStringLiteral("1 existing person")) &&
                     counts.contains(QStringLiteral("1 possible duplicate (1 to decide)")) &&
                     counts.contains(QStringLiteral("1 error")),
                 qPrintable(counts));
        QCOMPARE(inboxRows(), before);
        // Filtered to one kind: its rows only, or the empty state.
        choose(preview->filterCombo(), QString::number(int(ImportRow::Kind::Error)));
        QCOMPARE(preview->shownRows(), 1);
        choose(preview->filterCombo(), QString::number(int(ImportRow::Kind::AlreadyImported)));
        QCOMPARE(preview->shownRows(), 0);
        QVERIFY(preview->findChild<QWidget *>(QStringLiteral("importPreviewEmpty"))->isVisible());
        // The duplicate: the coordinator decides it is the person on file.
        choose(preview->filterCombo(), QString::number(int(ImportRow::Kind::PossibleDuplicate)));
        QCOMPARE(preview->shownRows(), 1);
        preview->view()->setCurrentIndex(preview->view()->model()->index(0, 0));
        auto *importButton = wizard->button(QWizard::CommitButton);
        QVERIFY(importButton->isVisible());
        QVERIFY(!importButton->isEnabled());
        preview->view()->setFocus();
        QVERIFY(
            preview->findChild<QWidget *>(QStringLiteral("importUsePersonButton"))->isEnabled());
        QTest::keyClick(preview->view(), Qt::Key_T, Qt::AltModifier); // It is them
        // (Alt and a button's letter clicks it the way a mouse would, a moment later.)
        QTRY_COMPARE(outcome(3), QStringLiteral("Possible duplicate: it is them"));
        choose(preview->filterCombo(), QStringLiteral("-1"));
        // The error still blocks Import until the valid rows are accepted on their own.
        QVERIFY(!importButton->isEnabled());
        preview->acceptValidCheck()->click();
        QVERIFY(preview->acceptValidCheck()->text().contains(
            QStringLiteral("force-export.rejected.csv")));
        QVERIFY(importButton->isEnabled());
        // The highlighted row in full below the list.
        preview->view()->setCurrentIndex(preview->view()->model()->index(2, 0));
        QVERIFY2(preview->detailLabel()->text().startsWith(
                     QStringLiteral("Error: line 4, column Date Received")) &&
                     preview->detailLabel()->text().contains(QStringLiteral("31/02/2026")),
                 qPrintable(preview->detailLabel()->text()));
        picture(wizard, "preview");

        // 4. Import: two referrals in the inbox, the bad row set aside.
        importButton->click();
        QTRY_COMPARE(wizard->currentId(), int(ui::ImportWizard::SummaryPage));
        const auto summary = wizard->summaryPage()->summaryLabel()->text();
        QVERIFY2(summary.contains(QStringLiteral("3 referrals added")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 new person")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("force-export.rejected.csv")),
                 qPrintable(summary));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("force-export.rejected.csv"))));
        picture(wizard, "summary", false);
        wizard->button(QWizard::FinishButton)->click();
        m_window->inboxPage()->refresh();
        QTRY_COMPARE(inboxRows(), before + 3);

        // Again, with the saved mapping: every valid row is already imported; nothing to add.
        auto *again = new ui::ImportWizard(*m_services, m_worker, m_window.get());
        again->setAttribute(Qt::WA_DeleteOnClose);
        again->show();
        auto *file2 = again->filePage();
        QCOMPARE(file2->profileCombo()->currentText(), QStringLiteral("North force weekly"));
        QVERIFY(!file2->editCheck()->isChecked());
        file2->fileEdit()->setText(path);
        file2->readFile();
        again->next();
        QCOMPARE(again->currentId(), int(ui::ImportWizard::PreviewPage));
        auto *model2 = again->previewPage()->model();
        QCOMPARE(model2->rowCount(), 4);
        for (int row : {0, 1, 3})
            QCOMPARE(model2->index(row, ui::ImportPreviewModel::Outcome).data().toString(),
                     QStringLiteral("Already imported"));
        again->previewPage()->acceptValidCheck()->click();
        QVERIFY(!again->button(QWizard::CommitButton)->isEnabled());
        again->close();
        m_window->inboxPage()->refresh();
        QCOMPARE(inboxRows(), before + 3);
    }

    void caseworkerSeesTheItemOnlyWhenTheHubAllows()
    {
        // Work > Import referrals from file, and Import from file in the Referrals section.
        const auto offered = [this] {
            auto *action = m_window->findChild<QAction *>(QStringLiteral("importReferralsAction"));
            auto *work = m_window->findChild<QMenu *>(QStringLiteral("recordMenu"));
            auto *button = m_window->inboxPage()->findChild<QPushButton *>(
                QStringLiteral("importReferralsButton"));
            if (!action || !work || !button)
                qFatal("no import action, Work menu or import button");
            const bool inMenu = work->actions().contains(action) && action->isVisible() &&
                                action->isEnabled() && work->menuAction()->isVisible();
            m_window->showPage(ui::MainWindow::Referrals);
            if (inMenu != button->isVisible())
                qWarning("the menu and the button disagree");
            return inMenu && button->isVisible();
        };
        m_worker = actorOf(m_caseworker);
        showWindow();
        QVERIFY(!offered());
        // Ctrl+Shift+I does nothing for them either.
        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!QApplication::activeModalWidget());
        m_window.reset();

        QVERIFY(services::SettingsService(m_services->context)
                    .setCaseworkersMayImport(actorOf(m_admin), true)
                    .ok());
        showWindow();
        QVERIFY(offered());
        // The section's button opens the wizard.
        bool opened = false;
        test::whenModal<QDialog>([&opened](QDialog *dialog) {
            auto *wizard = qobject_cast<ui::ImportWizard *>(dialog);
            QVERIFY(wizard);
            opened = true;
            QCOMPARE(wizard->currentId(), int(ui::ImportWizard::FilePage));
            wizard->reject();
        });
        auto *button = m_window->inboxPage()->findChild<QPushButton *>(
            QStringLiteral("importReferralsButton"));
        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::AltModifier);
        QTRY_VERIFY(opened);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(button->isVisible());

        // A supervisor always may.
        m_window.reset();
        m_worker = actorOf(m_supervisor);
        showWindow();
        QVERIFY(offered());
    }

    void aFileThatCannotBeReadIsSaidBesideTheFieldAndKept()
    {
        auto *wizard = openWizard(m_supervisor);
        QVERIFY(wizard);
        auto *file = wizard->filePage();
        const auto missing = m_dir.filePath(QStringLiteral("nowhere.csv"));
        file->fileEdit()->setText(missing);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::ImportWizard::FilePage));
        QVERIFY2(file->errorFor(QStringLiteral("file")).contains(QStringLiteral("nowhere.csv")),
                 qPrintable(file->errorFor(QStringLiteral("file"))));
        QCOMPARE(file->fileEdit()->text(), missing);
        QVERIFY2(file->fileEdit()->hasFocus(),
                 qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                        : QStringLiteral("none")));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
