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

// The red "what is wrong with this field" labels of a form, keyed by the archive field
// name that a service's Error names. A failed save marks the field (red border), says the
// problem under it in words that start with the field's caption, and moves the focus there;
// the typed values stay as they were.
class FieldErrors
{
    Q_DECLARE_TR_FUNCTIONS(FieldErrors)

public:
    // `summary` shows a one-line account above the form (and errors that name no field).
    FieldErrors(QLabel *summary, QString notSavedText, QString notSavedPrefix);

    // Puts `editor` above its (hidden) error label; returns the pair to add to a layout.
    QWidget *wrap(const QString &field, const QString &caption, QWidget *editor, QWidget *parent);
    // Errors about `field` are shown at `shownAt` (e.g. referral_id at the episode field).
    void alias(const QString &field, const QString &shownAt);

    // Shows `error` beside its field; `text` replaces the service's words when given.
    void show(const Error &error, const QString &text = {});
    void clear(const QString &field);
    void clearAll();
    QString text(const QString &field) const;
    QString caption(const QString &field) const { return m_captions.value(field); }

    static const QString &styleSheet();

private:
    QLabel *m_summary;
    QString m_notSavedText;
    QString m_notSavedPrefix;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QString> m_captions;
    QHash<QString, QString> m_aliases;
};

} // namespace hub::ui
