#include "FocusRing.h"
#include "Colours.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace hub::ui {

namespace {
// Lists and tables draw no focus of their own in most styles (an empty one shows nothing at
// all): a frame that turns blue. The same width either way, so nothing moves. Its colours
// follow the palette (widgets/Colours.h), also when the system's changes.
void restyle()
{
    static QString added;
    QString sheet = qApp->styleSheet();
    if (!added.isEmpty())
        sheet.remove(added);
    added = FocusRing::framedStyle("QAbstractItemView") + FocusRing::framedStyle("QGraphicsView") +
            Colours::highContrastControls();
    if (sheet + added != qApp->styleSheet())
        qApp->setStyleSheet(sheet + added);
}

} // namespace

void FocusRing::install()
{
    if (!qApp || qApp->findChild<FocusRing *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new FocusRing(qApp));
    Colours::fixSelection();
    restyle();
}

QString FocusRing::framedStyle(const char *type)
{
    return Colours::css(QStringLiteral("%1 { border: 1px solid #c4cad3; padding: 1px; }"
                                       "%1:focus { border: 2px solid #2f6fb2; padding: 0px; }")
                            .arg(QLatin1String(type)));
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange && watched == qApp) {
        Colours::fixSelection();
        restyle();
    }
    if (event->type() == QEvent::FocusIn && watched->isWidgetType()) {
        auto *window = static_cast<QWidget *>(watched)->window();
        if (!window->testAttribute(Qt::WA_KeyboardFocusChange))
            window->setAttribute(Qt::WA_KeyboardFocusChange);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hub::ui
