#include "Format.h"
#include "ImportPages.h"
#include "ImportWizard.h"
#include "UiSettings.h"
#include "domain/PersonMatcher.h"
#include "security/Permissions.h"
#include "services/DeskService.h"
#include "widgets/Colours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
constexpr int kSampleRows = 5;
const QString kProfileFolderKey = QStringLiteral("referralProfile");

// The yes/no columns (core/import/ReferralProfile: "yes" or "no" in a values table).
bool isYesNo(const QString &field)
{
    static const QStringList fields{QStringLiteral("consent_to_contact"),
                                    QStringLiteral("vulnerable"), QStringLiteral("intimidated"),
                                    QStringLiteral("persistently_targeted"),
                                    QStringLiteral("repeat_victim")};
    return fields.contains(field);
}

bool translated(const QString &field)
{
    return isYesNo(field) || !import::ReferralProfile::codeListOf(field).isEmpty();
}

// Header words forces use for a field (folded: lower case, letters and digits only), so
// that a new mapping starts with those columns chosen.
QStringList headerWords(const QString &field)
{
    static const QHash<QString, QStringList> words{
        {QStringLiteral("given_name"),
         {QStringLiteral("forename"), QStringLiteral("forenames"), QStringLiteral("firstname")}},
        {QStringLiteral("family_name"), {QStringLiteral("surname"), QStringLiteral("lastname")}},
        {QStringLiteral("date_of_birth"), {QStringLiteral("dob"), QStringLiteral("birthdate")}},
        {QStringLiteral("phone"),
         {QStringLiteral("tel"), QStringLiteral("telno"), QStringLiteral("telephone"),
          QStringLiteral("phonenumber"), QStringLiteral("mobile")}},
        {QStringLiteral("crime_reference"),
         {QStringLiteral("crimeref"), QStringLiteral("crimenumber"), QStringLiteral("crimeno")}},
        {QStringLiteral("offence_group"), {QStringLiteral("offence"), QStringLiteral("crimetype")}},
        {QStringLiteral("received_at"),
         {QStringLiteral("datereceived"), QStringLiteral("referraldate"),
          QStringLiteral("receiveddate")}},
        {QStringLiteral("force_referral_id"),
         {QStringLiteral("forceref"), QStringLiteral("referralid"), QStringLiteral("referralref")}},
        {QStringLiteral("force_person_id"),
         {QStringLiteral("personid"), QStringLiteral("victimid"), QStringLiteral("nominalid")}},
        {QStringLiteral("consent_to_contact"), {QStringLiteral("consent")}},
        {QStringLiteral("repeat_victim"), {QStringLiteral("repeat")}}};
    return words.value(field);
}

// The date formats offered (the combo also takes any other Qt date format typed in).
const QStringList &dateFormats()
{
    static const QStringList formats{
        QStringLiteral("dd/MM/yyyy"),          QStringLiteral("dd/MM/yyyy HH:mm"),
        QStringLiteral("dd/MM/yyyy HH:mm:ss"), QStringLiteral("yyyy-MM-dd"),
        QStringLiteral("yyyy-MM-dd HH:mm"),    QStringLiteral("yyyy-MM-ddTHH:mm:ss")};
    return formats;
}
} // namespace

