#include "MainWindow.h"
#include "widgets/Appearance.h"
#include "widgets/Colours.h"

#include "services/DeskService.h"

#include "CaseloadPage.h"
#include "EmptyState.h"
#include "Format.h"
#include "PersonView.h"
#include "SearchPage.h"
#include "UiSettings.h"
#include "admin/AdminPage.h"
#include "caseload/CaseloadSection.h"
#include "caseload/MyCaseloadPage.h"
#include "contacts/RecordActions.h"
#include "help/ContextHelp.h"
#include "help/ShortcutsDialog.h"
#include "models/CaseloadModel.h"
#include "models/SearchResultsModel.h"
#include "referrals/ImportWizard.h"
#include "referrals/InboxPage.h"
#include "reports/ReportsPage.h"
#include "security/Permissions.h"
#include "services/CaseService.h"
#include "services/CodeListService.h"
#include "services/DirectoryService.h"
#include "services/SupervisorService.h"
#include "supervisor/DuplicatesDialog.h"
#include "supervisor/SupervisorPage.h"
#include "sync/SyncUi.h"
#include "tasks/MyTasksPanel.h"
#include "widgets/FocusRing.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace hub::ui {

namespace {
constexpr int kPersonPage = MainWindow::PageCount;
// Long enough to skip the searches for a fast typist's in-between keystrokes.
constexpr int kSearchDelayMs = 150;
constexpr int kMessageMs = 4000;

const QString kNavStyle = QStringLiteral(
    "QListWidget#navList { background: #1f2d3d; color: #e8edf3; border: none;"
    "  outline: none; padding-top: 8px; }"
    "QListWidget#navList::item { padding: 9px 16px; border-left: 4px solid transparent; }"
    "QListWidget#navList::item:hover { background: #2a3c50; }"
    "QListWidget#navList::item:selected { background: #2f4d6d; color: white;"
    "  border-left: 4px solid #7fb3e6; }"
    // With the focus in the list, its current section is drawn brighter.
    "QListWidget#navList::item:focus { background: #3d6a96; border-left: 4px solid white; }");

// A magnifying glass for the search box, drawn so that it needs no icon theme.
QIcon searchIcon()
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Colours::text(Colours::Tone::Muted), 3.2, Qt::SolidLine, Qt::RoundCap));
    p.drawEllipse(QRectF(5, 5, 16, 16));
    p.drawLine(QPointF(19, 19), QPointF(27, 27));
    return QIcon(pm);
}
} // namespace

