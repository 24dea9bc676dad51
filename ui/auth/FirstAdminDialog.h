#pragma once

#include "domain/Actor.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QLineEdit;

namespace hub::services {
class AuthService;
}

namespace hub::ui {

// The first run on a database without any user: the administrator's username, name and
// password (twice). Refusals are shown under the field they concern. Accepted once the
// administrator exists and is signed in (actor()).
class FirstAdminDialog : public QDialog
{
    Q_OBJECT

public:
    FirstAdminDialog(services::AuthService &auth, const QString &workstation,
                     QWidget *parent = nullptr);

    const domain::Actor &actor() const { return m_actor; }
    // The message shown under a field (username, display_name, password, repeat_password).
    QString errorFor(const QString &field) const { return m_errors.text(field); }

public Q_SLOTS:
    void save();

private:
    services::AuthService &m_auth;
    QString m_workstation;
    FieldErrors m_errors;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_display = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    domain::Actor m_actor;
};

} // namespace hub::ui