QString ImportMappingPage::caption(const QString &field)
{
    static const QHash<QString, const char *> captions{
        {QStringLiteral("given_name"), QT_TR_NOOP("Given name")},
        {QStringLiteral("family_name"), QT_TR_NOOP("Family name")},
        {QStringLiteral("date_of_birth"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("postcode"), QT_TR_NOOP("Postcode")},
        {QStringLiteral("first_language"), QT_TR_NOOP("First language")},
        {QStringLiteral("received_at"), QT_TR_NOOP("Received")},
        {QStringLiteral("crime_reference"), QT_TR_NOOP("Crime reference")},
        {QStringLiteral("offence_group"), QT_TR_NOOP("Crime type")},
        {QStringLiteral("flags"), QT_TR_NOOP("Flags")},
        {QStringLiteral("enhanced_reason"), QT_TR_NOOP("Why enhanced")},
        {QStringLiteral("consent_to_contact"), QT_TR_NOOP("Consent to contact")},
        {QStringLiteral("force_referral_id"), QT_TR_NOOP("Force's referral id")},
        {QStringLiteral("force_person_id"), QT_TR_NOOP("Force's person id")},
        {QStringLiteral("vulnerable"), QT_TR_NOOP("Vulnerable")},
        {QStringLiteral("intimidated"), QT_TR_NOOP("Intimidated")},
        {QStringLiteral("persistently_targeted"), QT_TR_NOOP("Persistently targeted")},
        {QStringLiteral("repeat_victim"), QT_TR_NOOP("Repeat victim")}};
    const char *text = captions.value(field);
    return text ? tr(text) : field;
}

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_errors(this)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Map the file's columns"));
    setSubTitle(tr("For each field, the column of the file that holds it (fields marked * are "
                   "needed). Below the columns, how the force's wording translates into the "
                   "hub's codes. Saved by name, the mapping is used for the force's next files "
                   "on every desk."));
    m_errors.setNotSaved(tr("The mapping is not complete"));
    m_errors.setUnplaced(FieldErrors::Unplaced::Describe);

    m_sample = new QTableWidget(this);
    m_sample->setObjectName(QStringLiteral("importSampleTable"));
    m_sample->setAccessibleName(tr("The file's header and first rows"));
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->setAlternatingRowColors(true);
    m_sample->verticalHeader()->setVisible(false);
    m_sample->setTabKeyNavigation(false);
    m_sample->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_sample->setFixedHeight(m_sample->horizontalHeader()->sizeHint().height() +
                             m_sample->verticalHeader()->defaultSectionSize() * 4 +
                             m_sample->horizontalScrollBar()->sizeHint().height() +
                             2 * m_sample->frameWidth());

    // The columns: two columns of fields, in a scroll area at small sizes.
    auto *columnsBox = new QGroupBox(tr("Columns"), this);
    columnsBox->setObjectName(QStringLiteral("importColumnsGroup"));
    auto *inner = new QWidget;
    auto *grid = new QGridLayout(inner);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    const auto &fields = import::ReferralProfile::fieldNames();
    const int half = int(fields.size() + 1) / 2;
    for (int i = 0; i < fields.size(); ++i) {
        const auto &field = fields.at(i);
        const bool required = import::ReferralProfile::requiredFields().contains(field);
        auto *combo = new QComboBox(inner);
        combo->setObjectName(field + QStringLiteral("ColumnCombo"));
        combo->setMinimumContentsLength(14);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_columns.insert(field, combo);
        const auto text = required ? tr("%1 *").arg(caption(field)) : caption(field);
        auto *label = new QLabel(text, inner);
        label->setBuddy(combo);
        combo->setAccessibleName(required ? tr("%1 (needed)").arg(caption(field)) : caption(field));
        const int row = i % half;
        const int col = (i / half) * 2;
        grid->addWidget(label, row, col, Qt::AlignTop);
        grid->addWidget(m_errors.wrap(QStringLiteral("columns.") + field, caption(field), combo),
                        row, col + 1);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field] {
            clearError(QStringLiteral("columns.") + field);
            if (translated(field))
                fillValues();
        });
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    auto *scroll = new QScrollArea(columnsBox);
    scroll->setObjectName(QStringLiteral("importColumnsScroll"));
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->setContentsMargins(4, 4, 4, 4);
    columnsLayout->addWidget(scroll);

    // Dates, the source, the translations and the profile's name.
    auto *rightBox = new QGroupBox(tr("Dates, codes and name"), this);
    rightBox->setObjectName(QStringLiteral("importCodesGroup"));
    auto *form = new QFormLayout;
    m_dateFormat = new QComboBox(this);
    m_dateFormat->setObjectName(QStringLiteral("importDateFormatCombo"));
    m_dateFormat->setEditable(true);
    m_dateFormat->setInsertPolicy(QComboBox::NoInsert);
    for (const auto &f : dateFormats())
        m_dateFormat->addItem(
            tr("%1 (e.g. %2)").arg(f, QDateTime(QDate(2026, 10, 27), QTime(14, 5, 0)).toString(f)),
            f);
    m_dateFormat->setToolTip(tr("How the file writes its dates and times (d day, M month, y "
                                "year, H hour, m minute, s second)"));
    connect(m_dateFormat, &QComboBox::currentTextChanged, this,
            [this] { clearError(QStringLiteral("date_format")); });
    m_errors.addRow(form, QStringLiteral("date_format"), tr("D&ates are written:"), m_dateFormat);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("importSourceCombo"));
    for (const auto &code : m_wizard->services().context.codes.offered(QStringLiteral("source")))
        m_source->addItem(Format::code(QStringLiteral("source"), code), code);
    m_errors.addRow(form, QStringLiteral("source"), tr("&Source of the referrals:"), m_source);

    m_values = new QTableWidget(0, 3, this);
    m_values->setObjectName(QStringLiteral("importValuesTable"));
    m_values->setAccessibleName(tr("Translations of the file's wording"));
    m_values->setHorizontalHeaderLabels({tr("Field"), tr("In the file"), tr("In the hub")});
    m_values->verticalHeader()->setVisible(false);
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->setSelectionMode(QAbstractItemView::NoSelection);
    m_values->setTabKeyNavigation(false); // Tab goes on to each row's choice, then out
    m_values->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_values->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_values->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_valuesEmpty = new QLabel(tr("No coded column is mapped yet: map Crime type, Flags or a "
                                  "yes/no column and the file's wording for it is listed here."),
                               this);
    m_valuesEmpty->setObjectName(QStringLiteral("importValuesEmpty"));
    m_valuesEmpty->setWordWrap(true);
    m_valuesEmpty->setStyleSheet(Colours::textStyle(Colours::Tone::Muted));
    auto *valuesLabel =
        new QLabel(tr("&Translations (the file's wording \u2192 the hub's code):"), this);
    valuesLabel->setBuddy(m_values);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("importProfileNameEdit"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("e.g. Cambridgeshire Constabulary weekly export"));
    connect(m_name, &QLineEdit::textEdited, this, [this] { clearError(QStringLiteral("name")); });
    auto *nameForm = new QFormLayout;
    m_errors.addRow(nameForm, QStringLiteral("name"), tr("Mapping na&me:"), m_name);
    m_save = new QCheckBox(tr("Sa&ve the mapping for the force's next files"), this);
    m_save->setObjectName(QStringLiteral("importSaveProfileCheck"));
    m_save->setAccessibleName(m_save->text().remove(QLatin1Char('&')));
    // Supervisors and administrators keep mappings for everyone; a caseworker's is used for
    // this file only (docs/REFERRAL_IMPORT.md, "Who may import").
    const bool mayKeep = security::Permissions::allows(m_wizard->actor().role,
                                                       security::Action::ManageReferralProfiles);
    m_save->setChecked(mayKeep);
    m_save->setEnabled(mayKeep);
    if (!mayKeep)
        m_save->setToolTip(tr("Supervisors and administrators save mappings; this one is used "
                              "for this file only"));
    nameForm->addRow(QString(),
                     m_errors.wrap(QStringLiteral("save"), m_save->accessibleName(), m_save));
    m_export = new QPushButton(tr("E&xport as a file\u2026"), this);
    m_export->setObjectName(QStringLiteral("importExportProfileButton"));
    m_export->setAccessibleName(tr("Export the mapping as a file"));
    m_export->setToolTip(tr("Save the mapping as a JSON file to give to another hub"));
    connect(m_export, &QPushButton::clicked, this, &ImportMappingPage::exportProfile);
    nameForm->addRow(QString(), m_export);

    auto *right = new QVBoxLayout(rightBox);
    right->addLayout(form);
    right->addWidget(valuesLabel);
    right->addWidget(m_values, 1);
    right->addWidget(m_valuesEmpty);
    right->addLayout(nameForm);

    auto *sampleLabel = new QLabel(tr("The &file's first rows:"), this);
    sampleLabel->setBuddy(m_sample);
    auto *columns = new QHBoxLayout;
    columns->addWidget(columnsBox, 5);
    columns->addWidget(rightBox, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    layout->addWidget(m_errors.summaryLabel());
    layout->addWidget(sampleLabel);
    layout->addWidget(m_sample);
    layout->addLayout(columns, 1);
}

