#include "PersonView.h"
#include "widgets/Colours.h"

#include "PersonHeader.h"
#include "PersonHistory.h"
#include "PersonOverview.h"
#include "contacts/LogContactDialog.h"
#include "episodes/EpisodePane.h"
#include "help/ContextHelp.h"
#include "person/PersonEditDialog.h"
#include "security/Permissions.h"
#include "services/DeskService.h"
#include "services/PersonMergeService.h"
#include "supervisor/UnmergeDialog.h"
#include "widgets/FocusRing.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hub::ui {

PersonView::PersonView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("personView"));
    setAccessibleName(tr("Person record"));

    m_back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setAccessibleName(tr("Back to the list"));
    m_back->setToolTip(tr("Back to the list (Esc)"));
    m_back->setFlat(true);
    m_back->setFocusPolicy(Qt::TabFocus);
    connect(m_back, &QPushButton::clicked, this, &PersonView::backRequested);

    auto *readOnly = new QLabel(tr("Read-only view"), this);
    readOnly->setObjectName(QStringLiteral("readOnlyNote"));
    readOnly->setAccessibleName(readOnly->text());
    readOnly->setStyleSheet(Colours::textStyle(Colours::Tone::Muted));
    m_readOnly = readOnly;

    // Caseworker desk: editing the person's details (shown once a user is working).
    m_edit = new QPushButton(tr("&Edit details\u2026"), this);
    m_edit->setObjectName(QStringLiteral("editPersonButton"));
    m_edit->setAccessibleName(tr("Edit the person's details"));
    m_edit->setToolTip(tr("Edit details and safety-of-contact flags (Ctrl+E)"));
    m_edit->hide();
    connect(m_edit, &QPushButton::clicked, this, &PersonView::editDetails);
    auto *editShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    editShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    editShortcut->setWhatsThis(tr("Edit details and safety flags"));
    connect(editShortcut, &QShortcut::activated, this, &PersonView::editDetails);

    // Supervisors: undoing a merge into this record (shown when there is one to undo).
    m_unmerge = new QPushButton(tr("&Undo merge\u2026"), this);
    m_unmerge->setObjectName(QStringLiteral("unmergeButton"));
    m_unmerge->setAccessibleName(tr("Undo a merge into this record"));
    m_unmerge->setToolTip(tr("Separate a record that was merged into this one again"));
    m_unmerge->hide();
    connect(m_unmerge, &QPushButton::clicked, this, &PersonView::undoMerge);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_back);
    bar->addStretch();
    bar->addWidget(readOnly);
    bar->addWidget(m_unmerge);
    bar->addWidget(m_edit);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("personError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setStyleSheet(Colours::textStyle(Colours::Tone::Danger) +
                           QStringLiteral("padding: 40px;"));
    QFont errorFont = m_error->font();
    errorFont.setPointSizeF(errorFont.pointSizeF() * 1.2);
    m_error->setFont(errorFont);
    m_error->hide();

    m_header = new PersonHeader(this);

    m_tabs = new QTabWidget(this);
    // Its tab bar takes the focus: the frame itself is no control (an unnamed one to a
    // screen reader). The policy passes on to the tab bar (its focus proxy): set it back.
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_tabs->tabBar()->setFocusPolicy(Qt::TabFocus);
    m_tabs->setObjectName(QStringLiteral("personTabs"));
    m_tabs->setAccessibleName(tr("Person record sections"));
    m_tabs->setDocumentMode(true);
    m_overview = new PersonOverview(m_tabs);
    m_referrals = PersonHistory::makeTree("referralsTree", tr("Referrals"),
                                          {tr("Received"), tr("Source"), tr("Crime reference"),
                                           tr("Offence"), tr("Flags"), tr("Victims' Code"),
                                           tr("Consent"), tr("Status"), tr("Assigned to")},
                                          m_tabs);
    m_episodes = PersonHistory::makeTree(
        "episodesTree", tr("Support episodes"),
        {tr("Episode"), tr("Status"), tr("Caseworker"), tr("Closure")}, m_tabs);
    m_contacts = PersonHistory::makeTree(
        "contactsTree", tr("Contacts, newest first"),
        {tr("When"), tr("Contact"), tr("Outcome"), tr("Length"), tr("Recorded by"), tr("Summary")},
        m_tabs);
    m_tasks = PersonHistory::makeTree("tasksTree", tr("Tasks"),
                                      {tr("Due"), tr("Task"), tr("Owner"), tr("Status")}, m_tabs);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_referrals, tr("Referrals"));
    // Caseworker desk: the episode list on the left, the selected episode's work beside it.
    m_episodePane = new EpisodePane(m_tabs);
    connect(m_episodePane, &EpisodePane::message, this, &PersonView::message);
    auto *episodes = new QSplitter(Qt::Horizontal, m_tabs);
    episodes->setObjectName(QStringLiteral("episodesSplitter"));
    episodes->addWidget(m_episodes);
    episodes->addWidget(m_episodePane);
    episodes->setStretchFactor(0, 1);
    episodes->setStretchFactor(1, 3);
    episodes->setSizes({215, 985});
    m_episodes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    episodes->setChildrenCollapsible(false);
    connect(m_episodes, &QTreeWidget::currentItemChanged, this, &PersonView::showEpisode);
    m_tabs->addTab(episodes, tr("Support episodes"));
    m_contactDetail = new QTextBrowser(m_tabs);
    m_contactDetail->setObjectName(QStringLiteral("contactDetail"));
    m_contactDetail->setAccessibleName(tr("The selected contact in full"));
    m_contactDetail->setStyleSheet(FocusRing::framedStyle("QTextBrowser"));
    // Caseworker desk: corrections of logged contacts (Amend…, F2, or the context menu).
    auto *amend = new QAction(tr("&Amend\u2026"), m_contacts);
    amend->setObjectName(QStringLiteral("amendContactAction"));
    amend->setShortcut(QKeySequence(Qt::Key_F2));
    amend->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(amend, &QAction::triggered, this, &PersonView::amendContact);
    m_contacts->addAction(amend);
    m_contacts->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *contactList = new QWidget(m_tabs);
    auto *contactBar = new QWidget(contactList); // shown once someone works as a user
    contactBar->setObjectName(QStringLiteral("contactActions"));
    m_amend = new QPushButton(tr("&Amend\u2026 (F2)"), contactBar);
    m_amend->setObjectName(QStringLiteral("amendContactButton"));
    m_amend->setAccessibleName(tr("Amend the selected contact"));
    m_amend->setToolTip(tr("Record a correction of the selected contact; the original stays "
                           "as it was logged (F2)"));
    connect(m_amend, &QPushButton::clicked, this, &PersonView::amendContact);
    auto *logHint = new QLabel(tr("Ctrl+L logs a new contact."), contactBar);
    logHint->setStyleSheet(Colours::textStyle(Colours::Tone::Muted));
    auto *barLayout = new QHBoxLayout(contactBar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    barLayout->addWidget(logHint);
    barLayout->addStretch();
    barLayout->addWidget(m_amend);
    contactBar->hide();
    auto *contactColumn = new QVBoxLayout(contactList);
    contactColumn->setContentsMargins(0, 4, 0, 0);
    contactColumn->addWidget(contactBar);
    contactColumn->addWidget(m_contacts, 1);
    auto *contacts = new QSplitter(Qt::Vertical, m_tabs);
    contacts->setObjectName(QStringLiteral("contactsSplitter"));
    contacts->addWidget(contactList);
    contacts->addWidget(m_contactDetail);
    contacts->setStretchFactor(0, 3);
    contacts->setStretchFactor(1, 1);
    contacts->setChildrenCollapsible(false);
    connect(m_contacts, &QTreeWidget::currentItemChanged, this, &PersonView::showContact);

    m_tabs->addTab(contacts, tr("Contacts"));
    m_tabs->addTab(m_tasks, tr("Tasks"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    escape->setWhatsThis(tr("Back to the list"));
    connect(escape, &QShortcut::activated, this, &PersonView::backRequested);

    // Ctrl+Tab and Ctrl+Shift+Tab (or Ctrl+PgDown and Ctrl+PgUp) change section from
    // anywhere in the record, not only once the focus is inside the sections.
    const std::pair<QKeySequence, int> steps[] = {
        {QKeySequence(Qt::CTRL | Qt::Key_Tab), 1},
        {QKeySequence(Qt::CTRL | Qt::Key_PageDown), 1},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), -1},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), -1},
        {QKeySequence(Qt::CTRL | Qt::Key_PageUp), -1}};
    for (const auto &[keys, step] : steps) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        shortcut->setWhatsThis(step > 0 ? tr("Next tab") : tr("Previous tab"));
        connect(shortcut, &QShortcut::activated, this, [this, step = step] { stepSection(step); });
    }
}

