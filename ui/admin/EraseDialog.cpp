#include "EraseDialog.h"
#include "widgets/Colours.h"

#include "widgets/DateField.h"
#include "widgets/FocusRing.h"
#include "widgets/GrowToFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
constexpr int kConfirmLength = 8;
}

EraseDialog::EraseDialog(services::ErasureService &service, const domain::Actor &actor,
                         const services::ErasureCandidate &person, QWidget *parent)
    : QDialog(parent), m_service(service), m_actor(actor), m_personId(person.personId)
{
    setObjectName(QStringLiteral("eraseDialog"));
    setWindowTitle(tr("Erase a person"));

    auto *warning = new QLabel(
        tr("<b>%1</b> (id %2) will be erased for good: names, contact details, notes, crime "
           "references, contact summaries and tasks. Only anonymous codes and dates stay, so "
           "that the monthly counts do not change. This cannot be undone.")
            .arg(person.name.toHtmlEscaped(), person.personId),
        this);
    warning->setWordWrap(true);

    m_requestedOn = new DateField(this);
    m_requestedOn->setObjectName(QStringLiteral("requestedOn"));
    m_requestedOn->setToday(service.today());
    m_requestedOn->setDate(service.today());
    m_requestedOn->setRange(QDate(), service.today());
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(services::ErasureService::kMaxReason);
    m_reason->setPlaceholderText(tr("e.g. written request received; never the person's name"));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmation"));
    m_confirm->setPlaceholderText(person.personId.left(kConfirmLength));

    auto *form = new QFormLayout;
    // Alt+O: Alt+R is the reason's.
    form->addRow(tr("Request received &on"), m_requestedOn);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(tr("Type the first %1 characters of the id to &confirm").arg(kConfirmLength),
                 m_confirm);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("eraseError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Colours::textStyle(Colours::Tone::Danger));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_erase = buttons->addButton(tr("&Erase for good"), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_erase->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_erase, &QPushButton::clicked, this, &EraseDialog::erase);
    connect(m_reason, &QLineEdit::textChanged, this, &EraseDialog::updateButton);
    connect(m_confirm, &QLineEdit::textChanged, this, &EraseDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    GrowToFit::install(this);
    FocusRing::install();
    connect(m_requestedOn, &DateField::problemFound, this, [this](const QString &problem) {
        m_error->setText(problem.isEmpty() ? QString()
                                           : tr("Request received on: %1").arg(problem));
        m_error->setVisible(!problem.isEmpty());
    });
}

QString EraseDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void EraseDialog::updateButton()
{
    m_erase->setEnabled(!m_reason->text().trimmed().isEmpty() &&
                        m_confirm->text().trimmed().compare(m_personId.left(kConfirmLength),
                                                            Qt::CaseInsensitive) == 0);
}

void EraseDialog::erase()
{
    if (!m_requestedOn->commit()) {
        m_requestedOn->setFocus(Qt::OtherFocusReason);
        return;
    }
    const auto s = m_service.erase(m_actor, {m_personId, m_requestedOn->date(), m_reason->text()});
    if (!s.ok()) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    accept();
}

} // namespace hub::ui
