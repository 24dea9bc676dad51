#include "Appearance.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

#include <algorithm>

namespace hub::ui {

namespace {

const QString kHighContrastKey = QStringLiteral("appearance/highContrast");
const QString kTextPercentKey = QStringLiteral("appearance/textPercent");
constexpr int kLargerText = 150;

// The platform's font as it was before the app set one of its own.
const QFont &platformFont()
{
    static const QFont font = QApplication::font();
    return font;
}

} // namespace

Appearance::Choice Appearance::stored()
{
    const QSettings settings;
    Choice choice;
    choice.highContrast = settings.value(kHighContrastKey, false).toBool();
    choice.textPercent = std::clamp(settings.value(kTextPercentKey, 100).toInt(), 100, 200);
    return choice;
}

void Appearance::store(const Choice &choice)
{
    QSettings settings;
    settings.setValue(kHighContrastKey, choice.highContrast);
    settings.setValue(kTextPercentKey, std::clamp(choice.textPercent, 100, 200));
}

QPalette Appearance::highContrastPalette()
{
    QPalette hc;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase,
                                QPalette::Button, QPalette::ToolTipBase})
            hc.setColor(group, role, Qt::black);
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                QPalette::ToolTipText, QPalette::BrightText})
            hc.setColor(group, role, Qt::white);
        hc.setColor(group, QPalette::Highlight, QColor(0x00, 0xff, 0xff));
        hc.setColor(group, QPalette::HighlightedText, Qt::black);
        hc.setColor(group, QPalette::Link, QColor(0xff, 0xff, 0x00));
        hc.setColor(group, QPalette::PlaceholderText, QColor(0xd0, 0xd0, 0xd0));
    }
    // Disabled controls are greyed, still 4.5:1 on black.
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        hc.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return hc;
}

void Appearance::apply(const Choice &choice)
{
    const QFont base = platformFont();
    // A palette with no role of its own is the platform's.
    QApplication::setPalette(choice.highContrast ? highContrastPalette() : QPalette());
    QFont font = base;
    if (choice.textPercent != 100) {
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * choice.textPercent / 100.0);
        else
            font.setPixelSize(font.pixelSize() * choice.textPercent / 100);
    }
    // Set only when it differs, so that the platform's own stays in charge until then.
    if (QApplication::font() != font)
        QApplication::setFont(font);
}

void Appearance::addActions(QMenu *menu)
{
    const Choice now = stored();
    auto *contrast = menu->addAction(tr("&High contrast"));
    contrast->setObjectName(QStringLiteral("highContrastAction"));
    contrast->setCheckable(true);
    contrast->setChecked(now.highContrast);
    auto *larger = menu->addAction(tr("&Larger text"));
    larger->setObjectName(QStringLiteral("largerTextAction"));
    larger->setCheckable(true);
    larger->setChecked(now.textPercent > 100);
    const auto change = [menu, contrast, larger] {
        Choice choice;
        choice.highContrast = contrast->isChecked();
        choice.textPercent = larger->isChecked() ? kLargerText : 100;
        store(choice);
        apply(choice);
        // Colours and title sizes worked out when a page was built follow at the next start.
        auto *window = menu->parentWidget()
                           ? qobject_cast<QMainWindow *>(menu->parentWidget()->window())
                           : nullptr;
        if (window)
            window->statusBar()->showMessage(
                tr("Applied. Start Victims' Hub again to see it on every page."));
    };
    QObject::connect(contrast, &QAction::toggled, menu, change);
    QObject::connect(larger, &QAction::toggled, menu, change);
}

} // namespace hub::ui
