#include "SearchResultsModel.h"

#include "services/CaseService.h"

#include <array>

namespace hub::ui {

namespace {
// Phone comes before postcode here: people are often found by the number they call from.
// Whose work each person is comes second: the searcher's own first, the others marked.
constexpr std::array<SummaryColumn, 9> kColumns{
    SummaryColumn::Name,    SummaryColumn::Whose,    SummaryColumn::DateOfBirth,
    SummaryColumn::Phone,   SummaryColumn::Postcode, SummaryColumn::LatestReferral,
    SummaryColumn::Offence, SummaryColumn::Episode,  SummaryColumn::Safety,
};
} // namespace

SearchResultsModel::SearchResultsModel(services::CaseService &service, domain::Actor actor,
                                       QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_actor(std::move(actor))
{
}

SummaryColumn SearchResultsModel::columnAt(int section)
{
    return kColumns.at(std::size_t(section));
}

int SearchResultsModel::sectionOf(SummaryColumn column)
{
    for (std::size_t i = 0; i < kColumns.size(); ++i)
        if (kColumns[i] == column)
            return int(i);
    return -1;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(kColumns.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return SummaryColumns::data(m_rows.at(index.row()), columnAt(index.column()), role);
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(kColumns.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return SummaryColumns::title(columnAt(section));
    if (role == Qt::ToolTipRole) {
        const auto tip = SummaryColumns::headerToolTip(columnAt(section));
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

bool SearchResultsModel::setQuery(const QString &text)
{
    QVector<domain::PersonSummary> rows;
    bool ok = true;
    m_lastError.clear();
    if (!text.trimmed().isEmpty()) {
        auto found = m_service.search(m_actor, text, kLimit);
        if (found.ok()) {
            rows = std::move(found).value();
        } else {
            ok = false;
            m_lastError = tr("Search failed: %1").arg(found.error().describe());
        }
    }
    beginResetModel();
    m_query = text;
    m_rows = std::move(rows);
    endResetModel();
    return ok;
}

QString SearchResultsModel::personId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

} // namespace hub::ui
