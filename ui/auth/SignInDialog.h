#pragma once

#include "domain/Actor.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace hub::services {
class AuthService;
}

namespace hub::ui {

// Signing in: username and password. The message for a refusal is the service's: the same
// words for an unknown user and a wrong password, the minutes to wait for a locked account.
// A temporary password opens ChangePasswordDialog; accepted once someone is signed in.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(services::AuthService &auth, const QString &workstation,
                 QWidget *parent = nullptr);

    void setUsername(const QString &username);
    const domain::Actor &actor() const { return m_actor; }
    // The line that says why the last attempt failed, empty when none.
    QString message() const;

public Q_SLOTS:
    void signIn();

private:
    services::AuthService &m_auth;
    QString m_workstation;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    domain::Actor m_actor;
};

// The start of every session: on a database without any user, the hub is set up and its
// first administrator signed in (FirstRunWizard); otherwise SignInDialog. Nothing when the user
// gives up.
std::optional<domain::Actor> askForSignIn(services::AuthService &auth, const QString &workstation,
                                          const QString &username = {}, QWidget *parent = nullptr);

} // namespace hub::ui
