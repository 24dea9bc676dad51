#include "ColleagueDialog.h"
#include "widgets/ListFilter.h"

#include "Format.h"
#include "services/DeskService.h"
#include "services/DirectoryService.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui {

ColleagueDialog::ColleagueDialog(services::Services &services, const QString &teamId,
                                 const QString &currentUserId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("colleagueDialog"));
    setWindowTitle(tr("Assign the referral to"));
    setAccessibleName(windowTitle());

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("colleagueFilter"));
    m_filter->setAccessibleName(tr("Filter colleagues by name or team"));
    m_filter->setPlaceholderText(tr("Type a name or team; Down to the list"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    auto *filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(m_filter);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("colleagueList"));
    m_list->setAccessibleName(tr("Colleagues"));

    services::DirectoryService directory(services.context.db);
    QHash<QString, QString> teamNames;
    for (const auto &team : directory.teams())
        teamNames.insert(team.id, team.name);
    auto *nobody = new QListWidgetItem(tr("Nobody: back to the team's unassigned queue"), m_list);
    nobody->setData(Qt::UserRole, QString());
    for (const auto &user : directory.caseworkers(teamId)) {
        const auto team = teamNames.value(user.teamId, tr("no team"));
        auto *item = new QListWidgetItem(
            tr("%1 \u2014 %2, %3")
                .arg(user.displayName, team, Format::code(QStringLiteral("role"), user.role)),
            m_list);
        item->setData(Qt::UserRole, user.id);
        item->setData(Qt::UserRole + 1, user.displayName);
        if (user.id == currentUserId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem())
        m_list->setCurrentRow(currentUserId.isEmpty() ? 0 : qMin(1, m_list->count() - 1));
    connect(m_filter, &QLineEdit::textChanged, this, &ColleagueDialog::applyFilter);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Assign"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("assignButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 420);
    m_list->setFocus();
}

QString ColleagueDialog::chosenUserId() const
{
    auto *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString ColleagueDialog::chosenName() const
{
    auto *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

void ColleagueDialog::applyFilter(const QString &text)
{
    filterList(m_list, text);
}

bool ColleagueDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        m_list->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace hub::ui
