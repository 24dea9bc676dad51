#include "TeamsPage.h"

#include "AdminTable.h"
#include "EmptyState.h"
#include "Format.h"
#include "services/DeskService.h"
#include "services/TeamService.h"
#include "widgets/Colours.h"
#include "widgets/FieldErrors.h"

#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hub::ui {

TeamsPage::TeamsPage(services::Services &services, const domain::Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor),
      m_canChange(services::TeamService::mayChange(actor.role))
{
    setObjectName(QStringLiteral("teamsPage"));
    setAccessibleName(tr("Teams"));

    m_view = adminTable("teamsView", tr("Teams of the hub"),
                        {tr("Team"), tr("Status"), tr("Open referrals"), tr("Open episodes"),
                         tr("Open tasks"), tr("Active users")},
                        this);
    m_empty = new EmptyState(tr("No teams yet"),
                             m_canChange ? tr("Type the first team's name under Add or change a "
                                              "team and press Add team. Users and work are "
                                              "then given to teams.")
                                         : tr("An administrator adds the hub's teams here."),
                             this);
    m_empty->setObjectName(QStringLiteral("teamsEmpty"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_form = std::make_unique<AdminForm>(this, "teamsReadOnly");
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("teamNameEdit"));
    m_name->setMaxLength(services::TeamService::kMaxName + 20); // the service says why
    m_add = adminButton(tr("&Add team"), "addTeamButton", this);
    m_rename = adminButton(tr("&Rename selected"), "renameTeamButton", this);
    m_retire = adminButton(tr("R&etire selected"), "retireTeamButton", this);
    auto *list = new QVBoxLayout;
    list->addWidget(m_stack);
    m_form->layOut(this, list, tr("Add or change a team"),
                   {{QStringLiteral("name"), tr("Team &name:"), m_name}},
                   {m_add, m_rename, m_retire},
                   tr("Rename and Retire act on the team selected in the list. A retired team "
                      "keeps its history and reports but is offered for no new user or work; "
                      "move its open work and users to another team first."));
    if (!m_canChange)
        m_form->readOnlyFor({m_name}, {m_add, m_rename, m_retire},
                            tr("Only an administrator can add, rename or retire teams."));
    connect(m_add, &QPushButton::clicked, this, &TeamsPage::addTeam);
    connect(m_name, &QLineEdit::returnPressed, this, &TeamsPage::addTeam);
    connect(m_rename, &QPushButton::clicked, this, &TeamsPage::renameTeam);
    connect(m_retire, &QPushButton::clicked, this, &TeamsPage::retireTeam);
    connect(m_view, &QTableWidget::itemSelectionChanged, this, &TeamsPage::updateButtons);
    reload();
}

TeamsPage::~TeamsPage() = default;

void TeamsPage::reload()
{
    const auto selected = selectedId();
    m_view->setRowCount(0);
    auto teams = services::TeamService(m_services.context).list(m_actor);
    if (!teams.ok()) {
        m_form->errors->show(teams.error());
        return;
    }
    for (const auto &t : teams.value()) {
        const int r = m_view->rowCount();
        m_view->insertRow(r);
        const QStringList cells{t.team.name,
                                t.team.retired()
                                    ? tr("Retired on %1").arg(Format::localDate(t.team.retiredAt))
                                    : tr("Active"),
                                QString::number(t.work.referrals),
                                QString::number(t.work.episodes),
                                QString::number(t.work.tasks),
                                QString::number(t.work.activeUsers)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= Referrals)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (t.team.retired())
                item->setForeground(Colours::text(Colours::Tone::Muted)); // still readable
            m_view->setItem(r, c, item);
        }
        m_view->item(r, Name)->setData(Qt::UserRole, t.team.id);
        if (t.team.id == selected)
            m_view->selectRow(r);
    }
    m_stack->setCurrentWidget(m_view->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    updateButtons();
}

QString TeamsPage::selectedId() const
{
    const int r = m_view->currentRow();
    if (r < 0 || !m_view->item(r, Name) || m_view->selectedItems().isEmpty())
        return {};
    return m_view->item(r, Name)->data(Qt::UserRole).toString();
}

void TeamsPage::updateButtons()
{
    if (!m_canChange)
        return;
    const bool any = !selectedId().isEmpty();
    const auto why = any ? QString() : tr("Select a team in the list first.");
    for (auto *b : {m_rename, m_retire}) {
        b->setEnabled(any);
        b->setToolTip(why);
    }
}

void TeamsPage::done(const QString &teamId, const QString &text)
{
    m_form->errors->clearAll();
    m_name->clear();
    reload();
    for (int r = 0; r < m_view->rowCount(); ++r) {
        if (m_view->item(r, Name)->data(Qt::UserRole).toString() == teamId)
            m_view->selectRow(r);
    }
    Q_EMIT message(text);
}

void TeamsPage::addTeam()
{
    auto added = services::TeamService(m_services.context).add(m_actor, m_name->text());
    if (!added.ok())
        return m_form->errors->show(added.error(), tr("The team was not added"));
    done(added->id, tr("Team %1 added").arg(added->name));
}

void TeamsPage::renameTeam()
{
    const auto id = selectedId();
    if (id.isEmpty())
        return;
    auto renamed = services::TeamService(m_services.context).rename(m_actor, id, m_name->text());
    if (!renamed.ok())
        return m_form->errors->show(renamed.error(), tr("The team was not renamed"));
    done(id, tr("Team renamed to %1").arg(renamed->name));
}

void TeamsPage::retireTeam()
{
    const auto id = selectedId();
    if (id.isEmpty())
        return;
    auto retired = services::TeamService(m_services.context).retire(m_actor, id);
    if (!retired.ok())
        return m_form->errors->show(retired.error(), tr("The team was not retired"));
    done(id, tr("Team %1 retired").arg(retired->name));
}

} // namespace hub::ui
