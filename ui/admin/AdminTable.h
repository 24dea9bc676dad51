#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QLabel;
class QLayout;
class QPushButton;
class QTableWidget;
class QWidget;

namespace hub::ui {

class FieldErrors;

// What the Administration section's list pages share (teams, code lists).

// A read-only table of whole rows, one selected at a time, named for screen readers.
QTableWidget *adminTable(const char *objectName, const QString &accessibleName,
                         const QStringList &headers, QWidget *parent);
// A button with its object name and, for a screen reader, the name of what it does.
QPushButton *adminButton(const QString &text, const char *objectName, QWidget *parent);

// The form side of a list page: its errors (beside the field, or "Nothing was changed: why"
// above the page) and the hidden line that says when the page is read-only.
struct AdminForm
{
    AdminForm(QWidget *page, const char *readOnlyName);
    ~AdminForm();
    AdminForm(const AdminForm &) = delete;
    AdminForm &operator=(const AdminForm &) = delete;

    struct Field
    {
        QString name;  // the service's field name, for its errors
        QString label; // with its Alt key
        QWidget *editor;
    };
    // Lays `page` out: the two lines on top, then `list` beside a box titled `title` with
    // the fields, the buttons in a row and `help` under them.
    void layOut(QWidget *page, QLayout *list, const QString &title, const QList<Field> &fields,
                const QList<QPushButton *> &buttons, const QString &help);
    // For a role that may only read: the fields and buttons disabled, each button saying
    // why in its tooltip, and the line above saying it too.
    void readOnlyFor(const QList<QWidget *> &fields, const QList<QPushButton *> &buttons,
                     const QString &why);

    std::unique_ptr<FieldErrors> errors;
    QLabel *readOnly = nullptr;
};

} // namespace hub::ui
