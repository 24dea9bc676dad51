#include "MyCaseloadFilter.h"

#include "models/MyCaseloadModel.h"

namespace hub::ui {

MyCaseloadFilter::MyCaseloadFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(MyCaseloadModel::SortRole);
    setDynamicSortFilter(true);
}

void MyCaseloadFilter::setText(const QString &text)
{
    const auto t = text.simplified();
    if (t == m_text)
        return;
    m_text = t;
    invalidateRowsFilter();
}

void MyCaseloadFilter::setBreachedOnly(bool on)
{
    if (on == m_breachedOnly)
        return;
    m_breachedOnly = on;
    invalidateRowsFilter();
}

bool MyCaseloadFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *source = sourceModel();
    auto at = [&](int column) {
        return source->index(sourceRow, column, sourceParent);
    };
    if (m_breachedOnly && !at(0).data(MyCaseloadModel::BreachedRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column :
         {int(MyCaseloadModel::Person), int(MyCaseloadModel::Status), int(MyCaseloadModel::Clock)})
        if (at(column).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace hub::ui
