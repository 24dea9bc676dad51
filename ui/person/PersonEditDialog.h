#pragma once

#include "domain/Actor.h"
#include "domain/Records.h"
#include "widgets/FormDialog.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace hub::services {
struct Services;
}

namespace hub::ui {

class PostcodeChoice;

// Edits a person's details and safety-of-contact flags through PersonService. A save that
// fails keeps every typed value and shows the reason beside the field it names (red
// border, focus there); closing with unsaved changes asks first. Text fields undo with
// Ctrl+Z as usual.
class PersonEditDialog : public FormDialog
{
    Q_OBJECT

public:
    PersonEditDialog(services::Services &services, const domain::Actor &actor,
                     const domain::Person &person, QWidget *parent = nullptr);

    // The person as saved (valid after accept()).
    const domain::Person &saved() const { return m_saved; }
    bool hasUnsavedChanges() const override;

public Q_SLOTS:
    void save() override;

private:
    QLineEdit *addLine(const char *field, const QString &text, int maxLength = 0);
    QComboBox *addCodes(const char *field, const QString &list, const QString &current);
    QCheckBox *addCheck(const char *field, const QString &text, bool checked);
    // Reads the form; false when the date of birth cannot be read.
    bool collect(domain::Person *out) const;

    services::Services &m_services;
    domain::Actor m_actor;
    domain::Person m_original;
    domain::Person m_saved;

    QHash<QString, QWidget *> m_fields;
    QPlainTextEdit *m_notes = nullptr;
    PostcodeChoice *m_noFixedAbode = nullptr;
};

} // namespace hub::ui
