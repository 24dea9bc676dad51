#include "TaskListModel.h"
#include "widgets/Colours.h"

#include "Format.h"
#include "models/LiveReload.h"
#include "services/DeskService.h"

#include <QColor>
#include <QFont>

namespace hub::ui {

namespace {
// Section rows have internal id 0; a task row's id is its section row + 1.
constexpr quintptr kSectionId = 0;

bool sameRows(const QVector<domain::TaskRow> &a, const QVector<domain::TaskRow> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (!(a.at(i).task == b.at(i).task) || a.at(i).personName != b.at(i).personName)
            return false;
    return true;
}

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("next_contact"))
        return TaskListModel::tr("Next contact");
    if (kind == QLatin1String("reminder"))
        return TaskListModel::tr("Reminder");
    return TaskListModel::tr("Action");
}
} // namespace

TaskListModel::TaskListModel(services::Services &services, domain::Actor actor, QObject *parent)
    : QAbstractItemModel(parent), m_services(services), m_actor(std::move(actor))
{
    m_live = new LiveReload(m_services.notifier, this, &TaskListModel::refresh);
    refresh();
}

TaskListModel::Section TaskListModel::sectionFor(const QDate &due, const QDate &today)
{
    if (due < today)
        return Overdue;
    if (due == today)
        return Today;
    // The rest of this week, Monday to Sunday.
    if (due <= today.addDays(7 - today.dayOfWeek()))
        return ThisWeek;
    return Later;
}

QString TaskListModel::sectionTitle(Section section)
{
    switch (section) {
    case Overdue:
        return tr("Overdue");
    case Today:
        return tr("Today");
    case ThisWeek:
        return tr("This week");
    case Later:
        return tr("Later");
    case DoneToday:
        return tr("Done today");
    case SectionCount:
        break;
    }
    return {};
}

void TaskListModel::refresh()
{
    m_live->started();
    QVector<domain::TaskRow> rows;
    services::DeskService desk(m_services.context);
    const QDate today = desk.today();
    if (!m_actor.userId.isEmpty()) {
        auto loaded = desk.myTasks(m_actor);
        if (!loaded.ok()) {
            m_error = loaded.error().describe();
            Q_EMIT loadFailed(m_error);
            return; // keep showing what was there
        }
        rows = std::move(loaded).value();
    }
    m_error.clear();

    QVector<Group> groups;
    for (int s = 0; s < SectionCount; ++s)
        groups.push_back({Section(s), {}});
    for (const auto &row : rows) {
        const auto section =
            row.task.doneAt.isValid() ? DoneToday : sectionFor(row.task.dueOn, today);
        groups[section].rows.push_back(row);
    }
    groups.erase(std::remove_if(groups.begin(), groups.end(),
                                [](const Group &g) { return g.rows.isEmpty(); }),
                 groups.end());

    bool same = today == m_today && groups.size() == m_groups.size();
    for (int i = 0; same && i < groups.size(); ++i)
        same = groups.at(i).section == m_groups.at(i).section &&
               sameRows(groups.at(i).rows, m_groups.at(i).rows);
    if (!same) {
        beginResetModel();
        m_groups = std::move(groups);
        m_today = today;
        endResetModel();
    }
    Q_EMIT refreshed();
}

QModelIndex TaskListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kSectionId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex TaskListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionId);
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kSectionId)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int TaskListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags TaskListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kSectionId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Task");
    return {};
}

const domain::TaskRow *TaskListModel::taskAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kSectionId)
        return nullptr;
    return &m_groups.at(int(index.internalId() - 1)).rows.at(index.row());
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kSectionId) {
        const auto &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return tr("%1 (%2)").arg(sectionTitle(group.section)).arg(group.rows.size());
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case Qt::ForegroundRole:
            return group.section == Overdue ? QVariant(Colours::text(Colours::Tone::Danger))
                                            : QVariant();
        case SectionRole:
            return int(group.section);
        case IsSectionRole:
            return true;
        default:
            return {};
        }
    }
    const auto &group = m_groups.at(int(index.internalId() - 1));
    return taskData(group.rows.at(index.row()), group.section, role);
}

QVariant TaskListModel::taskData(const domain::TaskRow &row, Section section, int role) const
{
    const auto &t = row.task;
    const bool done = t.doneAt.isValid();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        // The date first, so that a long name is what a narrow panel cuts short.
        QStringList details;
        details << (done ? tr("done %1").arg(Format::localDateTime(t.doneAt).right(5))
                         : tr("due %1").arg(Format::date(t.dueOn)));
        if (!row.personName.isEmpty())
            details << row.personName;
        return t.title + QLatin1Char('\n') + details.join(QStringLiteral(" \u00b7 "));
    }
    case Qt::ToolTipRole: {
        const QString who = row.personName.isEmpty() ? tr("not about a person") : row.personName;
        return done ? tr("%1 (%2, %3) \u2014 done").arg(t.title, kindText(t.kind), who)
                    : tr("%1 (%2, %3) \u2014 due %4. Space marks it done; Enter opens the "
                         "person.")
                          .arg(t.title, kindText(t.kind), who, Format::date(t.dueOn));
    }
    case Qt::ForegroundRole:
        if (section == Overdue)
            return Colours::text(Colours::Tone::Danger);
        return done ? QVariant(Colours::text(Colours::Tone::Muted)) : QVariant();
    case Qt::FontRole:
        if (done) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    case PersonIdRole:
        return t.personId;
    case TaskIdRole:
        return t.id;
    case SectionRole:
        return int(section);
    case IsSectionRole:
        return false;
    case DoneRole:
        return done;
    default:
        return {};
    }
}

QModelIndex TaskListModel::sectionIndex(Section section) const
{
    for (int i = 0; i < m_groups.size(); ++i)
        if (m_groups.at(i).section == section)
            return index(i, 0);
    return {};
}

QModelIndex TaskListModel::indexOfTask(const QString &taskId) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int r = 0; r < m_groups.at(g).rows.size(); ++r)
            if (m_groups.at(g).rows.at(r).task.id == taskId)
                return index(r, 0, index(g, 0));
    return {};
}

int TaskListModel::count(Section section) const
{
    const auto at = sectionIndex(section);
    return at.isValid() ? rowCount(at) : 0;
}

} // namespace hub::ui
