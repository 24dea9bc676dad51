// The Administration pages of issue 15 driven as a person would, offscreen, on real SQLite
// files (and a real PostgreSQL hub for the desk logins): hub settings, backup and restore,
// archives and the hub's desk logins.

#include "../core/tst_sync_fixture.h"
#include "EmptyState.h"
#include "ModalHelper.h"
#include "TempDatabase.h"
#include "UiFixtures.h"
#include "admin/AdminPage.h"
#include "admin/ArchivePage.h"
#include "admin/BackupPage.h"
#include "admin/HubLoginsPage.h"
#include "admin/HubSettingsPage.h"
#include "auth/SessionLock.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/DeskService.h"
#include "services/SettingsService.h"
#include "store/Snapshot.h"
#include "sync/SyncSettings.h"
#include "widgets/FieldErrors.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextStream>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace hub;
using services::SettingsService;

namespace {

const QString kAdminPassword = QStringLiteral("synthetic-admin-pass-1");
const QString kPassphrase = QStringLiteral("synthetic backup passphrase 1");

// People in a database file, read through a connection of its own.
int peopleIn(const QString &path)
{
    auto db = store::Database::open(path, store::Database::Migrate::No);
    if (!db.ok())
        return -1;
    QSqlQuery q(db.value()->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM person")) && q.next() ? q.value(0).toInt()
                                                                             : -1;
}

void fillBackup(ui::BackupPage *page, const QString &folder, const QString &confirm = kPassphrase)
{
    page->setKdfCost(backup::KdfCost::Minimum);
    page->folderEdit()->setText(folder);
    page->passphraseEdit()->setFocus();
    QTest::keyClicks(page->passphraseEdit(), kPassphrase);
    QTest::keyClicks(page->confirmEdit(), confirm);
}

bool waitIdle(ui::BackupPage *page)
{
    return QTest::qWaitFor([page] { return !page->isBusy(); }, 60000);
}

// The child of backupOnAFullDiskLeavesNothing: backs up `db` into `folder` through the page
// with every file this process writes limited to `limit` bytes (RLIMIT_FSIZE: a write past
// it fails with EFBIG, as on a full disk), and prints how the page ended.
int fileSizeLimitChild(const QString &dbPath, const QString &folder, qint64 limit,
                       const QString &userId)
{
    auto db = store::Database::open(dbPath, store::Database::Migrate::No);
    if (!db.ok())
        return 2;
    services::Services services(*db.value());
    ui::BackupPage page(services,
                        {userId, QStringLiteral("admin"), QString(), QStringLiteral("test-pc")});
    page.show();
    fillBackup(&page, folder);
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit size{rlim_t(limit), rlim_t(limit)};
    if (setrlimit(RLIMIT_FSIZE, &size) != 0)
        return 3;
    QTest::mouseClick(page.backUpButton(), Qt::LeftButton);
    if (!waitIdle(&page))
        return 4;
    QTextStream(stdout) << page.backupStatus()->text() << Qt::endl;
    return 0;
}

} // namespace

class TestAdminPages : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<services::Services> m_services;
    domain::Actor m_admin, m_supervisor;