MainWindow::MainWindow(services::Services &services, services::CaseService &service,
                       domain::Actor actor, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_service(service), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("mainWindow"));
    FocusRing::install();
    ContextHelp::install();                    // F1 in dialogs and on the lock page too
    Format::useCodes(&services.context.codes); // the administrators' code lists
    setWindowTitle(tr("Victims' Hub"));
    setAccessibleName(tr("Victims' Hub"));
    resize(1366, 768);

    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navList"));
    m_nav->setAccessibleName(tr("Sections"));
    m_nav->setStyleSheet(Colours::css(kNavStyle));
    m_nav->setFixedWidth(176);
    m_nav->setFrameShape(QFrame::NoFrame);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_nav->setFont(navFont);
    const QStringList sections{tr("My caseload"), tr("Referrals"), tr("Search"),
                               tr("Reports"),     tr("Admin"),     tr("Team")};
    for (int i = 0; i < sections.size(); ++i) {
        auto *item = new QListWidgetItem(sections.at(i), m_nav);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(sections.at(i)).arg(i + 1));
    }

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_stack->setAccessibleName(tr("Current section"));
    // Caseworker desk: My caseload, with everyone on file as its "All people" tab.
    m_caseloadSection = new CaseloadSection(m_services, m_service, m_actor, m_stack);
    m_caseload = m_caseloadSection->allPeople();
    m_search = new SearchPage(m_service, m_actor, m_stack);
    auto emptyPage = [this](const char *name, const QString &title, const QString &text) {
        auto *page = new EmptyState(title, text, m_stack);
        page->setObjectName(QString::fromLatin1(name));
        return page;
    };
    m_stack->addWidget(m_caseloadSection);
    // The referral inbox: intake and triage.
    m_inbox = new InboxPage(m_services, m_actor, m_stack);
    m_stack->addWidget(m_inbox);
    m_stack->addWidget(m_search);
    // The monthly support counts: figures, trend, exports and snapshots.
    m_reports = new ReportsPage(m_services, m_actor, m_stack);
    m_stack->addWidget(m_reports);
    // Reports are for supervisors, administrators and auditors (ReportService refuses the
    // others too).
    if (!security::Permissions::allows(m_actor.role, security::Action::ViewReports))
        m_nav->item(Reports)->setHidden(true);
    // The Admin section: a tab per task the role may do (admin/AdminPage.cpp).
    m_admin = new AdminPage(m_services, m_actor, m_stack);
    m_stack->addWidget(m_admin);
    // Supervisor desk: the Team section, for those who supervise; hidden for the others.
    if (services::SupervisorService::maySupervise(m_actor) && !m_actor.userId.isEmpty()) {
        m_team = new SupervisorPage(m_services, m_actor, m_stack);
        m_stack->addWidget(m_team);
    } else {
        m_stack->addWidget(emptyPage("teamPage", tr("Team review is for supervisors"),
                                     tr("Supervisors review caseloads and move work here.")));
        m_nav->item(Team)->setHidden(true);
    }
    // Only the sections the role may use, so nobody is shown a section that refuses them.
    for (int page = 0; page < PageCount; ++page)
        if (!mayUse(page))
            m_nav->item(page)->setHidden(true);
    m_personView = new PersonView(m_stack);
    m_stack->addWidget(m_personView);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // Caseworker desk: Log contact (Ctrl+L) and New task (Ctrl+T) from anywhere.
    m_record = new RecordActions(m_services, m_service, m_actor, m_personView, this);
    m_record->setHighlightedPerson([this] { return highlightedPersonId(); });
    buildToolBar();
    buildMenus();
    // Sync with the hub: its menu before Help, F5, and the indicator in the status bar.
    m_sync = new SyncUi(*this, m_services, m_actor);
    connect(m_sync, &SyncUi::dataChanged, this, &MainWindow::refresh);
    connect(m_sync, &SyncUi::openPersonRequested, this, &MainWindow::openPerson);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setAccessibleName(tr("People on file"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_countLabel);
    m_countLabel->setVisible(isSectionShown(Caseload)); // a count of people they cannot see
    // Caseworker desk: who is working, always in view.
    m_actorLabel = new QLabel(this);
    m_actorLabel->setObjectName(QStringLiteral("actorLabel"));
    if (auto user = services::DirectoryService(m_services.context.db).user(m_actor.userId);
        !m_actor.userId.isEmpty() && user.ok())
        m_actorLabel->setText(
            tr("Working as %1 (%2)")
                .arg(user->displayName, Format::code(QStringLiteral("role"), user->role)));
    else
        m_actorLabel->setText(tr("Not working as a user: read-only"));
    m_actorLabel->setAccessibleName(m_actorLabel->text());
    statusBar()->addPermanentWidget(m_actorLabel);

    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    // Clicking the highlighted section again leaves a person's record too.
    connect(m_nav, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showPage(m_nav->row(item)); });
    connect(m_caseload, &CaseloadPage::openRequested, this, &MainWindow::openPerson);
    // A section the role does not use says nothing (its lists cannot load for them).
    const auto caseloadSays = [this](const QString &text) {
        if (isSectionShown(Caseload))
            statusBar()->showMessage(text, kMessageMs);
    };
    connect(m_caseload, &CaseloadPage::message, this, caseloadSays);
    connect(m_caseload->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_search, &SearchPage::openRequested, this, &MainWindow::openPerson);
    // Caseworker desk: My caseload opens people; the record edits and reloads itself.
    connect(myCaseloadPage(), &MyCaseloadPage::openRequested, this, &MainWindow::openPerson);
    connect(myCaseloadPage(), &MyCaseloadPage::message, this, caseloadSays);
    // Caseworker desk: My tasks beside My caseload, for those who have tasks (the others
    // would only be told, unasked, that their role cannot complete one).
    if (security::Permissions::allows(m_actor.role, security::Action::CompleteTask)) {
        auto *tasks = new MyTasksPanel(m_services, m_actor);
        myCaseloadPage()->setSidePanel(tasks);
        connect(tasks, &MyTasksPanel::openRequested, this, &MainWindow::openPerson);
        connect(tasks, &MyTasksPanel::newTaskRequested, m_record, &RecordActions::newTask);
        connect(tasks, &MyTasksPanel::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, kMessageMs); });
    }
    connect(m_record, &RecordActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kMessageMs); });
    connect(m_reports, &ReportsPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kMessageMs); });
    connect(m_admin, &AdminPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kMessageMs); });
    if (m_team) {
        connect(m_team, &SupervisorPage::openRequested, this, &MainWindow::openPerson);
        connect(m_team, &SupervisorPage::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, kMessageMs); });
    }
    connect(m_inbox, &InboxPage::openRequested, this, &MainWindow::openPerson);
    connect(m_inbox, &InboxPage::importRequested, this, &MainWindow::importReferrals);
    connect(m_inbox, &InboxPage::message, this, [this](const QString &text) {
        if (isSectionShown(Referrals))
            statusBar()->showMessage(text, kMessageMs);
    });
    m_personView->setWorkContext(&m_services, m_actor);
    connect(m_personView, &PersonView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kMessageMs); });
    connect(&m_services.notifier, &services::ChangeNotifier::changed, this,
            [this](services::ChangeNotifier::Kind kind, const QString &, const QString &personId) {
                if (kind == services::ChangeNotifier::Kind::Person)
                    m_caseload->refresh(); // a new name or flag shows in All people too
                onChanged(personId);
            });
    connect(m_personView, &PersonView::backRequested, this, &MainWindow::goBack);
    // The caseload model listens to the service itself; search and the open record follow.
    connect(&m_service, &services::CaseService::caseloadReset, this, &MainWindow::reloadShown);
    connect(&m_service, &services::CaseService::personChanged, this, &MainWindow::reloadShown);

    // A supervisor starts on the team's review, everyone else on their first section.
    showPage(m_team ? Team : firstSection());
    updateCount();
}

