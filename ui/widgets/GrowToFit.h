#pragma once

#include <QObject>

class QPlainTextEdit;
class QWidget;

namespace hub::ui {

// Keeps a window tall enough for what its layout holds now: when an error message, a
// warning panel or a wrapped line appears, the window grows (up to the screen's height)
// instead of squeezing its controls below their size or cutting words off. It never
// shrinks a window the user has made larger.
class GrowToFit : public QObject
{
    Q_OBJECT

public:
    // Watches `window` (a top-level widget with a layout) for as long as it lives.
    static void install(QWidget *window);
    // Grows `window` now if its layout needs more height than it has.
    static void fit(QWidget *window);
    // Makes a text box `lines` lines tall, never less than it needs to draw itself.
    static void setLines(QPlainTextEdit *edit, int lines);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    bool m_pending = false;
};

} // namespace hub::ui
