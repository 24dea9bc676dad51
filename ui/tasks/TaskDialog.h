#pragma once

#include "domain/Actor.h"
#include "domain/Views.h"
#include "widgets/FormDialog.h"

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace hub::services {
struct Services;
}

namespace hub::ui {

class DateField;

// A new task through TaskService::create: title, due date (calendar on Alt+Down), kind,
// who it is for (the worker by default) and, when a person's record is open, which person
// or support episode it is about. Enter saves, Esc cancels (asking first when something
// was typed); a failed save keeps the values and names the field.
class TaskDialog : public FormDialog
{
    Q_OBJECT

public:
    // `person` is the record in view, or nullptr for a task about nobody in particular.
    TaskDialog(services::Services &services, const domain::Actor &actor,
               const domain::PersonFile *person, QWidget *parent = nullptr);

    // The task as saved (valid after accept()).
    const domain::Task &saved() const { return m_saved; }
    bool hasUnsavedChanges() const override;

public Q_SLOTS:
    void save() override;

private:
    QWidget *row(const char *field, const QString &caption, QWidget *editor);
    QStringList snapshot() const;

    services::Services &m_services;
    domain::Actor m_actor;
    domain::Task m_saved;
    QStringList m_initial;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_title = nullptr;
    DateField *m_due = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_about = nullptr;
};

} // namespace hub::ui
