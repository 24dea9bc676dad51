#include "InboxPage.h"
#include "widgets/Colours.h"

#include "ColleagueDialog.h"
#include "EmptyState.h"
#include "Format.h"
#include "ImportWizard.h"
#include "InboxModel.h"
#include "IntakeDialog.h"
#include "PersonLists.h"
#include "TriageDialog.h"
#include "services/DeskService.h"
#include "widgets/ProblemBanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hub::ui {

InboxPage::InboxPage(services::Services &services, const domain::Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    setObjectName(QStringLiteral("referralsPage"));
    setAccessibleName(tr("Referral inbox"));

    m_model = new InboxModel(services, actor, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("inboxView"));
    m_view->setAccessibleName(tr("Referrals awaiting triage"));
    m_view->setModel(m_model);
    PersonLists::setUpTable(m_view);
    m_view->setIconSize(QSize(16, 16));
    // The crime type and flags take the room left; the other columns fit their values.
    PersonLists::sizeColumn(m_view, InboxModel::Received, QStringLiteral("00/00/0000 00:00"));
    PersonLists::sizeColumn(m_view, InboxModel::Person, QStringLiteral("Chiamaka Mitchell-Hart"),
                            24);
    PersonLists::sizeColumn(m_view, InboxModel::Source, tr("Partner agency"));
    PersonLists::sizeColumn(m_view, InboxModel::AssignedTo,
                            QStringLiteral("Aleksandra Nowak-Kowal"));
    PersonLists::sizeColumn(m_view, InboxModel::Status, tr("Contact attempted"));
    // Breached clocks are bold: room for that too.
    PersonLists::sizeColumn(m_view, InboxModel::Clock, tr("Overdue by 12 days 23 h"), 12);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(InboxModel::Crime, QHeaderView::Stretch);
    connect(m_view, &QTableView::activated, this, [this] { triageCurrent(); });

    m_summary = PersonLists::pageSummary(tr("Referral inbox summary"), "inboxSummary", this);
    auto *top = new QHBoxLayout;
    top->addWidget(PersonLists::pageTitle(tr("Referral inbox"), "inboxTitle", this));
    top->addSpacing(12);
    top->addWidget(m_summary, 1, Qt::AlignBottom);

    m_buttonBar = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_buttonBar);
    buttons->setContentsMargins(0, 0, 0, 0);
    m_newButton = addButton("newReferralButton", tr("&New referral"),
                            tr("Enter a referral received by phone, email or letter (Ctrl+N)"));
    m_triageButton = addButton("triageButton", tr("&Triage"),
                               tr("Accept, decline or close the selected referral (Enter)"));
    m_toMeButton =
        addButton("assignToMeButton", tr("Assign to &me"), tr("Make the selected referral yours"));
    m_toButton = addButton("assignToButton", tr("Assign t&o\u2026"),
                           tr("Give the selected referral to a colleague"));
    m_openButton = addButton("openPersonButton", tr("O&pen person"),
                             tr("Open the record of the selected referral's person"));
    buttons->addStretch(1);
    // Police referral files, for those the hub lets import (referrals/ImportWizard.h).
    m_importButton = addButton("importReferralsButton", tr("&Import from file\u2026"),
                               tr("Read a police force's CSV export of referrals into the "
                                  "inbox (Ctrl+Shift+I)"));
    m_importButton->setVisible(ImportWizard::mayImport(services, actor));
    connect(m_importButton, &QPushButton::clicked, this, &InboxPage::importRequested);
    connect(m_newButton, &QPushButton::clicked, this, &InboxPage::newReferral);
    connect(m_triageButton, &QPushButton::clicked, this, &InboxPage::triageCurrent);
    connect(m_toMeButton, &QPushButton::clicked, this, &InboxPage::assignCurrentToMe);
    connect(m_toButton, &QPushButton::clicked, this, &InboxPage::assignCurrentTo);
    connect(m_openButton, &QPushButton::clicked, this, &InboxPage::openCurrentPerson);
    auto *newShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    newShortcut->setObjectName(QStringLiteral("newReferralShortcut"));
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    newShortcut->setWhatsThis(tr("Enter a new referral"));
    connect(newShortcut, &QShortcut::activated, this, &InboxPage::newReferral);

    m_problem = makeProblemBanner(QStringLiteral("inboxProblem"), this);

    m_empty = new EmptyState(QString(), QString(), this);
    m_empty->setObjectName(QStringLiteral("inboxEmpty"));
    m_listOrEmpty = new QStackedWidget(this);
    m_listOrEmpty->setObjectName(QStringLiteral("inboxStack"));
    m_listOrEmpty->addWidget(m_view);
    m_listOrEmpty->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_buttonBar);
    layout->addWidget(m_problem);
    layout->addWidget(m_listOrEmpty, 1);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &InboxPage::rememberCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxPage::restoreCurrent);
    connect(m_model, &InboxModel::refreshed, this, &InboxPage::updateState);
    connect(m_model, &InboxModel::loadFailed, this, &InboxPage::showProblem);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InboxPage::updateState);
    updateState();
}

