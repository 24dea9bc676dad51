#include "ShortcutCatalog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>

#include <algorithm>
#include <tuple>

namespace hub::ui {

namespace {

QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    text.remove(QChar(0x2026)).remove(QStringLiteral("..."));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

// A part of a compound control (a combo box's line edit, a list's editor...): not a key of
// its own.
bool isPart(const QWidget *w, const QWidget *window)
{
    for (auto *p = w->parentWidget(); p && p != window; p = p->parentWidget())
        if (qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QComboBox *>(p) ||
            qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QLineEdit *>(p) ||
            qobject_cast<const QMenuBar *>(p) || qobject_cast<const QMenu *>(p))
            return true;
    return false;
}

// Names the pages of the main window ("pageStack", listed in "navList") and the tabs in
// them, and tells which of them a control needs shown.
class Places
{
public:
    explicit Places(QMainWindow *window) : m_window(window)
    {
        m_stack = window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        m_nav = window->findChild<QListWidget *>(QStringLiteral("navList"));
    }

    // Whether the page holding `w` is listed for this user (a hidden section never shows).
    bool pageListed(const QWidget *w) const
    {
        const int index = pageIndex(w);
        return index < 0 || !m_nav || index >= m_nav->count() || !m_nav->item(index)->isHidden();
    }

    // Whether `w` shows when the pages and tabs it is on are shown.
    bool shownWithItsPage(const QWidget *w) const
    {
        for (auto *x = w; x && x != m_window; x = x->parentWidget())
            if (x->isHidden() && !qobject_cast<const QStackedWidget *>(x->parentWidget()))
                return false;
        return true;
    }

    QList<const QWidget *> scope(const QWidget *w) const
    {
        QList<const QWidget *> out;
        for (auto *x = w; x && x != m_window; x = x->parentWidget())
            if (qobject_cast<const QStackedWidget *>(x->parentWidget()))
                out.prepend(x);
        return out;
    }

    QString where(const QWidget *w) const
    {
        const int index = pageIndex(w);
        if (index < 0)
            return ShortcutCatalog::tr("Anywhere in the window");
        QString text = m_nav && index < m_nav->count() ? m_nav->item(index)->text()
                                                       : ShortcutCatalog::tr("Person record");
        // The tabs on the way, outermost first: "Person record › Contacts".
        QStringList tabs;
        for (auto *x = w; x && x != m_stack; x = x->parentWidget()) {
            const auto *pages = qobject_cast<const QStackedWidget *>(x->parentWidget());
            const auto *tabWidget =
                pages ? qobject_cast<const QTabWidget *>(pages->parentWidget()) : nullptr;
            if (tabWidget && tabWidget->indexOf(const_cast<QWidget *>(x)) >= 0)
                tabs.prepend(
                    plain(tabWidget->tabText(tabWidget->indexOf(const_cast<QWidget *>(x)))));
        }
        for (const auto &tab : tabs)
            text += QStringLiteral(" \u203a ") + tab;
        return text;
    }

    int pageIndex(const QWidget *w) const
    {
        for (auto *x = w; x && m_stack; x = x->parentWidget())
            if (x->parentWidget() == m_stack)
                return m_stack->indexOf(const_cast<QWidget *>(x));
        return -1;
    }

private:
    QMainWindow *m_window;
    QStackedWidget *m_stack = nullptr;
    QListWidget *m_nav = nullptr;
};

QString menuTitle(const QAction *action)
{
    for (auto *object : action->associatedObjects())
        if (auto *menu = qobject_cast<QMenu *>(object))
            return plain(menu->title());
    return {};
}

} // namespace

QString ShortcutCatalog::keyText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

QList<ShortcutCatalog::Entry> ShortcutCatalog::of(QMainWindow *window)
{
    QList<Entry> out;
    const Places places(window);
    const auto widgets = window->findChildren<QWidget *>();
    // Only this window's keys: an open dialog or the guide is a window of its own.

    // Actions: in a menu of the menu bar (the whole window) or on a control of a page.
    QSet<QAction *> actions;
    for (auto *a : window->findChildren<QAction *>())
        actions.insert(a);
    for (auto *a : window->actions())
        actions.insert(a);
    for (auto *w : widgets)
        for (auto *a : w->actions())
            actions.insert(a);
    for (auto *action : std::as_const(actions)) {
        // A key the role does not have (Work for an administrator) is disabled: not listed.
        if (action->shortcuts().isEmpty() || !action->isVisible() || !action->isEnabled())
            continue;
        const QWidget *on = nullptr; // where it works; the window itself for a menu item
        for (auto *object : action->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(object)) {
                if (menu->menuAction()->isVisible() &&
                    menu->menuAction()->associatedObjects().contains(window->menuBar()))
                    on = window;
            } else if (auto *w = qobject_cast<QWidget *>(object);
                       w && (w == window || window->isAncestorOf(w)) &&
                       places.shownWithItsPage(w) && places.pageListed(w) && !on) {
                on = w;
            }
            if (on == window)
                break;
        }
        if (!on)
            continue;
        QString what = plain(action->text());
        if (const auto menu = menuTitle(action); !menu.isEmpty() && !what.isEmpty())
            what = tr("%1 (%2 menu)").arg(what, menu);
        for (const auto &keys : action->shortcuts())
            out.append({keys, what, places.where(on), Kind::Action, places.pageIndex(on),
                        places.scope(on)});
    }

