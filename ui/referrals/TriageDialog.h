#pragma once

#include "domain/Actor.h"
#include "services/ReferralService.h"

#include "widgets/FormDialog.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace hub::services {
struct Services;
}

namespace hub::ui {

// Triage of one referral: accept (opens a support episode, or joins the person's open
// one), decline, or no contact after attempts, with the reason; and who it is assigned to.
// The service decides what is allowed; its refusal is shown in the dialog and nothing
// typed is lost. Enter saves, Esc cancels (asking first when something was chosen).
class TriageDialog : public FormDialog
{
    Q_OBJECT

public:
    TriageDialog(services::Services &services, const domain::Actor &actor,
                 const services::InboxItem &item, QWidget *parent = nullptr);

    // The support episode opened or joined (after an accepted referral was saved).
    QString episodeId() const { return m_episodeId; }
    // What was done, in words for the status bar (after accept()).
    QString outcomeText() const { return m_outcome; }
    bool hasUnsavedChanges() const override;

public Q_SLOTS:
    void save() override;
    void assignToMe();

private:
    QWidget *buildHeader(const services::InboxItem &item);
    void updateDecision();

    services::Services &m_services;
    domain::Actor m_actor;
    services::InboxItem m_item;
    QString m_assignedTo; // as saved
    QString m_episodeId;
    QString m_outcome;

    QComboBox *m_assignee = nullptr;
    QButtonGroup *m_decision = nullptr;
    QComboBox *m_episode = nullptr;
    QLabel *m_episodeLabel = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace hub::ui
