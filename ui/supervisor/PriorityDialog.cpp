#include "PriorityDialog.h"

#include "ReviewRecordsModel.h"
#include "services/DeskService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui {

PriorityDialog::PriorityDialog(services::Services &services, const domain::Actor &actor,
                               QVector<services::RecordRef> records, const QString &current,
                               QWidget *parent)
    : FormDialog(parent), m_services(services), m_actor(actor), m_records(std::move(records))
{
    setObjectName(QStringLiteral("priorityDialog"));
    setWindowTitle(m_records.size() == 1
                       ? tr("Set the priority of 1 record")
                       : tr("Set the priority of %1 records").arg(m_records.size()));
    setAccessibleName(windowTitle());
    setStyleSheet(FieldErrors::styleSheet());
    errors().setNotSaved(tr("The priority was not changed"));
    setUnsavedQuestion(tr("Priority not changed"), tr("Set the new priority now?"));

    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("priorityCombo"));
    for (const auto &p : services::SupervisorService::priorities())
        m_combo->addItem(ReviewRecordsModel::priorityName(p), p);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(current)));
    m_initial = m_combo->currentData().toString();
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Priority:"), this);
    label->setBuddy(m_combo);
    form->addRow(label, errors().wrap(QStringLiteral("priority"), tr("&Priority"), m_combo));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("setPriorityButton"));
    ok->setText(tr("&Set priority"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, &PriorityDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &PriorityDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errors().summaryLabel());
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_combo->setFocus(Qt::OtherFocusReason);
}

QString PriorityDialog::chosen() const
{
    return m_combo->currentData().toString();
}

bool PriorityDialog::hasUnsavedChanges() const
{
    return chosen() != m_initial;
}

void PriorityDialog::save()
{
    errors().clearAll();
    auto status =
        services::SupervisorService(m_services.context).setPriority(m_actor, m_records, chosen());
    if (!status.ok()) {
        errors().show(status.error());
        return;
    }
    QDialog::accept();
}

} // namespace hub::ui
