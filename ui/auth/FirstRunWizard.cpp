#include "FirstRunWizard.h"
#include "setup/JoinHubPage.h"

#include "FirstRunPages.h"
#include "services/AuthService.h"
#include "sync/SyncSettings.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace hub::ui {

FirstRunWizard::FirstRunWizard(services::AuthService &auth, const QString &workstation,
                               QWidget *parent)
    : QWizard(parent), m_auth(auth), m_service(auth), m_workstation(workstation)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set up Victims' Hub"));
    setAccessibleName(windowTitle());
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setStyleSheet(FieldErrors::styleSheet());

    m_hubName = new HubNamePage(this);
    m_admin = new AdministratorPage(this);
    m_teams = new SetupTeamsPage(this);
    m_rules = new RulesPage(this);
    m_connection = new ConnectionPage(this);
    m_summary = new SetupSummaryPage(this);
    m_steps = {m_hubName, m_admin, m_teams, m_rules, m_connection, m_summary};
    setPage(WelcomePageId, new WelcomePage(this));
    // Joins into a file of its own beside the open database: the app swaps it in once this
    // wizard and everything holding the empty database are gone (victimshub's main).
    setPage(JoinPageId, new JoinHubPage(joinedDatabasePath(auth.context().db.path()), this));
    setPage(HubNamePageId, m_hubName);
    setPage(AdministratorPageId, m_admin);
    setPage(TeamsPageId, m_teams);
    setPage(RulesPageId, m_rules);
    setPage(ConnectionPageId, m_connection);
    setPage(SummaryPageId, m_summary);
    setStartId(WelcomePageId);

    const struct
    {
        WizardButton which;
        const char *name;
    } buttons[] = {{BackButton, "firstRunBackButton"},
                   {NextButton, "firstRunNextButton"},
                   {FinishButton, "firstRunFinishButton"},
                   {CancelButton, "firstRunCancelButton"}};
    setButtonText(CancelButton, tr("&Quit"));
    for (const auto &b : buttons) {
        button(b.which)->setObjectName(QString::fromLatin1(b.name));
        button(b.which)->setAccessibleName(button(b.which)->text().remove(QLatin1Char('&')));
    }
    button(FinishButton)->setAccessibleName(tr("Finish: set up the hub and sign in"));
    // Fits a 1366x768 screen with room for the desktop's panels.
    resize(760, 600);
}

FirstRunWizard::~FirstRunWizard() = default;

QString FirstRunWizard::joinedDatabasePath(const QString &dbPath)
{
    return dbPath + QStringLiteral(".joined");
}

int FirstRunWizard::nextId() const
{
    switch (currentId()) {
    case WelcomePageId:
        return qobject_cast<WelcomePage *>(page(WelcomePageId))->joining() ? JoinPageId
                                                                           : HubNamePageId;
    case JoinPageId:
    case SummaryPageId:
        return -1;
    default:
        return currentId() + 1;
    }
}

services::HubSetup FirstRunWizard::setup() const
{
    services::HubSetup s;
    s.hubName = m_hubName->hubName();
    s.adminUsername = m_admin->username();
    s.adminDisplayName = m_admin->displayName();
    s.adminPassword = m_admin->password();
    s.teams = m_teams->teams();
    s.victimsCodeDays = m_rules->days();
    s.retentionYears = m_rules->retentionYears();
    return s;
}

QString FirstRunWizard::hubUrl() const
{
    return m_connection->hubUrl();
}

int FirstRunWizard::syncMinutes() const
{
    return m_connection->minutes();
}

QString FirstRunWizard::errorFor(const QString &field) const
{
    for (const auto *step : m_steps)
        if (step->owns(field))
            return step->errors().text(field);
    return m_summary->errors().summary();
}

void FirstRunWizard::showError(const Error &error)
{
    SetupPage *target = m_summary;
    for (auto *step : std::as_const(m_steps))
        if (step->owns(error.field))
            target = step;
    while (currentPage() != target && currentId() != startId())
        back();
    target->errors().clearAll();
    target->errors().show(error);
}

bool FirstRunWizard::hasTypedAnything() const
{
    for (const auto *step : m_steps)
        if (step->typedAnything())
            return true;
    return false;
}

bool FirstRunWizard::finish()
{
    auto actor = m_service.setUp(setup(), m_workstation);
    if (!actor.ok()) {
        // After validatePage() returns: going back from inside it would confuse the wizard.
        QTimer::singleShot(0, this, [this, error = actor.error()] { showError(error); });
        return false;
    }
    m_actor = actor.value();
    if (const auto url = hubUrl(); !url.isEmpty()) {
        SyncSettings settings;
        settings.setHubUrl(url);
        settings.setIntervalMinutes(syncMinutes());
    }
    return true;
}

void FirstRunWizard::reject()
{
    if (hasTypedAnything()) {
        QMessageBox box(QMessageBox::Question, tr("Quit setting up?"),
                        tr("Nothing has been saved yet. Quit and lose what was typed? The next "
                           "start shows these steps again."),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("quitSetupQuestion"));
        auto *quit = box.addButton(tr("&Quit and lose it"), QMessageBox::DestructiveRole);
        quit->setObjectName(QStringLiteral("quitSetupButton"));
        auto *stay = box.addButton(tr("&Keep setting up"), QMessageBox::RejectRole);
        stay->setObjectName(QStringLiteral("keepSettingUpButton"));
        box.setDefaultButton(stay);
        box.setEscapeButton(stay);
        box.exec();
        if (box.clickedButton() != quit)
            return;
    }
    QWizard::reject();
}

} // namespace hub::ui
