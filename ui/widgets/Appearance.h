#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QPalette>

class QMenu;

namespace hub::ui {

// The user's own choice over the desktop's look, kept in the settings file
// (~/.config/victimshub/victimshub.conf, [appearance]): a high-contrast palette (white on
// black) and the text at 100 to 200 % of the system font. Without a choice the app takes
// the palette and font the platform gives it, the system's high-contrast theme included.
// docs/USER_GUIDE.md, "Accessibility"; tests/ui/tst_contrast.cpp.
class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(Appearance)

public:
    struct Choice
    {
        bool highContrast = false;
        int textPercent = 100;
    };

    static Choice stored();
    static void store(const Choice &choice);

    // Applies `choice` over the platform's palette and font (as they were the first time
    // this was called): call it once before the first window.
    static void apply(const Choice &choice);
    static QPalette highContrastPalette();

    // View > "High contrast" and "Larger text": store the choice and apply it.
    static void addActions(QMenu *menu);
};

} // namespace hub::ui
