#pragma once

#include <QSortFilterProxyModel>

namespace hub::ui {

// Sorts My caseload by each column's sort value and filters it by typed text (name,
// status or clock) and "breached only".
class MyCaseloadFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MyCaseloadFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    void setBreachedOnly(bool on);
    bool isFiltering() const { return !m_text.isEmpty() || m_breachedOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_breachedOnly = false;
};

} // namespace hub::ui
