#include "ImportWizard.h"

#include "Format.h"
#include "ImportPages.h"
#include "UiSettings.h"
#include "services/DeskService.h"
#include "widgets/Colours.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
const QString kFolderKey = QStringLiteral("referralImport");
// A police export of a few thousand rows is a few MB; anything far larger is not one.
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

QString encodingText(const QString &encoding)
{
    if (encoding == QLatin1String(import::kEncodingUtf8))
        return ImportWizard::tr("UTF-8");
    if (encoding == QLatin1String(import::kEncodingWindows1252))
        return ImportWizard::tr("Windows-1252 (Excel on UK Windows)");
    return ImportWizard::tr("Automatic");
}

QString delimiterText(const QString &delimiter)
{
    if (delimiter == QLatin1String(","))
        return ImportWizard::tr("Comma (,)");
    if (delimiter == QLatin1String(";"))
        return ImportWizard::tr("Semicolon (;)");
    if (delimiter == QLatin1String("\t"))
        return ImportWizard::tr("Tab");
    return ImportWizard::tr("Automatic");
}

// A combo of `values` in words, each value its item's data.
QComboBox *choiceCombo(QWidget *parent, const char *name, const QStringList &values,
                       QString (*words)(const QString &))
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    for (const auto &value : values)
        combo->addItem(words(value), value);
    return combo;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(Colours::textStyle(Colours::Tone::Muted));
    return label;
}
} // namespace

// ---- the wizard ----------------------------------------------------------------------------

ImportWizard::ImportWizard(services::Services &services, const domain::Actor &actor,
                           QWidget *parent)
    : QWizard(parent), m_services(services), m_actor(actor)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import referrals from a file"));
    setAccessibleName(windowTitle());
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setStyleSheet(FieldErrors::styleSheet());
    m_file = new ImportFilePage(this);
    m_mapping = new ImportMappingPage(this);
    m_preview = new ImportPreviewPage(this);
    m_summary = new ImportSummaryPage(this);
    setPage(FilePage, m_file);
    setPage(MappingPage, m_mapping);
    setPage(PreviewPage, m_preview);
    setPage(SummaryPage, m_summary);
    setStartId(FilePage);
    const struct
    {
        WizardButton which;
        const char *name;
    } buttons[] = {{BackButton, "importBackButton"},
                   {NextButton, "importNextButton"},
                   {CommitButton, "importCommitButton"},
                   {FinishButton, "importFinishButton"},
                   {CancelButton, "importCancelButton"}};
    for (const auto &b : buttons) {
        button(b.which)->setObjectName(QString::fromLatin1(b.name));
        button(b.which)->setAccessibleName(button(b.which)->text().remove(QLatin1Char('&')));
    }
    setButtonText(CommitButton, tr("&Import"));
    button(CommitButton)->setAccessibleName(tr("Import"));
    resize(1180, 700);
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::mayImport(services::Services &services, const domain::Actor &actor)
{
    return !actor.userId.isEmpty() &&
           services::ReferralImportService(services.context).mayImport(actor).ok();
}

services::ReferralImportService ImportWizard::service() const
{
    return services::ReferralImportService(m_services.context);
}

void ImportWizard::setFile(const QString &fileName, const QByteArray &bytes,
                           const import::CsvTable &table, const import::CsvOptions &options)
{
    m_fileName = fileName;
    m_bytes = bytes;
    m_table = table;
    m_options = options;
}

void ImportWizard::setProfile(const import::ReferralProfile &profile, bool editMapping)
{
    m_profile = profile;
    m_editMapping = editMapping;
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FilePage:
        return m_editMapping ? MappingPage : PreviewPage;
    case MappingPage:
        return PreviewPage;
    case PreviewPage:
        return SummaryPage;
    default:
        return -1;
    }
}

// ---- step 1: the file ----------------------------------------------------------------------

