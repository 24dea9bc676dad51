#pragma once

#include "domain/Actor.h"
#include "services/HubSetupService.h"

#include <QWizard>

namespace hub {
struct Error;
}

namespace hub::services {
class AuthService;
}

namespace hub::ui {

class SetupPage;
class HubNamePage;
class AdministratorPage;
class SetupTeamsPage;
class RulesPage;
class ConnectionPage;
class SetupSummaryPage;

// The first run on a database without any user: a new hub set up in a few steps, or this
// workstation joining an existing one with an enrolment code (JoinHubPage). Each step checks
// what was typed with the core's rules before the next (the problem beside its field, every
// value kept); Finish sets everything up at once through services::HubSetupService and
// signs the administrator in (actor()). Back keeps what was typed; Escape asks before
// anything typed is thrown away.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    // Stable ids (tests and help anchors use them).
    enum PageId
    {
        WelcomePageId,
        JoinPageId,
        HubNamePageId,
        AdministratorPageId,
        TeamsPageId,
        RulesPageId,
        ConnectionPageId,
        SummaryPageId
    };

    FirstRunWizard(services::AuthService &auth, const QString &workstation,
                   QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    // The administrator, signed in, once the wizard is accepted after setting up a hub. A
    // step that finishes without signing anyone in (joining a hub) leaves it empty, and
    // askForSignIn() then shows the sign-in dialog.
    const domain::Actor &actor() const { return m_actor; }
    // Everything typed so far, as the core takes it.
    services::HubSetup setup() const;
    services::HubSetupService &service() { return m_service; }
    // The hub this workstation will sync with, empty when skipped; minutes between syncs.
    QString hubUrl() const;
    int syncMinutes() const;

    // The message shown beside a field on any step (service field names, and
    // repeat_password, hub), empty when none; for a field no step has (a refusal that names
    // none), the summary's line.
    QString errorFor(const QString &field) const;
    // Shows `error` on the step that has its field, going back to it.
    void showError(const Error &error);
    bool hasTypedAnything() const;

    int nextId() const override;

    // Where the join step builds the database of a workstation that joins a hub: beside
    // `dbPath`, never over the database the app holds open. Once the wizard is done with it,
    // the app closes its database and moves this file into its place.
    static QString joinedDatabasePath(const QString &dbPath);

public Q_SLOTS:
    void reject() override;

private:
    // Sets the hub up with everything typed; false (and the problem shown) if refused.
    bool finish();
    friend class SetupSummaryPage;

    services::AuthService &m_auth;
    services::HubSetupService m_service;
    QString m_workstation;
    domain::Actor m_actor;
    QList<SetupPage *> m_steps;
    HubNamePage *m_hubName = nullptr;
    AdministratorPage *m_admin = nullptr;
    SetupTeamsPage *m_teams = nullptr;
    RulesPage *m_rules = nullptr;
    ConnectionPage *m_connection = nullptr;
    SetupSummaryPage *m_summary = nullptr;
};

} // namespace hub::ui
