#pragma once

#include "domain/Records.h" // (before the service header, which uses it)
#include "services/ReferralImportService.h"
#include "widgets/FieldErrors.h"

#include <QHash>
#include <QWizardPage>

#include <atomic>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace hub::ui {

class EmptyState;
class ImportPreviewModel;
class ImportWizard;

// Step 1: the file, its mapping profile, and the encoding and delimiter it is read in.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    QLineEdit *fileEdit() const { return m_fileEdit; }
    QComboBox *profileCombo() const { return m_profile; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QCheckBox *editCheck() const { return m_edit; }
    QLabel *detectedLabel() const { return m_detected; }
    // The message under a field ("file", "profile"), empty when none.
    QString errorFor(const QString &field) const { return m_errors.text(field); }
    // The profile item "New mapping...".
    static QString newMappingText();

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

public Q_SLOTS:
    void browse();
    // Reads the file again with the chosen encoding and delimiter and says what was found.
    void readFile();

private:
    void loadProfiles();
    void profileChosen();
    import::CsvOptions chosenOptions() const;

    ImportWizard *m_wizard;
    FieldErrors m_errors;
    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_profile = nullptr;
    QCheckBox *m_edit = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_detected = nullptr;
    QVector<import::ReferralProfile> m_profiles;
    QString m_readPath; // the file (and options) last read, so Next does not read it twice
    bool m_readOk = false;
};

// Step 2: which column holds which field, the date format and the wording translations.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    // The column chosen for a field (archive field name), by its header text.
    QComboBox *columnCombo(const QString &field) const { return m_columns.value(field); }
    QComboBox *dateFormatCombo() const { return m_dateFormat; }
    QLineEdit *nameEdit() const { return m_name; }
    QTableWidget *sampleTable() const { return m_sample; }
    QTableWidget *valuesTable() const { return m_values; }
    QCheckBox *saveCheck() const { return m_save; }
    // The hub code chosen for the file's `wording` in `field`'s column (a row of the values
    // table), or null when the table has no such row.
    QComboBox *valueCombo(const QString &field, const QString &wording) const;
    QString errorFor(const QString &field) const { return m_errors.text(field); }
    QString errorSummary() const { return m_errors.summary(); }
    // The profile as the page shows it now.
    import::ReferralProfile profile() const;

    // Words for a field of a profile ("Date of birth"), for the page and the preview.
    static QString caption(const QString &field);

    void initializePage() override;
    bool validatePage() override;

public Q_SLOTS:
    void exportProfile();

private:
    void fillSample();
    // Clears the message under `field`, and the line above the form with the last of them.
    void clearError(const QString &field);
    void fillValues();
    // The distinct cells of the column mapped to `field`, in the file's order.
    QStringList distinctValues(const QString &field) const;
    QStringList choicesFor(const QString &field) const;

    ImportWizard *m_wizard;
    FieldErrors m_errors;
    QTableWidget *m_sample = nullptr;
    QHash<QString, QComboBox *> m_columns;
    QComboBox *m_dateFormat = nullptr;
    QComboBox *m_source = nullptr;
    QTableWidget *m_values = nullptr;
    QLabel *m_valuesEmpty = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_save = nullptr;
    QPushButton *m_export = nullptr;
    import::ReferralProfile m_base; // the profile the page started from
};

// Step 3: every row and what will happen to it; Import writes them.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);

    QTableView *view() const { return m_view; }
    ImportPreviewModel *model() const { return m_model; }
    QComboBox *filterCombo() const { return m_filter; }
    QCheckBox *acceptValidCheck() const { return m_acceptValid; }
    QLabel *countsLabel() const { return m_counts; }
    // The highlighted row in full: what will happen and why.
    QLabel *detailLabel() const { return m_detail; }
    QLabel *problemLabel() const { return m_problem; }
    // The rows shown (after the filter).
    int shownRows() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;

public Q_SLOTS:
    // Possible duplicates: the highlighted row is the suggested person, someone new, or left
    // out.
    void usePerson();
    void newPerson();
    void leaveOut();

private:
    void decide(services::ImportRow::Decision decision);
    void updateState();
    void showProblem(const QString &text);

    ImportWizard *m_wizard;
    ImportPreviewModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_listOrEmpty = nullptr;
    EmptyState *m_empty = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_problem = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_skip = nullptr;
    QCheckBox *m_acceptValid = nullptr;
    std::atomic_bool m_cancel{false};
};

// Step 4: what the import did.
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportWizard *wizard);

    QLabel *summaryLabel() const { return m_text; }
    void initializePage() override;

private:
    ImportWizard *m_wizard;
    QLabel *m_text = nullptr;
};

} // namespace hub::ui
