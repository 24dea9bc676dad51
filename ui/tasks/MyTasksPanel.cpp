#include "MyTasksPanel.h"
#include "widgets/Colours.h"

#include "EmptyState.h"
#include "TaskListModel.h"
#include "services/DeskService.h"
#include "services/EpisodeService.h"
#include "widgets/FocusRing.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace hub::ui {

MyTasksPanel::MyTasksPanel(services::Services &services, const domain::Actor &actor,
                           QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    setObjectName(QStringLiteral("myTasksPanel"));
    setAccessibleName(tr("My tasks"));
    // No fixed minimum width: the layout's keeps both buttons whole.

    auto *title = new QLabel(tr("My tasks"), this);
    title->setObjectName(QStringLiteral("myTasksTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    title->setFont(f);
    title->setStyleSheet(Colours::textStyle(Colours::Tone::Ink));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("myTasksSummary"));
    m_summary->setAccessibleName(tr("My tasks summary"));
    m_summary->setStyleSheet(Colours::textStyle(Colours::Tone::Muted));
    m_summary->setWordWrap(true);

    m_model = new TaskListModel(services, actor, this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("myTasksView"));
    m_view->setAccessibleName(tr("My tasks by due date"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setIndentation(10);
    m_view->setStyleSheet(FocusRing::framedStyle("QTreeView") +
                          QStringLiteral("QTreeView::item { padding: 3px 2px; }"));
    m_view->installEventFilter(this);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(TaskListModel::IsSectionRole).toBool())
            return;
        const auto personId = index.data(TaskListModel::PersonIdRole).toString();
        if (personId.isEmpty())
            Q_EMIT message(tr("This task is not about a person."));
        else
            Q_EMIT openRequested(personId);
    });

    m_empty = new EmptyState(tr("No tasks due"),
                             tr("Tasks you set yourself (Ctrl+T) and those assigned to you "
                                "appear here by due date."),
                             this);
    m_empty->setObjectName(QStringLiteral("myTasksEmpty"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_done = new QPushButton(tr("Mark &done (Space)"), this);
    m_done->setObjectName(QStringLiteral("completeTaskButton"));
    m_done->setAccessibleName(tr("Mark the selected task done"));
    m_done->setToolTip(tr("Mark the selected task done (Space in the list)"));
    connect(m_done, &QPushButton::clicked, this, &MyTasksPanel::completeCurrent);
    auto *newTask = new QPushButton(tr("&New task\u2026 (Ctrl+T)"), this);
    newTask->setObjectName(QStringLiteral("newTaskButton"));
    newTask->setAccessibleName(tr("New task"));
    newTask->setToolTip(tr("Create a task (Ctrl+T from anywhere)"));
    connect(newTask, &QPushButton::clicked, this, &MyTasksPanel::newTaskRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_done);
    buttons->addWidget(newTask);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &MyTasksPanel::rememberCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MyTasksPanel::restoreCurrent);
    connect(m_model, &TaskListModel::refreshed, this, &MyTasksPanel::updateState);
    connect(m_model, &TaskListModel::loadFailed, this, &MyTasksPanel::message);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MyTasksPanel::updateState);
    restoreCurrent();
    updateState();
}

bool MyTasksPanel::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void MyTasksPanel::completeCurrent()
{
    const auto current = m_view->currentIndex();
    if (!current.isValid() || current.data(TaskListModel::IsSectionRole).toBool() ||
        current.data(TaskListModel::DoneRole).toBool())
        return;
    // The next open task below becomes current, so Space, Space ticks off a run of tasks.
    m_nextTask.clear();
    for (auto below = m_view->indexBelow(current); below.isValid();
         below = m_view->indexBelow(below)) {
        if (!below.data(TaskListModel::IsSectionRole).toBool() &&
            !below.data(TaskListModel::DoneRole).toBool()) {
            m_nextTask = below.data(TaskListModel::TaskIdRole).toString();
            break;
        }
    }
    const auto title = current.data(Qt::DisplayRole).toString().section(QLatin1Char('\n'), 0, 0);
    auto done = services::TaskService(m_services.context)
                    .complete(m_actor, current.data(TaskListModel::TaskIdRole).toString());
    if (!done.ok()) {
        m_nextTask.clear();
        Q_EMIT message(tr("The task was not marked done: %1").arg(done.error().describe()));
        return;
    }
    Q_EMIT message(tr("Done: %1").arg(title));
    // Without waiting for the change notice, so the list is right at once.
    m_model->refresh();
}

void MyTasksPanel::rememberCurrent()
{
    m_currentTask = m_view->currentIndex().data(TaskListModel::TaskIdRole).toString();
}

void MyTasksPanel::restoreCurrent()
{
    m_view->expandAll();
    const QString wanted = m_nextTask.isEmpty() ? m_currentTask : m_nextTask;
    m_nextTask.clear();
    auto at = m_model->indexOfTask(wanted);
    if (!at.isValid() && m_model->rowCount() > 0) // the first task of the first section
        at = m_model->index(0, 0, m_model->index(0, 0));
    if (at.isValid())
        m_view->setCurrentIndex(at);
}

void MyTasksPanel::updateState()
{
    const bool open =
        m_model->count(TaskListModel::Overdue) + m_model->count(TaskListModel::Today) +
            m_model->count(TaskListModel::ThisWeek) + m_model->count(TaskListModel::Later) >
        0;
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
    QStringList parts;
    if (const int n = m_model->count(TaskListModel::Overdue))
        parts << tr("%n overdue", nullptr, n);
    if (const int n = m_model->count(TaskListModel::Today))
        parts << tr("%n due today", nullptr, n);
    if (!open && m_model->count(TaskListModel::DoneToday) > 0)
        parts << tr("All done for now");
    m_summary->setText(parts.join(QStringLiteral(" \u00b7 ")));
    m_summary->setVisible(!parts.isEmpty());
    const auto current = m_view->currentIndex();
    m_done->setEnabled(current.isValid() && !current.data(TaskListModel::IsSectionRole).toBool() &&
                       !current.data(TaskListModel::DoneRole).toBool());
}

bool MyTasksPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        completeCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hub::ui