MainWindow::~MainWindow() = default;

bool MainWindow::mayUse(int page) const
{
    using security::Action;
    const auto allows = [this](Action action) {
        return security::Permissions::allows(m_actor.role, action);
    };
    switch (page) {
    case Caseload:
    case Search:
        return allows(Action::ViewPerson);
    case Referrals:
        return allows(Action::Triage);
    case Reports:
        return allows(Action::ViewReports);
    case Admin:
        return m_admin->hasSections();
    case Team:
        return m_team != nullptr;
    default:
        return false;
    }
}

bool MainWindow::isSectionShown(int page) const
{
    return page >= 0 && page < PageCount && !m_nav->item(page)->isHidden();
}

int MainWindow::firstSection() const
{
    for (int page = 0; page < PageCount; ++page)
        if (isSectionShown(page))
            return page;
    return Caseload;
}

MyCaseloadPage *MainWindow::myCaseloadPage() const
{
    return m_caseloadSection->mine();
}

QString MainWindow::highlightedPersonId() const
{
    const QAbstractItemView *view = nullptr;
    if (currentPage() == Caseload)
        view = m_caseloadSection->tabs()->currentIndex() == CaseloadSection::Mine
                   ? static_cast<QAbstractItemView *>(myCaseloadPage()->view())
                   : m_caseload->view();
    else if (currentPage() == Search)
        view = m_search->view();
    // Only a list the user is in (the window's focus, kept while a menu is open): a row
    // left current in a list they have moved away from is not what they mean.
    if (!view || !view->isVisible() || focusWidget() != view || !view->currentIndex().isValid())
        return {};
    // Every list of people keeps the person's id in Qt::UserRole (SummaryColumns,
    // MyCaseloadModel).
    return view->currentIndex().data(Qt::UserRole).toString();
}

void MainWindow::onChanged(const QString &personId)
{
    // One reload for the several notices of one action (a triage writes more than one row).
    if (m_reloadPending || personId.isEmpty() || personId != m_personView->personId())
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reloadShown();
    });
}

void MainWindow::buildToolBar()
{
    auto *bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setEnabled(false);
    bar->setStyleSheet(
        Colours::css(QStringLiteral("QToolBar#mainToolBar { padding: 6px 10px; "
                                    "spacing: 12px; border-bottom: 1px solid #d5dae1; }")));

    auto *brand = new QLabel(tr("Victims' Hub"), bar);
    brand->setObjectName(QStringLiteral("brandLabel"));
    brand->setAccessibleName(brand->text());
    brand->setFixedWidth(154);
    QFont f = brand->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    brand->setFont(f);
    brand->setStyleSheet(Colours::textStyle(Colours::Tone::Ink));
    bar->addWidget(brand);

    m_searchEdit = new QLineEdit(bar);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setAccessibleName(tr("Search people"));
    m_searchEdit->setPlaceholderText(
        tr("Search name, phone, postcode or crime reference (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->addAction(searchIcon(), QLineEdit::LeadingPosition);
    m_searchEdit->setMinimumWidth(
        m_searchEdit->fontMetrics().horizontalAdvance(m_searchEdit->placeholderText()) + 90);
    m_searchEdit->setMaximumWidth(m_searchEdit->minimumWidth() * 3 / 2);
    m_searchEdit->setMinimumHeight(m_searchEdit->sizeHint().height() + 6);
    m_searchEdit->installEventFilter(this);
    bar->addWidget(m_searchEdit)->setVisible(isSectionShown(Search));

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Results show as you type; the cursor stays in the box.
        if (!text.trimmed().isEmpty() && currentPage() != Search)
            switchTo(Search);
        m_searchTimer->start();
    });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer->isActive() || m_search->model()->query() != m_searchEdit->text())
            runSearch();
        m_search->openCurrent();
    });
}

