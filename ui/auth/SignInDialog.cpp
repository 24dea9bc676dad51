#include "SignInDialog.h"
#include "widgets/Colours.h"

#include "AuthWords.h"
#include "ChangePasswordDialog.h"
#include "FirstRunWizard.h"
#include "help/ContextHelp.h"
#include "services/AuthService.h"
#include "widgets/FocusRing.h"
#include "widgets/GrowToFit.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui {

SignInDialog::SignInDialog(services::AuthService &auth, const QString &workstation, QWidget *parent)
    : QDialog(parent), m_auth(auth), m_workstation(workstation)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Victims' Hub"));

    auto *title = new QLabel(tr("Victims' Hub"));
    title->setObjectName(QStringLiteral("signInTitle"));
    auto font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    auto *intro = new QLabel(tr("Sign in with your username and password."));
    intro->setWordWrap(true);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setAccessibleName(tr("Why you are not signed in"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Colours::textStyle(Colours::Tone::Danger));
    m_message->hide();

    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_user->setAccessibleName(tr("Username"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Sign in"));
    ok->setObjectName(QStringLiteral("signInButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    GrowToFit::install(this);
    FocusRing::install();
    m_user->setFocus();
}

void SignInDialog::setUsername(const QString &username)
{
    m_user->setText(username);
    (username.isEmpty() ? m_user : m_password)->setFocus();
}

QString SignInDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SignInDialog::signIn()
{
    const auto username = m_user->text().trimmed();
    if (username.isEmpty()) {
        m_message->setText(tr("Type your username."));
        m_message->show();
        m_user->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_auth.login(username, m_password->text(), m_workstation);
    QApplication::restoreOverrideCursor();
    if (result.ok()) {
        m_actor = result.value();
        accept();
        return;
    }
    if (services::AuthService::isPasswordChangeRequired(result.error())) {
        ChangePasswordDialog change(m_auth, username, m_password->text(), m_workstation, this);
        if (change.exec() == QDialog::Accepted) {
            m_actor = change.actor();
            accept();
            return;
        }
        m_message->setText(asSentence(result.error().message));
        m_message->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_message->setText(asSentence(result.error().message));
    m_message->show();
    m_password->clear();
    m_password->setFocus();
}

std::optional<domain::Actor> askForSignIn(services::AuthService &auth, const QString &workstation,
                                          const QString &username, QWidget *parent)
{
    ContextHelp::install(); // F1 opens the guide from the first dialog on
    if (!auth.hasUsers()) {
        FirstRunWizard first(auth, workstation, parent);
        if (first.exec() != QDialog::Accepted)
            return std::nullopt;
        if (!first.actor().userId.isEmpty())
            return first.actor();
        // Finished without signing anyone in: a workstation that joined a hub. Its database
        // is beside this one, and the caller swaps it in and asks again.
        if (QFile::exists(FirstRunWizard::joinedDatabasePath(auth.context().db.path())))
            return std::nullopt;
    }
    SignInDialog dialog(auth, workstation, parent);
    dialog.setUsername(username);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.actor();
}

} // namespace hub::ui
