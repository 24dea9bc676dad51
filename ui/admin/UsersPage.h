#pragma once

#include "Result.h"
#include "domain/Actor.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hub::services {
struct Services;
}

namespace hub::ui {

// The users of the hub, for administrators (Admin section): the list with each user's
// role, team and sign-in state; add a user with a temporary password; disable a user; give
// a user a new temporary password. AuthService checks the permission and the password
// policy; every change is on the audit trail.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Username,
        Name,
        Role,
        Team,
        State,
        ColumnCount
    };

    UsersPage(services::Services &services, const domain::Actor &actor, QWidget *parent = nullptr);

    QTableWidget *view() const { return m_view; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *teamBox() const { return m_team; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *resetEdit() const { return m_reset; }
    // Why the last change was refused, empty after a change went through.
    QLabel *errorLabel() const { return m_error; }
    // The username on the selected row, empty when none.
    QString selectedUsername() const;
    bool selectUser(const QString &username);

public Q_SLOTS:
    void reload();
    void addUser();
    void disableSelected();
    void resetSelected();

Q_SIGNALS:
    void message(const QString &text);

private:
    // Shows a refusal, or reloads and says what was done.
    void finish(const Error *error, const QString &done);

    services::Services &m_services;
    domain::Actor m_actor;
    QTableWidget *m_view = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_team = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_reset = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_resetButton = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace hub::ui