void ImportMappingPage::initializePage()
{
    m_errors.clearAll();
    m_base = m_wizard->profile();
    const auto &table = m_wizard->table();
    fillSample();
    // The file's columns for each field: the profile's, or for a new mapping the column
    // whose header reads like the field.
    const bool fresh = m_base.columns.isEmpty();
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        auto *combo = it.value();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("(not in this file)"), QString());
        for (const auto &h : table.header)
            combo->addItem(h, h);
        int at = 0;
        if (!fresh) {
            const auto wanted = m_base.columns.value(it.key());
            const int c = wanted.isEmpty() ? -1 : table.column(wanted);
            at = c < 0 ? 0 : c + 1;
            if (!wanted.isEmpty() && c < 0) { // a column the profile names is missing
                combo->addItem(tr("%1 (not in this file)").arg(wanted), wanted);
                at = combo->count() - 1;
            }
        } else {
            auto names = headerWords(it.key());
            names << domain::PersonMatcher::fold(it.key())
                  << domain::PersonMatcher::fold(caption(it.key()));
            for (int c = 0; c < table.header.size(); ++c) {
                const auto h = domain::PersonMatcher::fold(table.header.at(c));
                if (!h.isEmpty() && names.contains(h)) {
                    at = c + 1;
                    break;
                }
            }
        }
        combo->setCurrentIndex(at);
    }
    const int df = m_dateFormat->findData(m_base.dateFormat);
    if (df >= 0)
        m_dateFormat->setCurrentIndex(df);
    else
        m_dateFormat->setEditText(m_base.dateFormat);
    m_source->setCurrentIndex(qMax(0, m_source->findData(m_base.source)));
    m_name->setText(m_base.name);
    fillValues();
    setButtonText(QWizard::NextButton, tr("&Next: preview >"));
}

