#include "ChangePasswordDialog.h"

#include "Result.h"
#include "services/AuthService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
const QString kOld = QStringLiteral("old_password");
const QString kNew = QStringLiteral("new_password");
const QString kRepeat = QStringLiteral("repeat_password");

QLineEdit *passwordEdit(const char *name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

ChangePasswordDialog::ChangePasswordDialog(services::AuthService &auth, const QString &username,
                                           const QString &currentPassword,
                                           const QString &workstation, QWidget *parent)
    : QDialog(parent), m_auth(auth), m_username(username), m_workstation(workstation),
      m_errors(this)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Choose a new password"));
    setStyleSheet(FieldErrors::styleSheet());
    m_errors.setNotSaved(tr("The password was not changed"));
    m_errors.setUnplaced(FieldErrors::Unplaced::MessageOnly);
    m_errors.summaryLabel()->setAccessibleName(tr("Why the password was not changed"));

    auto *intro = new QLabel(
        tr("Your password for %1 is temporary. Choose a new one of at least %2 characters "
           "to sign in.")
            .arg(username)
            .arg(services::AuthService::kMinPasswordLength));
    intro->setObjectName(QStringLiteral("changePasswordIntro"));
    intro->setWordWrap(true);

    m_old = passwordEdit("oldPassword");
    m_old->setText(currentPassword);
    m_new = passwordEdit("newPassword");
    m_repeat = passwordEdit("repeatPassword");
    auto *form = new QFormLayout;
    m_errors.addRow(form, kOld, tr("C&urrent password:"), m_old);
    m_errors.addRow(form, kNew, tr("&New password:"), m_new);
    m_errors.addRow(form, kRepeat, tr("&Repeat new password:"), m_repeat);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change password and sign in"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changePasswordButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_errors.summaryLabel());
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    (currentPassword.isEmpty() ? m_old : m_new)->setFocus();
}

void ChangePasswordDialog::save()
{
    m_errors.clearAll();
    if (m_new->text() != m_repeat->text()) {
        m_errors.show(Error::invalid(kRepeat, tr("does not match the new password")));
        return;
    }
    auto result = m_auth.changePassword(m_username, m_old->text(), m_new->text(), m_workstation);
    if (!result.ok()) {
        auto error = result.error();
        // A wrong or locked current password is about the first field.
        if (error.field.isEmpty() && error.kind == Error::Kind::Permission)
            error.field = kOld;
        m_errors.show(error);
        return;
    }
    m_actor = result.value();
    accept();
}

} // namespace hub::ui
