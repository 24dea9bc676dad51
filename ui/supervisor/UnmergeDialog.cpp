#include "UnmergeDialog.h"

#include "Format.h"
#include "services/DeskService.h"
#include "services/DirectoryService.h"
#include "services/PersonMergeService.h"
#include "widgets/Colours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hub::ui {

UnmergeDialog::UnmergeDialog(services::Services &services, const domain::Actor &actor,
                             const domain::Person &kept, QVector<domain::PersonMerge> merges,
                             QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor), m_kept(kept),
      m_merges(std::move(merges))
{
    setObjectName(QStringLiteral("unmergeDialog"));
    setWindowTitle(tr("Undo a merge"));
    setAccessibleName(windowTitle());
    std::sort(m_merges.begin(), m_merges.end(), [](const auto &a, const auto &b) {
        return a.mergedAt != b.mergedAt ? a.mergedAt > b.mergedAt : a.id < b.id;
    });
    services::PersonMergeService mergeService(m_services.context);
    for (const auto &m : m_merges) {
        auto other = mergeService.mergedRecord(m_actor, m.id);
        m_others << (other.ok() ? other.value() : domain::Person{});
    }

    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("mergeChoice"));
    m_choice->setAccessibleName(tr("Merge to undo"));
    for (int i = 0; i < m_merges.size(); ++i)
        m_choice->addItem(
            tr("%1, merged on %2").arg(otherName(i), Format::localDate(m_merges.at(i).mergedAt)));
    auto *form = new QFormLayout;
    form->addRow(tr("&Merge:"), m_choice);

    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("unmergeQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    m_question->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_question->setFocusPolicy(Qt::StrongFocus); // read by a screen reader on Tab

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("unmergeError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Colours::textStyle(Colours::Tone::Danger));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_undo = buttons->addButton(tr("&Undo merge"), QDialogButtonBox::DestructiveRole);
    m_undo->setObjectName(QStringLiteral("undoMergeButton"));
    m_undo->setAutoDefault(false);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true); // Enter does the safe thing; Undo merge is chosen on purpose
    connect(m_undo, &QPushButton::clicked, this, &UnmergeDialog::undo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_question, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_choice, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &UnmergeDialog::showChoice);
    showChoice();
    m_undo->setEnabled(!m_merges.isEmpty());
    m_choice->setFocus();
}

QString UnmergeDialog::otherName(int index) const
{
    if (index < 0 || index >= m_others.size() || m_others.at(index).id.isEmpty())
        return tr("a record no longer shown");
    return m_others.at(index).displayName().trimmed();
}

void UnmergeDialog::showChoice()
{
    const int i = m_choice->currentIndex();
    if (i < 0 || i >= m_merges.size()) {
        m_question->setText(tr("Nothing has been merged into this record."));
        return;
    }
    const auto &m = m_merges.at(i);
    QString by = m.mergedBy;
    for (const auto &u : services::DirectoryService(m_services.context.db).users()) {
        if (u.id == m.mergedBy)
            by = u.displayName;
    }
    const QString kept = m_kept.displayName().trimmed();
    m_question->setText(
        tr("Undo the merge of %1 into %2?\n\nMerged on %3 by %4. Reason: %5\n\n"
           "%1 comes back as a record of its own with the details it had, %2 gets back the "
           "details it had before the merge, and every referral, support episode, contact "
           "and task moves back to the record it came from.")
            .arg(otherName(i), kept, Format::localDateTime(m.mergedAt), by,
                 m.reason.isEmpty() ? tr("(none)") : m.reason));
    m_question->setAccessibleName(m_question->text());
    m_error->hide();
}

void UnmergeDialog::undo()
{
    const int i = m_choice->currentIndex();
    if (i < 0 || i >= m_merges.size())
        return;
    auto done =
        services::PersonMergeService(m_services.context).unmerge(m_actor, m_merges.at(i).id);
    if (!done.ok()) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    m_undone = m_merges.at(i);
    m_undoneName = otherName(i);
    accept();
}

} // namespace hub::ui
