#pragma once

#include "domain/Actor.h"
#include "domain/Views.h"
#include "widgets/FormDialog.h"

#include <QDateTime>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace hub {
struct Error;
}

namespace hub::services {
struct Services;
}

namespace hub::ui {

class DateField;
class PersonHeader;

// Logs one contact with a person through ContactService, keyboard first: direction,
// channel, outcome, length, when, what it was about and a summary. Enter saves from any
// single-line field and Ctrl+Enter from anywhere; in the summary Enter starts a new line.
// Esc cancels, asking first when something was typed. When the person's safety-of-contact
// flags speak against the channel or outcome, a red panel says which rule and saving needs
// "Override" ticked and a reason, which is kept with the contact.
// Given the id of a logged contact, the same form records a correction of it
// (ContactService::amend); the original stays as it was.
class LogContactDialog : public FormDialog
{
    Q_OBJECT

public:
    LogContactDialog(services::Services &services, const domain::Actor &actor,
                     const domain::PersonFile &file, const QString &amendContactId = {},
                     QWidget *parent = nullptr);

    // The contact as saved (valid after accept()).
    const domain::Contact &saved() const { return m_saved; }
    bool isAmendment() const { return !m_amendId.isEmpty(); }
    bool hasUnsavedChanges() const override;
    // The safety rules the red panel states now; empty while it is hidden.
    QString safetyWarningText() const;

public Q_SLOTS:
    void save() override;

private:
    void buildFields(const domain::Contact &initial);
    void fillRegarding(const domain::Contact &initial);
    domain::Contact draft() const;
    QStringList snapshot() const;
    void updateSafety();
    void showError(const Error &error);

    services::Services &m_services;
    domain::Actor m_actor;
    domain::PersonFile m_file;
    QString m_amendId;
    domain::Contact m_base; // what is kept from the original when amending
    domain::Contact m_saved;
    QDateTime m_shownAt;   // the When field as first shown, in London time
    QStringList m_initial; // snapshot() as first shown

    PersonHeader *m_header = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_outcome = nullptr;
    QSpinBox *m_duration = nullptr;
    DateField *m_at = nullptr;
    QComboBox *m_regarding = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QFrame *m_safetyPanel = nullptr;
    QLabel *m_safetyText = nullptr;
    QCheckBox *m_override = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace hub::ui
