#include "EpisodePane.h"
#include "widgets/Colours.h"

#include "ClosureRequestDialog.h"
#include "Format.h"
#include "NeedsAssessmentEditor.h"
#include "OnwardReferralsEditor.h"
#include "SupportPlanEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
const QString kDot = QStringLiteral(" \u00b7 ");
const QString kStatusStyle = QStringLiteral(
    "QLabel#episodeStatus { border-radius: 9px; padding: 2px 10px; font-weight: bold; }"
    "QLabel#episodeStatus[state=\"open\"] { background: #e3f1e6; color: #1e5631; }"
    "QLabel#episodeStatus[state=\"closure_requested\"] { background: #fff1c2; color: #5c3d00;"
    "  border: 1px solid #c98a00; }"
    "QLabel#episodeStatus[state=\"closed\"] { background: #e5e7eb; color: #374151; }"
    "QLabel#closureBanner { background: #fff8e1; color: #5c3d00; border: 1px solid #e0b84d;"
    "  border-radius: 4px; padding: 6px 8px; }");
} // namespace

EpisodePane::EpisodePane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("episodePane"));
    setAccessibleName(tr("Selected support episode"));
    setStyleSheet(Colours::css(kStatusStyle));

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("episodePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(Colours::textStyle(Colours::Tone::Muted) +
                                 QStringLiteral("padding: 30px;"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("episodeTitle"));
    m_title->setAccessibleName(tr("Support episode"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("episodeStatus"));
    m_status->setAccessibleName(tr("Episode status"));
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("closureBanner"));
    m_banner->setAccessibleName(tr("Closure request"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_requestClosure = new QPushButton(tr("Request &closure\u2026"), this);
    m_requestClosure->setObjectName(QStringLiteral("requestClosureButton"));
    m_requestClosure->setAccessibleName(tr("Request closure of this episode"));
    m_requestClosure->setToolTip(
        tr("Ask a supervisor to close this episode, with a reason and the outcome measures"));
    connect(m_requestClosure, &QPushButton::clicked, this, &EpisodePane::requestClosure);

    m_needs = new NeedsAssessmentEditor(this);
    m_plan = new SupportPlanEditor(this);
    m_onward = new OnwardReferralsEditor(this);
    connect(m_needs, &NeedsAssessmentEditor::message, this, &EpisodePane::message);
    connect(m_plan, &SupportPlanEditor::message, this, &EpisodePane::message);
    connect(m_onward, &OnwardReferralsEditor::message, this, &EpisodePane::message);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_status);
    top->addStretch(1);
    top->addWidget(m_requestClosure);
    auto *lower = new QHBoxLayout;
    lower->addWidget(m_plan, 3);
    lower->addWidget(m_onward, 2);

    auto *episode = new QWidget(this);
    auto *layout = new QVBoxLayout(episode);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_needs);
    layout->addLayout(lower, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(episode);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    setFile({}, {});
}

void EpisodePane::setContext(const EpisodeContext &context)
{
    m_context = context;
    m_needs->setContext(context);
    m_plan->setContext(context);
    m_onward->setContext(context);
}

void EpisodePane::setFile(const domain::PersonFile &file, const QString &episodeId)
{
    m_file = file;
    const auto *e = EpisodeUi::find(m_file, episodeId);
    m_episodeId = e ? e->id : QString();
    m_needs->setEpisode(e);
    m_plan->setEpisode(m_file, e);
    m_onward->setEpisode(m_file, e);
    if (!e) {
        m_placeholder->setText(file.episodes.isEmpty()
                                   ? tr("No support episodes yet. Accepting a referral at "
                                        "triage opens one.")
                                   : tr("Choose a support episode in the list."));
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    auto name = [&](const QString &id) {
        return id.isEmpty() ? QString() : file.userNames.value(id, id);
    };
    m_title->setText(tr("Episode opened %1").arg(Format::localDate(e->openedAt)) + kDot +
                     tr("caseworker %1").arg(name(e->caseworkerId)));
    m_status->setText(statusText());
    m_status->setProperty("state", e->status);
    m_status->style()->unpolish(m_status); // the colours follow the state
    m_status->style()->polish(m_status);

    const bool requested = e->status == QLatin1String("closure_requested");
    const bool closed = e->status == QLatin1String("closed");
    if (requested || closed) {
        QStringList outcomes;
        for (auto it = e->outcomes.cbegin(); it != e->outcomes.cend(); ++it)
            outcomes
                << tr("%1: %2", "outcome measure, result")
                       .arg(Format::code(QStringLiteral("outcome_measure"), it.key()),
                            Format::code(QStringLiteral("outcome_result"), it.value()).toLower());
        const auto reason = Format::code(QStringLiteral("closure_reason"), e->closureReason);
        QString text =
            closed ? tr("Closed on %1 (%2), approved by %3.")
                         .arg(Format::localDate(e->closedAt), reason, name(e->closureApprovedBy))
                   : tr("Closure requested on %1 by %2 (%3). Awaiting a supervisor's approval; "
                        "until then the episode stays open for contacts and actions.")
                         .arg(Format::localDate(e->closureRequestedAt), name(e->closureRequestedBy),
                              reason);
        if (!outcomes.isEmpty())
            text += QLatin1Char('\n') + tr("Outcomes: %1").arg(outcomes.join(kDot));
        m_banner->setText(text);
        m_banner->show();
    } else {
        m_banner->hide();
    }
    m_requestClosure->setVisible(!closed);
    m_requestClosure->setEnabled(!requested && !closed && m_context.canWrite());
    m_requestClosure->setToolTip(
        requested ? tr("Closure has been requested; a supervisor approves it")
                  : tr("Ask a supervisor to close this episode, with a reason and the outcome "
                       "measures"));
}

QString EpisodePane::statusText() const
{
    const auto *e = EpisodeUi::find(m_file, m_episodeId);
    if (!e)
        return {};
    if (e->status == QLatin1String("closure_requested"))
        return tr("Closure requested \u2014 awaiting supervisor");
    return Format::code(QStringLiteral("episode_status"), e->status);
}

void EpisodePane::requestClosure()
{
    const auto *e = EpisodeUi::find(m_file, m_episodeId);
    if (!e || !m_context.canWrite() || e->status != QLatin1String("open"))
        return;
    ClosureRequestDialog dialog(m_context, *e, m_file.person.displayName(), this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(tr("Closure requested: a supervisor will review it"));
}

} // namespace hub::ui