QString ImportFilePage::newMappingText()
{
    return tr("New mapping\u2026");
}

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_errors(this)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the file and its mapping"));
    setSubTitle(tr("A CSV file exported by a police force or partner agency. The mapping says "
                   "which of its columns holds which field; the first time a force's file is "
                   "imported, choose New mapping."));
    m_errors.setNotSaved(tr("The file cannot be imported yet"));
    m_errors.setUnplaced(FieldErrors::Unplaced::MessageOnly);

    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("importFileEdit"));
    m_fileEdit->setPlaceholderText(tr("The CSV file: type its path or press Browse"));
    m_browse = new QPushButton(tr("B&rowse\u2026"), this);
    m_browse->setObjectName(QStringLiteral("importBrowseButton"));
    m_browse->setAccessibleName(tr("Browse for the file"));
    m_browse->setToolTip(tr("Choose the file from a folder (the last folder used is "
                            "remembered)"));
    auto *fileRow = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_fileEdit, 1);
    fileLayout->addWidget(m_browse);
    m_fileEdit->setAccessibleName(tr("File"));
    fileRow->setFocusProxy(m_fileEdit);

    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("importProfileCombo"));
    m_edit = new QCheckBox(tr("&Check or change the mapping before the preview"), this);
    m_edit->setObjectName(QStringLiteral("importEditMappingCheck"));
    m_edit->setAccessibleName(m_edit->text().remove(QLatin1Char('&')));

    m_encoding = choiceCombo(this, "importEncodingCombo", import::encodings(), encodingText);
    m_delimiter = choiceCombo(this, "importDelimiterCombo", import::delimiters(), delimiterText);
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("importDetectedLabel"));
    m_detected->setAccessibleName(tr("What was found in the file"));
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_errors.addRow(form, QStringLiteral("file"), tr("&File:"), fileRow);
    m_errors.addRow(form, QStringLiteral("profile"), tr("&Mapping:"), m_profile);
    form->addRow(QString(), m_edit);
    m_errors.addRow(form, QStringLiteral("encoding"), tr("&Encoding:"), m_encoding);
    m_errors.addRow(form, QStringLiteral("delimiter"), tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("Found:"), m_detected);

    // A form as wide as a long path needs, not the whole window.
    auto *formBox = new QWidget(this);
    formBox->setLayout(form);
    formBox->setMaximumWidth(900);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_errors.summaryLabel());
    layout->addWidget(formBox);
    layout->addWidget(heading(tr("The encoding and delimiter are found in the file; change them "
                                 "only if the names or columns below look wrong (for example "
                                 "\u201cWiÅ›niewska\u201d for \u201cWiśniewska\u201d)."),
                              this));
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_fileEdit, &QLineEdit::textEdited, this, [this] {
        m_errors.clear(QStringLiteral("file"));
        m_readOk = false;
        m_readPath.clear();
        m_detected->clear();
        Q_EMIT completeChanged();
    });
    connect(m_fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_fileEdit->text().trimmed().isEmpty() && m_readPath.isEmpty())
            readFile();
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ImportFilePage::profileChosen);
    for (auto *combo : {m_encoding, m_delimiter})
        connect(combo, &QComboBox::activated, this, [this] {
            if (!m_fileEdit->text().trimmed().isEmpty())
                readFile();
        });
}

void ImportFilePage::initializePage()
{
    loadProfiles();
}

void ImportFilePage::loadProfiles()
{
    m_profile->clear();
    auto listed = m_wizard->service().profiles(m_wizard->actor());
    m_profiles = listed.ok() ? listed.value() : QVector<import::ReferralProfile>();
    for (const auto &p : std::as_const(m_profiles))
        m_profile->addItem(p.name, p.name);
    m_profile->addItem(newMappingText(), QString());
    if (!listed.ok())
        m_errors.show(listed.error(), tr("The saved mappings could not be read"));
    m_profile->setCurrentIndex(0);
    profileChosen();
}

void ImportFilePage::profileChosen()
{
    m_errors.clear(QStringLiteral("profile"));
    const int i = m_profile->currentIndex();
    const bool isNew = i < 0 || i >= m_profiles.size();
    // A new mapping is always shown; a saved one only when asked.
    m_edit->setChecked(isNew);
    m_edit->setEnabled(!isNew);
    if (!isNew) {
        const auto &p = m_profiles.at(i);
        // The profile's own encoding and delimiter, until the user overrides them.
        m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(p.encoding)));
        m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(p.delimiter)));
        if (!m_fileEdit->text().trimmed().isEmpty())
            readFile();
    }
    Q_EMIT completeChanged();
}

import::CsvOptions ImportFilePage::chosenOptions() const {import::CsvOptions options;
options.encoding = m_encoding->currentData().toString();
options.delimiter = m_delimiter->currentData().toString();
return options;
} // namespace hub::ui

