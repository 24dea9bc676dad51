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
}

QString FocusRing::framedStyle(const char *type)
{
    return QStringLiteral("%1 { border: 1px solid #d5dae1; }"
                          "%1:focus { border: 2px solid #2f6fb2; }")
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
