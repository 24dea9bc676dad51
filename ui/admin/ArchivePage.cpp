#include "ArchivePage.h"

#include "AdminForms.h"
#include "BackgroundTask.h"
#include "security/Permissions.h"
#include "services/ArchiveService.h"
#include "services/DeskService.h"
#include "store/Database.h"
#include "util/Time.h"
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
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace hub::ui {

namespace {

// Reads `file` for the importer and reports how far it has read.
class ReadProgress : public QIODevice
{
public:
    ReadProgress(QIODevice &in, BackgroundTask::Progress progress)
        : m_in(in), m_progress(std::move(progress))
    {
    }
    qint64 size() const override { return m_in.size(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const auto n = m_in.read(data, max);
        m_progress(m_in.pos(), m_in.size());
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice &m_in;
    BackgroundTask::Progress m_progress;
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The archive's file, chosen in a dialog; `save` for a new one.
void chooseInto(QWidget *parent, QLineEdit *edit, const QString &title, bool save)
{
    const auto filter = ArchivePage::tr("Hub archives (*.jsonl);;All files (*)");
    const auto file = save ? QFileDialog::getSaveFileName(parent, title, edit->text(), filter)
                           : QFileDialog::getOpenFileName(parent, title, edit->text(), filter);
    if (!file.isEmpty())
        edit->setText(file);
}

} // namespace

ArchivePage::ArchivePage(services::Services &services, const domain::Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    setObjectName(QStringLiteral("archivePage"));
    setAccessibleName(tr("Archives"));
    setStyleSheet(FieldErrors::styleSheet());
    m_exportTask = new BackgroundTask(this);
    m_importTask = new BackgroundTask(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildExport());
    layout->addWidget(buildImport());
    layout->addStretch();
    m_exportTask->follow(m_exportBar);
    m_importTask->follow(m_importBar);
    for (auto *task : {m_exportTask, m_importTask})
        connect(task, &BackgroundTask::runningChanged, this, [this] {
            const bool busy = isBusy();
            m_export->setEnabled(!busy && security::Permissions::allows(
                                              m_actor.role, security::Action::ExportIdentifiable));
            m_import->setEnabled(!busy);
        });
}

QWidget *ArchivePage::buildExport()
{
    const bool may =
        security::Permissions::allows(m_actor.role, security::Action::ExportIdentifiable);
    auto *box = new QGroupBox(tr("Export"), this);
    m_exportFile = admin::lineEdit(QStringLiteral("exportFile"), tr("Archive file to write"), box);
    m_export = new QPushButton(tr("&Export"), box);
    m_export->setObjectName(QStringLiteral("exportNow"));
    m_export->setAccessibleName(tr("Export"));
    m_exportBar = admin::progressBar(QStringLiteral("exportProgress"), tr("Export progress"), box);
    m_exportStatus = admin::statusLabel(QStringLiteral("exportStatus"), box);
    auto *form = new QFormLayout;
    admin::addRow(form, tr("File &to write:"), m_exportFile,
                  admin::withChooser(
                      m_exportFile, tr("Choose…"), tr("Choose the archive file to write"),
                      [this] { chooseInto(this, m_exportFile, tr("Export to"), true); }, box));
    auto *words = new QLabel(
        may ? tr("Writes every record you may open, names included, as a hub archive "
                 "(hubctl export): a team's supervisor gets the team's people. The file names "
                 "people: keep it on an encrypted drive, never name it after a person, and "
                 "delete it when it has served. Every export is on the audit trail.")
            : tr("Only a supervisor exports records that name people (identifiable export)."),
        box);
    words->setWordWrap(true);
    form->addRow(QString(), words);
    admin::layOutJob(box, form, m_export, m_exportBar, m_exportStatus);
    m_exportFile->setEnabled(may);
    m_export->setEnabled(may);
    connect(m_export, &QPushButton::clicked, this, &ArchivePage::exportNow);
    return box;
}

QWidget *ArchivePage::buildImport()
{
    auto *box = new QGroupBox(tr("Import"), this);
    m_importFile = admin::lineEdit(QStringLiteral("importFile"), tr("Archive file to read"), box);
    m_replace = new QCheckBox(tr("Re&place records that differ (hubctl import --replace)"), box);
    m_replace->setObjectName(QStringLiteral("importReplace"));
    m_replace->setAccessibleName(tr("Replace records that differ"));
    m_import = new QPushButton(tr("&Import…"), box);
    m_import->setObjectName(QStringLiteral("importNow"));
    m_import->setAccessibleName(tr("Import"));
    m_importBar = admin::progressBar(QStringLiteral("importProgress"), tr("Import progress"), box);
    m_importStatus = admin::statusLabel(QStringLiteral("importStatus"), box);
    auto *form = new QFormLayout;
    admin::addRow(form, tr("File to &read:"), m_importFile,
                  admin::withChooser(
                      m_importFile, tr("Choose…"), tr("Choose the archive file to read"),
                      [this] { chooseInto(this, m_importFile, tr("Import from"), false); }, box));
    auto *words = new QLabel(
        tr("Reads a hub archive (hubctl import) in one go: the first problem stops it, names its "
           "line, and nothing of the file is kept. Records already here with the same content "
           "are skipped, so importing a file twice changes nothing. An administrator imports "
           "everything; a supervisor only the people they may edit."),
        box);
    words->setWordWrap(true);
    form->addRow(QString(), words);
    form->addRow(QString(), m_replace);
    auto *warning = new QLabel(
        tr("Replacing: a record whose id is here already but differs is overwritten with the "
           "archive's version (contacts never are). Leave it off unless the archive is known "
           "to be newer than what this desk holds."),
        box);
    warning->setObjectName(QStringLiteral("importReplaceWarning"));
    warning->setWordWrap(true);
    form->addRow(QString(), warning);
    admin::layOutJob(box, form, m_import, m_importBar, m_importStatus);
    connect(m_import, &QPushButton::clicked, this, &ArchivePage::importNow);
    return box;
}

bool ArchivePage::isBusy() const
{
    return m_exportTask->isRunning() || m_importTask->isRunning();
}

bool ArchivePage::exportNow()
{
    const auto file = m_exportFile->text().trimmed();
    if (file.isEmpty()) {
        admin::setStatus(m_exportStatus, tr("Nothing was exported: choose the file to write."),
                         true);
        m_exportFile->setFocus();
        return false;
    }
    const auto path = m_services.context.db.path();
    const auto actor = m_actor;
    auto summary = std::make_shared<QString>();
    admin::setStatus(m_exportStatus, tr("Exporting to %1…").arg(native(file)), false);
    return m_exportTask->start(
        [path, actor, file, summary](const BackgroundTask::Progress &) -> Status {
            auto db = store::Database::open(path, store::Database::Migrate::No);
            if (!db.ok())
                return db.error();
            services::Services on(*db.value());
            // Written beside the target and put in its place only when complete.
            QSaveFile out(file);
            if (!out.open(QIODevice::WriteOnly))
                return Error::make(Error::Kind::Io,
                                   tr("cannot write %1: %2").arg(native(file), out.errorString()));
            auto counts = services::ArchiveService(on.context).exportAll(actor, out, file);
            if (!counts.ok()) {
                out.cancelWriting();
                return counts.error();
            }
            if (!out.commit())
                return Error::make(Error::Kind::Io,
                                   tr("cannot write %1: %2").arg(native(file), out.errorString()));
            *summary = counts->summary();
            return {};
        },
        [this, file, summary](const Status &status) {
            if (!status.ok()) {
                admin::setStatus(m_exportStatus,
                                 tr("Nothing was exported: %1.").arg(status.error().describe()),
                                 true);
                Q_EMIT exportFinished(false);
                return;
            }
            admin::setStatus(m_exportStatus, tr("Exported %1 to %2.").arg(*summary, native(file)),
                             false);
            Q_EMIT message(tr("Archive exported"));
            Q_EMIT exportFinished(true);
        });
}

bool ArchivePage::importNow()
{
    const auto file = m_importFile->text().trimmed();
    if (file.isEmpty() || !QFileInfo(file).isFile()) {
        admin::setStatus(m_importStatus,
                         file.isEmpty()
                             ? tr("Nothing was imported: choose the archive file to read.")
                             : tr("Nothing was imported: there is no file %1.").arg(native(file)),
                         true);
        m_importFile->setFocus();
        return false;
    }
    const bool replace = m_replace->isChecked();
    if (replace &&
        QMessageBox::warning(this, tr("Replace records"),
                             tr("Records of %1 that are here already with other content will "
                                "overwrite what this desk holds (contacts never are). The old "
                                "versions are not kept. Import and replace?")
                                 .arg(native(file)),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    const auto path = m_services.context.db.path();
    const auto actor = m_actor;
    auto summary = std::make_shared<archive::ImportCounts>();
    admin::setStatus(m_importStatus, tr("Importing %1…").arg(native(file)), false);
    return m_importTask->start(
        [path, actor, file, replace, summary](const BackgroundTask::Progress &progress) -> Status {
            QFile in(file);
            if (!in.open(QIODevice::ReadOnly))
                return Error::make(Error::Kind::Io,
                                   tr("cannot read %1: %2").arg(native(file), in.errorString()));
            ReadProgress reading(in, progress);
            if (!reading.open(QIODevice::ReadOnly))
                return Error::make(Error::Kind::Io, tr("cannot read %1").arg(native(file)));
            auto db = store::Database::open(path, store::Database::Migrate::No);
            if (!db.ok())
                return db.error();
            services::Services on(*db.value());
            archive::ImportOptions options;
            options.replace = replace;
            options.today = util::londonDate(QDateTime::currentDateTimeUtc());
            auto counts =
                services::ArchiveService(on.context).importAll(actor, reading, file, options);
            if (!counts.ok())
                return counts.error();
            *summary = counts.value();
            return {};
        },
        [this, file, summary](const Status &status) {
            if (!status.ok()) {
                // The words of hubctl import.
                admin::setStatus(
                    m_importStatus,
                    tr("%1: nothing imported: %2").arg(native(file), status.error().describe()),
                    true);
                Q_EMIT importFinished(false);
                return;
            }
            admin::setStatus(m_importStatus,
                             tr("Imported %1; updated %2; unchanged %3.")
                                 .arg(summary->inserted.summary(), summary->updated.summary(),
                                      summary->unchanged.summary()),
                             false);
            // The window's lists read the new records.
            m_services.notifier.notify(services::ChangeNotifier::Kind::Everything, QString(),
                                       QString());
            Q_EMIT message(tr("Archive imported"));
            Q_EMIT importFinished(true);
        });
}

} // namespace hub::ui
