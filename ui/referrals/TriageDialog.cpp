#include "TriageDialog.h"
#include "widgets/Colours.h"

#include "Format.h"
#include "InboxModel.h"
#include "services/CaseService.h"
#include "services/DeskService.h"
#include "services/DirectoryService.h"
#include "widgets/ClockBadge.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
using Action = services::TriageDecision::Action;
} // namespace

TriageDialog::TriageDialog(services::Services &services, const domain::Actor &actor,
                           const services::InboxItem &item, QWidget *parent)
    : FormDialog(parent), m_services(services), m_actor(actor), m_item(item),
      m_assignedTo(item.row.referral.assignedTo)
{
    setObjectName(QStringLiteral("triageDialog"));
    setWindowTitle(tr("Triage the referral of %1").arg(item.row.personName));
    setAccessibleName(windowTitle());
    setStyleSheet(FieldErrors::styleSheet());
    errors().setUnplaced(FieldErrors::Unplaced::MessageOnly);
    setUnsavedQuestion(
        tr("Unsaved triage"),
        tr("The triage of %1's referral is not saved. Save it now?").arg(item.row.personName));

    // Who: the team's caseworkers first; an assignee who has left stays listed as they are.
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_assignee->addItem(tr("Unassigned"), QString());
    for (const auto &user :
         services::DirectoryService(services.context.db).caseworkers(actor.teamId)) {
        m_assignee->addItem(user.id == actor.userId ? tr("%1 (me)").arg(user.displayName)
                                                    : user.displayName,
                            user.id);
    }
    if (!m_assignedTo.isEmpty() && m_assignee->findData(m_assignedTo) < 0)
        m_assignee->addItem(item.row.assigneeName, m_assignedTo);
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(m_assignedTo)));
    auto *toMe = new QPushButton(tr("Assign to &me"), this);
    toMe->setObjectName(QStringLiteral("triageAssignToMeButton"));
    toMe->setAutoDefault(false);
    toMe->setEnabled(!actor.userId.isEmpty());
    connect(toMe, &QPushButton::clicked, this, &TriageDialog::assignToMe);
    connect(m_assignee, &QComboBox::currentIndexChanged, this,
            [this] { errors().clear(QStringLiteral("assigned_to")); });
    auto *assignRow = new QWidget(this);
    auto *assignLayout = new QHBoxLayout(assignRow);
    assignLayout->setContentsMargins(0, 0, 0, 0);
    assignLayout->addWidget(m_assignee, 1);
    assignLayout->addWidget(toMe);

    // What: one of three decisions, none chosen until the worker picks one.
    auto *decisionBox = new QGroupBox(tr("Decision"), this);
    decisionBox->setObjectName(QStringLiteral("decisionGroup"));
    auto *radios = new QVBoxLayout(decisionBox);
    m_decision = new QButtonGroup(this);
    auto radio = [&](const char *name, const QString &text, Action action) {
        auto *r = new QRadioButton(text, decisionBox);
        r->setObjectName(QString::fromLatin1(name));
        r->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        m_decision->addButton(r, int(action));
        radios->addWidget(r);
    };
    radio("acceptRadio", tr("&Accept: support the person"), Action::Accept);
    radio("declineRadio", tr("&Decline"), Action::Decline);
    radio("noContactRadio", tr("&No contact after attempts"), Action::NoContact);
    connect(m_decision, &QButtonGroup::idToggled, this, [this] {
        errors().clear(QStringLiteral("decision"));
        updateDecision();
    });

    // Accepting joins the person's open episode (the first choice); a second open episode
    // is the last choice, never the default, and its reason says why.
    m_episode = new QComboBox(this);
    m_episode->setObjectName(QStringLiteral("episodeCombo"));
    services::CaseService cases(services.context.db);
    if (auto file = cases.openPerson(actor, item.row.referral.personId); file.ok()) {
        for (const auto &e : file->episodes) {
            if (e.status == QLatin1String("closed"))
                continue;
            m_episode->addItem(tr("Join the episode opened %1 (%2)")
                                   .arg(Format::localDate(e.openedAt),
                                        file->userNames.value(e.caseworkerId, tr("no caseworker"))),
                               e.id);
        }
    }
    m_episode->addItem(m_episode->count() > 0 ? tr("Open a second support episode")
                                              : tr("Open a new support episode"),
                       QString());
    m_episode->setCurrentIndex(0);
    connect(m_episode, &QComboBox::currentIndexChanged, this, [this] {
        errors().clear(QStringLiteral("episode_id"));
        updateDecision();
    });

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setMaxLength(1000);
    connect(m_reason, &QLineEdit::textEdited, this,
            [this] { errors().clear(QStringLiteral("decision_reason")); });

    auto *form = new QFormLayout;
    auto addRow = [&](const char *field, const QString &caption, QWidget *editor, QWidget *buddy) {
        auto *label = new QLabel(caption, this);
        label->setBuddy(buddy);
        form->addRow(label, errors().wrap(QString::fromLatin1(field), caption, editor));
        return label;
    };
    addRow("assigned_to", tr("Assigned &to"), assignRow, m_assignee);
    m_assignee->setAccessibleName(tr("Assigned to"));
    form->addRow(QString(), errors().wrap(QStringLiteral("decision"), tr("Decision"), decisionBox));
    m_episodeLabel = addRow("episode_id", tr("Support &episode"), m_episode, m_episode);
    addRow("decision_reason", tr("&Reason"), m_reason, m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveTriageButton"));
    saveButton->setText(tr("Save"));
    saveButton->setDefault(true);
    saveButton->setToolTip(tr("Save the decision and the assignment (Enter or Ctrl+S)"));
    saveButton->setShortcut(QKeySequence::Save);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelTriageButton"));
    connect(saveButton, &QPushButton::clicked, this, &TriageDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &TriageDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader(item));
    layout->addWidget(errors().summaryLabel());
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    updateDecision();
    resize(640, sizeHint().height());
    m_assignee->setFocus();
}

