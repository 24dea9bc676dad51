#pragma once

#include "backup/BackupCrypto.h"
#include "domain/Actor.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace hub::services {
struct Services;
}

namespace hub::ui {

class BackgroundTask;

// Backups of the whole database and restoring one (Administration, administrators):
//  - Back up now: an encrypted snapshot (backup::Backup) in the chosen folder, named
//    victimshub-DATE-TIME.vhubbak, with a progress bar, while the window goes on working.
//  - Every day while the app is open, keeping the last N files of the folder. The folder, N
//    and the choice are remembered in this desk's settings; the passphrase never is: it is
//    kept in memory for this session only, from the first Back up now.
//  - Restore: a backup file and its passphrase, checked (decrypted, integrity, audit trail,
//    the administrator signing in on it) and written into a NEW file, never over the open
//    database; a warning first, and how to switch to it after.
class BackupPage : public QWidget
{
    Q_OBJECT

public:
    BackupPage(services::Services &services, const domain::Actor &actor, QWidget *parent = nullptr);
    ~BackupPage() override;

    // Backups made by tests use the cheapest key derivation (backup::KdfCost).
    void setKdfCost(backup::KdfCost cost) { m_cost = cost; }

    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QCheckBox *dailyBox() const { return m_daily; }
    QSpinBox *keepBox() const { return m_keep; }
    QPushButton *backUpButton() const { return m_backUp; }
    QProgressBar *backupProgress() const { return m_backupBar; }
    QLabel *backupStatus() const { return m_backupStatus; }

    QLineEdit *restoreFileEdit() const { return m_restoreFile; }
    QLineEdit *restorePassphraseEdit() const { return m_restorePassphrase; }
    QLineEdit *restorePasswordEdit() const { return m_restorePassword; }
    QLineEdit *restoreTargetEdit() const { return m_restoreTarget; }
    QPushButton *restoreButton() const { return m_restore; }
    QProgressBar *restoreProgress() const { return m_restoreBar; }
    QLabel *restoreStatus() const { return m_restoreStatus; }

    bool isBusy() const;
    // The file the last backup wrote, empty when none.
    QString lastBackup() const { return m_lastBackup; }
    // Whether a passphrase is held for this session's daily backups.
    bool hasSessionPassphrase() const { return !m_sessionPassphrase.isEmpty(); }

    // The backup files of `folder` this page made, oldest first.
    static QStringList backupsIn(const QString &folder);

public Q_SLOTS:
    // Starts a backup with what is typed; false (saying why) when it cannot start.
    bool backUpNow();
    // A daily backup when one is due (the timer calls it); `force` runs one whatever the time.
    bool runSchedule(bool force = false);
    // Asks, then restores; false when refused or not confirmed.
    bool restoreNow();

Q_SIGNALS:
    void message(const QString &text);
    void backupFinished(bool ok);
    void restoreFinished(bool ok);

private:
    QWidget *buildBackup();
    QWidget *buildRestore();
    void saveSchedule();
    bool startBackup(const QByteArray &passphrase, bool scheduled);
    void prune(const QString &folder);
    void showBackupError(const QString &text);
    void showRestoreError(const QString &text);

    services::Services &m_services;
    domain::Actor m_actor;
    backup::KdfCost m_cost = backup::KdfCost::Moderate;
    BackgroundTask *m_backupTask = nullptr;
    BackgroundTask *m_restoreTask = nullptr;
    QTimer m_schedule;
    QByteArray m_sessionPassphrase;
    QString m_lastBackup;

    QLineEdit *m_folder = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_confirm = nullptr;
    QCheckBox *m_daily = nullptr;
    QSpinBox *m_keep = nullptr;
    QPushButton *m_backUp = nullptr;
    QProgressBar *m_backupBar = nullptr;
    QLabel *m_backupStatus = nullptr;
    QLabel *m_scheduleStatus = nullptr;

    QLineEdit *m_restoreFile = nullptr;
    QLineEdit *m_restorePassphrase = nullptr;
    QLineEdit *m_restorePassword = nullptr;
    QLineEdit *m_restoreTarget = nullptr;
    QPushButton *m_restore = nullptr;
    QProgressBar *m_restoreBar = nullptr;
    QLabel *m_restoreStatus = nullptr;
};

} // namespace hub::ui
