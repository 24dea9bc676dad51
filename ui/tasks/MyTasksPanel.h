#pragma once

#include "domain/Actor.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace hub::services {
struct Services;
}

namespace hub::ui {

class EmptyState;
class TaskListModel;

// The worker's tasks beside My caseload: Overdue (in red), Today, This week, Later and
// Done today. Space marks the selected task done (TaskService::complete) and moves on to
// the next; Enter opens the person the task is about. Updates live after any change.
class MyTasksPanel : public QWidget
{
    Q_OBJECT

public:
    MyTasksPanel(services::Services &services, const domain::Actor &actor,
                 QWidget *parent = nullptr);

    TaskListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    bool isShowingEmptyState() const;

public Q_SLOTS:
    // Marks the selected task done; the one below it becomes current.
    void completeCurrent();

Q_SIGNALS:
    void openRequested(const QString &personId);
    void newTaskRequested();
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rememberCurrent();
    void restoreCurrent();
    void updateState();

    services::Services &m_services;
    domain::Actor m_actor;
    TaskListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QPushButton *m_done = nullptr;
    QString m_currentTask;
    QString m_nextTask; // becomes current after completing the task above it
};

} // namespace hub::ui
