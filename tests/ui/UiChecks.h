#pragma once

// What a person at a 1366x768 screen, keyboard first, would notice about a window, as lists
// of problems in words (empty when there are none): controls squeezed below their size or
// words cut off; a Tab cycle that traps, skips a control or leaves the window; a focused
// control that does not look focused; two controls on one Alt key, or an Alt key that does
// nothing.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMap>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStatusBar>
#include <QTabBar>
#include <QTextEdit>
#include <QtTest>

namespace hub::test {

inline QString describe(const QWidget *w)
{
    QString text;
    if (const auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    else if (const auto *l = qobject_cast<const QLabel *>(w))
        text = l->text().left(40);
    QString name = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                             : w->objectName();
    return text.isEmpty() ? name : QStringLiteral("%1 \"%2\"").arg(name, text);
}

// Inside a compound control (a combo box's line edit, a spin box's, a view's editor...),
// whose parts are the compound's business.
inline bool isPart(const QWidget *w, const QWidget *window)
{
    for (auto *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QComboBox *>(p) ||
            qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QLineEdit *>(p) ||
            qobject_cast<const QStatusBar *>(p) || qobject_cast<const QTabBar *>(p))
            return true;
    }
    return false;
}

inline QStringList layoutProblems(QWidget *window)
{
    QStringList out;
    const auto widgets = window->findChildren<QWidget *>();
    for (auto *w : widgets) {
        if (!w->isVisibleTo(window) || isPart(w, window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height() + 1)
                    out << QStringLiteral("%1 is cut off: %2 px tall, needs %3")
                               .arg(describe(label))
                               .arg(label->height())
                               .arg(needed);
            } else {
                const QSize hint = label->sizeHint();
                if (hint.width() > label->width() + 1 || hint.height() > label->height() + 1)
                    out << QStringLiteral("%1 is cut off: %2x%3, needs %4x%5")
                               .arg(describe(label))
                               .arg(label->width())
                               .arg(label->height())
                               .arg(hint.width())
                               .arg(hint.height());
            }
            continue;
        }
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                             qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                             qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w);
        const QSize min = w->minimumSizeHint();
        if (control && min.isValid() && (w->width() < min.width() || w->height() < min.height()))
            out << QStringLiteral("%1 is squeezed to %2x%3, below its %4x%5")
                       .arg(describe(w))
                       .arg(w->width())
                       .arg(w->height())
                       .arg(min.width())
                       .arg(min.height());
    }
    return out;
}

// Whether Tab should reach `w`: a visible, enabled tab stop of its own. Of an exclusive set
// of radio buttons Tab reaches one (the checked one); the arrows move within the set.
inline bool isTabStop(const QWidget *w, const QWidget *window)
{
    return w->isVisibleTo(window) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
           !w->focusProxy() && !isPart(w, window);
}

inline QObject *radioSet(const QWidget *w)
{
    const auto *radio = qobject_cast<const QRadioButton *>(w);
    if (!radio)
        return nullptr;
    if (radio->group())
        return radio->group();
    return radio->autoExclusive() ? radio->parent() : nullptr;
}

// Tabs from the focused control round the window: every tab stop once, back to the start,
// each one looking different while it has the focus.
inline QStringList tabProblems(QWidget *window)
{
    QStringList out;
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return {QStringLiteral("the window does not become active")};
    QWidget *start = QApplication::focusWidget();
    if (!start || start->window() != window)
        return {QStringLiteral("nothing in the window has the focus")};
    QList<QWidget *> visited{start};
    QWidget *at = start;
    bool closed = false;
    for (int step = 0; step < 300 && !closed; ++step) {
        QTest::qWait(1);
        const QImage focused = at->grab().toImage();
        QTest::keyClick(at, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (!next || next->window() != window) {
            out << QStringLiteral("Tab from %1 leaves the window").arg(describe(at));
            return out;
        }
        if (next == at) {
            out << QStringLiteral("Tab is trapped in %1").arg(describe(at));
            return out;
        }
        if (at->grab().toImage() == focused)
            out << QStringLiteral("%1 shows no focus").arg(describe(at));
        if (next == start) {
            closed = true;
        } else if (visited.contains(next)) {
            out << QStringLiteral("Tab goes round without coming back to %1 (%2 twice)")
                       .arg(describe(start), describe(next));
            return out;
        } else {
            visited << next;
            at = next;
        }
    }
    if (!closed)
        out << QStringLiteral("Tab never comes back to %1").arg(describe(start));
    QSet<QObject *> radioSets;
    for (auto *w : visited)
        if (auto *set = radioSet(w))
            radioSets.insert(set);
    const auto widgets = window->findChildren<QWidget *>();
    for (auto *w : widgets) {
        if (!isTabStop(w, window) || visited.contains(w))
            continue;
        if (auto *set = radioSet(w); set && radioSets.contains(set))
            continue;
        out << QStringLiteral("Tab never reaches %1").arg(describe(w));
    }
    return out;
}

// The letter after a single '&', lower case; null when there is none.
inline QChar mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

inline QStringList mnemonicProblems(QWidget *window)
{
    QStringList out;
    QMap<QChar, QStringList> keys;
    auto add = [&](const QString &text) {
        if (const QChar key = mnemonicOf(text); !key.isNull())
            keys[key] << QString(text).remove(QLatin1Char('&'));
    };
    const auto widgets = window->findChildren<QWidget *>();
    for (auto *w : widgets) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (mnemonicOf(label->text()).isNull() || label->textFormat() == Qt::RichText)
                continue;
            QWidget *buddy = label->buddy();
            while (buddy && buddy->focusProxy())
                buddy = buddy->focusProxy();
            if (!buddy || buddy->focusPolicy() == Qt::NoFocus)
                out << QStringLiteral("Alt+%1 of %2 does nothing (no buddy that takes the focus)")
                           .arg(mnemonicOf(label->text()).toUpper(), describe(label));
            else if (!buddy->isVisibleTo(window))
                continue;
            add(label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!isPart(button, window))
                add(button->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            add(group->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i));
        }
    }
    if (auto *main = qobject_cast<QMainWindow *>(window); main && main->menuBar()) {
        for (auto *action : main->menuBar()->actions())
            if (action->isVisible())
                add(action->text());
    }
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        if (it.value().size() > 1)
            out << QStringLiteral("Alt+%1 is taken by %2")
                       .arg(QString(it.key()).toUpper(), it.value().join(QStringLiteral(", ")));
    return out;
}

} // namespace hub::test
