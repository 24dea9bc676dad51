#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace hub {
struct Error;
}

namespace hub::ui {

class DateField;

// The errors of a form, as every form dialog shows them: the service's message in red under
// the field it names (by archive field name), in words that start with the field's caption,
// a red border on the field, the focus there, and a line above the form saying that nothing
// was saved. Typed values are left as they were. Errors that name no field of the form go to
// that line.
class FieldErrors
{
    Q_DECLARE_TR_FUNCTIONS(FieldErrors)

public:
    // How the summary line words an error that names no field of the form.
    enum class Unplaced
    {
        Describe,    // the field's archive name and the message ("field x: is ...")
        MessageOnly, // the service's message alone
    };

    // Creates the (hidden) summary line as a child of `owner`; add summaryLabel() to a layout.
    explicit FieldErrors(QWidget *owner);
    // Cuts the fields' connections to this list: a form's widgets outlive it (they go with
    // the dialog's QWidget base), and a date field still speaks as its window is hidden.
    ~FieldErrors();
    FieldErrors(const FieldErrors &) = delete;
    FieldErrors &operator=(const FieldErrors &) = delete;

    // What heads the summary line ("The task was not saved") when show() is not told.
    void setNotSaved(const QString &notSaved) { m_notSaved = notSaved; }
    void setUnplaced(Unplaced unplaced) { m_unplaced = unplaced; }

    // The style sheet that draws invalid fields and the messages; set it on the dialog.
    static const QString &styleSheet();
    // Marks `widget` as invalid (red border, see styleSheet()) or not.
    static void setInvalid(QWidget *widget, bool invalid);

    QLabel *summaryLabel() const { return m_summary; }

    // Puts `editor` above a hidden message and returns the pair to add to a layout. `caption`
    // names the field in messages (its '&' is dropped) and becomes the editor's accessible
    // name unless it has one.
    QWidget *wrap(const QString &field, const QString &caption, QWidget *editor);
    // A form row: `label` (with its Alt key, e.g. "&New password:") for `editor`, wrapped.
    void addRow(QFormLayout *form, const QString &field, const QString &label, QWidget *editor);
    // Errors about `field` are shown at `shownAt` (e.g. referral_id at the episode field).
    void alias(const QString &field, const QString &shownAt);

    // Shows `error` beside its field. `notSaved` replaces the constructor's heading of the
    // summary line, `words` the message under the field, when given.
    void show(const Error &error, const QString &notSaved = {}, const QString &words = {});
    // Reads a date field before saving: false, with its problem shown like any other
    // error, when what was typed is not a date.
    bool checkDate(const QString &field, DateField *date, const QString &notSaved = {});
    void clear(const QString &field);
    void clearAll();
    // The message shown beside a field, empty when none.
    QString text(const QString &field) const;
    // The summary line, empty while it is hidden.
    QString summary() const;

private:
    // The message under a field, starting with its caption.
    QString sentence(const QString &field, const QString &message) const;
    // Shows `text` under the field and draws the field in red.
    void mark(const QString &field, const QString &text);

    QWidget *m_owner;
    QString m_notSaved;
    Unplaced m_unplaced = Unplaced::Describe;
    QLabel *m_summary;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_labels;
    QList<QMetaObject::Connection> m_connections;
    QHash<QString, QString> m_captions;
    QHash<QString, QString> m_aliases;
};

} // namespace hub::ui
