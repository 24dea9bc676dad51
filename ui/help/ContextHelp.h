#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QWidget;

namespace hub::ui {

class HelpWindow;

// F1: the user guide at the section for the screen in use. Each screen (a page of the main
// window, a dialog, the lock page...) is mapped to the anchor of its heading in
// docs/USER_GUIDE.md; F1 finds the screen from the focused control outwards. In the main
// window F1 is Help > User guide; in dialogs and on the lock page (where the window's own
// shortcuts do not run) an application-wide filter reads it.
class ContextHelp : public QObject
{
    Q_OBJECT

public:
    struct Topic
    {
        const char *screen; // the class of the screen's widget, e.g. "hub::ui::TriageDialog"
        const char *anchor; // its heading's anchor in the guide, e.g. "triage"
    };

    // The F1 filter for the application; safe to call repeatedly.
    static void install();
    // Every screen and its section (a test checks that each anchor exists in the guide).
    static QList<Topic> topics();
    // The section for the screen `widget` is on: its own anchor (setAnchor) or its class's,
    // or the nearest enclosing screen's; in the main window, the page shown.
    static QString anchorFor(const QWidget *widget);
    // Gives this one widget its own section (a dialog used for two things).
    static void setAnchor(QWidget *widget, const QString &anchor);
    // Opens the guide for the screen `widget` is on (the focused control when null).
    static HelpWindow *showFor(QWidget *widget = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    static QString ownAnchor(const QWidget *widget);
    static QWidget *ownerFor(QWidget *widget);
};

} // namespace hub::ui