void MainWindow::buildMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    // Back to the sign-in dialog, for the next person at this desk.
    auto *signOut =
        file->addAction(tr("&Sign out / switch user"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setStatusTip(tr("Close your session and show the sign-in dialog"));
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcutContext(Qt::ApplicationShortcut);

    auto *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    auto *find = view->addAction(tr("&Find person"), this, &MainWindow::focusSearch);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    find->setVisible(isSectionShown(Search));
    view->addSeparator();
    for (int page = 0; page < PageCount; ++page) {
        auto *action = view->addAction(m_nav->item(page)->text());
        action->setObjectName(QStringLiteral("showPage%1Action").arg(page + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        action->setVisible(!m_nav->item(page)->isHidden());
    }
    view->addSeparator();
    auto *reload = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setObjectName(QStringLiteral("refreshAction"));
    // Ctrl+R: F5 is Sync now (sync/SyncUi.cpp).
    reload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    view->addSeparator();
    Appearance::addActions(view); // High contrast, Larger text

    // "Work", Alt+K: every letter of "Record" is already a button's Alt key on some page.
    auto *record = menuBar()->addMenu(tr("Wor&k"));
    record->setObjectName(QStringLiteral("recordMenu"));
    m_record->addTo(record);
    // Contacts and tasks are a caseworker's and a supervisor's; the others never see them.
    const bool mayRecord =
        security::Permissions::allows(m_actor.role, security::Action::LogContact);
    record->menuAction()->setVisible(mayRecord);
    for (auto *action : record->actions())
        action->setEnabled(action->isEnabled() && mayRecord);
    // Supervisors: the caseload's possible duplicates, and merging them.
    if (security::Permissions::allows(m_actor.role, security::Action::FindDuplicates)) {
        record->addSeparator();
        auto *duplicates = record->addAction(tr("Possible &duplicates..."), this, [this] {
            auto *dialog = new DuplicatesDialog(m_services, m_actor, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &DuplicatesDialog::merged, this, &MainWindow::refresh);
            dialog->show();
            dialog->start();
        });
        duplicates->setObjectName(QStringLiteral("duplicatesAction"));
    }

    // Police referral files in bulk, for those the hub lets import (core decides:
    // services::ReferralImportService::mayImport): Work > Import referrals from file (a menu
    // of its own would have no Alt letter left: every letter of "Referrals" is a button's on
    // some page), Ctrl+Shift+I anywhere, and Import from file in the Referrals section.
    const bool mayImport = ImportWizard::mayImport(m_services, m_actor);
    record->addSeparator()->setVisible(mayImport);
    auto *importFile = record->addAction(tr("&Import referrals from file\u2026"), this,
                                         &MainWindow::importReferrals);
    importFile->setObjectName(QStringLiteral("importReferralsAction"));
    importFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importFile->setStatusTip(tr("Read a police force's CSV export of referrals into the inbox"));
    importFile->setVisible(mayImport);
    importFile->setEnabled(mayImport);

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    // F1: the user guide at the section for what has the focus (help/ContextHelp.cpp).
    auto *guide = help->addAction(tr("&User guide"), this, [this] {
        ContextHelp::showFor(isAncestorOf(QApplication::focusWidget()) ? QApplication::focusWidget()
                                                                       : this);
    });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    guide->setStatusTip(tr("Open the user guide at the section for this screen"));
    // Built from the window's own actions and shortcuts, so that it is never out of date.
    auto *keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        ShortcutsDialog dialog(this);
        dialog.exec();
    });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setStatusTip(tr("Every key of this window, what it does and where it works"));
    help->addSeparator();
    auto *about = help->addAction(tr("&About Victims' Hub"), this, [this] {
        QMessageBox::about(
            this, tr("About Victims' Hub"),
            tr("<h3>Victims' Hub %1</h3><p>Case management for a county Victims' Hub: "
               "referrals, support episodes, contacts and the monthly support counts.</p>"
               "<p>Press F1 on any screen for the user guide; Help &gt; Keyboard shortcuts "
               "lists every key.</p>")
                .arg(QString::fromLatin1(HUB_VERSION)));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::importReferrals()
{
    if (!ImportWizard::mayImport(m_services, m_actor))
        return;
    ImportWizard wizard(m_services, m_actor, this);
    wizard.exec();
    if (!wizard.imported())
        return;
    m_inbox->refresh();
    refresh();
    showPage(Referrals);
    const int added = wizard.summary().added;
    statusBar()->showMessage(
        added == 1 ? tr("1 referral imported into the inbox")
                   : tr("%1 referrals imported into the inbox").arg(QLocale().toString(added)),
        kMessageMs);
}

void MainWindow::runSearch()
{
    m_searchTimer->stop();
    m_search->search(m_searchEdit->text());
    // Only for a search typed now: a search run again after a change must not replace the
    // confirmation of that change.
    if (!m_search->summary().isEmpty())
        statusBar()->showMessage(m_search->summary(), kMessageMs);
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::openPerson(const QString &personId)
{
    if (personId.isEmpty())
        return;
    if (currentPage() != kPersonPage)
        m_returnPage = currentPage();
    auto file = m_service.openPerson(m_actor, personId);
    if (file.ok()) {
        m_personView->setFile(file.value());
        statusBar()->showMessage(tr("Opened the record of %1").arg(file->person.displayName()),
                                 kMessageMs);
    } else {
        m_personView->showError(Format::error(file.error()));
    }
    m_personView->setBackText(tr("Back to %1").arg(m_nav->item(m_returnPage)->text()));
    m_stack->setCurrentIndex(kPersonPage);
    m_personView->setFocus(Qt::OtherFocusReason);
}

void MainWindow::goBack()
{
    showPage(m_returnPage);
}

void MainWindow::switchTo(int page)
{
    const QSignalBlocker block(m_nav);
    m_nav->setCurrentRow(page);
    m_stack->setCurrentIndex(page);
}

void MainWindow::showPage(int page)
{
    if (page < 0 || page >= PageCount || m_nav->item(page)->isHidden())
        return;
    switchTo(page);
    if (page == Caseload)
        m_caseloadSection->focusList();
    else if (page == Referrals)
        m_inbox->focusList();
    else if (page == Reports)
        m_reports->activate();
    else if (page == Team && m_team)
        m_team->focusList();
    else if (page == Search && m_search->model()->rowCount() > 0)
        m_search->view()->setFocus(Qt::OtherFocusReason);
    else if (page == Search)
        m_searchEdit->setFocus(Qt::OtherFocusReason);
    else
        m_nav->setFocus(Qt::OtherFocusReason);
}

void MainWindow::focusSearch()
{
    if (!isSectionShown(Search))
        return;
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void MainWindow::refresh()
{
    // Codes and teams may have come with the pull (services::CodeListService).
    m_services.context.codes = services::CodeListService::load(m_services.context.db);
    m_caseload->refresh();
    reloadShown();
}

void MainWindow::reloadShown()
{
    if (!m_search->model()->query().isEmpty())
        m_search->search(m_searchEdit->text());
    if (currentPage() == kPersonPage && !m_personView->personId().isEmpty()) {
        auto file = m_service.openPerson(m_actor, m_personView->personId());
        if (file.ok())
            m_personView->setFile(file.value());
        else
            m_personView->showError(Format::error(file.error()));
    }
}

void MainWindow::updateCount()
{
    const int n = m_caseload->model()->rowCount();
    m_countLabel->setText(n == 1 ? tr("1 person on file")
                                 : tr("%1 people on file").arg(QLocale().toString(n)));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down) {
            if (m_searchTimer->isActive())
                runSearch();
            if (m_search->model()->rowCount() > 0) {
                switchTo(Search);
                m_search->view()->setFocus(Qt::TabFocusReason);
                return true;
            }
        } else if (key == Qt::Key_Escape && !m_searchEdit->text().isEmpty()) {
            m_searchEdit->clear();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::restoreLayout()
{
    m_persistLayout = true;
    UiSettings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1366, 768);
    restoreState(settings.windowState());
    const auto header = settings.headerState(m_caseload->view()->objectName());
    if (!header.isEmpty())
        m_caseload->view()->horizontalHeader()->restoreState(header);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_persistLayout) {
        UiSettings settings;
        settings.setWindowGeometry(saveGeometry());
        settings.setWindowState(saveState());
        settings.setHeaderState(m_caseload->view()->objectName(),
                                m_caseload->view()->horizontalHeader()->saveState());
    }
    QMainWindow::closeEvent(event);
}

} // namespace hub::ui
