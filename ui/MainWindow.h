#pragma once

#include "domain/Actor.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace hub::services {
class CaseService;
struct Services;
} // namespace hub::services

namespace hub::ui {

class AdminPage;
class CaseloadPage;
class CaseloadSection;
class InboxPage;
class MyCaseloadPage;
class PersonView;
class RecordActions;
class SearchPage;
class SupervisorPage;
class SyncUi;
class ReportsPage;

// The app shell: sections on the left, the search box always in the toolbar, and the
// person record opened in place from any list (Enter or double-click; Esc goes back).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        Caseload,
        Referrals,
        Search,
        Reports,
        Admin,
        Team, // supervisors and administrators: the caseload review
        PageCount
    };

    // `services` carries the write side and the change signal; `actor` is who is working.
    MainWindow(services::Services &services, services::CaseService &service, domain::Actor actor,
               QWidget *parent = nullptr);

    services::Services &services() const { return m_services; }
    const domain::Actor &actor() const { return m_actor; }
    ~MainWindow() override;

    // Restores the remembered size and column layout, and remembers them on close.
    void restoreLayout();

    // The "All people" list (second tab of the My caseload section).
    CaseloadPage *caseloadPage() const { return m_caseload; }
    // Caseworker desk: the worker's own caseload; its setSidePanel() takes My tasks.
    MyCaseloadPage *myCaseloadPage() const;
    CaseloadSection *caseloadSection() const { return m_caseloadSection; }
    SearchPage *searchPage() const { return m_search; }
    // The Referrals section: the referral inbox.
    InboxPage *inboxPage() const { return m_inbox; }
    PersonView *personView() const { return m_personView; }
    // Log contact (Ctrl+L) and New task (Ctrl+T), in the Work menu.
    RecordActions *recordActions() const { return m_record; }
    // Supervisor desk: the Team section (nullptr for those who do not supervise).
    SupervisorPage *supervisorPage() const { return m_team; }
    // The Reports section: the monthly support counts.
    ReportsPage *reportsPage() const { return m_reports; }
    // The Admin section: a tab per administrative task the role may do.
    AdminPage *adminPage() const { return m_admin; }
    // Sync with the hub: the Sync menu, F5 and the status indicator (sync/SyncUi.h).
    SyncUi *syncUi() const { return m_sync; }
    // The section shown, or PageCount while a person's record is open.
    int currentPage() const;
    // Whether a section is listed: only those the signed-in role may use are
    // (security::Permissions; Ctrl+number does nothing for the others).
    bool isSectionShown(int page) const;

Q_SIGNALS:
    // File > Sign out / switch user: the app closes this window and asks who signs in.
    void signOutRequested();

public Q_SLOTS:
    void showPage(int page);
    void openPerson(const QString &personId);
    void focusSearch();
    void goBack();
    void refresh();
    // Referrals > Import from file...: the import wizard (referrals/ImportWizard.h).
    void importReferrals();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildToolBar();
    // Whether the role may use a section at all, and the first section listed.
    bool mayUse(int page) const;
    int firstSection() const;
    void buildMenus();
    void runSearch();
    // Runs the search again and reloads the open record, after a change.
    void reloadShown();
    // Shows a section without moving the keyboard focus.
    void switchTo(int page);
    void updateCount();
    // Caseworker desk: reloads the open record after a committed change to that person.
    void onChanged(const QString &personId);
    // The person of the highlighted row of the list the user is in (My caseload, All
    // people, search results), for Log contact (Ctrl+L); empty when they are in none.
    QString highlightedPersonId() const;

    services::Services &m_services;
    services::CaseService &m_service;
    domain::Actor m_actor;
    bool m_persistLayout = false;
    int m_returnPage = Caseload;

    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTimer *m_searchTimer = nullptr;
    CaseloadPage *m_caseload = nullptr;
    SearchPage *m_search = nullptr;
    PersonView *m_personView = nullptr;
    QLabel *m_countLabel = nullptr;
    CaseloadSection *m_caseloadSection = nullptr;
    InboxPage *m_inbox = nullptr;
    QLabel *m_actorLabel = nullptr;
    RecordActions *m_record = nullptr;
    SupervisorPage *m_team = nullptr;
    ReportsPage *m_reports = nullptr;
    AdminPage *m_admin = nullptr;
    SyncUi *m_sync = nullptr;
    bool m_reloadPending = false;
};

} // namespace hub::ui
