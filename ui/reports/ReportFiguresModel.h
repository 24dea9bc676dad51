#pragma once

#include "ReportLayout.h"

#include <QAbstractItemModel>
#include <QHash>

namespace hub::ui {

// The month's figures as a tree: groups, figures, and the parts of each breakdown (every
// code, zeros included). Columns: figure, value, and, when a saved snapshot is shown and
// today's data differs, what today's data gives.
class ReportFiguresModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        PathRole = Qt::UserRole + 1, // "referrals_received", "first_contact.met"
        DefinitionRole,
    };
    enum Column
    {
        FigureColumn,
        ValueColumn,
        TodayColumn
    };

    explicit ReportFiguresModel(QObject *parent = nullptr);

    // `today`: path -> today's value, for the figures that differ from a saved snapshot.
    void setReport(const reports::MonthlyReport &report, const QHash<QString, QString> &today = {});
    void clear();

    // The row of a figure or part ("referrals_received", "referrals_by_source.police").
    QModelIndex indexOf(const QString &path, int column = FigureColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString label;
        QString value;
        QString path;
        QString definition;
        bool group = false;
        int parent = -1;
        int row = 0;
        QVector<int> children;
    };
    int add(Node node);
    const Node *nodeOf(const QModelIndex &index) const;

    QVector<Node> m_nodes;
    QVector<int> m_top;
    QHash<QString, QString> m_today;
};

} // namespace hub::ui
