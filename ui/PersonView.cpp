#include "PersonView.h"

#include "PersonHeader.h"
#include "PersonHistory.h"
#include "PersonOverview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
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
    readOnly->setStyleSheet(QStringLiteral("color: #6b7280;"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_back);
    bar->addStretch();
    bar->addWidget(readOnly);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("personError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setStyleSheet(QStringLiteral("color: #a01c14; font-size: 12pt; padding: 40px;"));
    m_error->hide();

    m_header = new PersonHeader(this);

    m_tabs = new QTabWidget(this);
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
    m_tabs->addTab(m_episodes, tr("Support episodes"));
    m_contactDetail = new QTextBrowser(m_tabs);
    m_contactDetail->setObjectName(QStringLiteral("contactDetail"));
    m_contactDetail->setAccessibleName(tr("The selected contact in full"));
    m_contactDetail->setStyleSheet(QStringLiteral("QTextBrowser { border: 1px solid #d5dae1; }"));
    auto *contacts = new QSplitter(Qt::Vertical, m_tabs);
    contacts->setObjectName(QStringLiteral("contactsSplitter"));
    contacts->addWidget(m_contacts);
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
    connect(escape, &QShortcut::activated, this, &PersonView::backRequested);
}

void PersonView::setBackText(const QString &text)
{
    m_back->setText(text);
}

void PersonView::setFile(const domain::PersonFile &file)
{
    m_file = file;
    m_personId = file.person.id;
    m_personName = file.person.displayName();
    m_error->hide();
    m_header->show();
    m_tabs->show();
    m_header->setPerson(file.person);
    m_overview->setFile(file);
    PersonHistory::fillReferrals(m_referrals, file);
    PersonHistory::fillEpisodes(m_episodes, file);
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
    m_tabs->setCurrentIndex(0);
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
    m_personName.clear();
    m_header->hide();
    m_tabs->hide();
    m_error->setText(message);
    m_error->show();
}

} // namespace hub::ui