void ImportMappingPage::clearError(const QString &field)
{
    m_errors.clear(field);
    QStringList fields{QStringLiteral("date_format"), QStringLiteral("source"),
                       QStringLiteral("name"), QStringLiteral("save")};
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        fields << QStringLiteral("columns.") + it.key();
    if (std::all_of(fields.cbegin(), fields.cend(),
                    [this](const QString &f) { return m_errors.text(f).isEmpty(); }))
        m_errors.summaryLabel()->hide();
}

void ImportMappingPage::fillSample()
{
    const auto &table = m_wizard->table();
    const int rows = qMin<int>(kSampleRows, int(table.rows.size()));
    m_sample->clear();
    m_sample->setColumnCount(int(table.header.size()));
    m_sample->setRowCount(rows);
    m_sample->setHorizontalHeaderLabels(table.header);
    for (int r = 0; r < rows; ++r) {
        const auto &cells = table.rows.at(r).cells;
        for (int c = 0; c < cells.size() && c < table.header.size(); ++c)
            m_sample->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_sample->resizeColumnsToContents();
    // The header and four rows in view (the rows' height is known once they are filled).
    if (rows > 0)
        m_sample->setFixedHeight(m_sample->horizontalHeader()->sizeHint().height() +
                                 m_sample->rowHeight(0) * qMin(rows, 4) +
                                 m_sample->horizontalScrollBar()->sizeHint().height() +
                                 2 * m_sample->frameWidth());
    for (int c = 0; c < m_sample->columnCount(); ++c)
        m_sample->setColumnWidth(c, qMin(m_sample->columnWidth(c), 220));
}

QStringList ImportMappingPage::distinctValues(const QString &field) const
{
    const auto header = m_columns.value(field)->currentData().toString();
    const auto &table = m_wizard->table();
    const int c = header.isEmpty() ? -1 : table.column(header);
    QStringList out;
    if (c < 0)
        return out;
    // A flags cell may hold several, as the import reads it (ReferralImportService).
    static const QRegularExpression separators(QStringLiteral("[;|/,]"));
    const bool several = field == QLatin1String("flags");
    for (const auto &row : table.rows) {
        const auto cell = c < row.cells.size() ? row.cells.at(c).trimmed() : QString();
        const auto parts = several ? cell.split(separators, Qt::SkipEmptyParts) : QStringList{cell};
        for (const auto &part : parts)
            if (!part.trimmed().isEmpty() && !out.contains(part.trimmed()))
                out << part.trimmed();
    }
    return out;
}

QStringList ImportMappingPage::choicesFor(const QString &field) const
{
    if (isYesNo(field))
        return {QStringLiteral("yes"), QStringLiteral("no")};
    return m_wizard->services().context.codes.codes(import::ReferralProfile::codeListOf(field));
}

QComboBox *ImportMappingPage::valueCombo(const QString &field, const QString &wording) const
{
    for (int r = 0; r < m_values->rowCount(); ++r) {
        auto *f = m_values->item(r, 0);
        auto *w = m_values->item(r, 1);
        if (f && w && f->data(Qt::UserRole).toString() == field && w->text() == wording)
            return qobject_cast<QComboBox *>(m_values->cellWidget(r, 2));
    }
    return nullptr;
}

void ImportMappingPage::fillValues()
{
    // Keep what was chosen already, then the profile's table.
    auto chosen = m_base.values;
    for (int r = 0; r < m_values->rowCount(); ++r) {
        auto *combo = qobject_cast<QComboBox *>(m_values->cellWidget(r, 2));
        const auto field = m_values->item(r, 0)->data(Qt::UserRole).toString();
        const auto code = combo ? combo->currentData().toString() : QString();
        if (code.isEmpty())
            chosen[field].remove(m_values->item(r, 1)->text());
        else
            chosen[field].insert(m_values->item(r, 1)->text(), code);
    }
    m_values->setRowCount(0);
    for (const auto &field : import::ReferralProfile::fieldNames()) {
        if (!translated(field))
            continue;
        const auto list = import::ReferralProfile::codeListOf(field);
        const auto choices = choicesFor(field);
        for (const auto &wording : distinctValues(field)) {
            const int r = m_values->rowCount();
            m_values->insertRow(r);
            auto *f = new QTableWidgetItem(caption(field));
            f->setData(Qt::UserRole, field);
            m_values->setItem(r, 0, f);
            m_values->setItem(r, 1, new QTableWidgetItem(wording));
            auto *combo = new QComboBox(m_values);
            combo->setObjectName(QStringLiteral("importValueCombo"));
            combo->setAccessibleName(
                tr("%1: \u201c%2\u201d in the hub").arg(caption(field), wording));
            combo->addItem(isYesNo(field) ? tr("(read as written)") : tr("(as written: a code)"),
                           QString());
            for (const auto &code : choices)
                combo->addItem(isYesNo(field)
                                   ? (code == QLatin1String("yes") ? tr("Yes") : tr("No"))
                                   : Format::code(list, code),
                               code);
            // The saved translation, or the code whose label or name is the wording.
            QString code = chosen.value(field).value(wording);
            if (code.isEmpty()) {
                const auto folded = domain::PersonMatcher::fold(wording);
                for (const auto &c : choices)
                    if (domain::PersonMatcher::fold(c) == folded ||
                        (!list.isEmpty() &&
                         domain::PersonMatcher::fold(Format::code(list, c)) == folded))
                        code = c;
            }
            combo->setCurrentIndex(qMax(0, combo->findData(code)));
            m_values->setCellWidget(r, 2, combo);
        }
    }
    m_values->setVisible(m_values->rowCount() > 0);
    m_valuesEmpty->setVisible(m_values->rowCount() == 0);
}

import::ReferralProfile ImportMappingPage::profile() const {auto p = m_base;
p.name = m_name->text().trimmed();
p.source = m_source->currentData().toString();
// A format chosen from the list, or one typed in.
const int i = m_dateFormat->findText(m_dateFormat->currentText());
p.dateFormat =
    i >= 0 ? m_dateFormat->itemData(i).toString() : m_dateFormat->currentText().trimmed();
p.columns.clear();
for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
    const auto header = it.value()->currentData().toString();
    if (!header.isEmpty())
        p.columns.insert(it.key(), header);
}
// The translations of the mapped columns, keeping the profile's others (wording not in
// this file).
for (int r = 0; r < m_values->rowCount(); ++r) {
    auto *combo = qobject_cast<QComboBox *>(m_values->cellWidget(r, 2));
    const auto field = m_values->item(r, 0)->data(Qt::UserRole).toString();
    const auto wording = m_values->item(r, 1)->text();
    const auto code = combo ? combo->currentData().toString() : QString();
    if (code.isEmpty())
        p.values[field].remove(wording);
    else
        p.values[field].insert(wording, code);
}
for (auto it = p.values.begin(); it != p.values.end();) {
    if (it.value().isEmpty() || !p.columns.contains(it.key()))
        it = p.values.erase(it);
    else
        ++it;
}
return p;
} // namespace hub::ui

