#pragma once

#include "SummaryColumns.h"
#include "domain/Actor.h"

#include <QAbstractTableModel>
#include <QVector>

namespace hub::services {
class CaseService;
}

namespace hub::ui {

// The people matching what was typed in the search box, best matches first.
class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kLimit = 200;

    SearchResultsModel(services::CaseService &service, domain::Actor actor,
                       QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static SummaryColumn columnAt(int section);
    static int sectionOf(SummaryColumn column);

    // Runs the search for `text` (empty text clears the results). False on a storage error,
    // with lastError() in words.
    bool setQuery(const QString &text);
    QString query() const { return m_query; }
    QString personId(int row) const;
    QString lastError() const { return m_lastError; }
    // True when the limit cut the results short.
    bool truncated() const { return m_rows.size() >= kLimit; }

private:
    services::CaseService &m_service;
    domain::Actor m_actor;
    QString m_query;
    QVector<domain::PersonSummary> m_rows;
    QString m_lastError;
};

} // namespace hub::ui
