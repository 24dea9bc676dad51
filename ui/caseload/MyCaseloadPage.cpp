#include "MyCaseloadPage.h"

#include "EmptyState.h"
#include "MyCaseloadFilter.h"
#include "PersonLists.h"
#include "models/MyCaseloadModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hub::ui {

MyCaseloadPage::MyCaseloadPage(services::Services &services, const domain::Actor &actor,
                               QWidget *parent)
    : QWidget(parent), m_hasUser(!actor.userId.isEmpty())
{
    setObjectName(QStringLiteral("myCaseloadPage"));
    setAccessibleName(tr("My caseload"));

    m_model = new MyCaseloadModel(services, actor, this);
    m_filter = new MyCaseloadFilter(this);
    m_filter->setSourceModel(m_model);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("myCaseloadView"));
    m_view->setAccessibleName(tr("My open cases and referrals"));
    m_view->setModel(m_filter);
    PersonLists::setUpTable(m_view);
    m_view->setIconSize(QSize(16, 16));
    PersonLists::sizeColumn(m_view, MyCaseloadModel::Person,
                            QStringLiteral("Featherstonehaugh-Smith Amelia"), 30);
    PersonLists::sizeColumn(m_view, MyCaseloadModel::Status, tr("Closure requested"));
    PersonLists::sizeColumn(m_view, MyCaseloadModel::NextDue, QStringLiteral("00/00/0000"));
    PersonLists::sizeColumn(m_view, MyCaseloadModel::LastContact, tr("None yet 00/00"));
    // Breached clocks are bold: room for that too.
    PersonLists::sizeColumn(m_view, MyCaseloadModel::Clock, tr("Overdue by 12 days 23 h"), 30);
    PersonLists::sizeColumn(m_view, MyCaseloadModel::Received, QStringLiteral("00/00/0000 00:00"));
    // The names take what is left, so the dates and the clock are never cut off.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(MyCaseloadModel::Person, QHeaderView::Stretch);
    m_view->setSortingEnabled(true);
    // Most urgent first.
    m_view->sortByColumn(MyCaseloadModel::Clock, Qt::AscendingOrder);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(MyCaseloadModel::PersonIdRole).toString());
    });

    m_summary = PersonLists::pageSummary(tr("My caseload summary"), "myCaseloadSummary", this);
    auto *top = new QHBoxLayout;
    top->addWidget(PersonLists::pageTitle(tr("My caseload"), "myCaseloadTitle", this));
    top->addSpacing(12);
    top->addWidget(m_summary, 1, Qt::AlignBottom);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("myCaseloadFilter"));
    m_filterEdit->setAccessibleName(tr("Filter my caseload"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, status or clock"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(
        m_filterEdit->fontMetrics().horizontalAdvance(m_filterEdit->placeholderText()) + 60);
    auto *filterLabel = new QLabel(tr("F&ilter:"), this);
    filterLabel->setBuddy(m_filterEdit);
    m_breachedOnly = new QCheckBox(tr("&Breached only"), this);
    m_breachedOnly->setObjectName(QStringLiteral("breachedOnlyCheck"));
    m_breachedOnly->setAccessibleName(tr("Show only cases whose Victims' Code clock is breached"));
    m_breachedOnly->setToolTip(
        tr("Only referrals whose first contact is overdue or was made late"));
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &MyCaseloadFilter::setText);
    connect(m_breachedOnly, &QCheckBox::toggled, m_filter, &MyCaseloadFilter::setBreachedOnly);
    // Down from the filter goes to the list, as in the search box.
    m_filterEdit->installEventFilter(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(filterLabel);
    filters->addWidget(m_filterEdit);
    filters->addSpacing(12);
    filters->addWidget(m_breachedOnly);
    filters->addStretch(1);

    m_empty = new EmptyState(QString(), QString(), this);
    m_empty->setObjectName(QStringLiteral("myCaseloadEmpty"));
    m_listOrEmpty = new QStackedWidget(this);
    m_listOrEmpty->setObjectName(QStringLiteral("myCaseloadStack"));
    m_listOrEmpty->addWidget(m_view);
    m_listOrEmpty->addWidget(m_empty);

    auto *main = new QWidget(this);
    main->setObjectName(QStringLiteral("myCaseloadMain"));
    auto *layout = new QVBoxLayout(main);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_listOrEmpty, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("myCaseloadSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(main);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_splitter);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &MyCaseloadPage::rememberCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MyCaseloadPage::restoreCurrent);
    connect(m_model, &MyCaseloadModel::refreshed, this, &MyCaseloadPage::updateState);
    connect(m_model, &MyCaseloadModel::loadFailed, this, &MyCaseloadPage::message);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MyCaseloadPage::updateState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MyCaseloadPage::updateState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MyCaseloadPage::updateState);
    updateState();
}

void MyCaseloadPage::setSidePanel(QWidget *panel)
{
    if (m_sidePanel == panel)
        return;
    delete m_sidePanel;
    m_sidePanel = panel;
    if (!panel)
        return;
    m_splitter->addWidget(panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    panel->show();
}

void MyCaseloadPage::focusList()
{
    if (m_filter->rowCount() == 0) {
        m_filterEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_filter->index(0, 0));
    m_view->setFocus(Qt::OtherFocusReason);
}

bool MyCaseloadPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
        focusList();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void MyCaseloadPage::refresh()
{
    m_model->refresh();
}

void MyCaseloadPage::rememberCurrent()
{
    m_currentKey = m_view->currentIndex().data(MyCaseloadModel::KeyRole).toString();
}

void MyCaseloadPage::restoreCurrent()
{
    if (m_currentKey.isEmpty())
        return;
    const auto hits = m_filter->match(m_filter->index(0, 0), MyCaseloadModel::KeyRole, m_currentKey,
                                      1, Qt::MatchExactly);
    if (!hits.isEmpty())
        m_view->setCurrentIndex(hits.first());
}

void MyCaseloadPage::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (!m_hasUser) {
        m_empty->setTitle(tr("No caseload for this account"));
        m_empty->setText(tr("My caseload lists the support episodes and referrals of a "
                            "caseworker. Start the app as a caseworker to see theirs; the "
                            "All people tab lists everyone on file."));
    } else if (total == 0) {
        m_empty->setTitle(tr("Nothing is assigned to you"));
        m_empty->setText(tr("Referrals assigned to you for triage and your open support "
                            "episodes will be listed here, most urgent Victims' Code clock "
                            "first. New referrals arrive in Referrals (Ctrl+2)."));
    } else {
        m_empty->setTitle(tr("Nothing matches the filter"));
        m_empty->setText(tr("None of your cases match. Clear the filter text or untick "
                            "\"Breached only\" to see them all."));
    }
    m_listOrEmpty->setCurrentIndex(shown > 0 ? 0 : 1);

    const int breached = m_model->breachedCount();
    const int triage = m_model->awaitingTriageCount();
    QStringList parts;
    parts << (total == 1 ? tr("1 case") : tr("%1 cases").arg(QLocale().toString(total)));
    if (triage > 0)
        parts << tr("%1 awaiting triage").arg(triage);
    if (breached > 0)
        parts << tr("%1 breached").arg(breached);
    if (m_filter->isFiltering())
        parts << tr("%1 shown").arg(shown);
    m_summary->setText(total == 0 ? QString() : parts.join(QStringLiteral(" \u00b7 ")));
}

} // namespace hub::ui
