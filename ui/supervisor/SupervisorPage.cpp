#include "SupervisorPage.h"
#include "widgets/Colours.h"

#include "ClosureReviewDialog.h"
#include "Format.h"
#include "PriorityDialog.h"
#include "ReassignDialog.h"
#include "ReviewRecordsModel.h"
#include "TeamReviewModel.h"
#include "WorkloadChart.h"
#include "services/DeskService.h"
#include "services/DirectoryService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hub::ui {

using services::ReviewMeasure;

namespace {
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    label->setFont(f);
    return label;
}
} // namespace

SupervisorPage::SupervisorPage(services::Services &services, const domain::Actor &actor,
                               QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    setObjectName(QStringLiteral("teamPage"));
    setAccessibleName(tr("Team review"));

    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("teamCombo"));
    m_team->setAccessibleName(tr("Team to review"));
    for (const auto &team : services::DirectoryService(m_services.context.db).teams())
        m_team->addItem(team.name, team.id);
    m_team->setCurrentIndex(std::max(0, m_team->findData(m_actor.teamId)));
    auto *teamLabel = new QLabel(tr("T&eam:"), this);
    teamLabel->setBuddy(m_team);
    m_week = new QLabel(this);
    m_week->setObjectName(QStringLiteral("weekLabel"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("teamReviewError"));
    m_error->setStyleSheet(Colours::textStyle(Colours::Tone::Danger));
    m_error->setWordWrap(true);
    m_error->hide();

    m_review = new TeamReviewModel(m_services,
                                   m_actor.teamId.isEmpty()
                                       ? domain::Actor{m_actor.userId, m_actor.role,
                                                       m_team->currentData().toString(),
                                                       m_actor.workstation}
                                       : m_actor,
                                   this);
    m_reviewView = new QTableView(this);
    m_reviewView->setObjectName(QStringLiteral("teamReviewView"));
    m_reviewView->setAccessibleName(tr("Caseload review: caseworkers by measure"));
    m_reviewView->setModel(m_review);
    m_reviewView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reviewView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_reviewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reviewView->setTabKeyNavigation(false);
    m_reviewView->verticalHeader()->hide();
    m_reviewView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reviewView->setWordWrap(false);
    m_reviewView->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_reviewView->installEventFilter(this);
    connect(m_reviewView, &QTableView::doubleClicked, this, &SupervisorPage::drillDown);

    m_chart = new WorkloadChart(this);

    m_records = new ReviewRecordsModel(m_services, m_actor, this);
    m_recordsTitle = heading(tr("Choose a number above and press Enter to list the records "
                                "behind it"),
                             this);
    m_recordsTitle->setObjectName(QStringLiteral("recordsTitle"));
    m_recordsTitle->setWordWrap(true);
    m_recordsView = new QTableView(this);
    m_recordsView->setObjectName(QStringLiteral("reviewRecordsView"));
    m_recordsView->setAccessibleName(tr("Records behind the number"));
    m_recordsView->setModel(m_records);
    m_recordsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_recordsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recordsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recordsView->setTabKeyNavigation(false);
    m_recordsView->verticalHeader()->hide();
    m_recordsView->setWordWrap(false);
    auto *recordsHeader = m_recordsView->horizontalHeader();
    recordsHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    recordsHeader->setSectionResizeMode(ReviewRecordsModel::Detail, QHeaderView::Stretch);
    m_recordsView->installEventFilter(this);
    connect(m_recordsView, &QTableView::doubleClicked, this, &SupervisorPage::openCurrent);

    m_open = new QPushButton(tr("&Open person"), this);
    m_open->setObjectName(QStringLiteral("openPersonButton"));
    m_open->setToolTip(tr("Open the person's record (Enter)"));
    m_reassign = new QPushButton(tr("&Reassign\u2026"), this);
    m_reassign->setObjectName(QStringLiteral("reassignButton"));
    m_reassign->setToolTip(
        tr("Give the selected referrals and support episodes to another caseworker (Alt+R)"));
    m_closure = new QPushButton(tr("&Approve or return closure\u2026"), this);
    m_closure->setObjectName(QStringLiteral("reviewClosureButton"));
    m_closure->setToolTip(tr("Decide on the closure request of this support episode (Alt+A)"));
    m_priority = new QPushButton(tr("Set &priority\u2026"), this);
    m_priority->setObjectName(QStringLiteral("priorityButton"));
    m_priority->setToolTip(tr("Normal, high or urgent (Alt+P)"));
    connect(m_open, &QPushButton::clicked, this, &SupervisorPage::openCurrent);
    connect(m_reassign, &QPushButton::clicked, this, &SupervisorPage::reassignSelected);
    connect(m_closure, &QPushButton::clicked, this, &SupervisorPage::reviewClosure);
    connect(m_priority, &QPushButton::clicked, this, &SupervisorPage::setPriority);

    connect(m_team, &QComboBox::currentIndexChanged, this, [this] {
        m_records->clear();
        m_drillName.clear();
        m_review->setTeam(m_team->currentData().toString());
    });
    connect(m_review, &TeamReviewModel::refreshed, this, &SupervisorPage::onReviewRefreshed);
    connect(m_review, &TeamReviewModel::loadFailed, this, [this](const QString &text) {
        m_error->setText(text);
        m_error->show();
    });
    connect(m_records, &ReviewRecordsModel::refreshed, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(m_recordsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SupervisorPage::updateActions);
    connect(m_recordsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SupervisorPage::updateActions);

    // Layout: the review and the chart side by side, the records below.
    auto *top = new QHBoxLayout;
    top->addWidget(heading(tr("Team review"), this));
    top->addSpacing(16);
    top->addWidget(teamLabel);
    top->addWidget(m_team);
    top->addSpacing(16);
    top->addWidget(m_week, 1);
    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->setObjectName(QStringLiteral("reviewSplitter"));
    upper->addWidget(m_reviewView);
    upper->addWidget(m_chart);
    // The table as wide as its columns need; the chart takes the rest.
    upper->setStretchFactor(0, 0);
    upper->setStretchFactor(1, 1);
    upper->setChildrenCollapsible(false);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_recordsTitle);
    lowerLayout->addWidget(m_recordsView, 1);
    auto *buttons = new QHBoxLayout;
    for (auto *b : {m_open, m_reassign, m_closure, m_priority})
        buttons->addWidget(b);
    buttons->addStretch(1);
    lowerLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);
    setTabOrder(m_team, m_reviewView);
    setTabOrder(m_reviewView, m_recordsView);
    setTabOrder(m_recordsView, m_open);

    onReviewRefreshed();
    // Until a number is chosen, the team's Victims' Code breaches: what a supervisor must
    // never miss.
    const int breaches = int(ReviewMeasure::Breaches) + 1;
    if (m_review->rowCount() > 0)
        showRecords(m_review->index(m_review->rowCount() - 1, breaches));
    updateActions();
}

