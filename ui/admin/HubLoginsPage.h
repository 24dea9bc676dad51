#pragma once

#include "domain/Actor.h"
#include "sync/HubLogins.h"
#include "sync/SyncService.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace hub::services {
struct Services;
}

namespace hub::ui {

class EmptyState;

// The PostgreSQL hub's desk logins (Administration, administrators; docs/SYNC.md "Desk
// logins"), as `hubctl hub user add|remove|list` makes them through sync::HubLogins: the
// hub owner's login and password are asked for on the page and used for each action, never
// stored; a new login's password is made here and shown once, with a button that copies it.
// A desk with no hub, or a SQLite-file hub (which has no logins), sees a page saying so.
class HubLoginsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Login,
        User,
        Role,
        Team,
        State,
        ColumnCount
    };

    HubLoginsPage(services::Services &services, const domain::Actor &actor,
                  QWidget *parent = nullptr);

    // Whether this desk has a PostgreSQL hub (the list and its buttons show).
    bool hasLogins() const;
    EmptyState *emptyState() const { return m_empty; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QLineEdit *ownerPasswordEdit() const { return m_ownerPassword; }
    QTableWidget *view() const { return m_view; }
    QLineEdit *loginEdit() const { return m_login; }
    QComboBox *userBox() const { return m_user; }
    QLineEdit *newPasswordEdit() const { return m_newPassword; }
    QPushButton *copyButton() const { return m_copy; }
    QLabel *statusLabel() const { return m_status; }
    bool selectLogin(const QString &login);

public Q_SLOTS:
    bool reload();
    bool addLogin();
    bool removeSelected();

Q_SIGNALS:
    void message(const QString &text);

private:
    QWidget *buildList();
    // The hub, opened with the owner's login and password as typed; nullptr (saying why).
    std::unique_ptr<sync::Hub> openHub();
    void showLogins(const QVector<sync::HubLogin> &logins);
    void fail(const QString &text);

    services::Services &m_services;
    domain::Actor m_actor;
    sync::HubUrl m_url;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_ownerPassword = nullptr;
    QTableWidget *m_view = nullptr;
    QLineEdit *m_login = nullptr;
    QComboBox *m_user = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace hub::ui
