#include "PersonPickerDialog.h"
#include "widgets/Colours.h"

#include "Format.h"
#include "models/SummaryColumns.h"
#include "services/CaseService.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
constexpr int kResultLimit = 20;
}

PersonPickerDialog::PersonPickerDialog(services::CaseService &cases, const domain::Actor &actor,
                                       const QString &title, security::Action action,
                                       QWidget *parent)
    : QDialog(parent), m_cases(cases), m_actor(actor), m_action(action)
{
    setObjectName(QStringLiteral("personPickerDialog"));
    setWindowTitle(title);
    setAccessibleName(title);

    auto *prompt = new QLabel(tr("&Who is it about?"), this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("pickerSearchEdit"));
    m_edit->setAccessibleName(tr("Search people"));
    m_edit->setPlaceholderText(tr("Name, phone, postcode or crime reference"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    prompt->setBuddy(m_edit);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("pickerResults"));
    m_results->setAccessibleName(tr("Matching people"));
    m_results->setAlternatingRowColors(true);
    m_results->setMinimumHeight(m_results->fontMetrics().lineSpacing() * 10);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pickerStatus"));
    m_status->setStyleSheet(Colours::textStyle(Colours::Tone::Muted));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *choose = buttons->button(QDialogButtonBox::Ok);
    choose->setObjectName(QStringLiteral("pickPersonButton"));
    choose->setText(tr("&Choose"));
    choose->setToolTip(tr("Choose the highlighted person (Enter)"));
    choose->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    // Enter anywhere (the box or the list) reaches the default button.
    connect(choose, &QPushButton::clicked, this, &PersonPickerDialog::pick);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_results, &QListWidget::itemDoubleClicked, this, &PersonPickerDialog::pick);
    connect(m_edit, &QLineEdit::textChanged, this, &PersonPickerDialog::search);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    search(QString());
    m_edit->setFocus(Qt::OtherFocusReason);
}

void PersonPickerDialog::search(const QString &text)
{
    m_results->clear();
    if (text.trimmed().isEmpty()) {
        m_status->setText(
            tr("Type to search; Up and Down move through the matches, Enter chooses."));
        return;
    }
    auto found = m_cases.search(m_actor, text, kResultLimit, m_action);
    if (!found.ok()) {
        m_status->setText(Format::error(found.error()));
        return;
    }
    for (const auto &p : found.value()) {
        QStringList parts{p.familyName + QStringLiteral(", ") + p.givenName};
        parts << (p.dateOfBirth.isValid() ? tr("born %1").arg(Format::date(p.dateOfBirth))
                                          : tr("date of birth unknown"));
        if (!p.postcode.isEmpty())
            parts << p.postcode;
        parts << SummaryColumns::whoseText(p);
        auto *item = new QListWidgetItem(parts.join(QStringLiteral(" \u00b7 ")), m_results);
        item->setData(Qt::UserRole, p.id);
        item->setData(Qt::UserRole + 1, p.displayName());
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    m_status->setText(m_results->count() == 0 ? tr("Nobody on file matches \"%1\".").arg(text)
                                              : tr("Enter chooses the highlighted person."));
}

void PersonPickerDialog::pick()
{
    const auto *item = m_results->currentItem();
    if (!item) {
        m_edit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_personId = item->data(Qt::UserRole).toString();
    m_personName = item->data(Qt::UserRole + 1).toString();
    accept();
}

bool PersonPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_results->count() > 0) {
            // Up and Down move through the matches without leaving the box.
            const int row = qBound(0, m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1),
                                   m_results->count() - 1);
            m_results->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace hub::ui
