#pragma once

#include <QCoreApplication>
#include <QWidget>
#include <QtTest>

namespace hub::test {

// HUB_UI_SHOTS=folder keeps a picture of `widget` there as `name` (PNG), to look at or for
// the docs' screenshots; nothing without it.
inline void saveUiShot(QWidget &widget, const char *name)
{
    const auto dir = qEnvironmentVariable("HUB_UI_SHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(widget.grab().save(dir + QLatin1Char('/') + QLatin1String(name), "PNG"));
}

} // namespace hub::test
