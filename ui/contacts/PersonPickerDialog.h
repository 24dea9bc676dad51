#pragma once

#include "domain/Actor.h"
#include "security/Permissions.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace hub::services {
class CaseService;
}

namespace hub::ui {

// "Who is this about?": type a name, phone number, postcode or crime reference and the
// matches appear as you type: the user's own caseload first, then their team's, then the
// people nobody holds yet, then (for hub-wide supervisors) other teams', each marked. Only
// people the user may do `action` for are offered, so a choice is never refused. Up and
// Down move the highlight without leaving the box, Enter picks the highlighted one, Esc
// cancels. Comes before a form that needs a person when none is open.
class PersonPickerDialog : public QDialog
{
    Q_OBJECT

public:
    PersonPickerDialog(services::CaseService &cases, const domain::Actor &actor,
                       const QString &title, security::Action action, QWidget *parent = nullptr);

    // The person picked (valid after accept()).
    QString personId() const { return m_personId; }
    QString personName() const { return m_personName; }
    QLineEdit *searchEdit() const { return m_edit; }
    QListWidget *results() const { return m_results; }

public Q_SLOTS:
    void pick();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);

    services::CaseService &m_cases;
    domain::Actor m_actor;
    security::Action m_action;
    QLineEdit *m_edit = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QString m_personId;
    QString m_personName;
};

} // namespace hub::ui
