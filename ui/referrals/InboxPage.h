#pragma once

#include "domain/Actor.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace hub::services {
struct Services;
}

namespace hub::ui {

class EmptyState;
class InboxModel;

// The Referrals section: the team's referrals awaiting triage, unassigned first, then
// oldest first, each with its Victims' Code clock. Enter (or Triage) triages the selected
// referral; Ctrl+N enters a new one; Assign to me, Assign to… and Open person act on the
// selected row. Updates live as referrals change anywhere in the app.
class InboxPage : public QWidget
{
    Q_OBJECT

public:
    InboxPage(services::Services &services, const domain::Actor &actor, QWidget *parent = nullptr);

    InboxModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The referral of the current row, empty when none.
    QString currentReferralId() const;
    void focusList();

public Q_SLOTS:
    void newReferral();
    void triageCurrent();
    void assignCurrentToMe();
    void assignCurrentTo();
    void openCurrentPerson();
    void refresh();

Q_SIGNALS:
    void openRequested(const QString &personId);
    // Import from file (Alt+I): the import wizard, opened by the window.
    void importRequested();
    void message(const QString &text);

private:
    void updateState();
    void rememberCurrent();
    void restoreCurrent();
    void select(const QString &referralId);
    void assign(const QString &userId, const QString &name);
    void showProblem(const QString &text);
    QPushButton *addButton(const char *name, const QString &text, const QString &tip);

    services::Services &m_services;
    domain::Actor m_actor;
    InboxModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QStackedWidget *m_listOrEmpty = nullptr;
    EmptyState *m_empty = nullptr;
    QWidget *m_buttonBar = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_triageButton = nullptr;
    QPushButton *m_toMeButton = nullptr;
    QPushButton *m_toButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QString m_currentKey;
};

} // namespace hub::ui
