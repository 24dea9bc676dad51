#include "UsersPage.h"

#include "AdminForms.h"
#include "widgets/Colours.h"

#include "Format.h"
#include "auth/AuthWords.h"
#include "services/AuthService.h"
#include "services/DeskService.h"
#include "services/DirectoryService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
QLineEdit *lineEdit(const char *name, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessibleName);
    return edit;
}

QString stateOf(const services::UserAccount &a)
{
    if (!a.user.active)
        return UsersPage::tr("Disabled");
    if (a.lockedUntil.isValid())
        return UsersPage::tr("Locked until %1").arg(Format::localDateTime(a.lockedUntil));
    if (!a.hasPassword)
        return UsersPage::tr("No password yet");
    if (a.mustChangePassword)
        return UsersPage::tr("Temporary password");
    return UsersPage::tr("Active");
}
} // namespace

UsersPage::UsersPage(services::Services &services, const domain::Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    setObjectName(QStringLiteral("usersPage"));
    setAccessibleName(tr("Users"));

    m_view =
        admin::table(QStringLiteral("usersView"), tr("Users of the hub"),
                     {tr("Username"), tr("Name"), tr("Role"), tr("Team"), tr("Sign-in")}, this);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_disable = new QPushButton(tr("&Disable user"), this);
    m_disable->setObjectName(QStringLiteral("disableUserButton"));
    m_reset = lineEdit("resetPasswordEdit", tr("New temporary password"), this);
    m_reset->setEchoMode(QLineEdit::Password);
    m_reset->setPlaceholderText(tr("New temporary password"));
    m_reset->setMinimumWidth(m_reset->fontMetrics().horizontalAdvance(m_reset->placeholderText()) +
                             24);
    m_resetButton = new QPushButton(tr("&Reset password"), this);
    m_resetButton->setObjectName(QStringLiteral("resetPasswordButton"));
    auto *selected = new QHBoxLayout;
    selected->addWidget(m_disable);
    selected->addSpacing(16);
    selected->addWidget(m_reset);
    selected->addWidget(m_resetButton);
    selected->addStretch(1);

    m_username = lineEdit("newUsernameEdit", tr("Username"), this);
    m_name = lineEdit("newNameEdit", tr("Display name"), this);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("newRoleCombo"));
    m_role->setAccessibleName(tr("Role"));
    for (const auto &role : services::AuthService::roles())
        m_role->addItem(Format::code(QStringLiteral("role"), role), role);
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("newTeamCombo"));
    m_team->setAccessibleName(tr("Team"));
    m_team->addItem(tr("No team"), QString());
    for (const auto &team : services::DirectoryService(m_services.context.db).teams())
        m_team->addItem(team.name, team.id);
    m_password = lineEdit("newPasswordEdit", tr("Temporary password"), this);
    m_password->setEchoMode(QLineEdit::Password);
    auto *add = new QPushButton(tr("&Add user"), this);
    add->setObjectName(QStringLiteral("addUserButton"));
    auto *addBox = new QGroupBox(tr("Add a user"), this);
    auto *form = new QFormLayout(addBox);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("Temporary &password:"), m_password);
    form->addRow(new QLabel(tr("They choose their own password when they first sign in."), addBox));
    form->addRow(add);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("usersError"));
    m_error->setStyleSheet(Colours::textStyle(Colours::Tone::Danger));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *list = new QVBoxLayout;
    list->addWidget(m_view, 1);
    list->addLayout(selected);
    auto *row = new QHBoxLayout;
    row->addLayout(list, 1);
    row->addWidget(addBox, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(row, 1);

    connect(add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_password, &QLineEdit::returnPressed, this, &UsersPage::addUser);
    connect(m_disable, &QPushButton::clicked, this, &UsersPage::disableSelected);
    connect(m_resetButton, &QPushButton::clicked, this, &UsersPage::resetSelected);
    connect(m_reset, &QLineEdit::returnPressed, this, &UsersPage::resetSelected);
    reload();
}

void UsersPage::reload()
{
    const QString selected = selectedUsername();
    m_view->setRowCount(0);
    auto accounts = services::AuthService(m_services.context).list(m_actor);
    if (!accounts.ok()) {
        finish(&accounts.error(), {});
        return;
    }
    QHash<QString, QString> teams;
    for (const auto &team : services::DirectoryService(m_services.context.db).teams())
        teams.insert(team.id, team.name);
    for (const auto &a : accounts.value()) {
        const int r = m_view->rowCount();
        m_view->insertRow(r);
        const QStringList cells{a.user.username, a.user.displayName,
                                Format::code(QStringLiteral("role"), a.user.role),
                                teams.value(a.user.teamId), stateOf(a)};
        for (int c = 0; c < ColumnCount; ++c)
            m_view->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    selectUser(selected);
}

QString UsersPage::selectedUsername() const
{
    const int r = m_view->currentRow();
    return r < 0 || !m_view->item(r, Username) ? QString() : m_view->item(r, Username)->text();
}

bool UsersPage::selectUser(const QString &username)
{
    for (int r = 0; r < m_view->rowCount(); ++r) {
        if (m_view->item(r, Username)->text() == username) {
            m_view->selectRow(r);
            return true;
        }
    }
    return false;
}

void UsersPage::finish(const Error *error, const QString &done)
{
    if (error) {
        m_error->setText(error->kind == Error::Kind::Invalid || error->kind == Error::Kind::Conflict
                             ? asSentence(error->describe())
                             : Format::error(*error));
        m_error->show();
        return;
    }
    m_error->clear();
    m_error->hide();
    reload();
    Q_EMIT message(done);
}

void UsersPage::addUser()
{
    auto added = services::AuthService(m_services.context)
                     .addUser(m_actor, m_username->text().trimmed(), m_name->text().trimmed(),
                              m_role->currentData().toString(), m_team->currentData().toString(),
                              m_password->text());
    if (!added.ok())
        return finish(&added.error(), {});
    for (auto *edit : {m_username, m_name, m_password})
        edit->clear();
    finish(nullptr, tr("Added %1; they must change the temporary password when they sign in")
                        .arg(added->username));
    selectUser(added->username);
}

void UsersPage::disableSelected()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    const auto s = services::AuthService(m_services.context).disable(m_actor, username);
    finish(s.ok() ? nullptr : &s.error(), tr("Disabled %1").arg(username));
}

void UsersPage::resetSelected()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    const auto s =
        services::AuthService(m_services.context).setPassword(m_actor, username, m_reset->text());
    if (s.ok())
        m_reset->clear();
    finish(s.ok() ? nullptr : &s.error(),
           tr("%1 has a new temporary password, to change at the next sign-in").arg(username));
}

} // namespace hub::ui
