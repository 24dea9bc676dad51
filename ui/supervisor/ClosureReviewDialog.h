#pragma once

#include "domain/Actor.h"
#include "widgets/FormDialog.h"

class QPlainTextEdit;
class QPushButton;

namespace hub::services {
struct Services;
}

namespace hub::ui {

// A supervisor's decision on a closure request: the caseworker's reason and outcome
// measures, a comment, and Approve closure (Alt+A) or Return to caseworker (Alt+T, comment
// required). Enter in the comment starts a new line, so that a returned request is never
// approved by accident. One SupervisorService call either way; Esc cancels.
class ClosureReviewDialog : public FormDialog
{
    Q_OBJECT

public:
    ClosureReviewDialog(services::Services &services, const domain::Actor &actor,
                        const QString &episodeId, QWidget *parent = nullptr);

    bool hasUnsavedChanges() const override;
    // True after an approval, false after a return (valid after accept()).
    bool approved() const { return m_approved; }
    QString personName() const { return m_personName; }
    QPlainTextEdit *commentEdit() const { return m_comment; }

public Q_SLOTS:
    // Approves the closure.
    void save() override;
    void returnToCaseworker();

private:
    void decide(bool approve);

    services::Services &m_services;
    domain::Actor m_actor;
    QString m_episodeId;
    QString m_personName;
    bool m_approved = false;
    QPlainTextEdit *m_comment = nullptr;
};

} // namespace hub::ui