void PersonView::stepSection(int step)
{
    if (m_tabs->isHidden() || m_tabs->count() == 0)
        return;
    const int n = m_tabs->count();
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + n) % n);
    // The focus goes to the section's first control, so the next key acts on it.
    QWidget *page = m_tabs->currentWidget();
    const auto takes = [](const QWidget *w) {
        return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus);
    };
    if (takes(page)) { // a section that is one list
        page->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && takes(w)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    m_tabs->tabBar()->setFocus(Qt::ShortcutFocusReason);
}

void PersonView::setBackText(const QString &text)
{
    m_back->setText(text);
}

void PersonView::setFile(const domain::PersonFile &file)
{
    // A reload of the same person (after a change) keeps the tab and episode in view.
    const bool samePerson = !m_personId.isEmpty() && m_personId == file.person.id;
    const QString shownEpisode = samePerson ? m_episodePane->episodeId() : QString();
    m_file = file;
    m_personId = file.person.id;
    m_personName = file.person.displayName();
    m_error->hide();
    m_header->show();
    m_tabs->show();
    m_header->setPerson(file.person);
    m_overview->setFile(file);
    updateUnmerge();
    PersonHistory::fillReferrals(m_referrals, file);
    {
        const QSignalBlocker block(m_episodes);
        PersonHistory::fillEpisodes(m_episodes, file);
        m_episodes->collapseAll();            // the pane beside it shows the details
        m_episodes->setColumnHidden(2, true); // caseworker and closure: in the pane too
        m_episodes->setColumnHidden(3, true);
    }
    // Show the episode shown before, else the first one still open, else the newest.
    QTreeWidgetItem *pick = nullptr;
    for (int i = 0; i < m_episodes->topLevelItemCount(); ++i) {
        auto *item = m_episodes->topLevelItem(i);
        const auto id = item->data(0, Qt::UserRole).toString();
        if (id.isEmpty())
            continue;
        const bool isOpen =
            std::any_of(file.episodes.cbegin(), file.episodes.cend(), [&](const auto &e) {
                return e.id == id && e.status != QLatin1String("closed");
            });
        if (id == shownEpisode || (!pick && isOpen))
            pick = item;
        if (id == shownEpisode)
            break;
    }
    if (!pick && m_episodes->topLevelItemCount() > 0 &&
        !m_episodes->topLevelItem(0)->data(0, Qt::UserRole).toString().isEmpty())
        pick = m_episodes->topLevelItem(0);
    {
        const QSignalBlocker block(m_episodes);
        m_episodes->setCurrentItem(pick);
    }
    m_episodePane->setFile(file, pick ? pick->data(0, Qt::UserRole).toString() : QString());
    PersonHistory::fillContacts(m_contacts, file);
    m_contactDetail->clear();
    if (m_contacts->topLevelItemCount() > 0)
        m_contacts->setCurrentItem(m_contacts->topLevelItem(0));
    PersonHistory::fillTasks(m_tasks, file);
    m_tabs->setTabText(1, tr("Referrals (%1)").arg(file.referrals.size()));
    m_tabs->setTabText(2, tr("Support episodes (%1)").arg(file.episodes.size()));
    m_tabs->setTabText(3, tr("Contacts (%1)").arg(file.contacts.size()));
    int open = 0;
    for (const auto &t : file.tasks)
        open += t.doneAt.isValid() ? 0 : 1;
    m_tabs->setTabText(4, tr("Tasks (%1 open)").arg(open));
    if (!samePerson)
        m_tabs->setCurrentIndex(0);
}

