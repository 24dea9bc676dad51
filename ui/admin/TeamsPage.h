#pragma once

#include "domain/Actor.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace hub::services {
struct Services;
}

namespace hub::ui {

struct AdminForm;
class EmptyState;

// The Administration section's teams (services::TeamService): every team with the open
// work its members hold, and for an administrator a name field with Add team, Rename and
// Retire. A supervisor sees the same list read-only. Errors show beside the name (typed text
// kept) or, for a team that cannot be retired yet, above the form saying how much is left.
class TeamsPage : public QWidget
{
    Q_OBJECT

public:
    TeamsPage(services::Services &services, const domain::Actor &actor, QWidget *parent = nullptr);
    ~TeamsPage() override;

    enum Column
    {
        Name,
        Status,
        Referrals,
        Episodes,
        Tasks,
        Users,
        ColumnCount
    };

    void reload();
    // The id of the selected team, or empty.
    QString selectedId() const;

Q_SIGNALS:
    void message(const QString &text);

private:
    void addTeam();
    void renameTeam();
    void retireTeam();
    void updateButtons();
    void done(const QString &teamId, const QString &text);

    services::Services &m_services;
    domain::Actor m_actor;
    bool m_canChange = false;
    QStackedWidget *m_stack = nullptr;
    QTableWidget *m_view = nullptr;
    EmptyState *m_empty = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_retire = nullptr;
    std::unique_ptr<AdminForm> m_form;
};

} // namespace hub::ui
