#include "ClosureReviewDialog.h"
#include "widgets/Colours.h"

#include "Format.h"
#include "services/DeskService.h"
#include "services/SupervisorService.h"
#include "widgets/GrowToFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui {

ClosureReviewDialog::ClosureReviewDialog(services::Services &services, const domain::Actor &actor,
                                         const QString &episodeId, QWidget *parent)
    : FormDialog(parent), m_services(services), m_actor(actor), m_episodeId(episodeId)
{
    setObjectName(QStringLiteral("closureReviewDialog"));
    setStyleSheet(FieldErrors::styleSheet());
    errors().setNotSaved(tr("The closure was not decided"));
    errors().summaryLabel()->setAccessibleName(tr("Why the closure was not decided"));
    setUnsavedQuestion(tr("Closure not decided"),
                       tr("You wrote a comment but did not decide. Approve the closure now?"));

    auto request =
        services::SupervisorService(m_services.context).closureRequest(m_actor, episodeId);
    auto *facts = new QFormLayout;
    if (request.ok()) {
        const auto &e = request->episode;
        m_personName = request->personName;
        auto fact = [&](const QString &caption, const QString &text) {
            auto *value = new QLabel(text, this);
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setAccessibleName(caption);
            facts->addRow(caption, value);
        };
        fact(tr("Caseworker:"), request->caseworkerName);
        fact(tr("Asked for:"),
             e.closureRequestedAt.isValid()
                 ? tr("%1 by %2")
                       .arg(Format::localDateTime(e.closureRequestedAt), request->requestedByName)
                 : tr("Not asked for"));
        fact(tr("Reason:"), Format::code(QStringLiteral("closure_reason"), e.closureReason));
        QStringList outcomes;
        for (auto it = e.outcomes.begin(); it != e.outcomes.end(); ++it)
            outcomes << tr("%1: %2").arg(
                Format::code(QStringLiteral("outcome_measure"), it.key()),
                Format::code(QStringLiteral("outcome_result"), it.value()));
        fact(tr("Outcomes:"), outcomes.join(QLatin1Char('\n')));
    } else {
        errors().show(request.error());
    }
    setWindowTitle(m_personName.isEmpty()
                       ? tr("Closure request")
                       : tr("Closure request: support for %1").arg(m_personName));
    setAccessibleName(windowTitle());

    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("closureCommentEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(
        tr("Optional when approving; say what is missing when returning"));
    GrowToFit::setLines(m_comment, 4);
    connect(m_comment, &QPlainTextEdit::textChanged, this,
            [this] { errors().clear(QStringLiteral("comment")); });
    auto *commentForm = new QFormLayout;
    auto *commentLabel = new QLabel(tr("&Comment:"), this);
    commentLabel->setBuddy(m_comment);
    commentForm->addRow(commentLabel,
                        errors().wrap(QStringLiteral("comment"), tr("&Comment"), m_comment));

    auto *buttons = new QDialogButtonBox(this);
    auto *approve = buttons->addButton(tr("&Approve closure"), QDialogButtonBox::AcceptRole);
    approve->setObjectName(QStringLiteral("approveClosureButton"));
    approve->setDefault(true);
    auto *giveBack = buttons->addButton(tr("Re&turn to caseworker"), QDialogButtonBox::ActionRole);
    giveBack->setObjectName(QStringLiteral("returnClosureButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(approve, &QPushButton::clicked, this, &ClosureReviewDialog::save);
    connect(giveBack, &QPushButton::clicked, this, &ClosureReviewDialog::returnToCaseworker);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClosureReviewDialog::reject);
    approve->setEnabled(request.ok());
    giveBack->setEnabled(request.ok());

    auto *hint = new QLabel(
        tr("Alt+A approves, Alt+T returns it to the caseworker with your comment, Esc cancels. "
           "Enter starts a new line of the comment."),
        this);
    hint->setWordWrap(true);
    hint->setStyleSheet(Colours::textStyle(Colours::Tone::Muted));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errors().summaryLabel());
    layout->addLayout(facts);
    layout->addLayout(commentForm);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    m_comment->setFocus(Qt::OtherFocusReason);
}

bool ClosureReviewDialog::hasUnsavedChanges() const
{
    return !m_comment->toPlainText().trimmed().isEmpty();
}

void ClosureReviewDialog::save()
{
    decide(true);
}

void ClosureReviewDialog::returnToCaseworker()
{
    decide(false);
}

void ClosureReviewDialog::decide(bool approve)
{
    errors().clearAll();
    services::SupervisorService service(m_services.context);
    const auto comment = m_comment->toPlainText();
    auto status = approve ? service.approveClosure(m_actor, m_episodeId, comment)
                          : service.returnClosure(m_actor, m_episodeId, comment);
    if (!status.ok()) {
        errors().show(status.error(), approve ? tr("The closure was not approved")
                                              : tr("The closure was not returned"));
        return;
    }
    m_approved = approve;
    QDialog::accept();
}

} // namespace hub::ui
