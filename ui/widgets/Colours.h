#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace hub::ui {

// The few colours the app adds to the palette (red for danger, amber, green, grey for
// "None"), always readable: each is a hue taken from the palette's own backgrounds' side
// of the scale, darkened (or lightened on a dark palette) until it reaches the WCAG 2
// contrast ratio against every background it is drawn on: 4.5:1 for text, 3:1 for an
// indicator such as the safety dot. Under a high-contrast palette the app adds no colour
// of its own: text is the palette's text, and style sheets use the palette's roles.
// tests/ui/tst_contrast.cpp measures the ratios.
class Colours
{
public:
    enum class Tone
    {
        Danger,
        Warning,
        Success,
        Muted,
        Ink
    };

    static constexpr double kTextRatio = 4.5;
    static constexpr double kIndicatorRatio = 3.0;

    // WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
    static double luminance(const QColor &colour);
    static double contrast(const QColor &a, const QColor &b);

    // A palette whose text stands out 19:1 or more (black on white, white on black, yellow
    // on black...): the system's high-contrast theme.
    static bool highContrast(const QPalette &palette);
    static bool highContrast();

    // Text of this tone on the window, list rows (plain and alternate) and text boxes.
    static QColor text(Tone tone, const QPalette &palette);
    static QColor text(Tone tone);
    // The same hue at 3:1 or more, for a mark that is not text.
    static QColor indicator(Tone tone, const QPalette &palette);
    static QColor indicator(Tone tone);
    // "color: #rrggbb;" for a label's style sheet, or nothing under a high-contrast palette.
    static QString textStyle(Tone tone);
    // A style sheet with colours of its own, as given; under a high-contrast palette every
    // colour is replaced by the palette's (window text on window, borders in window text).
    static QString css(const QString &styleSheet);

    // Under a high-contrast palette, frames for text boxes and boxes for check boxes and
    // radio buttons in the palette's text colour (the style draws them in a shade of the
    // window's, which vanishes on black); otherwise nothing. Part of the app's style sheet.
    static QString highContrastControls();

    // The palette with its selection colour darkened (or lightened) where needed so that
    // selected rows' text reads at 4.5:1; a high-contrast palette as it is.
    static QPalette readableSelection(const QPalette &palette);
    // Sets that on the application when the system's palette falls short; done once the
    // first window opens and again whenever the system's palette changes.
    static void fixSelection();

    // `colour` moved towards black or white, whichever `background` is further from, until
    // it reaches `ratio` against each of `backgrounds`.
    static QColor readable(const QColor &colour, const QList<QColor> &backgrounds, double ratio);
};

} // namespace hub::ui
