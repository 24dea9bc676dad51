#include "HubLoginsPage.h"

#include "AdminForms.h"
#include "EmptyState.h"
#include "Format.h"
#include "services/DeskService.h"
#include "services/DirectoryService.h"
#include "sync/Hub.h"
#include "sync/SyncSettings.h"
#include "widgets/FieldErrors.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hub::ui {

HubLoginsPage::HubLoginsPage(services::Services &services, const domain::Actor &actor,
                             QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    setObjectName(QStringLiteral("hubLoginsPage"));
    setAccessibleName(tr("Hub desk logins"));
    setStyleSheet(FieldErrors::styleSheet());
    const auto text = SyncSettings().hubUrl();
    auto url = sync::HubUrl::parse(text);
    m_empty = new EmptyState(QString(), QString(), this);
    m_empty->setObjectName(QStringLiteral("hubLoginsEmpty"));
    if (text.isEmpty()) {
        m_empty->setTitle(tr("This desk has no hub"));
        m_empty->setText(tr("Desk logins belong to a PostgreSQL hub. Set the hub in File, Sync "
                            "settings; this page then lists its desk logins."));
    } else if (!url.ok()) {
        m_empty->setTitle(tr("The hub's address cannot be read"));
        m_empty->setText(tr("%1. Correct it in File, Sync settings.").arg(url.error().describe()));
    } else if (url->kind != sync::HubUrl::Kind::Postgres) {
        m_empty->setTitle(tr("A file hub has no desk logins"));
        m_empty->setText(tr("This desk syncs with the hub file %1, which every desk opens "
                            "directly: there are no logins to manage. A PostgreSQL hub gives each "
                            "desk a login of its own (docs/SYNC.md).")
                             .arg(url->display()));
    } else {
        m_url = url.value();
    }
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    if (hasLogins())
        m_stack->setCurrentIndex(m_stack->addWidget(buildList()));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

bool HubLoginsPage::hasLogins() const
{
    return m_url.kind == sync::HubUrl::Kind::Postgres;
}

QWidget *HubLoginsPage::buildList()
{
    auto *page = new QWidget(this);
    auto *owner = new QGroupBox(tr("The hub's owner"), page);
    m_owner = admin::lineEdit(QStringLiteral("hubOwnerLogin"), tr("Hub owner's login"), owner);
    m_owner->setText(m_url.user);
    m_ownerPassword =
        admin::secretEdit(QStringLiteral("hubOwnerPassword"), tr("Hub owner's password"), owner);
    auto *connectButton = new QPushButton(tr("Li&st logins"), owner);
    connectButton->setObjectName(QStringLiteral("hubLoginsList"));
    connectButton->setAccessibleName(tr("List logins"));
    auto *ownerForm = new QFormLayout(owner);
    ownerForm->addRow(new QLabel(tr("Desk logins of the hub %1, managed with the login that owns "
                                    "the hub (it may create roles). Its password is asked for "
                                    "here each time and never kept.")
                                     .arg(m_url.display()),
                                 owner));
    admin::addRow(ownerForm, tr("Owner's &login:"), m_owner);
    admin::addRow(ownerForm, tr("Owner's pass&word:"), m_ownerPassword,
                  admin::pair(m_ownerPassword, connectButton, owner));

    m_view =
        admin::table(QStringLiteral("hubLoginsView"), tr("Desk logins"),
                     {tr("Login"), tr("Syncs for"), tr("Role"), tr("Team"), tr("State")}, page);
    for (int c = Login; c < State; ++c)
        m_view->setColumnWidth(c, 180);
    m_remove = new QPushButton(tr("Re&move…"), page);
    m_remove->setObjectName(QStringLiteral("hubLoginsRemove"));
    m_remove->setAccessibleName(tr("Remove the selected login"));
    m_remove->setEnabled(false);

    auto *add = new QGroupBox(tr("Add a desk login"), page);
    m_login = admin::lineEdit(QStringLiteral("hubLoginName"), tr("New login's name"), add);
    m_login->setPlaceholderText(tr("e.g. desk_laptop7: lower-case letters, digits and _"));
    m_user = new QComboBox(add);
    m_user->setObjectName(QStringLiteral("hubLoginUser"));
    m_user->setAccessibleName(tr("The user it syncs for"));
    m_user->setEditable(true);
    for (const auto &u : services::DirectoryService(m_services.context.db).users())
        m_user->addItem(u.username);
    m_user->setCurrentIndex(-1);
    auto *addButton = new QPushButton(tr("A&dd login"), add);
    addButton->setObjectName(QStringLiteral("hubLoginsAdd"));
    addButton->setAccessibleName(tr("Add login"));
    m_newPassword =
        admin::lineEdit(QStringLiteral("hubLoginPassword"), tr("The new login's password"), add);
    m_newPassword->setReadOnly(true);
    m_copy = new QPushButton(tr("&Copy password"), add);
    m_copy->setObjectName(QStringLiteral("hubLoginCopy"));
    m_copy->setAccessibleName(tr("Copy the new login's password"));
    auto *addForm = new QFormLayout(add);
    admin::addRow(addForm, tr("Lo&gin name:"), m_login);
    admin::addRow(addForm, tr("Syncs for &user:"), m_user, admin::pair(m_user, addButton, add));
    auto *shown = new QLabel(tr("Its password, shown this once:"), add);
    shown->setBuddy(m_newPassword);
    auto *passwordRow = admin::pair(m_newPassword, m_copy, add);
    addForm->addRow(shown, passwordRow);
    addForm->addRow(QString(), new QLabel(tr("Give it to the desk, which keeps it in its system "
                                             "keychain (Sync settings, or hubctl keychain "
                                             "store). It is not kept anywhere else."),
                                          add));
    passwordRow->hide();
    shown->hide();
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_newPassword->text());
        Q_EMIT message(tr("Password copied"));
    });
    connect(m_newPassword, &QLineEdit::textChanged, shown, [shown, passwordRow](const QString &t) {
        shown->setVisible(!t.isEmpty());
        passwordRow->setVisible(!t.isEmpty());
    });

    m_status = admin::statusLabel(QStringLiteral("hubLoginsStatus"), page);
    auto *listRow = new QHBoxLayout;
    listRow->addStretch();
    listRow->addWidget(m_remove);
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(owner);
    column->addWidget(m_status);
    column->addWidget(m_view, 1);
    column->addLayout(listRow);
    column->addWidget(add);

    connect(connectButton, &QPushButton::clicked, this, &HubLoginsPage::reload);
    connect(m_ownerPassword, &QLineEdit::returnPressed, this, &HubLoginsPage::reload);
    connect(addButton, &QPushButton::clicked, this, &HubLoginsPage::addLogin);
    connect(m_remove, &QPushButton::clicked, this, &HubLoginsPage::removeSelected);
    connect(m_view, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    return page;
}

