#pragma once

#include "domain/Actor.h"
#include "security/Permissions.h"

#include <QWidget>

class QStackedWidget;
class QTabWidget;

namespace hub::services {
struct Services;
}

namespace hub::ui {

class EmptyState;

// The Admin section: one tab per administrative task (the audit trail, users, erasure and
// retention...). Each tab is added only for a role that may use it, so an auditor sees the
// audit trail and nothing else. While no tab applies, a page says so.
//
// To add a tab, one line in the constructor (AdminPage.cpp):
//     if (may(security::Action::Erase))
//         addSection(new ErasurePage(m_services, m_actor, this), tr("Erasure and retention"));
class AdminPage : public QWidget
{
    Q_OBJECT

public:
    AdminPage(services::Services &services, const domain::Actor &actor, QWidget *parent = nullptr);

    // Adds `page` as the last tab (AdminPage takes ownership); returns its index. A page's
    // message(QString) signal, when it has one, shows in the status bar.
    int addSection(QWidget *page, const QString &title);
    // Whether the signed-in role may do `action` (the permission table, not role names).
    bool may(security::Action action) const;
    // Whether any tab applies to this role: the Admin section is hidden when none does.
    bool hasSections() const;

    QTabWidget *tabs() const { return m_tabs; }
    // The tab whose page has this object name, or nullptr.
    QWidget *section(const QString &objectName) const;

Q_SIGNALS:
    void message(const QString &text);

private:
    services::Services &m_services;
    domain::Actor m_actor;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    EmptyState *m_empty = nullptr;
};

} // namespace hub::ui