QWidget *TriageDialog::buildHeader(const services::InboxItem &item)
{
    const auto &r = item.row.referral;
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("triageHeader"));
    auto *title = new QLabel(item.row.personName, header);
    title->setObjectName(QStringLiteral("triagePerson"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    auto *badge = new ClockBadge(header);
    badge->setClock(item.clock, r.enhanced);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(12);
    top->addWidget(badge);
    top->addStretch();

    QStringList facts;
    facts << tr("Received %1").arg(Format::localDateTime(r.receivedAt))
          << Format::code(QStringLiteral("source"), r.source) << InboxModel::crimeText(r);
    if (!r.crimeReference.isEmpty())
        facts << tr("crime reference %1").arg(r.crimeReference);
    facts << Format::code(QStringLiteral("referral_status"), r.status);
    if (r.enhanced)
        facts << tr("enhanced entitlement");
    if (!r.consentToContact)
        facts << tr("no consent to contact");
    auto *details = new QLabel(facts.join(QStringLiteral(" \u00b7 ")), header);
    details->setObjectName(QStringLiteral("triageDetails"));
    details->setWordWrap(true);
    details->setAccessibleName(details->text());

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addLayout(top);
    layout->addWidget(details);
    if (item.row.personSafetyLimits) {
        auto *safety = new QLabel(
            tr("Safety-of-contact limits: read the person's record before contacting them."),
            header);
        safety->setObjectName(QStringLiteral("triageSafety"));
        safety->setWordWrap(true);
        safety->setStyleSheet(Colours::textStyle(Colours::Tone::Danger) +
                              QStringLiteral("font-weight: bold;"));
        layout->addWidget(safety);
    }
    return header;
}

void TriageDialog::updateDecision()
{
    const int id = m_decision->checkedId();
    const bool accepting = id == int(Action::Accept);
    // Only a person with an open episode has one to join.
    const bool canJoin = m_episode->count() > 1;
    const bool second = canJoin && accepting && m_episode->currentData().toString().isEmpty();
    m_episode->setVisible(canJoin);
    m_episodeLabel->setVisible(canJoin);
    m_episode->setEnabled(accepting);
    if (id == int(Action::Decline))
        m_reason->setPlaceholderText(tr("Why it is declined, e.g. supported by another service"));
    else if (id == int(Action::NoContact))
        m_reason->setPlaceholderText(tr("The attempts made, e.g. three calls and a letter"));
    else if (second)
        m_reason->setPlaceholderText(
            tr("Why a second open episode, e.g. a separate crime needing its own caseworker"));
    else
        m_reason->setPlaceholderText(tr("Why this decision, e.g. wants help with the court case"));
}

void TriageDialog::assignToMe()
{
    const int at = m_assignee->findData(m_actor.userId);
    if (at >= 0)
        m_assignee->setCurrentIndex(at);
}

bool TriageDialog::hasUnsavedChanges() const
{
    return m_assignee->currentData().toString() != m_assignedTo || m_decision->checkedId() >= 0 ||
           !m_reason->text().trimmed().isEmpty();
}

void TriageDialog::save()
{
    errors().clearAll();
    const auto assignee = m_assignee->currentData().toString();
    const int decision = m_decision->checkedId();
    const auto &name = m_item.row.personName;
    if (assignee == m_assignedTo && decision < 0) {
        errors().show(Error::invalid(QStringLiteral("decision"),
                                     tr("choose accept, decline or no contact, or assign the "
                                        "referral to someone else")),
                      tr("Nothing was saved"));
        return;
    }
    services::ReferralService referrals(m_services.context);
    QStringList done;
    if (assignee != m_assignedTo) {
        if (auto s = referrals.assign(m_actor, m_item.row.referral.id, assignee); !s.ok()) {
            errors().show(s.error(), tr("The assignment was not saved"));
            return;
        }
        m_assignedTo = assignee;
        done << (assignee.isEmpty() ? tr("back in the unassigned queue")
                                    : tr("assigned to %1").arg(m_assignee->currentText()));
    }
    if (decision >= 0) {
        services::TriageDecision d;
        d.action = Action(decision);
        d.reason = m_reason->text();
        if (d.action == Action::Accept) {
            d.joinEpisodeId = m_episode->currentData().toString();
            // Chosen in the list, past the open episode(s) offered first.
            d.openAnother = d.joinEpisodeId.isEmpty() && m_episode->count() > 1;
        }
        auto result = referrals.triage(m_actor, m_item.row.referral.id, d);
        if (!result.ok()) {
            errors().show(result.error(), done.isEmpty()
                                              ? tr("The decision was not saved")
                                              : tr("The referral is %1, but the decision was "
                                                   "not saved")
                                                    .arg(done.join(QStringLiteral(", "))));
            return;
        }
        m_episodeId = result.value();
        done << (d.action == Action::Accept
                     ? (d.openAnother
                            ? tr("accepted: a second support episode opened")
                            : tr("accepted: support episode %1")
                                  .arg(d.joinEpisodeId.isEmpty() ? tr("opened") : tr("joined")))
                 : d.action == Action::Decline ? tr("declined")
                                               : tr("closed as no contact"));
    }
    m_outcome = tr("Referral of %1 %2").arg(name, done.join(QStringLiteral(", ")));
    QDialog::accept();
}

} // namespace hub::ui