    // The Admin section of `actor`, shown at the docs' size, on the tab whose page is `name`.
    std::unique_ptr<ui::AdminPage> show(const domain::Actor &actor, const QString &name)
    {
        auto page = std::make_unique<ui::AdminPage>(*m_services, actor);
        page->resize(1366, 768);
        page->show();
        if (!QTest::qWaitForWindowActive(page.get()))
            qWarning("the page was not shown");
        auto *tabs = page->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->objectName() == name)
                QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                                  tabs->tabBar()->tabRect(i).center());
        }
        return page;
    }

    static void picture(QWidget *w, const QString &name)
    {
        // The layout takes in what the last step wrote before the picture.
        QCoreApplication::processEvents();
        if (const auto dir = qEnvironmentVariable("HUB_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(w->grab().save(dir + QStringLiteral("/h15-pages-%1.png").arg(name)));
    }

    // Replaces what is in `edit` with `text`, typed.
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    qint64 settingsEvents()
    {
        services::AuditQuery q;
        q.action = QStringLiteral("settings.change");
        auto n = services::AuditService(m_services->context).count(m_admin, q);
        return n.ok() ? n.value() : -1;
    }

private Q_SLOTS:
    void init()
    {
        QSettings().remove(QStringLiteral("backup"));
        QSettings().remove(QStringLiteral("sync/hubUrl"));
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY(m_db->ok());
        m_services = std::make_unique<services::Services>(m_db->db());
        services::AuthService auth(m_services->context, security::PasswordHasher::Cost::Minimum);
        auto admin = auth.createFirstAdmin(QStringLiteral("admin1"), QStringLiteral("Ada Admin"),
                                           kAdminPassword, QStringLiteral("test-pc"));
        QVERIFY2(admin.ok(), qPrintable(admin.error().describe()));
        m_admin = admin.value();
        auto sup = auth.addUser(m_admin, QStringLiteral("sup1"), QStringLiteral("Sam Super"),
                                QStringLiteral("supervisor"), QString(),
                                QStringLiteral("synthetic-temp-pass-2"));
        QVERIFY(sup.ok());
        m_supervisor = {sup->id, QStringLiteral("supervisor"), QString(),
                        QStringLiteral("test-pc")};
        test::seedPeople(m_db->db(), 12);
    }

    void cleanup()
    {
        m_services.reset();
        m_db.reset();
    }

    // An administrator types new values and saves: the core's values change, on the audit
    // trail; the page shows them again after Revert.
    void settingsSavedReachTheCore()
    {
        auto admin = show(m_admin, QStringLiteral("hubSettingsPage"));
        auto *page = admin->findChild<ui::HubSettingsPage *>();
        QVERIFY(page);
        QCOMPARE(admin->tabs()->currentWidget(), page);
        QVERIFY(!page->isReadOnly());
        QCOMPARE(page->field(SettingsService::standardDaysKey())->text(), QStringLiteral("5"));
        QCOMPARE(page->field(SettingsService::lockMinutesKey())->text(), QStringLiteral("10"));
        picture(admin.get(), QStringLiteral("settings"));
        const auto before = settingsEvents();

        retype(page->field(SettingsService::enhancedDaysKey()), QStringLiteral("3"));
        retype(page->field(SettingsService::standardDaysKey()), QStringLiteral("7"));
        retype(page->field(SettingsService::lockMinutesKey()), QStringLiteral("5"));
        retype(page->field(SettingsService::retentionYearsKey()), QStringLiteral("8"));
        page->caseworkersImportBox()->setFocus();
        QTest::keyClick(page->caseworkersImportBox(), Qt::Key_Space);
        QTest::keyClick(page, Qt::Key_S, Qt::ControlModifier);

        QCOMPARE(page->errors().summary(), QString());
        const auto now = SettingsService::hubSettings(m_db->db());
        QCOMPARE(now.days, (services::VictimsCodeDays{3, 7}));
        QCOMPARE(now.lockMinutes, 5);
        QCOMPARE(now.retentionYears, 8);
        QVERIFY(now.caseworkersMayImport);
        QCOMPARE(now.massDeletePercent, 30);
        QCOMPARE(SettingsService::storedLockMinutes(m_db->db()), std::optional<int>(5));
        // The open context's clock follows at once.
        QCOMPARE(m_services->context.victimsCode.daysFor(false), 7);
        QCOMPARE(settingsEvents(), before + 1);
        QVERIFY(page->statusLabel()->text().contains(QLatin1String("Saved")));

        // Typed but not saved, then Revert: the stored values again.
        retype(page->field(SettingsService::massDeletePercentKey()), QStringLiteral("50"));
        QTest::mouseClick(page->revertButton(), Qt::LeftButton);
        QCOMPARE(page->field(SettingsService::massDeletePercentKey())->text(),
                 QStringLiteral("30"));
        QCOMPARE(SettingsService::massDeletePercent(m_db->db()), 30);
    }

    // A value the service refuses: the field is named, the typed text kept, nothing saved.
    void badValueIsRefusedWithTheFieldNamed_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("words");
        QTest::newRow("days too long")
            << SettingsService::standardDaysKey() << "45"
            << "Standard (working days) must be between 1 and 30 working days, not 45";
        QTest::newRow("enhanced longer") << SettingsService::enhancedDaysKey() << "6"
                                         << "cannot allow longer (6 days) than the standard";
        QTest::newRow("lock zero") << SettingsService::lockMinutesKey() << "0"
                                   << "Lock after (minutes) must be between 1 and 60 minutes";
        QTest::newRow("not a number") << SettingsService::retentionYearsKey() << "six"
                                      << "Retention (years) must be a whole number, not \"six\"";
        QTest::newRow("percent") << SettingsService::massDeletePercentKey() << "101"
                                 << "between 1 and 100 per cent, not 101";
    }

    void badValueIsRefusedWithTheFieldNamed()
    {
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(QString, words);
        auto admin = show(m_admin, QStringLiteral("hubSettingsPage"));
        auto *page = admin->findChild<ui::HubSettingsPage *>();
        const auto before = SettingsService::hubSettings(m_db->db());
        const auto events = settingsEvents();
        // Another field changed too: nothing at all is saved.
        retype(page->field(SettingsService::retentionYearsKey()) == page->field(key)
                   ? page->field(SettingsService::lockMinutesKey())
                   : page->field(SettingsService::retentionYearsKey()),
               QStringLiteral("9"));
        retype(page->field(key), typed);
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QVERIFY2(page->errors().text(key).contains(words), qPrintable(page->errors().text(key)));
        QVERIFY(page->errors().summary().startsWith(QLatin1String("Nothing was saved")));
        QCOMPARE(page->field(key)->text(), typed);
        QVERIFY(page->field(key)->hasFocus());
        const auto after = SettingsService::hubSettings(m_db->db());
        QCOMPARE(after.retentionYears, before.retentionYears);
        QCOMPARE(after.lockMinutes, before.lockMinutes);
        QCOMPARE(after.days, before.days);
        QCOMPARE(settingsEvents(), events);
        if (QByteArray(QTest::currentDataTag()) == "days too long")
            picture(admin.get(), QStringLiteral("settings-error"));
    }

    // The hub's inactivity lock is the longest a desk waits; a desk may only shorten it.
    void hubLockCapsTheDesk()
    {
        const auto key = QStringLiteral("security/lockMinutes");
        QSettings().setValue(key, 30);
        QCOMPARE(ui::SessionLock::configuredMinutes(std::nullopt), 30);
        QCOMPARE(ui::SessionLock::configuredMinutes(5), 5);
        QSettings().setValue(key, 3);
        QCOMPARE(ui::SessionLock::configuredMinutes(5), 3);
        QSettings().remove(key);
        QCOMPARE(ui::SessionLock::configuredMinutes(7), 7);
        QCOMPARE(ui::SessionLock::configuredMinutes(std::nullopt), 10);
    }

    // A supervisor reads the settings and cannot change them.
    void supervisorReadsOnly()
    {
        auto sup = show(m_supervisor, QStringLiteral("hubSettingsPage"));
        auto *page = sup->findChild<ui::HubSettingsPage *>();
        QVERIFY(page);
        QVERIFY(page->isReadOnly());
        QVERIFY(page->field(SettingsService::standardDaysKey())->isReadOnly());
        QVERIFY(!page->caseworkersImportBox()->isEnabled());
        QVERIFY(!page->saveButton()->isVisible());
        QCOMPARE(page->field(SettingsService::standardDaysKey())->text(), QStringLiteral("5"));
        QVERIFY(!page->save());
        // Nor can the service be made to.
        SettingsService::HubSettings s;
        s.days.standard = 9;
        QVERIFY(!SettingsService(m_services->context).setHubSettings(m_supervisor, s).ok());
        QCOMPARE(SettingsService::victimsCodeDays(m_db->db()).standard, 5);
    }

    // Back up now with a progress bar; the file restores through the page into a new file
    // that opens with the same people; the database in use is not touched.
    void backupRestoresIntoANewFile()
    {
        auto admin = show(m_admin, QStringLiteral("backupPage"));
        auto *page = admin->findChild<ui::BackupPage *>();
        QVERIFY(page);
        QCOMPARE(admin->tabs()->currentWidget(), page);
        const QString folder = m_db->file(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(folder));
        fillBackup(page, folder);
        int progressSeen = 0;
        connect(page->backupProgress(), &QProgressBar::valueChanged, this,
                [&](int v) { progressSeen = std::max(progressSeen, v); });
        QSignalSpy done(page, &ui::BackupPage::backupFinished);
        page->backUpButton()->setFocus();
        QTest::keyClick(page->backUpButton(), Qt::Key_Space);
        QVERIFY(page->backupProgress()->isVisible());
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(!page->backupProgress()->isVisible());
        QCOMPARE(progressSeen, 1000);
        const auto files = ui::BackupPage::backupsIn(folder);
        QCOMPARE(files.size(), 1);
        QVERIFY2(page->backupStatus()->text().contains(QLatin1String("Backed up")),
                 qPrintable(page->backupStatus()->text()));
        // The folder is remembered, the passphrase nowhere.
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("backup/folder")).toString(), folder);
        settings.sync();
        QFile conf(settings.fileName());
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY(!conf.readAll().contains(kPassphrase.toUtf8()));
        picture(admin.get(), QStringLiteral("backup"));

        const auto target = m_db->file(QStringLiteral("restored.db"));
        page->restoreFileEdit()->setText(files.first());
        QTest::keyClicks(page->restorePassphraseEdit(), kPassphrase);
        QTest::keyClicks(page->restorePasswordEdit(), kAdminPassword);
        page->restoreTargetEdit()->setText(target);
        QString warning;
        test::whenModal<QMessageBox>([&](QMessageBox *box) {
            warning = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        QSignalSpy restored(page, &ui::BackupPage::restoreFinished);
        page->restoreButton()->setFocus();
        QTest::keyClick(page->restoreButton(), Qt::Key_Space);
        QVERIFY(warning.contains(QLatin1String("is not changed")));
        QVERIFY(restored.wait(60000));
        QVERIFY2(restored.first().first().toBool(), qPrintable(page->restoreStatus()->text()));
        QVERIFY(page->restoreStatus()->text().contains(
            QStringLiteral("victimshub --db %1").arg(QDir::toNativeSeparators(target))));
        QCOMPARE(peopleIn(target), 12);
        QCOMPARE(peopleIn(m_db->path()), 12);
        picture(admin.get(), QStringLiteral("restore"));

        // Never into a file that exists, nor over the database in use.
        for (const auto &where : {target, m_db->path()}) {
            page->restoreTargetEdit()->setText(where);
            QVERIFY(!page->restoreNow());
            QVERIFY(
                page->restoreStatus()->text().startsWith(QLatin1String("Nothing was restored")));
        }
    }

    // A wrong passphrase: one clear message, no file written. Two passphrases that differ:
    // no backup.
    void wrongPassphraseRestoresNothing()
    {
        auto admin = show(m_admin, QStringLiteral("backupPage"));
        auto *page = admin->findChild<ui::BackupPage *>();
        const QString folder = m_db->file(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(folder));
        fillBackup(page, folder, QStringLiteral("synthetic backup passphrase 2"));
        QVERIFY(!page->backUpNow());
        QVERIFY(page->backupStatus()->text().contains(QLatin1String("the two passphrases differ")));
        QVERIFY(ui::BackupPage::backupsIn(folder).isEmpty());
        page->confirmEdit()->clear();
        QTest::keyClicks(page->confirmEdit(), kPassphrase);
        QSignalSpy done(page, &ui::BackupPage::backupFinished);
        QVERIFY(page->backUpNow());
        QVERIFY(done.wait(60000));
        const auto file = page->lastBackup();
        QVERIFY(QFileInfo::exists(file));

        const auto target = m_db->file(QStringLiteral("restored.db"));
        page->restoreFileEdit()->setText(file);
        QTest::keyClicks(page->restorePassphraseEdit(), QStringLiteral("not the passphrase"));
        QTest::keyClicks(page->restorePasswordEdit(), kAdminPassword);
        page->restoreTargetEdit()->setText(target);
        test::whenModal<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QSignalSpy restored(page, &ui::BackupPage::restoreFinished);
        QVERIFY(page->restoreNow());
        QVERIFY(restored.wait(60000));
        QCOMPARE(restored.first().first().toBool(), false);
        QVERIFY2(page->restoreStatus()->text().contains(QLatin1String("wrong passphrase")),
                 qPrintable(page->restoreStatus()->text()));
        QVERIFY(!QFileInfo::exists(target));
        picture(admin.get(), QStringLiteral("restore-wrong-passphrase"));
    }

    // The daily schedule keeps the last N backups of the folder.
    void dailyScheduleKeepsTheLastN()
    {
        auto admin = show(m_admin, QStringLiteral("backupPage"));
        auto *page = admin->findChild<ui::BackupPage *>();
        const QString folder = m_db->file(QStringLiteral("daily"));
        QVERIFY(QDir().mkpath(folder));
        fillBackup(page, folder);
        page->keepBox()->setValue(2);
        page->dailyBox()->setChecked(true);
        QVERIFY(!page->runSchedule(true)); // no passphrase yet this session
        QSignalSpy done(page, &ui::BackupPage::backupFinished);
        QVERIFY(page->backUpNow());
        QVERIFY(done.wait(60000));
        QVERIFY(page->hasSessionPassphrase());
        QVERIFY(!page->runSchedule()); // one a day
        for (int i = 0; i < 2; ++i) {
            QVERIFY(page->runSchedule(true));
            QVERIFY(done.wait(60000));
            QVERIFY(done.last().first().toBool());
        }
        const auto files = ui::BackupPage::backupsIn(folder);
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.last(), page->lastBackup());
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("backup/keep")).toInt(), 2);
        QCOMPARE(settings.value(QStringLiteral("backup/daily")).toBool(), true);
    }

    // The disk fills up during the backup (a file size limit in a child process): a clear
    // message, no partial file left.
    void backupOnAFullDiskLeavesNothing()
    {
        const QString folder = m_db->file(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(folder));
        // The limit lets the plain snapshot through and stops the encrypted file, a few bytes
        // longer, before its end.
        const auto probe = m_db->file(QStringLiteral("probe.db"));
        QVERIFY(store::snapshotInto(m_db->db(), probe).ok());
        const qint64 limit = QFileInfo(probe).size() + 20;
        QVERIFY(QFile::remove(probe));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--fsize-child"), m_db->path(), folder, QString::number(limit),
                     m_admin.userId});
        QVERIFY(child.waitForFinished(120000));
        const auto said = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitCode() == 0,
                 qPrintable(QString::fromUtf8(child.readAllStandardError())));
        QVERIFY2(said.startsWith(QLatin1String("No backup was written")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("is its drive full")), qPrintable(said));
        QVERIFY(said.contains(QLatin1String("Nothing was left in")));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
        QCOMPARE(peopleIn(m_db->path()), 12);
    }

    // A supervisor exports; an administrator imports the archive into another database
    // through the page; again (nothing changes); a forged line is named and nothing kept.
    void archiveExportThenImport()
    {
        const auto file = m_db->file(QStringLiteral("hub-archive.jsonl"));
        {
            auto sup = show(m_supervisor, QStringLiteral("archivePage"));
            auto *page = sup->findChild<ui::ArchivePage *>();
            QVERIFY(page);
            QVERIFY(page->exportButton()->isEnabled());
            page->exportFileEdit()->setText(file);
            QSignalSpy done(page, &ui::ArchivePage::exportFinished);
            page->exportButton()->setFocus();
            QTest::keyClick(page->exportButton(), Qt::Key_Space);
            QVERIFY(done.wait(60000));
            QVERIFY2(done.first().first().toBool(), qPrintable(page->exportStatus()->text()));
            QVERIFY(page->exportStatus()->text().contains(QLatin1String("12 person")));
            picture(sup.get(), QStringLiteral("archive"));
        }
        QVERIFY(QFileInfo(file).size() > 0);
        {
            // An administrator may not export identifiable records.
            auto admin = show(m_admin, QStringLiteral("archivePage"));
            auto *page = admin->findChild<ui::ArchivePage *>();
            QVERIFY(!page->exportButton()->isEnabled());
            QVERIFY(page->importButton()->isEnabled());
        }

        test::TempDatabase other;
        QVERIFY(other.ok());
        services::Services services(other.db());
        auto admin2 =
            services::AuthService(services.context, security::PasswordHasher::Cost::Minimum)
                .createFirstAdmin(QStringLiteral("admin2"), QStringLiteral("Ola Admin"),
                                  kAdminPassword, QStringLiteral("test-pc"));
        QVERIFY(admin2.ok());
        ui::ArchivePage page(services, admin2.value());
        page.resize(1366, 700);
        page.show();
        page.importFileEdit()->setText(file);
        QSignalSpy done(&page, &ui::ArchivePage::importFinished);
        int progress = 0;
        connect(page.importProgress(), &QProgressBar::valueChanged, this,
                [&](int v) { progress = std::max(progress, v); });
        page.importButton()->setFocus();
        QTest::keyClick(page.importButton(), Qt::Key_Space);
        QVERIFY(done.wait(60000));
        QVERIFY2(done.last().first().toBool(), qPrintable(page.importStatus()->text()));
        QCOMPARE(progress, 1000);
        QVERIFY2(
            page.importStatus()->text().startsWith(QLatin1String("Imported 3 user, 12 person")),
            qPrintable(page.importStatus()->text()));
        QCOMPARE(peopleIn(other.path()), 12);
        // The same file again changes nothing.
        QVERIFY(page.importNow());
        QVERIFY(done.wait(60000));
        QVERIFY(page.importStatus()->text().startsWith(QLatin1String("Imported nothing")));

        // A forged third line: named, and nothing of the file kept.
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        auto lines = in.readAll().split('\n');
        in.close();
        lines[2] = R"({"type":"person","id":"not-a-uuid"})";
        const auto forged = other.file(QStringLiteral("forged.jsonl"));
        QFile out(forged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.join('\n'));
        out.close();
        test::TempDatabase empty;
        services::Services emptyServices(empty.db());
        ui::ArchivePage strict(emptyServices, admin2.value());
        strict.importFileEdit()->setText(forged);
        QSignalSpy refused(&strict, &ui::ArchivePage::importFinished);
        QVERIFY(strict.importNow());
        QVERIFY(refused.wait(60000));
        QCOMPARE(refused.first().first().toBool(), false);
        const auto said = strict.importStatus()->text();
        QVERIFY2(said.contains(QLatin1String(": nothing imported: line 3: ")), qPrintable(said));
        QCOMPARE(peopleIn(empty.path()), 0);

        // Replacing asks first; Cancel does nothing.
        page.replaceBox()->setChecked(true);
        QString asked;
        test::whenModal<QMessageBox>([&](QMessageBox *box) {
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!page.importNow());
        QVERIFY(asked.contains(QLatin1String("overwrite")));
        QVERIFY(!page.isBusy());
    }

    // Without a PostgreSQL hub the page says why there is nothing to manage.
    void hubLoginsEmptyStates()
    {
        {
            auto admin = show(m_admin, QStringLiteral("hubLoginsPage"));
            auto *page = admin->findChild<ui::HubLoginsPage *>();
            QVERIFY(page);
            QVERIFY(!page->hasLogins());
            QCOMPARE(page->emptyState()->title(), QStringLiteral("This desk has no hub"));
        }
        ui::SyncSettings().setHubUrl(QStringLiteral("sqlite://") +
                                     m_db->file(QStringLiteral("hub.db")));
        auto admin = show(m_admin, QStringLiteral("hubLoginsPage"));
        auto *page = admin->findChild<ui::HubLoginsPage *>();
        QVERIFY(!page->hasLogins());
        QCOMPARE(page->emptyState()->title(), QStringLiteral("A file hub has no desk logins"));
        picture(admin.get(), QStringLiteral("hub-logins-file-hub"));
    }

    // A hub administrator lists, adds and removes desk logins on a real PostgreSQL hub.
    void hubLoginsAddListRemove()
    {
        test::PgServer pg;
        QVERIFY2(pg.ok(), qPrintable(pg.errorText()));
        test::SyncWorld w(&pg);
        auto office = w.desk(QStringLiteral("first"), w.cw1); // the office pushes its users
        // This desk holds the hub's teams, as a synced desk does.
        QVERIFY(
            store::TeamRepository(m_db->db()).insert({w.team1, QStringLiteral("Team One")}).ok());
        QVERIFY(
            store::TeamRepository(m_db->db()).insert({w.team2, QStringLiteral("Team Two")}).ok());
        ui::SyncSettings().setHubUrl(pg.url(pg.superuser(), w.url.database));
        auto admin = show(m_admin, QStringLiteral("hubLoginsPage"));
        auto *page = admin->findChild<ui::HubLoginsPage *>();
        QVERIFY(page->hasLogins());
        QCOMPARE(page->ownerEdit()->text(), pg.superuser());
        page->ownerPasswordEdit()->setFocus();
        QTest::keyClicks(page->ownerPasswordEdit(), pg.superuserPassword());
        QTest::keyClick(page->ownerPasswordEdit(), Qt::Key_Return);
        QCOMPARE(page->view()->rowCount(), 4); // the fixture's desks

        // A name PostgreSQL would not take: said, nothing made.
        page->loginEdit()->setText(QStringLiteral("Desk-1"));
        page->userBox()->setEditText(QStringLiteral("cw.two"));
        QVERIFY(!page->addLogin());
        QVERIFY2(page->statusLabel()->text().contains(QLatin1String("lower-case letters")),
                 qPrintable(page->statusLabel()->text()));
        QVERIFY(page->newPasswordEdit()->text().isEmpty());

        page->loginEdit()->setText(QStringLiteral("desk_laptop9"));
        QVERIFY(page->addLogin());
        const auto password = page->newPasswordEdit()->text();
        QCOMPARE(password.size(), 20);
        QVERIFY(page->newPasswordEdit()->isVisible());
        QCOMPARE(page->view()->rowCount(), 5);
        QVERIFY(page->selectLogin(QStringLiteral("desk_laptop9")));
        const int row = page->view()->currentRow();
        QCOMPARE(page->view()->item(row, ui::HubLoginsPage::User)->text(),
                 QStringLiteral("cw.two"));
        QCOMPARE(page->view()->item(row, ui::HubLoginsPage::State)->text(),
                 QStringLiteral("Can log in"));
        QTest::mouseClick(page->copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), password);
        // The new login really logs in to the hub, with that password.
        auto as = w.url;
        as.user = QStringLiteral("desk_laptop9");
        QVERIFY(sync::Hub::open(as, password).ok());
        picture(admin.get(), QStringLiteral("hub-logins"));

        test::whenModal<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QVERIFY(page->removeSelected());
        QCOMPARE(page->view()->rowCount(), 4);
        QVERIFY(!page->selectLogin(QStringLiteral("desk_laptop9")));
        QVERIFY(page->newPasswordEdit()->text().isEmpty());
        QVERIFY(!sync::Hub::open(as, password).ok());
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 6 && qstrcmp(argv[1], "--fsize-child") == 0)
        return fileSizeLimitChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                                  QByteArray(argv[4]).toLongLong(),
                                  QString::fromLocal8Bit(argv[5]));
    TestAdminPages test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_adminpages.moc"
