#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QWidget;

namespace hub::ui::admin {

// Small pieces the Administration pages share (backup, archive, desk logins).

// A line edit with an object and accessible name.
QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent);
// The same, hiding what is typed (passwords and passphrases).
QLineEdit *secretEdit(const QString &objectName, const QString &accessibleName, QWidget *parent);
// `field` with `button` after it, on one line; the pair (its focus goes to `field`).
QWidget *pair(QWidget *field, QWidget *button, QWidget *parent);
// `edit` with a "Choose…" button after it that calls `choose`; the pair, for a form row.
QWidget *withChooser(QLineEdit *edit, const QString &buttonText, const QString &accessibleName,
                     const std::function<void()> &choose, QWidget *parent);
// A progress bar, hidden until a job runs (BackgroundTask::follow).
QProgressBar *progressBar(const QString &objectName, const QString &accessibleName,
                          QWidget *parent);
// A word-wrapped, selectable line saying how a job ended.
QLabel *statusLabel(const QString &objectName, QWidget *parent);
// Shows `text` on `label`, drawn as an error (FieldErrors' style) or not.
void setStatus(QLabel *label, const QString &text, bool error);
// A form row: `label` (with its Alt key) for `buddy`, shown as `field` (default: `buddy`).
void addRow(QFormLayout *form, const QString &label, QWidget *buddy, QWidget *field = nullptr);
// Lays out a job's box: the form, then the button that starts it with its progress bar,
// then the line saying how it ended.
void layOutJob(QWidget *box, QFormLayout *form, QPushButton *button, QProgressBar *bar,
               QLabel *status);
// A read-only list of rows, one selected at a time, keyboard-friendly (Tab leaves it).
QTableWidget *table(const QString &objectName, const QString &accessibleName,
                    const QStringList &headers, QWidget *parent);

} // namespace hub::ui::admin
