#include "BackupPage.h"

#include "AdminForms.h"
#include "BackgroundTask.h"
#include "backup/Backup.h"
#include "services/AuthService.h"
#include "services/DeskService.h"
#include "services/DirectoryService.h"
#include "store/Database.h"
#include "widgets/FieldErrors.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hub::ui {

namespace {

// This desk's settings (never the passphrase).
const QString kFolderKey = QStringLiteral("backup/folder");
const QString kKeepKey = QStringLiteral("backup/keep");
const QString kDailyKey = QStringLiteral("backup/daily");
const QString kLastDailyKey = QStringLiteral("backup/lastDaily");
constexpr int kDefaultKeep = 7;
constexpr qint64 kDaySeconds = 24 * 60 * 60;

QString fileName(const QDateTime &at)
{
    return QStringLiteral("victimshub-%1.vhubbak")
        .arg(at.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
}

bool samePath(const QString &a, const QString &b)
{
    const QFileInfo x(a), y(b);
    const auto cx = x.canonicalFilePath(), cy = y.canonicalFilePath();
    return !cx.isEmpty() && !cy.isEmpty() ? cx == cy : x.absoluteFilePath() == y.absoluteFilePath();
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

BackupPage::BackupPage(services::Services &services, const domain::Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    setObjectName(QStringLiteral("backupPage"));
    setAccessibleName(tr("Backup and restore"));
    setStyleSheet(FieldErrors::styleSheet());
    m_backupTask = new BackgroundTask(this);
    m_restoreTask = new BackgroundTask(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildBackup());
    layout->addWidget(buildRestore());
    layout->addStretch();

    m_backupTask->follow(m_backupBar);
    m_restoreTask->follow(m_restoreBar);
    connect(m_backupTask, &BackgroundTask::runningChanged, m_backUp,
            [this](bool running) { m_backUp->setEnabled(!running); });
    connect(m_restoreTask, &BackgroundTask::runningChanged, m_restore,
            [this](bool running) { m_restore->setEnabled(!running); });

    // Every ten minutes while the app runs: a daily backup once a day has passed.
    m_schedule.setInterval(10 * 60 * 1000);
    connect(&m_schedule, &QTimer::timeout, this, [this] { runSchedule(); });
    m_schedule.start();
    runSchedule();
}

BackupPage::~BackupPage()
{
    m_sessionPassphrase.fill('\0');
}

QWidget *BackupPage::buildBackup()
{
    auto *box = new QGroupBox(tr("Back up"), this);
    const QSettings settings;
    m_folder = admin::lineEdit(QStringLiteral("backupFolder"), tr("Backup folder"), box);
    m_folder->setText(settings.value(kFolderKey).toString());
    m_folder->setPlaceholderText(tr("A folder on an encrypted drive, away from this computer"));
    m_passphrase = admin::secretEdit(QStringLiteral("backupPassphrase"), tr("Passphrase"), box);
    m_passphrase->setPlaceholderText(
        tr("At least %1 characters").arg(backup::Backup::kMinPassphraseLength));
    m_confirm = admin::secretEdit(QStringLiteral("backupConfirm"), tr("Passphrase again"), box);
    m_daily = new QCheckBox(tr("Back up every &day while the app is open, keeping the last"), box);
    m_daily->setObjectName(QStringLiteral("backupDaily"));
    m_daily->setAccessibleName(tr("Back up every day while the app is open"));
    m_daily->setChecked(settings.value(kDailyKey, false).toBool());
    m_keep = new QSpinBox(box);
    m_keep->setObjectName(QStringLiteral("backupKeep"));
    m_keep->setAccessibleName(tr("Number of daily backups to keep"));
    m_keep->setRange(1, 365);
    m_keep->setValue(settings.value(kKeepKey, kDefaultKeep).toInt());
    m_keep->setSuffix(tr(" backups"));
    m_backUp = new QPushButton(tr("&Back up now"), box);
    m_backUp->setObjectName(QStringLiteral("backupNow"));
    m_backUp->setAccessibleName(tr("Back up now"));
    m_backupBar = admin::progressBar(QStringLiteral("backupProgress"), tr("Backup progress"), box);
    m_backupStatus = admin::statusLabel(QStringLiteral("backupStatus"), box);
    m_scheduleStatus = admin::statusLabel(QStringLiteral("backupSchedule"), box);

    auto *form = new QFormLayout;
    auto *folderRow = admin::withChooser(
        m_folder, tr("Ch&oose…"), tr("Choose the backup folder"),
        [this] {
            const auto dir =
                QFileDialog::getExistingDirectory(this, tr("Folder for backups"), m_folder->text());
            if (!dir.isEmpty()) {
                m_folder->setText(dir);
                saveSchedule();
            }
        },
        box);
    admin::addRow(form, tr("Fo&lder:"), m_folder, folderRow);
    admin::addRow(form, tr("&Passphrase:"), m_passphrase);
    admin::addRow(form, tr("&Again:"), m_confirm);
    auto *dailyRow = new QHBoxLayout;
    dailyRow->addWidget(m_daily);
    dailyRow->addWidget(m_keep);
    dailyRow->addStretch();
    form->addRow(QString(), dailyRow);
    auto *help = new QLabel(
        tr("The backup is the whole database, encrypted with the passphrase. Keep the passphrase "
           "apart from the backups (anyone with both can read every record) and where another "
           "administrator can find it: without it a backup cannot be restored. It is never "
           "saved on this computer; daily backups use it from memory, from the first Back up "
           "now of each session."),
        box);
    help->setWordWrap(true);
    form->addRow(QString(), help);

    admin::layOutJob(box, form, m_backUp, m_backupBar, m_backupStatus);
    box->layout()->addWidget(m_scheduleStatus);

    connect(m_backUp, &QPushButton::clicked, this, &BackupPage::backUpNow);
    connect(m_folder, &QLineEdit::editingFinished, this, &BackupPage::saveSchedule);
    connect(m_daily, &QCheckBox::toggled, this, [this] {
        saveSchedule();
        runSchedule();
    });
    connect(m_keep, &QSpinBox::valueChanged, this, &BackupPage::saveSchedule);
    return box;
}

QWidget *BackupPage::buildRestore()
{
    auto *box = new QGroupBox(tr("Restore"), this);
    m_restoreFile = admin::lineEdit(QStringLiteral("restoreFile"), tr("Backup file"), box);
    m_restorePassphrase =
        admin::secretEdit(QStringLiteral("restorePassphrase"), tr("Backup passphrase"), box);
    m_restorePassword = admin::secretEdit(QStringLiteral("restorePassword"),
                                          tr("Your password in the backup"), box);
    m_restoreTarget =
        admin::lineEdit(QStringLiteral("restoreTarget"), tr("New database file"), box);
    m_restoreTarget->setPlaceholderText(tr("A file that does not exist yet"));
    m_restore = new QPushButton(tr("Check and &restore…"), box);
    m_restore->setObjectName(QStringLiteral("restoreNow"));
    m_restore->setAccessibleName(tr("Check and restore"));
    m_restoreBar =
        admin::progressBar(QStringLiteral("restoreProgress"), tr("Restore progress"), box);
    m_restoreStatus = admin::statusLabel(QStringLiteral("restoreStatus"), box);

    auto *form = new QFormLayout;
    const auto chooserRow = [&](const QString &label, QLineEdit *edit, const QString &name,
                                const std::function<void()> &choose) {
        admin::addRow(form, label, edit,
                      admin::withChooser(edit, tr("Choose…"), name, choose, box));
    };
    chooserRow(tr("Backup fil&e:"), m_restoreFile, tr("Choose the backup file"), [this] {
        const auto file =
            QFileDialog::getOpenFileName(this, tr("Backup to restore"), m_folder->text(),
                                         tr("Backups (*.vhubbak);;All files (*)"));
        if (!file.isEmpty())
            m_restoreFile->setText(file);
    });
    admin::addRow(form, tr("Backup pa&ssphrase:"), m_restorePassphrase);
    admin::addRow(form, tr("Your pass&word in the backup:"), m_restorePassword);
    chooserRow(tr("&New database file:"), m_restoreTarget, tr("Choose the new database file"),
               [this] {
                   const auto file = QFileDialog::getSaveFileName(
                       this, tr("Restore into"), QFileInfo(m_services.context.db.path()).path(),
                       tr("Databases (*.db)"));
                   if (!file.isEmpty())
                       m_restoreTarget->setText(file);
               });
    auto *warning = new QLabel(
        tr("A restore never writes over the database in use (%1): it checks the backup (the "
           "passphrase, the file's integrity, its audit trail and your password as the backup "
           "holds it) and only then writes it into the new file. You then switch to that file "
           "yourself.")
            .arg(native(m_services.context.db.path())),
        box);
    warning->setObjectName(QStringLiteral("restoreWarning"));
    warning->setWordWrap(true);
    form->addRow(QString(), warning);

    admin::layOutJob(box, form, m_restore, m_restoreBar, m_restoreStatus);
    connect(m_restore, &QPushButton::clicked, this, &BackupPage::restoreNow);
    return box;
}

bool BackupPage::isBusy() const
{
    return m_backupTask->isRunning() || m_restoreTask->isRunning();
}

void BackupPage::saveSchedule()
{
    QSettings settings;
    settings.setValue(kFolderKey, m_folder->text().trimmed());
    settings.setValue(kKeepKey, m_keep->value());
    settings.setValue(kDailyKey, m_daily->isChecked());
}

void BackupPage::showBackupError(const QString &text)
{
    admin::setStatus(m_backupStatus, text, true);
}

void BackupPage::showRestoreError(const QString &text)
{
    admin::setStatus(m_restoreStatus, text, true);
}

bool BackupPage::backUpNow()
{
    const auto passphrase = m_passphrase->text().toUtf8();
    if (passphrase.size() < backup::Backup::kMinPassphraseLength) {
        showBackupError(tr("No backup was written: the passphrase needs at least %1 characters.")
                            .arg(backup::Backup::kMinPassphraseLength));
        m_passphrase->setFocus();
        return false;
    }
    if (m_confirm->text() != m_passphrase->text()) {
        showBackupError(tr("No backup was written: the two passphrases differ. Type the same "
                           "passphrase twice."));
        m_confirm->setFocus();
        return false;
    }
    return startBackup(passphrase, false);
}

bool BackupPage::runSchedule(bool force)
{
    if (!m_daily->isChecked()) {
        m_scheduleStatus->clear();
        return false;
    }
    if (m_sessionPassphrase.isEmpty()) {
        m_scheduleStatus->setText(tr("Daily backups are on. They start once the passphrase has "
                                     "been typed and Back up now pressed in this session."));
        return false;
    }
    const auto last = QSettings().value(kLastDailyKey).toDateTime();
    const auto now = QDateTime::currentDateTimeUtc();
    if (!force && last.isValid() && last.secsTo(now) < kDaySeconds)
        return false;
    if (isBusy())
        return false;
    return startBackup(m_sessionPassphrase, true);
}

bool BackupPage::startBackup(const QByteArray &passphrase, bool scheduled)
{
    const auto folder = m_folder->text().trimmed();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        showBackupError(
            folder.isEmpty()
                ? tr("No backup was written: choose the folder to keep backups in.")
                : tr("No backup was written: the folder %1 does not exist.").arg(native(folder)));
        m_folder->setFocus();
        return false;
    }
    saveSchedule();
    const auto file = QDir(folder).filePath(fileName(QDateTime::currentDateTime()));
    const auto path = m_services.context.db.path();
    const auto actor = m_actor;
    const auto cost = m_cost;
    admin::setStatus(m_backupStatus, tr("Backing up to %1…").arg(native(file)), false);
    const bool started = m_backupTask->start(
        [path, actor, file, passphrase, cost](const BackgroundTask::Progress &progress) -> Status {
            // A connection of this thread's own: the snapshot sees the last commit and never
            // blocks the window's writes.
            auto db = store::Database::open(path, store::Database::Migrate::No);
            if (!db.ok())
                return db.error();
            auto written =
                backup::Backup::write(actor, *db.value(), file, passphrase, cost, progress);
            return written.ok() ? Status() : Status(written.error());
        },
        [this, file, folder, passphrase, scheduled](const Status &status) {
            if (!status.ok()) {
                showBackupError(
                    tr("No backup was written: %1. Nothing was left in %2. Check that the folder "
                       "can be written to and that its drive has room, then try again.")
                        .arg(status.error().describe(), native(folder)));
                Q_EMIT backupFinished(false);
                return;
            }
            m_lastBackup = file;
            if (m_daily->isChecked()) {
                // Kept for this session's daily backups only.
                m_sessionPassphrase = passphrase;
                QSettings().setValue(kLastDailyKey, QDateTime::currentDateTimeUtc());
                prune(folder);
                m_scheduleStatus->setText(
                    tr("Daily backups are on: the next one in a day, while the app is open; the "
                       "last %n are kept.",
                       nullptr, m_keep->value()));
            }
            admin::setStatus(
                m_backupStatus,
                (scheduled ? tr("Daily backup written: %1 (%2).")
                           : tr("Backed up: %1 (%2).  Keep the passphrase safe: the "
                                "backup cannot be read without it."))
                    .arg(native(file), QLocale().formattedDataSize(QFileInfo(file).size())),
                false);
            Q_EMIT message(tr("Backup written"));
            Q_EMIT backupFinished(true);
        });
    return started;
}

QStringList BackupPage::backupsIn(const QString &folder)
{
    auto names =
        QDir(folder).entryList({QStringLiteral("victimshub-*.vhubbak")}, QDir::Files, QDir::Name);
    QStringList out;
    for (const auto &n : names)
        out << QDir(folder).filePath(n);
    return out;
}

void BackupPage::prune(const QString &folder)
{
    auto files = backupsIn(folder);
    while (files.size() > m_keep->value())
        QFile::remove(files.takeFirst());
}

bool BackupPage::restoreNow()
{
    const auto file = m_restoreFile->text().trimmed();
    const auto target = m_restoreTarget->text().trimmed();
    const auto passphrase = m_restorePassphrase->text().toUtf8();
    const auto password = m_restorePassword->text();
    const auto current = m_services.context.db.path();
    const auto refuse = [this](const QString &problem, QWidget *at) {
        showRestoreError(tr("Nothing was restored: %1.").arg(problem));
        at->setFocus();
        return false;
    };
    if (file.isEmpty())
        return refuse(tr("choose the backup file"), m_restoreFile);
    if (!QFileInfo(file).isFile())
        return refuse(tr("there is no file %1").arg(native(file)), m_restoreFile);
    if (passphrase.isEmpty())
        return refuse(tr("type the backup's passphrase"), m_restorePassphrase);
    if (password.isEmpty())
        return refuse(tr("type your password as it was when the backup was made"),
                      m_restorePassword);
    if (target.isEmpty())
        return refuse(tr("choose a new file to restore into"), m_restoreTarget);
    if (samePath(target, current))
        return refuse(
            tr("%1 is the database in use: a restore goes into a new file").arg(native(target)),
            m_restoreTarget);
    if (QFileInfo::exists(target))
        return refuse(tr("%1 exists already: choose a new file name (a restore never writes "
                         "over a file)")
                          .arg(native(target)),
                      m_restoreTarget);
    const auto answer = QMessageBox::warning(
        this, tr("Restore into a new file"),
        tr("Restore the backup %1 into the new file %2?\n\nThe database in use (%3) is not "
           "changed. Once the backup is checked and restored, you switch to the new file "
           "yourself: records entered here after the backup was made are not in it.")
            .arg(native(file), native(target), native(current)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;

    const auto user = services::DirectoryService(m_services.context.db).user(m_actor.userId);
    const auto username = user.ok() ? user->username : QString();
    const auto workstation = m_actor.workstation;
    auto summary = std::make_shared<backup::RestoreSummary>();
    admin::setStatus(m_restoreStatus, tr("Checking %1…").arg(native(file)), false);
    return m_restoreTask->start(
        [file, target, passphrase, username, password, workstation,
         summary](const BackgroundTask::Progress &progress) -> Status {
            const auto signIn = [&](store::Database &copy) {
                services::Services on(copy);
                return services::AuthService(on.context).login(username, password, workstation);
            };
            auto restored = backup::Backup::restore(file, target, passphrase, signIn, {}, progress);
            if (!restored.ok())
                return restored.error();
            *summary = restored.value();
            return {};
        },
        [this, target, current, summary](const Status &status) {
            if (!status.ok()) {
                showRestoreError(tr("Nothing was restored: %1.").arg(status.error().describe()));
                Q_EMIT restoreFinished(false);
                return;
            }
            admin::setStatus(
                m_restoreStatus,
                tr("Restored into %1 and checked: schema %2, audit trail intact (%3 events). The "
                   "database in use is unchanged. To work from the restored one, quit Victims' "
                   "Hub and start it with: victimshub --db %1. Or, with the app closed, move %1 "
                   "over %4, keeping a copy of the old file.")
                    .arg(native(target))
                    .arg(summary->schemaVersion)
                    .arg(summary->auditEvents)
                    .arg(native(current)),
                false);
            Q_EMIT message(tr("Backup restored into a new file"));
            Q_EMIT restoreFinished(true);
        });
}

} // namespace hub::ui
