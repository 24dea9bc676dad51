#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

class QMainWindow;
class QWidget;

namespace hub::ui {

// Every key of a window as it is now, read from the window itself so that the list cannot
// drift from the program: its actions (menus and page actions) and shortcuts, the menus'
// Alt keys, and the Alt keys of the buttons and labelled fields on each page. Help >
// Keyboard shortcuts shows it (help/ShortcutsDialog.h).
class ShortcutCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutCatalog)

public:
    enum class Kind
    {
        Action,   // a QAction: a menu item or a page's action
        Shortcut, // a QShortcut
        Menu,     // Alt and a menu's letter
        AltKey,   // Alt and a button's or a field's underlined letter
    };

    struct Entry
    {
        QKeySequence keys;
        QString what;  // "Log contact (Work menu)", "Go to Filter"
        QString where; // "Anywhere in the window", "Person record › Contacts"
        Kind kind = Kind::Action;
        int page = -1; // the section of the main window it is on; -1 for the whole window
        // The pages (and tabs) that must be shown for the key to work, outermost first;
        // empty for the whole window. Two keys can clash only when one scope holds the other.
        QList<const QWidget *> scope;
    };

    static QList<Entry> of(QMainWindow *window);
    // Keys that do two things at once: "Ctrl+E: Edit details (Person record), Export
    // (Person record)". Empty when there are none.
    static QStringList clashes(const QList<Entry> &entries);
    // The key as the list shows it ("Ctrl+Alt+L").
    static QString keyText(const QKeySequence &keys);
};

} // namespace hub::ui
