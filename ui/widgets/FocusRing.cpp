#include "FocusRing.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace hub::ui {

void FocusRing::install()
{
    if (!qApp || qApp->findChild<FocusRing *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new FocusRing(qApp));
    // Lists and tables draw no focus of their own in most styles (an empty one shows
    // nothing at all): a frame that turns blue. The same width either way, so nothing moves.
    qApp->setStyleSheet(qApp->styleSheet() + framedStyle("QAbstractItemView") +
                        framedStyle("QGraphicsView"));
}

QString FocusRing::framedStyle(const char *type)
{
    return QStringLiteral("%1 { border: 1px solid #c4cad3; padding: 1px; }"
                          "%1:focus { border: 2px solid #2f6fb2; padding: 0px; }")
        .arg(QLatin1String(type));
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && watched->isWidgetType()) {
        auto *window = static_cast<QWidget *>(watched)->window();
        if (!window->testAttribute(Qt::WA_KeyboardFocusChange))
            window->setAttribute(Qt::WA_KeyboardFocusChange);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hub::ui
