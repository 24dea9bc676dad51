#include "Colours.h"

#include <QGuiApplication>
#include <QRegularExpression>

#include <cmath>

namespace hub::ui {

namespace {

// The hues, as designed for a white background.
QColor seed(Colours::Tone tone)
{
    switch (tone) {
    case Colours::Tone::Danger:
        return {0xa0, 0x1c, 0x14};
    case Colours::Tone::Warning:
        return {0x8a, 0x4b, 0x00};
    case Colours::Tone::Success:
        return {0x1e, 0x56, 0x31};
    case Colours::Tone::Muted:
        return {0x4a, 0x54, 0x63};
    case Colours::Tone::Ink:
        break;
    }
    return {0x1b, 0x24, 0x30};
}

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// Every background a coloured word or mark is drawn on: the window, text boxes and list rows.
QList<QColor> backgrounds(const QPalette &palette)
{
    QList<QColor> list;
    for (const auto group : {QPalette::Active, QPalette::Inactive})
        for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase})
            list.append(palette.color(group, role));
    return list;
}

QPalette appPalette()
{
    return QGuiApplication::palette();
}

} // namespace

double Colours::luminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double Colours::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool Colours::highContrast(const QPalette &palette)
{
    return contrast(palette.color(QPalette::Window), palette.color(QPalette::WindowText)) >= 19.0 &&
           contrast(palette.color(QPalette::Base), palette.color(QPalette::Text)) >= 19.0;
}

bool Colours::highContrast()
{
    return highContrast(appPalette());
}

QColor Colours::readable(const QColor &colour, const QList<QColor> &backgrounds, double ratio)
{
    // Aim a little above the ratio, so that rounding to 8 bits never falls short of it.
    const double aim = ratio + 0.05;
    double darkest = 1.0;
    for (const auto &b : backgrounds)
        darkest = std::min(darkest, luminance(b));
    // Light backgrounds take darker ink, dark ones lighter.
    const QColor target = darkest > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    const QColor from = colour.toRgb();
    for (int step = 0; step <= 50; ++step) {
        const double t = step / 50.0;
        const QColor mixed(qRound(from.red() + (target.red() - from.red()) * t),
                           qRound(from.green() + (target.green() - from.green()) * t),
                           qRound(from.blue() + (target.blue() - from.blue()) * t));
        bool enough = true;
        for (const auto &b : backgrounds)
            enough = enough && contrast(mixed, b) >= aim;
        if (enough)
            return mixed;
    }
    return target;
}

QPalette Colours::readableSelection(const QPalette &palette)
{
    QPalette out = palette;
    if (highContrast(palette))
        return out;
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        const QColor ink = palette.color(group, QPalette::HighlightedText);
        const QColor back = palette.color(group, QPalette::Highlight);
        if (contrast(ink, back) < kTextRatio)
            out.setColor(group, QPalette::Highlight, readable(back, {ink}, kTextRatio));
    }
    return out;
}

void Colours::fixSelection()
{
    const QPalette palette = QGuiApplication::palette();
    const QPalette fixed = readableSelection(palette);
    if (fixed != palette)
        QGuiApplication::setPalette(fixed);
}

QColor Colours::text(Tone tone, const QPalette &palette)
{
    if (highContrast(palette))
        return palette.color(QPalette::Text);
    return readable(seed(tone), backgrounds(palette), kTextRatio);
}

QColor Colours::text(Tone tone)
{
    return text(tone, appPalette());
}

QColor Colours::indicator(Tone tone, const QPalette &palette)
{
    if (highContrast(palette))
        return palette.color(QPalette::Text);
    // The indicators are brighter than the words: the design's red dot, amber and green.
    QColor bright = seed(tone);
    if (tone == Tone::Danger)
        bright = QColor(0xb3, 0x26, 0x1e);
    return readable(bright, backgrounds(palette), kIndicatorRatio);
}

QColor Colours::indicator(Tone tone)
{
    return indicator(tone, appPalette());
}

QString Colours::textStyle(Tone tone)
{
    if (highContrast())
        return {};
    return QStringLiteral("color: %1;").arg(text(tone).name());
}

QString Colours::highContrastControls()
{
    if (!highContrast())
        return {};
    return QStringLiteral(
        "QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox"
        "  { border: 1px solid palette(window-text); padding: 2px; }"
        "QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus"
        "  { border: 2px solid palette(highlight); padding: 1px; }"
        "QCheckBox::indicator, QRadioButton::indicator"
        "  { width: 12px; height: 12px; border: 2px solid palette(window-text); }"
        "QRadioButton::indicator { border-radius: 8px; }"
        "QCheckBox::indicator:checked, QRadioButton::indicator:checked"
        "  { background: palette(window-text); }"
        "QCheckBox::indicator:disabled, QRadioButton::indicator:disabled"
        "  { border-style: dashed; }");
}

QString Colours::css(const QString &styleSheet)
{
    if (!highContrast())
        return styleSheet;
    static const QRegularExpression background(QStringLiteral("background(-color)?\\s*:[^;}]*"));
    static const QRegularExpression foreground(QStringLiteral("(^|[^-\\w])color\\s*:[^;}]*"));
    static const QRegularExpression colour(
        QStringLiteral("#[0-9a-fA-F]{3,8}\\b|rgba?\\([^)]*\\)|\\b(white|black)\\b"));
    QString out = styleSheet;
    out.replace(background, QStringLiteral("background: palette(window)"));
    out.replace(foreground, QStringLiteral("\\1color: palette(window-text)"));
    // What is left is a border's colour.
    out.replace(colour, QStringLiteral("palette(window-text)"));
    return out;
}

} // namespace hub::ui
