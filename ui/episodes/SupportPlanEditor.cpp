#include "SupportPlanEditor.h"
#include "widgets/Colours.h"

#include "Format.h"
#include "services/DeskService.h"
#include "services/EpisodeService.h"
#include "util/Time.h"
#include "widgets/DateField.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
constexpr int kDefaultDueDays = 7;
constexpr int kListRows = 4;
} // namespace

SupportPlanEditor::SupportPlanEditor(QWidget *parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("planGroup"));
    setTitle(tr("Support plan"));
    setAccessibleName(tr("Support plan"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("planList"));
    m_list->setAccessibleName(tr("Support plan actions"));
    m_list->setHeaderLabels({tr("Due"), tr("Action"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * (kListRows + 2) + 16);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SupportPlanEditor::updateButtons);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("actionTitleEdit"));
    m_title->setAccessibleName(tr("New action"));
    m_title->setPlaceholderText(tr("New action"));
    m_title->setToolTip(tr("What is to be done, e.g. chase the housing officer; Enter adds it"));
    m_title->setMaxLength(400);
    connect(m_title, &QLineEdit::returnPressed, this, &SupportPlanEditor::addAction);
    connect(m_title, &QLineEdit::textChanged, this, &SupportPlanEditor::updateButtons);

    m_due = new DateField(this);
    m_due->setObjectName(QStringLiteral("actionDueEdit"));
    m_due->setAccessibleName(tr("Action due on"));

    m_add = new QPushButton(tr("&Add action"), this);
    m_add->setObjectName(QStringLiteral("addActionButton"));
    m_add->setAccessibleName(tr("Add the action to the support plan"));
    connect(m_add, &QPushButton::clicked, this, &SupportPlanEditor::addAction);
    m_done = new QPushButton(tr("Mark &done"), this);
    m_done->setObjectName(QStringLiteral("markActionDoneButton"));
    m_done->setAccessibleName(tr("Mark the selected action done"));
    connect(m_done, &QPushButton::clicked, this, &SupportPlanEditor::completeSelected);
    m_error = EpisodeUi::errorLabel("planError", this);
    EpisodeUi::watchDate(m_due, m_error, tr("Due"));

    auto *dueLabel = new QLabel(tr("D&ue"), this);
    dueLabel->setBuddy(m_due);
    auto *add = new QHBoxLayout;
    add->addWidget(m_title, 1);
    add->addWidget(dueLabel);
    add->addWidget(m_due);
    add->addWidget(m_add);
    auto *below = new QHBoxLayout;
    below->addWidget(m_error, 1);
    below->addStretch(1);
    below->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(below);
    layout->addLayout(add);
}

void SupportPlanEditor::setEpisode(const domain::PersonFile &file, const domain::Episode *episode)
{
    const QString id = episode ? episode->id : QString();
    if (id != m_episodeId) {
        m_error->hide();
        m_title->clear();
        const QDate today =
            m_context.services ? m_context.services->context.today() : Format::todayInLondon();
        m_due->setToday(today);
        m_due->setDate(today.addDays(kDefaultDueDays));
        m_due->setRange(today.addYears(-1), QDate());
    }
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_episodeId = id;
    m_editable = episode && episode->status != QLatin1String("closed") && m_context.canWrite();

    m_list->clear();
    QVector<domain::Task> tasks;
    for (const auto &t : file.tasks)
        if (!id.isEmpty() && t.episodeId == id)
            tasks << t;
    // Open first by due date, then done, most recent first.
    std::sort(tasks.begin(), tasks.end(), [](const auto &a, const auto &b) {
        if (a.doneAt.isValid() != b.doneAt.isValid())
            return !a.doneAt.isValid();
        return a.doneAt.isValid() ? a.doneAt > b.doneAt : a.dueOn < b.dueOn;
    });
    const QDate today = Format::todayInLondon();
    for (const auto &t : tasks) {
        auto *item = new QTreeWidgetItem(
            m_list,
            {Format::date(t.dueOn), t.title,
             t.doneAt.isValid()
                 ? tr("Done %1").arg(util::londonDate(t.doneAt).toString(QStringLiteral("dd/MM")))
             : t.dueOn < today ? tr("Overdue")
                               : tr("Open")});
        item->setData(0, Qt::UserRole, t.id);
        item->setData(0, Qt::UserRole + 1, t.doneAt.isValid());
        item->setToolTip(1, t.title);
        if (t.doneAt.isValid())
            item->setToolTip(2, tr("Done %1").arg(Format::localDateTime(t.doneAt)));
        if (t.doneAt.isValid())
            for (int c = 0; c < 3; ++c)
                item->setForeground(c, Colours::text(Colours::Tone::Muted));
        else if (t.dueOn < today)
            item->setForeground(2, Colours::text(Colours::Tone::Danger));
        if (t.id == current)
            m_list->setCurrentItem(item);
    }
    if (tasks.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_list, {QString(), tr("No actions yet")});
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(1, Colours::text(Colours::Tone::Muted));
    }
    int open = 0;
    for (const auto &t : tasks)
        open += t.doneAt.isValid() ? 0 : 1;
    setTitle(tr("Support plan (%1 open)").arg(open));
    for (auto *w : std::initializer_list<QWidget *>{m_title, m_due})
        w->setEnabled(m_editable);
    updateButtons();
}

void SupportPlanEditor::updateButtons()
{
    m_add->setEnabled(m_editable && !m_title->text().trimmed().isEmpty());
    const auto *item = m_list->currentItem();
    m_done->setEnabled(m_editable && item && !item->data(0, Qt::UserRole).toString().isEmpty() &&
                       !item->data(0, Qt::UserRole + 1).toBool());
}

void SupportPlanEditor::addAction()
{
    if (!m_editable)
        return;
    domain::Task draft;
    if (!EpisodeUi::checkDate(m_due, m_error, tr("Due")))
        return;
    draft.episodeId = m_episodeId;
    draft.title = m_title->text();
    draft.dueOn = m_due->date();
    draft.kind = QStringLiteral("action");
    auto made = services::TaskService(m_context.services->context).create(m_context.actor, draft);
    if (!made.ok()) {
        const auto &e = made.error();
        EpisodeUi::showError(m_error, e.field == QLatin1String("title")
                                          ? tr("Type what is to be done before adding the action.")
                                          : tr("The action was not added: %1").arg(e.describe()));
        (e.field == QLatin1String("due_on") ? static_cast<QWidget *>(m_due) : m_title)
            ->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_error->hide();
    m_title->clear();
    m_title->setFocus(Qt::OtherFocusReason);
    Q_EMIT message(tr("Action added, due %1").arg(Format::date(made->dueOn)));
}

void SupportPlanEditor::completeSelected()
{
    const auto *item = m_list->currentItem();
    if (!m_editable || !item)
        return;
    const auto id = item->data(0, Qt::UserRole).toString();
    if (id.isEmpty())
        return;
    auto done = services::TaskService(m_context.services->context).complete(m_context.actor, id);
    if (!done.ok()) {
        EpisodeUi::showError(m_error,
                             tr("The action was not marked done: %1").arg(done.error().describe()));
        return;
    }
    m_error->hide();
    Q_EMIT message(tr("Action done: %1").arg(done->title));
}

} // namespace hub::ui
