#pragma once

#include "Result.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

namespace hub::ui {

// A dialog around a form that is saved through a service. A failed save keeps every typed
// value and names the field and the problem (errors()). Closing with unsaved edits (Esc,
// Cancel, the window's close button) asks first: Save, Discard or Cancel.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormDialog(QWidget *parent = nullptr);

    virtual bool hasUnsavedChanges() const = 0;
    // The message shown beside a field (archive field name), empty when none.
    QString errorFor(const QString &field) const { return m_errors.text(field); }
    // The line above the form saying why nothing was saved, empty when none.
    QString errorSummary() const { return m_errors.summary(); }

public Q_SLOTS:
    virtual void save() = 0;
    void reject() override;

protected:
    FieldErrors &errors() { return m_errors; }
    // Closes the dialog with the saved record in *saved, or shows why it was not saved and
    // stays open with every typed value.
    template <class T> void finishSave(Result<T> result, T *saved)
    {
        if (!result.ok()) {
            m_errors.show(result.error());
            return;
        }
        *saved = std::move(result).value();
        QDialog::accept();
    }
    // What closing with unsaved edits asks.
    void setUnsavedQuestion(const QString &title, const QString &question);

private:
    FieldErrors m_errors;
    QString m_unsavedTitle;
    QString m_unsavedQuestion;
};

} // namespace hub::ui
