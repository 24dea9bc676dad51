#pragma once

#include "SummaryColumns.h"
#include "domain/Actor.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QVector>

namespace hub::services {
class CaseService;
}

namespace hub::ui {

// The whole caseload as a table, read lazily: rowCount() is one count query, rows arrive
// in pages of kPageSize from CaseService::caseloadPage and the most recently used pages are
// kept, so tens of thousands of people scroll smoothly without being loaded at once.
class CaseloadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 256;
    static constexpr int kCachedPages = 40;

    CaseloadModel(services::CaseService &service, domain::Actor actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Re-queries in the new order; columns that cannot be sorted are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Rows per page and pages kept (tests use small numbers); forgets the cached rows.
    void setPaging(int pageSize, int cachedPages);

    static SummaryColumn columnAt(int section);
    static int sectionOf(SummaryColumn column);
    static bool isSortable(int section);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

    QString personId(int row) const;
    // Pages fetched from the service since the last reset (for tests and diagnostics).
    int pagesFetched() const { return m_pagesFetched; }
    // The last error in words, empty when the last fetch succeeded.
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    // Forgets every cached row and counts again. Connected to the service's change signals.
    void refresh();

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    using Page = QVector<domain::PersonSummary>;
    const domain::PersonSummary *summaryAt(int row) const;

    services::CaseService &m_service;
    domain::Actor m_actor;
    int m_count = 0;
    int m_pageSize = kPageSize;
    int m_sortColumn = 0;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    mutable QCache<int, Page> m_pages;
    mutable int m_pagesFetched = 0;
    mutable QString m_lastError;
};

} // namespace hub::ui