bool ImportMappingPage::validatePage()
{
    m_errors.clearAll();
    const auto p = profile();
    const auto issues = p.validate(m_wizard->services().context.codes);
    // The name is needed only to save the mapping.
    QVector<import::ProfileIssue> shown;
    for (const auto &issue : issues)
        if (issue.field != QLatin1String("name") || m_save->isChecked())
            shown << issue;
    if (!shown.isEmpty()) {
        // Every problem beside its field; the focus on the first.
        for (int i = int(shown.size()) - 1; i >= 0; --i) {
            auto field = shown.at(i).field;
            if (field.startsWith(QLatin1String("values.")))
                field = QStringLiteral("columns.") + field.section(QLatin1Char('.'), 1, 1);
            m_errors.show(Error::invalid(field, shown.at(i).message));
        }
        return false;
    }
    if (m_save->isChecked()) {
        const auto saved = m_wizard->service().saveProfile(m_wizard->actor(), p);
        if (!saved.ok()) {
            auto error = saved.error();
            if (error.kind == Error::Kind::Permission || error.field.isEmpty())
                error.field = QStringLiteral("save");
            m_errors.show(error, tr("The mapping was not saved"));
            return false;
        }
    }
    m_wizard->setProfile(p, true);
    return true;
}

void ImportMappingPage::exportProfile()
{
    m_errors.clear(QStringLiteral("save"));
    const auto p = profile();
    UiSettings settings;
    auto folder = settings.lastFolder(kProfileFolderKey);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QFileInfo(m_wizard->fileName()).absolutePath();
    auto base = p.name.isEmpty() ? QStringLiteral("mapping") : p.name;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("_"));
    const auto path = QFileDialog::getSaveFileName(
        this, tr("Export the mapping"), QDir(folder).filePath(base + QStringLiteral(".json")),
        tr("Mapping files (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(p.toJson()) < 0 || !file.commit()) {
        m_errors.show(Error::invalid(QStringLiteral("save"),
                                     tr("%1 could not be written: %2")
                                         .arg(QDir::toNativeSeparators(path), file.errorString())),
                      tr("The mapping was not exported"));
        return;
    }
    settings.setLastFolder(kProfileFolderKey, QFileInfo(path).absolutePath());
}

} // namespace hub::ui
