#include "GrowToFit.h"

#include <QEvent>
#include <QLayout>
#include <QPlainTextEdit>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace hub::ui {

void GrowToFit::install(QWidget *window)
{
    if (!window || window->findChild<GrowToFit *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    window->installEventFilter(new GrowToFit(window));
}

void GrowToFit::fit(QWidget *window)
{
    auto *layout = window->layout();
    if (!layout || !window->isVisible())
        return;
    layout->activate();
    const int width = std::max(window->width(), layout->totalMinimumSize().width());
    int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                             : layout->totalSizeHint().height();
    needed = std::max(needed, layout->totalMinimumSize().height());
    if (const auto *screen = window->screen()) {
        const int frame = window->frameGeometry().height() - window->height();
        needed = std::min(needed, screen->availableGeometry().height() - std::max(frame, 0));
    }
    if (needed > window->height() || width > window->width())
        window->resize(std::max(width, window->width()), std::max(needed, window->height()));
}

void GrowToFit::setLines(QPlainTextEdit *edit, int lines)
{
    edit->setFixedHeight(
        std::max(edit->minimumSizeHint().height(), edit->fontMetrics().lineSpacing() * lines + 12));
}

bool GrowToFit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest && !m_pending && watched == parent()) {
        // After the layout has taken the change in.
        m_pending = true;
        QTimer::singleShot(0, this, [this] {
            m_pending = false;
            fit(static_cast<QWidget *>(parent()));
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hub::ui
