#include "FirstAdminDialog.h"

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
const QString kRepeat = QStringLiteral("repeat_password");
} // namespace

FirstAdminDialog::FirstAdminDialog(services::AuthService &auth, const QString &workstation,
                                   QWidget *parent)
    : QDialog(parent), m_auth(auth), m_workstation(workstation), m_errors(this)
{
    setObjectName(QStringLiteral("firstAdminDialog"));
    setWindowTitle(tr("Create the administrator"));
    setStyleSheet(FieldErrors::styleSheet());
    m_errors.setNotSaved(tr("The administrator was not created"));
    m_errors.setUnplaced(FieldErrors::Unplaced::MessageOnly);
    m_errors.summaryLabel()->setAccessibleName(tr("Why the administrator was not created"));

    auto *intro =
        new QLabel(tr("This database has no users yet. Create the administrator, who then adds the "
                      "caseworkers and supervisors. The password needs at least %1 characters.")
                       .arg(services::AuthService::kMinPasswordLength));
    intro->setWordWrap(true);

    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("firstAdminUser"));
    m_display = new QLineEdit;
    m_display->setObjectName(QStringLiteral("firstAdminName"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("firstAdminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(QStringLiteral("firstAdminRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    m_errors.addRow(form, QStringLiteral("username"), tr("&Username:"), m_user);
    m_errors.addRow(form, QStringLiteral("display_name"), tr("&Display name:"), m_display);
    m_errors.addRow(form, QStringLiteral("password"), tr("&Password:"), m_password);
    m_errors.addRow(form, kRepeat, tr("&Repeat password:"), m_repeat);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create and sign in"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("firstAdminButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_errors.summaryLabel());
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_user->setFocus();
}

void FirstAdminDialog::save()
{
    m_errors.clearAll();
    if (m_password->text() != m_repeat->text()) {
        m_errors.show(Error::invalid(kRepeat, tr("does not match the password")));
        return;
    }
    auto result = m_auth.createFirstAdmin(m_user->text(), m_display->text(), m_password->text(),
                                          m_workstation);
    if (!result.ok()) {
        m_errors.show(result.error());
        return;
    }
    m_actor = result.value();
    accept();
}

} // namespace hub::ui
