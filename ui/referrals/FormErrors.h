#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace hub {
struct Error;
}

namespace hub::ui {

// The errors of a form, as the person edit dialog shows them: the service's message beside
// the field it names (archive field name), a red border, the focus there, and a line at the
// top saying that nothing was saved. Messages not about a known field go to that line.
class FormErrors
{
    Q_DECLARE_TR_FUNCTIONS(FormErrors)

public:
    explicit FormErrors(QWidget *owner);

    // The style sheet that draws invalid fields and the messages; set it on the dialog.
    static QString styleSheet();

    // Wraps `editor` with a hidden message below it; `caption` names the field in messages
    // (its '&' is dropped) and becomes the editor's accessible name.
    QWidget *add(const QString &field, const QString &caption, QWidget *editor);
    QLabel *summaryLabel() const { return m_summary; }

    // Shows `error`; `notSaved` heads the summary line ("The referral was not saved").
    void show(const Error &error, const QString &notSaved);
    void clear(const QString &field);
    void clearAll();
    // The message shown beside a field, empty when none.
    QString errorFor(const QString &field) const;
    QString summary() const;

private:
    QWidget *m_owner;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QString> m_captions;
    QLabel *m_summary = nullptr;
};

} // namespace hub::ui
