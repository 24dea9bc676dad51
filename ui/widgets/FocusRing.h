#pragma once

#include <QObject>

namespace hub::ui {

// Every focused control shows that it has the focus, however it got it: Qt's styles draw
// the focus frame of buttons, check boxes and lists only after a Tab, so the first field of
// a dialog (focused when it opens) and anything focused by a click or a shortcut looked
// unfocused. Installed once for the application; a window's own style sheet draws the rest
// (widgets/FieldErrors.h, MainWindow.cpp).
class FocusRing : public QObject
{
    Q_OBJECT

public:
    static void install();
    // The thin grey frame of a list or text box (`type`: QTreeView, QTableView...) that
    // turns into a blue one while it has the focus: a style sheet frame hides the style's.
    static QString framedStyle(const char *type);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace hub::ui
