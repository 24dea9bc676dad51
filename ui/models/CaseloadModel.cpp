#include "CaseloadModel.h"

#include "services/CaseService.h"

#include <array>

namespace hub::ui {

namespace {
constexpr std::array<SummaryColumn, 9> kColumns{
    SummaryColumn::Name,           SummaryColumn::DateOfBirth, SummaryColumn::Postcode,
    SummaryColumn::LatestReferral, SummaryColumn::Offence,     SummaryColumn::Episode,
    SummaryColumn::Caseworker,     SummaryColumn::LastContact, SummaryColumn::Safety,
};
} // namespace

CaseloadModel::CaseloadModel(services::CaseService &service, domain::Actor actor, QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_actor(std::move(actor)),
      m_pages(kCachedPages)
{
    m_count = m_service.caseloadCount(m_actor);
    connect(&m_service, &services::CaseService::caseloadReset, this, &CaseloadModel::refresh);
    connect(&m_service, &services::CaseService::personChanged, this, &CaseloadModel::refresh);
}

void CaseloadModel::setPaging(int pageSize, int cachedPages)
{
    beginResetModel();
    m_pageSize = qMax(1, pageSize);
    m_pages.clear();
    m_pages.setMaxCost(qMax(1, cachedPages));
    m_pagesFetched = 0;
    endResetModel();
}

SummaryColumn CaseloadModel::columnAt(int section)
{
    return kColumns.at(std::size_t(section));
}

int CaseloadModel::sectionOf(SummaryColumn column)
{
    for (std::size_t i = 0; i < kColumns.size(); ++i)
        if (kColumns[i] == column)
            return int(i);
    return -1;
}

bool CaseloadModel::isSortable(int section)
{
    return section >= 0 && section < int(kColumns.size()) &&
           SummaryColumns::sortFor(columnAt(section)).has_value();
}

int CaseloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int CaseloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(kColumns.size());
}

const domain::PersonSummary *CaseloadModel::summaryAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int pageNo = row / m_pageSize;
    Page *page = m_pages.object(pageNo);
    if (!page) {
        const auto sort = SummaryColumns::sortFor(columnAt(m_sortColumn));
        auto fetched = m_service.caseloadPage(m_actor, sort.value_or(domain::CaseloadSort::Name),
                                              m_order, pageNo * m_pageSize, m_pageSize);
        ++m_pagesFetched;
        page = new Page;
        if (fetched.ok()) {
            *page = std::move(fetched).value();
            m_lastError.clear();
        } else {
            // Keep the empty page so that painting does not retry the failing query for
            // every cell; refresh() tries again.
            m_lastError = tr("The caseload could not be read: %1").arg(fetched.error().describe());
            Q_EMIT const_cast<CaseloadModel *>(this)->loadFailed(m_lastError);
        }
        m_pages.insert(pageNo, page);
    }
    const int offset = row % m_pageSize;
    return offset < page->size() ? &page->at(offset) : nullptr;
}

QVariant CaseloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto *person = summaryAt(index.row());
    if (!person)
        return {};
    return SummaryColumns::data(*person, columnAt(index.column()), role);
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(kColumns.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = columnAt(section);
    if (role == Qt::DisplayRole)
        return SummaryColumns::title(column);
    if (role == Qt::ToolTipRole) {
        auto tip = SummaryColumns::headerToolTip(column);
        if (!isSortable(section))
            tip = tip.isEmpty() ? tr("This column cannot be sorted")
                                : tr("%1 (cannot be sorted)").arg(tip);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

void CaseloadModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_order))
        return;
    // Rows are known only by position, so nothing could follow its person: start afresh.
    beginResetModel();
    m_sortColumn = column;
    m_order = order;
    m_pages.clear();
    endResetModel();
}

void CaseloadModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_pagesFetched = 0;
    m_count = m_service.caseloadCount(m_actor);
    endResetModel();
}

QString CaseloadModel::personId(int row) const
{
    const auto *person = summaryAt(row);
    return person ? person->id : QString();
}

} // namespace hub::ui