void ImportFilePage::browse()
{
    UiSettings settings;
    auto folder = QFileInfo(m_fileEdit->text().trimmed()).absolutePath();
    if (m_fileEdit->text().trimmed().isEmpty() || !QDir(folder).exists())
        folder = settings.lastFolder(kFolderKey);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const auto chosen = QFileDialog::getOpenFileName(this, tr("Choose the referral file"), folder,
                                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (chosen.isEmpty())
        return;
    m_fileEdit->setText(QDir::toNativeSeparators(chosen));
    m_errors.clear(QStringLiteral("file"));
    readFile();
}

void ImportFilePage::readFile()
{
    const auto path = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
    const auto options = chosenOptions();
    m_readPath =
        path + QLatin1Char('\n') + options.encoding + QLatin1Char('\n') + options.delimiter;
    m_readOk = false;
    m_detected->clear();
    m_errors.clear(QStringLiteral("file"));
    const auto failed = tr("The file cannot be read");
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        m_errors.show(Error::invalid(QStringLiteral("file"), tr("no file %1").arg(path)), failed);
        Q_EMIT completeChanged();
        return;
    }
    if (file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly)) {
        m_errors.show(Error::invalid(QStringLiteral("file"),
                                     file.size() > kMaxFileBytes
                                         ? tr("is larger than a referral export can be (%1 MB)")
                                               .arg(kMaxFileBytes / (1024 * 1024))
                                         : file.errorString()),
                      failed);
        Q_EMIT completeChanged();
        return;
    }
    const auto bytes = file.readAll();
    auto table = m_wizard->service().readFile(m_wizard->actor(), bytes, options);
    if (!table.ok()) {
        auto error = table.error();
        error.field = QStringLiteral("file");
        m_errors.show(error, failed);
        Q_EMIT completeChanged();
        return;
    }
    m_errors.clearAll();
    UiSettings().setLastFolder(kFolderKey, QFileInfo(path).absolutePath());
    const auto &t = table.value();
    const int rows = int(t.rows.size());
    QString encoding = encodingText(t.encoding);
    if (t.bom)
        encoding = tr("%1 with a byte-order mark").arg(encoding);
    m_detected->setText(
        tr("%1 (%2), %3 between columns, %4 columns; %5")
            .arg(encoding, t.encodingDetected ? tr("detected") : tr("as chosen"),
                 delimiterText(t.delimiter).toLower())
            .arg(t.header.size())
            .arg(rows == 0   ? tr("no rows under the header")
                 : rows == 1 ? tr("1 row under the header")
                             : tr("%1 rows under the header").arg(QLocale().toString(rows))));
    m_wizard->setFile(path, bytes, t, options);
    m_readOk = true;
    Q_EMIT completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return !m_fileEdit->text().trimmed().isEmpty() && m_profile->currentIndex() >= 0;
}

bool ImportFilePage::validatePage()
{
    const auto path = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
    const auto options = chosenOptions();
    if (!m_readOk || m_readPath != path + QLatin1Char('\n') + options.encoding + QLatin1Char('\n') +
                                       options.delimiter)
        readFile();
    if (!m_readOk)
        return false;
    if (m_wizard->table().rows.isEmpty()) {
        m_errors.show(Error::invalid(QStringLiteral("file"),
                                     tr("has a header but no rows: there is nothing to import")),
                      tr("The file cannot be imported"));
        return false;
    }
    const int i = m_profile->currentIndex();
    if (i >= 0 && i < m_profiles.size()) {
        m_wizard->setProfile(m_profiles.at(i), m_edit->isChecked());
    } else {
        import::ReferralProfile fresh;
        fresh.encoding = options.encoding;
        fresh.delimiter = options.delimiter;
        fresh.dateFormat = QStringLiteral("dd/MM/yyyy");
        m_wizard->setProfile(fresh, true);
    }
    return true;
}

// ---- step 4: what was done -----------------------------------------------------------------

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importSummaryPage"));
    setTitle(tr("Import finished"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("importSummaryLabel"));
    m_text->setAccessibleName(tr("What the import did"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch(1);
}

void ImportSummaryPage::initializePage()
{
    const auto &s = m_wizard->summary();
    const auto n = [](int v) {
        return QLocale().toString(v);
    };
    QStringList lines;
    lines << (s.added == 1 ? tr("<b>1 referral added</b> to the team's inbox")
                           : tr("<b>%1 referrals added</b> to the team's inbox").arg(n(s.added)));
    lines << (s.peopleAdded == 1 ? tr("1 new person on file")
                                 : tr("%1 new people on file").arg(n(s.peopleAdded)));
    if (s.alreadyImported > 0)
        lines << tr("%1 already imported before: nothing added for them").arg(n(s.alreadyImported));
    if (s.skipped > 0)
        lines << tr("%1 left out, as you chose").arg(n(s.skipped));
    if (s.rejected > 0)
        lines << tr("%1 not imported, written with the reason for each to<br><tt>%2</tt>")
                     .arg(n(s.rejected), QDir::toNativeSeparators(s.rejectedPath).toHtmlEscaped());
    m_text->setText(QStringLiteral("<p>") + lines.join(QStringLiteral("</p><p>")) +
                    QStringLiteral("</p><p>") +
                    tr("Each referral's Victims' Code clock started at the date it was "
                       "received in the file. Press Finish to see them in the inbox.") +
                    QStringLiteral("</p>"));
    m_text->setAccessibleDescription(
        QString(m_text->text()).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
}

} // namespace hub::ui
