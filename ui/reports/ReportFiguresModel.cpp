#include "ReportFiguresModel.h"
#include "widgets/Colours.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace hub::ui {

ReportFiguresModel::ReportFiguresModel(QObject *parent) : QAbstractItemModel(parent) {}

int ReportFiguresModel::add(Node node)
{
    const int at = int(m_nodes.size());
    if (node.parent < 0) {
        node.row = int(m_top.size());
        m_top.push_back(at);
    } else {
        node.row = int(m_nodes[node.parent].children.size());
        m_nodes[node.parent].children.push_back(at);
    }
    m_nodes.push_back(std::move(node));
    return at;
}

void ReportFiguresModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    m_today.clear();
    endResetModel();
}

void ReportFiguresModel::setReport(const reports::MonthlyReport &report,
                                   const QHash<QString, QString> &today)
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    m_today = today;
    for (const auto &group : ReportLayout::groups(report)) {
        Node g;
        g.label = group.title;
        g.group = true;
        const int gi = add(g);
        for (const auto &row : group.rows) {
            Node figure;
            figure.label = row.label;
            figure.value = row.value;
            figure.path = row.path();
            figure.definition = ReportLayout::definition(row.figure);
            figure.parent = gi;
            const int fi = add(figure);
            for (const auto &part : row.parts) {
                Node p;
                p.label = part.label;
                p.value = part.value;
                p.path = part.path();
                p.definition = figure.definition;
                p.parent = fi;
                add(p);
            }
        }
    }
    endResetModel();
}

const ReportFiguresModel::Node *ReportFiguresModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() >= quintptr(m_nodes.size()))
        return nullptr;
    return &m_nodes.at(int(index.internalId()));
}

QModelIndex ReportFiguresModel::indexOf(const QString &path, int column) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).path == path)
            return createIndex(m_nodes.at(i).row, column, quintptr(i));
    }
    return {};
}

QModelIndex ReportFiguresModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= columnCount())
        return {};
    const QVector<int> &siblings =
        parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_top;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row < 0 || row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex ReportFiguresModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes.at(node->parent).row, 0, quintptr(node->parent));
}

int ReportFiguresModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int ReportFiguresModel::columnCount(const QModelIndex &) const
{
    return m_today.isEmpty() ? 2 : 3;
}

QVariant ReportFiguresModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const bool differs = m_today.contains(node->path);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == FigureColumn)
            return node->label;
        if (index.column() == ValueColumn)
            return node->value;
        return differs ? m_today.value(node->path) : QString();
    case Qt::ToolTipRole:
        if (differs)
            return tr("Saved: %1. Today's data gives: %2.")
                .arg(node->value, m_today.value(node->path));
        return node->definition.isEmpty() ? QVariant() : QVariant(node->definition);
    case Qt::TextAlignmentRole:
        return index.column() == FigureColumn ? QVariant()
                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (node->group || (differs && index.column() != FigureColumn)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (Colours::highContrast()) // the palette's own rows only
            return {};
        if (differs)
            return QBrush(QColor(0xfd, 0xf0, 0xd5));
        if (node->group)
            return QBrush(QColor(0xec, 0xf1, 0xf7));
        return {};
    case PathRole:
        return node->path;
    case DefinitionRole:
        return node->definition;
    default:
        return {};
    }
}

QVariant ReportFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FigureColumn:
        return tr("Figure");
    case ValueColumn:
        return m_today.isEmpty() ? tr("Value") : tr("Saved");
    case TodayColumn:
        return tr("Today's data");
    default:
        return {};
    }
}

} // namespace hub::ui
