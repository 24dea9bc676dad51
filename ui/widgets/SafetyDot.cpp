#include "SafetyDot.h"

#include "widgets/Colours.h"

#include <QColor>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace hub::ui {

namespace {

QPixmap dot(int size, const QColor &ring, const QColor &fill)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    const qreal margin = (size - 10) / 2.0;
    p.setBrush(ring);
    p.drawEllipse(QRectF(margin, margin, 10, 10));
    p.setBrush(fill);
    p.drawEllipse(QRectF(margin + 2, margin + 2, 6, 6));
    return pm;
}

} // namespace

QIcon safetyDot(bool limits, int size)
{
    const QPalette palette = QGuiApplication::palette();
    // Drawn once per size and palette.
    static QHash<QPair<qint64, int>, QIcon> cache;
    const QPair<qint64, int> key{palette.cacheKey(), size * 2 + (limits ? 1 : 0)};
    if (const auto it = cache.constFind(key); it != cache.cend())
        return it.value();
    QIcon icon;
    if (!limits) {
        QPixmap blank(size, size);
        blank.fill(Qt::transparent);
        icon.addPixmap(blank);
    } else {
        // On a plain row: a red dot, 3:1 or more against the row. On a selected row the
        // style would tint it towards the selection colour, where red hardly shows: there it
        // has a ring in the selection's own text colour.
        const QColor red = Colours::indicator(Colours::Tone::Danger, palette);
        icon.addPixmap(dot(size, red, red), QIcon::Normal);
        icon.addPixmap(dot(size, palette.color(QPalette::HighlightedText), red), QIcon::Selected);
    }
    return *cache.insert(key, icon);
}

} // namespace hub::ui
