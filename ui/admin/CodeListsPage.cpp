#include "CodeListsPage.h"

#include "AdminTable.h"
#include "services/CodeListService.h"
#include "services/DeskService.h"
#include "services/TeamService.h"
#include "widgets/Colours.h"
#include "widgets/FieldErrors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hub::ui {

CodeListsPage::CodeListsPage(services::Services &services, const domain::Actor &actor,
                             QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor),
      m_canChange(services::TeamService::mayChange(actor.role))
{
    setObjectName(QStringLiteral("codeListsPage"));
    setAccessibleName(tr("Code lists"));

    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("codeListCombo"));
    for (const auto &l : services::CodeListService::lists())
        m_list->addItem(services::CodeListService::listName(l), l);
    auto *listLabel = new QLabel(tr("&List:"), this);
    listLabel->setBuddy(m_list);
    m_list->setAccessibleName(tr("List"));
    m_view = adminTable("codesView", tr("Codes of the list"),
                        {tr("Label"), tr("Code"), tr("State")}, this);
    m_up = adminButton(tr("Move &up"), "moveCodeUpButton", this);
    m_down = adminButton(tr("Move &down"), "moveCodeDownButton", this);
    m_up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_up->setToolTip(tr("Move the selected code up (Ctrl+Up)"));
    m_down->setToolTip(tr("Move the selected code down (Ctrl+Down)"));

    m_form = std::make_unique<AdminForm>(this, "codesReadOnly");
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("codeLabelEdit"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeCodeEdit"));
    m_code->setPlaceholderText(tr("made from the label"));
    m_add = adminButton(tr("&Add code"), "addCodeButton", this);
    m_rename = adminButton(tr("&Rename selected"), "renameCodeButton", this);
    m_retire = adminButton(tr("R&etire selected"), "retireCodeButton", this);

    auto *chooser = new QHBoxLayout;
    chooser->addWidget(listLabel);
    chooser->addWidget(m_list);
    chooser->addStretch(1);
    auto *order = new QHBoxLayout;
    order->addWidget(m_up);
    order->addWidget(m_down);
    order->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addLayout(chooser);
    left->addWidget(m_view, 1);
    left->addLayout(order);
    m_form->layOut(this, left, tr("Add or change a code"),
                   {{QStringLiteral("label"), tr("La&bel:"), m_label},
                    {QStringLiteral("code"), tr("&Code (optional):"), m_code}},
                   {m_add, m_rename, m_retire},
                   tr("Rename gives the selected code the label typed above; its code stays, so "
                      "records keep it. A retired code stays on the records that have it but is "
                      "offered in no new form. Codes are never deleted."));
    if (!m_canChange)
        m_form->readOnlyFor({m_label, m_code}, {m_add, m_rename, m_retire, m_up, m_down},
                            tr("Only an administrator can change the code lists."));
    connect(m_list, &QComboBox::currentIndexChanged, this, [this] {
        m_form->errors->clearAll();
        reload();
    });
    connect(m_add, &QPushButton::clicked, this, &CodeListsPage::addCode);
    connect(m_label, &QLineEdit::returnPressed, this, &CodeListsPage::addCode);
    connect(m_rename, &QPushButton::clicked, this, &CodeListsPage::renameCode);
    connect(m_retire, &QPushButton::clicked, this, &CodeListsPage::retireCode);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCode(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCode(1); });
    connect(m_view, &QTableWidget::itemSelectionChanged, this, &CodeListsPage::updateButtons);
    reload();
}

CodeListsPage::~CodeListsPage() = default;

QString CodeListsPage::currentList() const
{
    return m_list->currentData().toString();
}

void CodeListsPage::reload()
{
    const auto selected = selectedCode();
    m_view->setRowCount(0);
    auto codes = services::CodeListService(m_services.context).codes(m_actor, currentList());
    if (!codes.ok()) {
        m_form->errors->show(codes.error());
        return;
    }
    for (const auto &e : codes.value()) {
        const int r = m_view->rowCount();
        m_view->insertRow(r);
        const QStringList cells{services::CodeListService::displayLabel(e.label), e.code,
                                e.retired ? tr("Retired") : tr("In use")};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (e.retired)
                item->setForeground(Colours::text(Colours::Tone::Muted)); // still readable
            m_view->setItem(r, c, item);
        }
        if (e.code == selected)
            m_view->selectRow(r);
    }
    updateButtons();
}

QString CodeListsPage::selectedCode() const
{
    const int r = m_view->currentRow();
    if (r < 0 || !m_view->item(r, Code) || m_view->selectedItems().isEmpty())
        return {};
    return m_view->item(r, Code)->text();
}

void CodeListsPage::updateButtons()
{
    if (!m_canChange)
        return;
    const int r = selectedCode().isEmpty() ? -1 : m_view->currentRow();
    const auto why = r < 0 ? tr("Select a code in the list first.") : QString();
    for (auto *b : {m_rename, m_retire}) {
        b->setEnabled(r >= 0);
        b->setToolTip(why);
    }
    m_up->setEnabled(r > 0);
    m_down->setEnabled(r >= 0 && r < m_view->rowCount() - 1);
}

void CodeListsPage::done(const QString &code, const QString &text)
{
    m_form->errors->clearAll();
    m_label->clear();
    m_code->clear();
    reload();
    for (int r = 0; r < m_view->rowCount(); ++r) {
        if (m_view->item(r, Code)->text() == code)
            m_view->selectRow(r);
    }
    Q_EMIT message(text);
}

void CodeListsPage::addCode()
{
    auto added = services::CodeListService(m_services.context)
                     .add(m_actor, currentList(), m_label->text(), m_code->text());
    if (!added.ok())
        return m_form->errors->show(added.error(), tr("The code was not added"));
    done(added->code, tr("Code %1 added: %2").arg(added->code, added->label));
}

void CodeListsPage::renameCode()
{
    const auto code = selectedCode();
    if (code.isEmpty())
        return;
    auto renamed = services::CodeListService(m_services.context)
                       .rename(m_actor, currentList(), code, m_label->text());
    if (!renamed.ok())
        return m_form->errors->show(renamed.error(), tr("The code was not renamed"));
    done(code, tr("Code %1 is now labelled %2").arg(code, renamed->label));
}

void CodeListsPage::retireCode()
{
    const auto code = selectedCode();
    if (code.isEmpty())
        return;
    auto retired =
        services::CodeListService(m_services.context).retire(m_actor, currentList(), code);
    if (!retired.ok())
        return m_form->errors->show(retired.error(), tr("The code was not retired"));
    done(code, tr("Code %1 retired").arg(code));
}

void CodeListsPage::moveCode(int by)
{
    const auto code = selectedCode();
    if (code.isEmpty())
        return;
    auto moved =
        services::CodeListService(m_services.context).move(m_actor, currentList(), code, by);
    if (!moved.ok())
        return m_form->errors->show(moved.error(), tr("The code was not moved"));
    // The label field keeps what was typed: moving is not an edit.
    m_form->errors->clearAll();
    reload();
    for (int r = 0; r < m_view->rowCount(); ++r) {
        if (m_view->item(r, Code)->text() == code)
            m_view->selectRow(r);
    }
    m_view->setFocus();
    Q_EMIT message(by < 0 ? tr("Code %1 moved up").arg(code) : tr("Code %1 moved down").arg(code));
}

} // namespace hub::ui
