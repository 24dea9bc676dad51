#include "ClosureRequestDialog.h"
#include "widgets/Colours.h"

#include "Format.h"
#include "services/DeskService.h"
#include "services/EpisodeService.h"
#include "widgets/FieldErrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
const QString kReason = QStringLiteral("closure_reason");
const QString kMeasure = QStringLiteral("outcome_measure");
const QString kResult = QStringLiteral("outcome_result");
const QString kStyle =
    QStringLiteral("QComboBox[invalid=\"true\"] { border: 2px solid #b3261e; border-radius: 3px; }"
                   "QLabel[role=\"fieldError\"] { color: #a01c14; font-weight: bold; }");
} // namespace

ClosureRequestDialog::ClosureRequestDialog(const EpisodeContext &context,
                                           const domain::Episode &episode,
                                           const QString &personName, QWidget *parent)
    : QDialog(parent), m_context(context), m_episodeId(episode.id)
{
    setObjectName(QStringLiteral("closureRequestDialog"));
    setWindowTitle(tr("Request closure of %1's support").arg(personName));
    setAccessibleName(windowTitle());
    setStyleSheet(Colours::css(kStyle));
    // The lists the service checks against (administrators may have added codes).
    const auto &codes = m_context.services->context.codes;

    auto *intro = new QLabel(tr("A supervisor approves the closure. Say why support is ending "
                                "and rate every outcome measure (choose \"Not applicable\" "
                                "where one does not apply)."),
                             this);
    intro->setWordWrap(true);

    auto errorBelow = [this](const QString &objectName) {
        auto *label = new QLabel(this);
        label->setObjectName(objectName);
        label->setProperty("role", QStringLiteral("fieldError"));
        label->setWordWrap(true);
        label->hide();
        return label;
    };
    auto column = [this](QComboBox *combo, QLabel *error) {
        auto *holder = new QWidget(this);
        auto *v = new QVBoxLayout(holder);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(combo);
        v->addWidget(error);
        return holder;
    };

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("closureReasonCombo"));
    m_reason->setAccessibleName(tr("Why support is ending"));
    m_reason->addItem(tr("(choose a reason)"), QString());
    for (const auto &code : codes.codes(kReason))
        m_reason->addItem(Format::code(kReason, code), code);
    m_reasonError = errorBelow(QStringLiteral("closureReasonError"));
    connect(m_reason, &QComboBox::currentIndexChanged, this, [this] {
        FieldErrors::setInvalid(m_reason, false);
        m_reasonError->hide();
    });

    auto *form = new QFormLayout;
    auto *reasonLabel = new QLabel(tr("&Reason"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, column(m_reason, m_reasonError));

    auto *outcomes = new QGroupBox(tr("Cope-and-recover outcomes"), this);
    outcomes->setObjectName(QStringLiteral("outcomesGroup"));
    auto *outcomeForm = new QFormLayout(outcomes);
    for (const auto &measure : codes.offered(kMeasure)) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("outcome_") + measure);
        combo->setAccessibleName(tr("Outcome: %1").arg(Format::code(kMeasure, measure)));
        combo->addItem(tr("(choose)"), QString());
        for (const auto &result : codes.codes(kResult))
            combo->addItem(Format::code(kResult, result), result);
        const int at = combo->findData(episode.outcomes.value(measure));
        combo->setCurrentIndex(qMax(0, at));
        auto *error = errorBelow(QStringLiteral("outcomeError_") + measure);
        connect(combo, &QComboBox::currentIndexChanged, this, [combo, error] {
            FieldErrors::setInvalid(combo, false);
            error->hide();
        });
        auto *label = new QLabel(Format::code(kMeasure, measure), this);
        label->setBuddy(combo);
        outcomeForm->addRow(label, column(combo, error));
        m_outcomes.insert(measure, combo);
        m_order << measure;
        m_outcomeErrors.insert(measure, error);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("closureError"));
    m_error->setAccessibleName(tr("Why the closure was not requested"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Colours::textStyle(Colours::Tone::Danger) +
                           QStringLiteral("font-weight: bold;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *ok = buttons->addButton(tr("Request &closure"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("confirmClosureButton"));
    ok->setAccessibleName(tr("Send the closure request to a supervisor"));
    ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelClosureButton"));
    connect(ok, &QPushButton::clicked, this, &ClosureRequestDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClosureRequestDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(outcomes);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString ClosureRequestDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ClosureRequestDialog::mark(QComboBox *combo, QLabel *label, const QString &text)
{
    FieldErrors::setInvalid(combo, true);
    label->setText(text);
    label->show();
}

void ClosureRequestDialog::clearMarks()
{
    FieldErrors::setInvalid(m_reason, false);
    m_reasonError->hide();
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it) {
        FieldErrors::setInvalid(it.value(), false);
        m_outcomeErrors.value(it.key())->hide();
    }
    m_error->hide();
}

bool ClosureRequestDialog::anyChosen() const
{
    bool any = !m_reason->currentData().toString().isEmpty();
    for (auto *combo : m_outcomes)
        any = any || !combo->currentData().toString().isEmpty();
    return any;
}

void ClosureRequestDialog::submit()
{
    clearMarks();
    QMap<QString, QString> outcomes;
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
        if (const auto v = it.value()->currentData().toString(); !v.isEmpty())
            outcomes.insert(it.key(), v);
    const auto status = services::EpisodeService(m_context.services->context)
                            .requestClosure(m_context.actor, m_episodeId,
                                            m_reason->currentData().toString(), outcomes);
    if (status.ok()) {
        QDialog::accept();
        return;
    }
    const auto &e = status.error();
    m_error->setText(tr("The closure was not requested: %1").arg(e.message));
    m_error->show();
    if (e.field == kReason) {
        mark(m_reason, m_reasonError, tr("Choose why support is ending"));
        m_reason->setFocus(Qt::OtherFocusReason);
    } else if (e.field == QLatin1String("outcomes")) {
        // Mark every measure still unanswered, and start at the first.
        QComboBox *first = nullptr;
        for (const auto &measure : std::as_const(m_order)) {
            auto *combo = m_outcomes.value(measure);
            if (!combo->currentData().toString().isEmpty())
                continue;
            mark(combo, m_outcomeErrors.value(measure),
                 tr("Choose improved, not improved or not applicable"));
            first = first ? first : combo;
        }
        if (first)
            first->setFocus(Qt::OtherFocusReason);
    }
}

void ClosureRequestDialog::reject()
{
    if (anyChosen() &&
        QMessageBox::question(this, tr("Discard the closure request?"),
                              tr("The reason and outcomes chosen here are not saved. Close "
                                 "without requesting closure?"),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace hub::ui