void PersonView::showEpisode()
{
    auto *item = m_episodes->currentItem();
    while (item && item->parent())
        item = item->parent();
    m_episodePane->setFile(m_file, item ? item->data(0, Qt::UserRole).toString() : QString());
}

void PersonView::setWorkContext(services::Services *services, const domain::Actor &actor)
{
    m_services = services;
    m_actor = actor;
    m_episodePane->setContext(EpisodeContext{services, actor});
    const bool canEdit = services && !actor.userId.isEmpty();
    m_edit->setVisible(canEdit);
    m_amend->parentWidget()->setVisible(canEdit);
    if (auto *amend = m_contacts->findChild<QAction *>(QStringLiteral("amendContactAction")))
        amend->setEnabled(canEdit);
    m_readOnly->setVisible(!canEdit);
    updateUnmerge();
}

void PersonView::updateUnmerge()
{
    bool show = false;
    if (m_services && !m_actor.userId.isEmpty() && !m_personId.isEmpty() &&
        security::Permissions::allows(m_actor.role, security::Action::MergePeople)) {
        auto merges =
            services::PersonMergeService(m_services->context).mergesInto(m_actor, m_personId);
        show = merges.ok() && !merges->isEmpty();
    }
    m_unmerge->setVisible(show);
}

void PersonView::undoMerge()
{
    if (!m_services || m_actor.userId.isEmpty() || m_personId.isEmpty())
        return;
    auto merges = services::PersonMergeService(m_services->context).mergesInto(m_actor, m_personId);
    if (!merges.ok()) {
        Q_EMIT message(merges.error().message);
        return;
    }
    if (merges->isEmpty())
        return;
    UnmergeDialog dialog(*m_services, m_actor, m_file.person, merges.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The change notice reloads the record; the status bar says what happened.
    Q_EMIT message(tr("Undid the merge of %1 into %2").arg(dialog.undoneName(), m_personName));
    updateUnmerge();
}

void PersonView::editDetails()
{
    if (!m_services || m_actor.userId.isEmpty() || m_personId.isEmpty())
        return;
    PersonEditDialog dialog(*m_services, m_actor, m_file.person, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Show the saved details at once; the reload after the change notice follows.
    m_file.person = dialog.saved();
    m_personName = m_file.person.displayName();
    m_header->setPerson(m_file.person);
    m_overview->setFile(m_file);
    Q_EMIT message(tr("Saved the details of %1").arg(m_personName));
}

void PersonView::amendContact()
{
    if (!m_services || m_actor.userId.isEmpty() || m_personId.isEmpty())
        return;
    const auto *item = m_contacts->currentItem();
    const QString id = item ? item->data(0, Qt::UserRole).toString() : QString();
    if (id.isEmpty()) {
        Q_EMIT message(tr("Choose a contact in the list to amend."));
        return;
    }
    LogContactDialog dialog(*m_services, m_actor, m_file, id, this);
    ContextHelp::setAnchor(&dialog, QStringLiteral("correcting-a-contact-amend"));
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(tr("Recorded a correction; the original contact is kept as logged."));
}

void PersonView::showContact()
{
    const auto *item = m_contacts->currentItem();
    m_contactDetail->setHtml(
        item ? PersonHistory::contactDetail(m_file, item->data(0, Qt::UserRole).toString())
             : QString());
}

void PersonView::showError(const QString &message)
{
    m_personId.clear();
    m_episodePane->setFile({}, {});
    m_personName.clear();
    m_header->hide();
    m_tabs->hide();
    m_error->setText(message);
    m_error->show();
}

} // namespace hub::ui