void SupervisorPage::onReviewRefreshed()
{
    const auto &review = m_review->review();
    m_error->setVisible(!m_review->errorText().isEmpty());
    m_error->setText(m_review->errorText());
    m_week->setText(review.weekStart.isValid()
                        ? tr("Contacts counted from Monday %1").arg(Format::date(review.weekStart))
                        : QString());
    m_chart->setReview(review);
    if (!m_reviewView->currentIndex().isValid() && m_review->rowCount() > 0)
        m_reviewView->setCurrentIndex(m_review->index(0, 1));
    // Every column readable; the chart beside takes what is left.
    m_reviewView->resizeColumnsToContents();
    int width = 2 * m_reviewView->frameWidth() + 2;
    for (int c = 0; c < m_review->columnCount(); ++c)
        width += m_reviewView->columnWidth(c);
    m_reviewView->setMinimumWidth(width);
    // A sizeable table for a team of any size; the records take the rest.
    const int rows = std::max(4, m_review->rowCount());
    m_reviewView->setMinimumHeight(m_reviewView->horizontalHeader()->sizeHint().height() +
                                   rows * m_reviewView->verticalHeader()->defaultSectionSize() + 4);
}

void SupervisorPage::focusList()
{
    m_reviewView->setFocus(Qt::OtherFocusReason);
}

QString SupervisorPage::recordsTitle() const
{
    return m_recordsTitle->text();
}

void SupervisorPage::updateTitle()
{
    if (!m_records->isShowing())
        return;
    const auto what = TeamReviewModel::measureName(m_records->measure());
    m_recordsTitle->setText(tr("%1: %2 (%3)").arg(what, m_drillName).arg(m_records->rowCount()));
    m_recordsTitle->setAccessibleName(m_recordsTitle->text());
}

void SupervisorPage::drillDown(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int measure = index.data(TeamReviewModel::MeasureRole).toInt();
    if (measure < 0) {
        Q_EMIT message(tr("Choose a number to the right of the name"));
        return;
    }
    if (index.data(TeamReviewModel::ValueRole).toInt() < 0) {
        Q_EMIT message(tr("Nobody holds unallocated referrals: see the team total"));
        return;
    }
    showRecords(index);
    if (m_records->rowCount() > 0) {
        m_recordsView->setCurrentIndex(m_records->index(0, 0));
        m_recordsView->setFocus(Qt::OtherFocusReason);
    }
}

