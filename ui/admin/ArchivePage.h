#pragma once

#include "domain/Actor.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace hub::services {
struct Services;
}

namespace hub::ui {

class BackgroundTask;

// Hub archives (Administration; docs/ARCHIVE.md), as `hubctl export` and `hubctl import` make
// and read them, with the same rules and words:
//  - Export (ExportIdentifiable: supervisors): every record the user may open, names
//    included, written beside the chosen file and put in its place only when complete.
//  - Import (ImportArchive: supervisors and administrators): strict and all-or-nothing; the
//    first problem is named by its line ("line N: ..."). Replacing records that differ is
//    an option, off by default, with a warning before it is used.
// Both run off the window's thread with a progress bar, and are on the audit trail.
class ArchivePage : public QWidget
{
    Q_OBJECT

public:
    ArchivePage(services::Services &services, const domain::Actor &actor,
                QWidget *parent = nullptr);

    QLineEdit *exportFileEdit() const { return m_exportFile; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *exportStatus() const { return m_exportStatus; }
    QLineEdit *importFileEdit() const { return m_importFile; }
    QCheckBox *replaceBox() const { return m_replace; }
    QPushButton *importButton() const { return m_import; }
    QProgressBar *importProgress() const { return m_importBar; }
    QLabel *importStatus() const { return m_importStatus; }
    bool isBusy() const;

public Q_SLOTS:
    bool exportNow();
    bool importNow();

Q_SIGNALS:
    void message(const QString &text);
    void exportFinished(bool ok);
    void importFinished(bool ok);

private:
    QWidget *buildExport();
    QWidget *buildImport();

    services::Services &m_services;
    domain::Actor m_actor;
    BackgroundTask *m_exportTask = nullptr;
    BackgroundTask *m_importTask = nullptr;
    QLineEdit *m_exportFile = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_exportBar = nullptr;
    QLabel *m_exportStatus = nullptr;
    QLineEdit *m_importFile = nullptr;
    QCheckBox *m_replace = nullptr;
    QPushButton *m_import = nullptr;
    QProgressBar *m_importBar = nullptr;
    QLabel *m_importStatus = nullptr;
};

} // namespace hub::ui
