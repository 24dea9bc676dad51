#include "SafetyDot.h"

#include <QColor>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace hub::ui {

QIcon safetyDot(bool limits, int size)
{
    static QHash<int, QIcon> cache; // key: size * 2 + limits
    const int key = size * 2 + (limits ? 1 : 0);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return it.value();
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    if (limits) {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xb3, 0x26, 0x1e));
        const qreal margin = (size - 10) / 2.0;
        p.drawEllipse(QRectF(margin, margin, 10, 10));
    }
    return *cache.insert(key, QIcon(pm));
}

} // namespace hub::ui
