#pragma once

// A person at the keyboard, for the widget tests: keys go to whatever has the focus, as
// they would on a desk.

#include <QApplication>
#include <QWidget>
#include <QtTest>

#include <functional>

namespace hub::test {

// The widget with the keyboard focus (a window just shown gets it a moment later).
inline QWidget *focused()
{
    if (!QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }, 1000))
        qWarning("nothing has the keyboard focus");
    return QApplication::focusWidget();
}

inline QString focusName()
{
    auto *w = focused();
    return w ? w->objectName() : QString();
}

inline void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), k, modifiers);
}

inline void alt(Qt::Key k)
{
    key(k, Qt::AltModifier);
}

inline void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

// Replaces what the focused box holds: Ctrl+A, then the new text.
inline void retype(const QString &text)
{
    key(Qt::Key_A, Qt::ControlModifier);
    type(text);
}

// Tab (at most `limit` times) until `reached` says the focus is where it should be.
inline bool tabUntil(const std::function<bool(QWidget *)> &reached, int limit = 40)
{
    for (int i = 0; i < limit && !reached(focused()); ++i)
        key(Qt::Key_Tab);
    return reached(focused());
}

// The child of `parent` called `name`, with a warning when there is none.
template <typename T> T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no widget named %s", name);
    return w;
}

} // namespace hub::test