QPushButton *InboxPage::addButton(const char *name, const QString &text, const QString &tip)
{
    auto *button = new QPushButton(text, m_buttonBar);
    button->setObjectName(QString::fromLatin1(name));
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setToolTip(tip);
    m_buttonBar->layout()->addWidget(button);
    return button;
}

QString InboxPage::currentReferralId() const
{
    return m_view->currentIndex().data(InboxModel::ReferralIdRole).toString();
}

void InboxPage::focusList()
{
    if (m_model->rowCount() == 0) {
        m_newButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
    m_view->setFocus(Qt::OtherFocusReason);
}

void InboxPage::refresh()
{
    m_model->refresh();
}

void InboxPage::select(const QString &referralId)
{
    const int row = m_model->rowOf(referralId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void InboxPage::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        Q_EMIT message(text);
}

void InboxPage::newReferral()
{
    IntakeDialog dialog(m_services, m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showProblem(QString());
    m_model->refresh(); // the new row is in the list before the focus returns to it
    select(dialog.saved().id);
    m_view->setFocus(Qt::OtherFocusReason);
    Q_EMIT message(tr("Referral for %1 added to the inbox").arg(dialog.personName()));
}

void InboxPage::triageCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount())
        return;
    TriageDialog dialog(m_services, m_actor, m_model->item(row), this);
    const bool done = dialog.exec() == QDialog::Accepted;
    m_model->refresh();
    if (!done)
        return;
    showProblem(QString());
    m_view->setFocus(Qt::OtherFocusReason);
    Q_EMIT message(dialog.outcomeText());
}

void InboxPage::assign(const QString &userId, const QString &name)
{
    const auto referralId = currentReferralId();
    if (referralId.isEmpty())
        return;
    const auto person =
        m_view->currentIndex().siblingAtColumn(InboxModel::Person).data().toString();
    auto status = services::ReferralService(m_services.context).assign(m_actor, referralId, userId);
    if (!status.ok()) {
        showProblem(tr("The referral of %1 was not assigned: %2")
                        .arg(person, status.error().message.isEmpty() ? status.error().describe()
                                                                      : status.error().message));
        return;
    }
    showProblem(QString());
    m_model->refresh();
    select(referralId);
    Q_EMIT message(userId.isEmpty()
                       ? tr("The referral of %1 is back in the unassigned queue").arg(person)
                       : tr("The referral of %1 is assigned to %2").arg(person, name));
}

void InboxPage::assignCurrentToMe()
{
    assign(m_actor.userId, tr("you"));
}

void InboxPage::assignCurrentTo()
{
    if (currentReferralId().isEmpty())
        return;
    const auto current = m_model->item(m_view->currentIndex().row()).row.referral.assignedTo;
    ColleagueDialog dialog(m_services, m_actor.teamId, current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    assign(dialog.chosenUserId(), dialog.chosenName());
}

void InboxPage::openCurrentPerson()
{
    const auto personId = m_view->currentIndex().data(InboxModel::PersonIdRole).toString();
    if (!personId.isEmpty())
        Q_EMIT openRequested(personId);
}

void InboxPage::rememberCurrent()
{
    m_currentKey = m_view->currentIndex().data(InboxModel::KeyRole).toString();
}

void InboxPage::restoreCurrent()
{
    if (!m_currentKey.isEmpty())
        select(m_currentKey);
    // A triaged row leaves the list: keep a row current so Enter goes on working.
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void InboxPage::updateState()
{
    const int total = m_model->rowCount();
    const bool hasUser = !m_actor.userId.isEmpty();
    const bool hasRow = m_view->currentIndex().isValid();
    m_newButton->setEnabled(hasUser);
    m_triageButton->setEnabled(hasUser && hasRow);
    m_toMeButton->setEnabled(hasUser && hasRow);
    m_toButton->setEnabled(hasUser && hasRow);
    m_openButton->setEnabled(hasRow);

    if (total == 0) {
        m_empty->setTitle(tr("No referrals are waiting"));
        m_empty->setText(hasUser ? tr("New referrals for your team will be listed here, "
                                      "unassigned first, each with its Victims' Code "
                                      "first-contact clock. To enter one received by phone or "
                                      "letter, press Ctrl+N.")
                                 : tr("New referrals will be listed here. Start the app as a "
                                      "caseworker to enter and triage them."));
    }
    m_listOrEmpty->setCurrentIndex(total > 0 ? 0 : 1);

    const int unassigned = m_model->unassignedCount();
    const int breached = m_model->breachedCount();
    QStringList parts;
    parts << (total == 1 ? tr("1 referral awaiting triage")
                         : tr("%1 referrals awaiting triage").arg(QLocale().toString(total)));
    if (unassigned > 0)
        parts << tr("%1 unassigned").arg(unassigned);
    if (breached > 0)
        parts << tr("%1 breached").arg(breached);
    m_summary->setText(total == 0 ? QString() : parts.join(QStringLiteral(" \u00b7 ")));
}

} // namespace hub::ui