void HubLoginsPage::fail(const QString &text)
{
    admin::setStatus(m_status, text, true);
}

std::unique_ptr<sync::Hub> HubLoginsPage::openHub()
{
    if (m_ownerPassword->text().isEmpty()) {
        fail(tr("Type the hub owner's password first."));
        m_ownerPassword->setFocus();
        return nullptr;
    }
    auto url = m_url;
    url.user = m_owner->text().trimmed();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto hub = sync::Hub::open(url, m_ownerPassword->text());
    QApplication::restoreOverrideCursor();
    if (!hub.ok()) {
        fail(tr("The hub could not be opened: %1").arg(hub.error().describe()));
        return nullptr;
    }
    return std::move(hub).value();
}

void HubLoginsPage::showLogins(const QVector<sync::HubLogin> &logins)
{
    QHash<QString, QString> teams;
    for (const auto &t : services::DirectoryService(m_services.context.db).teams())
        teams.insert(t.id, t.name);
    m_view->setRowCount(int(logins.size()));
    for (int r = 0; r < logins.size(); ++r) {
        const auto &l = logins.at(r);
        QString state = l.canLogin ? tr("Can log in") : tr("Cannot log in");
        if (!l.problem.isEmpty())
            state += QStringLiteral(": ") + l.problem;
        const QString cells[ColumnCount] = {
            l.login, l.username.isEmpty() ? l.userId : l.username,
            Format::code(QStringLiteral("role"), l.appRole),
            l.teamId.isEmpty() ? tr("All teams") : teams.value(l.teamId, l.teamId), state};
        for (int c = 0; c < ColumnCount; ++c)
            m_view->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_remove->setEnabled(m_view->currentRow() >= 0);
}

bool HubLoginsPage::reload()
{
    auto hub = openHub();
    if (!hub)
        return false;
    auto all = sync::HubLogins(*hub).list();
    if (!all.ok()) {
        fail(tr("The logins could not be listed: %1").arg(all.error().describe()));
        return false;
    }
    showLogins(all.value());
    admin::setStatus(m_status, tr("%n desk logins on the hub.", nullptr, int(all->size())), false);
    return true;
}

bool HubLoginsPage::addLogin()
{
    m_newPassword->clear();
    const auto login = m_login->text().trimmed();
    const auto username = m_user->currentText().trimmed();
    if (login.isEmpty() || username.isEmpty()) {
        fail(login.isEmpty() ? tr("No login was added: type the new login's name.")
                             : tr("No login was added: choose the user it syncs for."));
        (login.isEmpty() ? static_cast<QWidget *>(m_login) : m_user)->setFocus();
        return false;
    }
    auto hub = openHub();
    if (!hub)
        return false;
    const auto password = sync::HubLogins::newPassword();
    const auto added = sync::HubLogins(*hub).add(login, username, password);
    if (!added.ok()) {
        fail(tr("No login was added: %1").arg(added.error().describe()));
        m_login->setFocus();
        return false;
    }
    m_newPassword->setText(password);
    if (auto all = sync::HubLogins(*hub).list(); all.ok())
        showLogins(all.value());
    selectLogin(login);
    admin::setStatus(m_status,
                     tr("Desk login %1 added for %2. Copy its password now: it is not shown "
                        "again.")
                         .arg(login, username),
                     false);
    m_login->clear();
    m_copy->setFocus();
    Q_EMIT message(tr("Desk login added"));
    return true;
}

bool HubLoginsPage::selectLogin(const QString &login)
{
    for (int r = 0; r < m_view->rowCount(); ++r) {
        if (m_view->item(r, Login)->text() == login) {
            m_view->setCurrentCell(r, Login);
            return true;
        }
    }
    return false;
}

bool HubLoginsPage::removeSelected()
{
    const int row = m_view->currentRow();
    if (row < 0)
        return false;
    const auto login = m_view->item(row, Login)->text();
    if (QMessageBox::warning(this, tr("Remove a desk login"),
                             tr("Remove the desk login %1? The desk that uses it can no longer "
                                "sync, and nothing more is sent to it.")
                                 .arg(login),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    m_newPassword->clear();
    auto hub = openHub();
    if (!hub)
        return false;
    if (auto s = sync::HubLogins(*hub).remove(login); !s.ok()) {
        fail(tr("Login %1 was not removed: %2").arg(login, s.error().describe()));
        return false;
    }
    if (auto all = sync::HubLogins(*hub).list(); all.ok())
        showLogins(all.value());
    admin::setStatus(m_status,
                     tr("Desk login %1 removed: it can no longer log in, and nothing more is "
                        "sent to it.")
                         .arg(login),
                     false);
    Q_EMIT message(tr("Desk login removed"));
    return true;
}

} // namespace hub::ui
