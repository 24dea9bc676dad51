#include "AdminPage.h"

#include "ArchivePage.h"
#include "AuditPage.h"
#include "BackupPage.h"
#include "CodeListsPage.h"
#include "EmptyState.h"
#include "ErasurePage.h"
#include "HubLoginsPage.h"
#include "HubSettingsPage.h"
#include "TeamsPage.h"
#include "UsersPage.h"
#include "services/TeamService.h"

#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hub::ui {

AdminPage::AdminPage(services::Services &services, const domain::Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    setObjectName(QStringLiteral("adminPage"));
    setAccessibleName(tr("Administration"));

    m_tabs = new QTabWidget(this);
    // Its tab bar takes the focus: the frame itself is no control (an unnamed one to a
    // screen reader). The policy passes on to the tab bar (its focus proxy): set it back.
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_tabs->tabBar()->setFocusPolicy(Qt::TabFocus);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->setAccessibleName(tr("Administration tasks"));
    m_tabs->setDocumentMode(true);
    m_empty = new EmptyState(tr("Nothing to administer"),
                             tr("Your role has no administration tasks. Users, the audit "
                                "trail, retention and erasure are for administrators and "
                                "auditors."),
                             this);
    m_empty->setObjectName(QStringLiteral("adminEmpty"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // One line per tab, each for the roles that may use it (see AdminPage.h).
    if (may(security::Action::ViewAudit))
        addSection(new AuditPage(m_services, m_actor, this), tr("Audit trail"));
    if (may(security::Action::ManageUsers))
        addSection(new UsersPage(m_services, m_actor, this), tr("Users"));
    if (may(security::Action::Erase) || may(security::Action::EraseRetention))
        addSection(new ErasurePage(m_services, m_actor, this), tr("Erasure and retention"));
    if (services::TeamService::mayRead(m_actor.role)) // supervisors read them only
        addSection(new TeamsPage(m_services, m_actor, this), tr("Teams"));
    if (services::TeamService::mayRead(m_actor.role))
        addSection(new CodeListsPage(m_services, m_actor, this), tr("Code lists"));
    // Administrators change the hub's settings; supervisors (who approve closures) read them.
    if (may(security::Action::ChangeSettings) || may(security::Action::ApproveClosure))
        addSection(new HubSettingsPage(m_services, m_actor, this), tr("Hub settings"));
    if (may(security::Action::Backup))
        addSection(new BackupPage(m_services, m_actor, this), tr("Backup and restore"));
    if (may(security::Action::ExportIdentifiable) || may(security::Action::ImportArchive))
        addSection(new ArchivePage(m_services, m_actor, this), tr("Archives"));
    if (may(security::Action::ManageUsers))
        addSection(new HubLoginsPage(m_services, m_actor, this), tr("Hub desk logins"));
}

int AdminPage::addSection(QWidget *page, const QString &title)
{
    const int index = m_tabs->addTab(page, title);
    if (page->metaObject()->indexOfSignal("message(QString)") >= 0)
        connect(page, SIGNAL(message(QString)), this, SIGNAL(message(QString)));
    if (page->accessibleName().isEmpty())
        page->setAccessibleName(title);
    m_stack->setCurrentWidget(m_tabs);
    return index;
}

bool AdminPage::may(security::Action action) const
{
    return security::Permissions::allows(m_actor.role, action);
}

bool AdminPage::hasSections() const
{
    return m_tabs->count() > 0;
}

QWidget *AdminPage::section(const QString &objectName) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->objectName() == objectName)
            return m_tabs->widget(i);
    return nullptr;
}

} // namespace hub::ui