    // Shortcuts of a control (they work while the focus is in it).
    for (auto *shortcut : window->findChildren<QShortcut *>()) {
        auto *on = qobject_cast<QWidget *>(shortcut->parent());
        if (!shortcut->isEnabled() || !on || on->window() != window ||
            !places.shownWithItsPage(on) || !places.pageListed(on))
            continue;
        for (const auto &keys : shortcut->keys())
            out.append({keys, shortcut->whatsThis(), places.where(on), Kind::Shortcut,
                        places.pageIndex(on), places.scope(on)});
    }

    // The menus: Alt and the menu's letter.
    for (auto *menu : window->menuBar()->actions()) {
        const auto keys = QKeySequence::mnemonic(menu->text());
        if (menu->isVisible() && !keys.isEmpty())
            out.append({keys,
                        tr("The %1 menu").arg(plain(menu->text())),
                        places.where(window),
                        Kind::Menu,
                        -1,
                        {}});
    }

    // Alt and the underlined letter of a button, a labelled field, a group or a tab.
    for (auto *w : widgets) {
        // Not a dialog's or the guide's (their own windows), nor a part of a control.
        if (w->window() != window || isPart(w, window) || !places.shownWithItsPage(w) ||
            !places.pageListed(w))
            continue;
        const auto add = [&](const QString &text, const QString &what) {
            const auto keys = QKeySequence::mnemonic(text);
            if (!keys.isEmpty())
                out.append({keys, what, places.where(w), Kind::AltKey, places.pageIndex(w),
                            places.scope(w)});
        };
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            add(button->text(), plain(button->text()));
        } else if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->buddy() && label->textFormat() != Qt::RichText)
                add(label->text(), tr("Go to %1").arg(plain(label->text())));
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            add(group->title(), tr("Go to %1").arg(plain(group->title())));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i), tr("The %1 tab").arg(plain(tabs->tabText(i))));
        }
    }

    // The whole window first, then page by page in the order of the sections; within each,
    // actions before Alt keys, then by key.
    const auto rank = [](const Entry &e) {
        return std::make_tuple(e.page, e.where, e.kind, keyText(e.keys));
    };
    std::stable_sort(out.begin(), out.end(),
                     [&](const Entry &a, const Entry &b) { return rank(a) < rank(b); });
    return out;
}

QStringList ShortcutCatalog::clashes(const QList<Entry> &entries)
{
    const auto holds = [](const QList<const QWidget *> &outer,
                          const QList<const QWidget *> &inner) {
        return outer.size() <= inner.size() &&
               std::equal(outer.cbegin(), outer.cend(), inner.cbegin());
    };
    QStringList out;
    for (int i = 0; i < entries.size(); ++i) {
        for (int j = i + 1; j < entries.size(); ++j) {
            const auto &a = entries.at(i);
            const auto &b = entries.at(j);
            if (a.keys != b.keys || !(holds(a.scope, b.scope) || holds(b.scope, a.scope)))
                continue;
            out << QStringLiteral("%1: %2 (%3), %4 (%5)")
                       .arg(keyText(a.keys), a.what, a.where, b.what, b.where);
        }
    }
    return out;
}

} // namespace hub::ui
