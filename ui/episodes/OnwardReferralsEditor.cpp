#include "OnwardReferralsEditor.h"
#include "widgets/Colours.h"

#include "Format.h"
#include "services/DeskService.h"
#include "services/EpisodeService.h"
#include "util/Time.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
constexpr int kListRows = 3;
constexpr int kAnsweredRole = Qt::UserRole + 1;
const QString kAgency = QStringLiteral("agency");
} // namespace

OnwardReferralsEditor::OnwardReferralsEditor(QWidget *parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("onwardGroup"));
    setTitle(tr("Onward referrals"));
    setAccessibleName(tr("Onward referrals"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("onwardList"));
    m_list->setAccessibleName(tr("Onward referrals to agencies"));
    m_list->setHeaderLabels({tr("Agency"), tr("Referred"), tr("Reply")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * (kListRows + 2) + 16);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &OnwardReferralsEditor::updateButtons);

    m_agency = new QComboBox(this);
    m_agency->setObjectName(QStringLiteral("onwardAgencyCombo"));
    m_agency->setAccessibleName(tr("Agency to refer to"));
    for (const auto &code : Format::codes().offered(kAgency))
        m_agency->addItem(Format::code(kAgency, code), code);
    m_agency->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("onwardDateEdit"));
    m_date->setAccessibleName(tr("Referred on"));

    m_add = new QPushButton(tr("&Refer on"), this);
    m_add->setObjectName(QStringLiteral("addOnwardButton"));
    m_add->setAccessibleName(tr("Record the onward referral"));
    connect(m_add, &QPushButton::clicked, this, &OnwardReferralsEditor::referOn);
    m_accepted = new QPushButton(tr("Acce&pted"), this);
    m_accepted->setObjectName(QStringLiteral("onwardAcceptedButton"));
    m_accepted->setAccessibleName(tr("The agency accepted the selected referral"));
    connect(m_accepted, &QPushButton::clicked, this, [this] { markSelected(true); });
    m_declined = new QPushButton(tr("Dec&lined"), this);
    m_declined->setObjectName(QStringLiteral("onwardDeclinedButton"));
    m_declined->setAccessibleName(tr("The agency declined the selected referral"));
    connect(m_declined, &QPushButton::clicked, this, [this] { markSelected(false); });
    m_error = EpisodeUi::errorLabel("onwardError", this);
    EpisodeUi::watchDate(m_date, m_error, tr("Referred on"));

    auto *dateLabel = new QLabel(tr("O&n"), this);
    dateLabel->setBuddy(m_date);
    auto *agencyLabel = new QLabel(tr("A&gency"), this);
    agencyLabel->setBuddy(m_agency);
    auto *add = new QHBoxLayout;
    add->addWidget(agencyLabel);
    add->addWidget(m_agency, 1);
    add->addWidget(dateLabel);
    add->addWidget(m_date);
    add->addWidget(m_add);
    auto *reply = new QHBoxLayout;
    reply->addWidget(m_error, 1);
    reply->addStretch(1);
    reply->addWidget(m_accepted);
    reply->addWidget(m_declined);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(reply);
    layout->addLayout(add);
}

void OnwardReferralsEditor::setEpisode(const domain::PersonFile &file,
                                       const domain::Episode *episode)
{
    const QString id = episode ? episode->id : QString();
    const QDate today =
        m_context.services ? m_context.services->context.today() : Format::todayInLondon();
    m_date->setToday(today);
    if (id != m_episodeId) {
        m_error->hide();
        m_date->setDate(today);
    }
    // An onward referral is recorded once made: not in the future, nor before the episode.
    m_date->setRange(episode ? util::londonDate(episode->openedAt) : QDate(), today);
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_episodeId = id;
    m_editable = episode && episode->status != QLatin1String("closed") && m_context.canWrite();

    m_list->clear();
    int awaiting = 0;
    for (const auto &o : file.onwardReferrals) {
        if (id.isEmpty() || o.episodeId != id)
            continue;
        const QString answer = !o.accepted.has_value() ? tr("Awaiting reply")
                               : *o.accepted           ? tr("Accepted")
                                                       : tr("Declined");
        auto *item = new QTreeWidgetItem(
            m_list, {Format::code(kAgency, o.agency), Format::localDate(o.referredAt), answer});
        item->setData(0, Qt::UserRole, o.id);
        item->setData(0, kAnsweredRole, o.accepted.has_value());
        item->setToolTip(0, item->text(0));
        if (!o.accepted.has_value()) {
            ++awaiting;
            QFont f = item->font(2);
            f.setBold(true);
            item->setFont(2, f);
        } else if (!*o.accepted) {
            item->setForeground(2, Colours::text(Colours::Tone::Danger));
        } else {
            item->setForeground(2, Colours::text(Colours::Tone::Success));
        }
        if (o.id == current)
            m_list->setCurrentItem(item);
    }
    if (m_list->topLevelItemCount() == 0) {
        auto *item = new QTreeWidgetItem(m_list, {tr("No onward referrals")});
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(0, Colours::text(Colours::Tone::Muted));
    }
    setTitle(awaiting > 0 ? tr("Onward referrals (%1 awaiting reply)").arg(awaiting)
                          : tr("Onward referrals"));
    m_agency->setEnabled(m_editable);
    m_date->setEnabled(m_editable);
    updateButtons();
}

void OnwardReferralsEditor::updateButtons()
{
    m_add->setEnabled(m_editable);
    const auto *item = m_list->currentItem();
    const bool pending = item && !item->data(0, Qt::UserRole).toString().isEmpty() &&
                         !item->data(0, kAnsweredRole).toBool();
    m_accepted->setEnabled(m_editable && pending);
    m_declined->setEnabled(m_editable && pending);
}

void OnwardReferralsEditor::referOn()
{
    if (!m_editable)
        return;
    if (!EpisodeUi::checkDate(m_date, m_error, tr("Referred on")))
        return;
    const auto &ctx = m_context.services->context;
    // Today's referral is timed now; an earlier one at noon of its day.
    const QDate day = m_date->date();
    const QDateTime at =
        day == ctx.today() ? QDateTime() : QDateTime(day, QTime(12, 0), util::london()).toUTC();
    const auto agency = m_agency->currentData().toString();
    auto made = services::EpisodeService(m_context.services->context)
                    .referOn(m_context.actor, m_episodeId, agency, at);
    if (!made.ok()) {
        EpisodeUi::showError(
            m_error, tr("The onward referral was not recorded: %1").arg(made.error().describe()));
        return;
    }
    m_error->hide();
    Q_EMIT message(tr("Referred on to %1").arg(Format::code(kAgency, agency)));
}

void OnwardReferralsEditor::markSelected(bool accepted)
{
    const auto *item = m_list->currentItem();
    if (!m_editable || !item || item->data(0, Qt::UserRole).toString().isEmpty())
        return;
    const auto agency = item->text(0);
    const auto status =
        services::EpisodeService(m_context.services->context)
            .recordOnwardOutcome(m_context.actor, item->data(0, Qt::UserRole).toString(), accepted);
    if (!status.ok()) {
        EpisodeUi::showError(m_error,
                             tr("The reply was not recorded: %1").arg(status.error().describe()));
        return;
    }
    m_error->hide();
    Q_EMIT message(accepted ? tr("%1 accepted the referral").arg(agency)
                            : tr("%1 declined the referral").arg(agency));
}

} // namespace hub::ui
