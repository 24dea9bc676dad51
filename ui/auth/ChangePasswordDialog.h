#pragma once

#include "domain/Actor.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QLineEdit;

namespace hub::services {
class AuthService;
}

namespace hub::ui {

// Choosing a new password: the current one, the new one and the new one again. Refusals
// are shown under the field they concern; a wrong current password counts as a failed
// sign-in. Accepted once the password is changed, which also signs the user in (actor()).
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(services::AuthService &auth, const QString &username,
                         const QString &currentPassword, const QString &workstation,
                         QWidget *parent = nullptr);

    const domain::Actor &actor() const { return m_actor; }
    // The message shown under a field (old_password, new_password, repeat_password).
    QString errorFor(const QString &field) const { return m_errors.text(field); }

public Q_SLOTS:
    void save();

private:
    services::AuthService &m_auth;
    QString m_username;
    QString m_workstation;
    FieldErrors m_errors;
    QLineEdit *m_old = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    domain::Actor m_actor;
};

} // namespace hub::ui
