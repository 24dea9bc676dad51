#pragma once

#include "domain/Records.h" // (before the service header, which uses it)
#include "services/ReferralImportService.h"

#include <QAbstractTableModel>

namespace hub::ui {

// The rows of an import preview (services::ImportPreview), one line of the file each: what
// will happen to it, whom it is about, and why (the match score and what matched, or every
// problem with its column and value).
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Line,
        Outcome,
        Name,
        DateOfBirth,
        Received,
        Crime,
        Why,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int(ImportRow::Kind), for the filter
        RowRole,                     // the row's index in the preview
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    // Shows `preview` (kept by the caller, which outlives the model's use of it).
    void setPreview(services::ImportPreview *preview);
    // Tells the views that row `index` of the preview changed (a decision).
    void rowChanged(int index);

    // The outcome of a row in words: "New person", "Existing person (score 92)",
    // "Possible duplicate: it is them", "Error"...
    static QString outcomeText(const services::ImportRow &row);
    // Why, in words: what matched, the note, or each problem with its column and value.
    static QString whyText(const services::ImportRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    services::ImportPreview *m_preview = nullptr;
};

} // namespace hub::ui
