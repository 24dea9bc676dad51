#pragma once

#include "domain/Actor.h"
#include "domain/WorkViews.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QVector>

namespace hub::services {
struct Services;
}

namespace hub::ui {

class LiveReload;

// "My tasks" as a two-level tree: a heading row per section (Overdue, Today, This week,
// Later, Done today) with the section's tasks beneath it, soonest first. Only sections
// with tasks appear. Filled from DeskService::myTasks; reloads after every committed
// change (ChangeNotifier) and once a minute, so tasks move on at midnight.
class TaskListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Section
    {
        Overdue,
        Today,
        ThisWeek,
        Later,
        DoneToday,
        SectionCount
    };
    Q_ENUM(Section)
    enum Role
    {
        PersonIdRole = Qt::UserRole, // as every list of people, so Enter opens the person
        TaskIdRole,
        SectionRole,
        IsSectionRole,
        DoneRole,
    };

    TaskListModel(services::Services &services, domain::Actor actor, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Where a task due on `due` belongs on `today` (open tasks; done ones are DoneToday).
    static Section sectionFor(const QDate &due, const QDate &today);
    static QString sectionTitle(Section section);

    // The heading row of `section`; invalid when that section is empty.
    QModelIndex sectionIndex(Section section) const;
    QModelIndex indexOfTask(const QString &taskId) const;
    int count(Section section) const;
    QString errorText() const { return m_error; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void loadFailed(const QString &message);
    void refreshed();

private:
    struct Group
    {
        Section section;
        QVector<domain::TaskRow> rows;
    };
    const domain::TaskRow *taskAt(const QModelIndex &index) const;
    QVariant taskData(const domain::TaskRow &row, Section section, int role) const;

    services::Services &m_services;
    domain::Actor m_actor;
    QVector<Group> m_groups;
    QDate m_today;
    QString m_error;
    LiveReload *m_live = nullptr;
};

} // namespace hub::ui