void SupervisorPage::showRecords(const QModelIndex &index)
{
    const auto row = m_review->index(index.row(), 0);
    m_drillName = row.data().toString();
    m_records->show(m_review->teamId(), row.data(TeamReviewModel::UserIdRole).toString(),
                    ReviewMeasure(index.data(TeamReviewModel::MeasureRole).toInt()));
    updateTitle();
}

QVector<services::RecordRef> SupervisorPage::selectedRefs(QStringList *labels) const
{
    QVector<services::RecordRef> refs;
    auto rows = m_recordsView->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_recordsView->currentIndex().isValid())
        rows << m_recordsView->currentIndex().siblingAtColumn(0);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const auto &index : rows) {
        const auto type = index.data(ReviewRecordsModel::RecordTypeRole).toString();
        if (type != QLatin1String("referral") && type != QLatin1String("episode"))
            continue;
        refs.push_back({type, index.data(ReviewRecordsModel::RecordIdRole).toString()});
        if (labels)
            *labels << tr("%1 (%2)").arg(index.data().toString(),
                                         ReviewRecordsModel::recordTypeName(type).toLower());
    }
    return refs;
}

void SupervisorPage::updateActions()
{
    const auto current = m_recordsView->currentIndex();
    const bool hasRefs = !selectedRefs().isEmpty();
    m_open->setEnabled(current.isValid() &&
                       !current.data(ReviewRecordsModel::PersonIdRole).toString().isEmpty());
    m_reassign->setEnabled(hasRefs);
    m_priority->setEnabled(hasRefs);
    m_closure->setEnabled(current.isValid() &&
                          current.data(ReviewRecordsModel::RecordTypeRole).toString() ==
                              QLatin1String("episode") &&
                          current.data(ReviewRecordsModel::StatusRole).toString() ==
                              QLatin1String("closure_requested"));
}

void SupervisorPage::openCurrent()
{
    const auto current = m_recordsView->currentIndex();
    const auto personId = current.data(ReviewRecordsModel::PersonIdRole).toString();
    if (!personId.isEmpty())
        Q_EMIT openRequested(personId);
}

void SupervisorPage::reassignSelected()
{
    QStringList labels;
    const auto refs = selectedRefs(&labels);
    if (refs.isEmpty()) {
        Q_EMIT message(tr("Select the referrals or support episodes to reassign first"));
        return;
    }
    ReassignDialog dialog(m_services, m_actor, m_review->teamId(), refs, labels, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT message(
        dialog.moved() == 1
            ? tr("1 record reassigned to %1").arg(dialog.chosenName())
            : tr("%1 records reassigned to %2").arg(dialog.moved()).arg(dialog.chosenName()));
    m_recordsView->setFocus(Qt::OtherFocusReason);
}

void SupervisorPage::reviewClosure()
{
    const auto current = m_recordsView->currentIndex();
    if (!m_closure->isEnabled() || !current.isValid()) {
        Q_EMIT message(tr("Choose a support episode awaiting closure approval first"));
        return;
    }
    ClosureReviewDialog dialog(m_services, m_actor,
                               current.data(ReviewRecordsModel::RecordIdRole).toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT message(dialog.approved() ? tr("Support for %1 is closed").arg(dialog.personName())
                                     : tr("The closure request for %1 went back to the caseworker")
                                           .arg(dialog.personName()));
    m_recordsView->setFocus(Qt::OtherFocusReason);
}

void SupervisorPage::setPriority()
{
    const auto refs = selectedRefs();
    if (refs.isEmpty()) {
        Q_EMIT message(tr("Select the referrals or support episodes first"));
        return;
    }
    const auto current = m_recordsView->currentIndex();
    const QString priority =
        current.isValid() ? m_records->record(current.row()).priority : QString();
    PriorityDialog dialog(m_services, m_actor, refs, priority, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT message(refs.size() == 1 ? tr("Priority set to %1 for 1 record")
                                          .arg(ReviewRecordsModel::priorityName(dialog.chosen()))
                                    : tr("Priority set to %1 for %2 records")
                                          .arg(ReviewRecordsModel::priorityName(dialog.chosen()))
                                          .arg(refs.size()));
    m_recordsView->setFocus(Qt::OtherFocusReason);
}

bool SupervisorPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_reviewView && enter) {
            drillDown(m_reviewView->currentIndex());
            return true;
        }
        if (watched == m_recordsView && enter) {
            openCurrent();
            return true;
        }
        if (watched == m_recordsView && key->key() == Qt::Key_Escape) {
            m_reviewView->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hub::ui
