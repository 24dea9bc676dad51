#pragma once

#include "domain/Actor.h"
#include "domain/Records.h" // (before the service header, which uses it)
#include "services/ReferralImportService.h"

#include <QWizard>

namespace hub::services {
struct Services;
}

namespace hub::ui {

class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportSummaryPage;

// Referrals > Import from file...: a police force's CSV export read into the team's inbox
// in four steps, everything but the widgets done by services::ReferralImportService:
//   1. the file and its mapping profile (or "New mapping..."), with the encoding and
//      delimiter found in the file and a choice to override them;
//   2. the mapping, the first time or when asked: the file's first rows, a column for each
//      hub field, the date format, the translation of the force's wording into the hub's
//      codes, saved as a named profile (and exported as its JSON file);
//   3. the preview: every row and what will happen to it, nothing written yet;
//   4. the import, with progress and Cancel, and what it did.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        MappingPage,
        PreviewPage,
        SummaryPage
    };

    ImportWizard(services::Services &services, const domain::Actor &actor,
                 QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Whether `actor` may import at all (the menu item is shown only then; core decides).
    static bool mayImport(services::Services &services, const domain::Actor &actor);

    services::Services &services() const { return m_services; }
    const domain::Actor &actor() const { return m_actor; }
    services::ReferralImportService service() const;

    ImportFilePage *filePage() const { return m_file; }
    ImportMappingPage *mappingPage() const { return m_mapping; }
    ImportPreviewPage *previewPage() const { return m_preview; }
    ImportSummaryPage *summaryPage() const { return m_summary; }

    // What the pages share: the file as read, the profile in use, the preview, the result.
    QString fileName() const { return m_fileName; }
    const QByteArray &bytes() const { return m_bytes; }
    const import::CsvTable &table() const { return m_table; }
    const import::CsvOptions &options() const { return m_options; }
    const import::ReferralProfile &profile() const { return m_profile; }
    bool editMapping() const { return m_editMapping; }
    services::ImportPreview &preview() { return m_previewData; }
    const services::ImportSummary &summary() const { return m_summaryData; }
    // Whether the import wrote anything (the inbox reloads then).
    bool imported() const { return m_summaryData.written; }

    void setFile(const QString &fileName, const QByteArray &bytes, const import::CsvTable &table,
                 const import::CsvOptions &options);
    void setProfile(const import::ReferralProfile &profile, bool editMapping);
    void setPreview(services::ImportPreview preview) { m_previewData = std::move(preview); }
    void setSummary(const services::ImportSummary &summary) { m_summaryData = summary; }

    int nextId() const override;

private:
    services::Services &m_services;
    domain::Actor m_actor;
    ImportFilePage *m_file = nullptr;
    ImportMappingPage *m_mapping = nullptr;
    ImportPreviewPage *m_preview = nullptr;
    ImportSummaryPage *m_summary = nullptr;

    QString m_fileName;
    QByteArray m_bytes;
    import::CsvTable m_table;
    import::CsvOptions m_options;
    import::ReferralProfile m_profile;
    bool m_editMapping = false;
    services::ImportPreview m_previewData;
    services::ImportSummary m_summaryData;
};

} // namespace hub::ui
