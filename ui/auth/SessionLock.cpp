#include "SessionLock.h"

#include "AuthWords.h"
#include "LockPage.h"
#include "services/AuthService.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>

#include <algorithm>

namespace hub::ui {

namespace {
bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::ContextMenu:
        return true;
    default:
        return false;
    }
}
} // namespace

SessionLock::SessionLock(QMainWindow *window, services::AuthService &auth, const QString &username,
                         const QString &displayName, const QString &workstation)
    : QObject(window), m_window(window), m_auth(auth), m_username(username),
      m_displayName(displayName.isEmpty() ? username : displayName), m_workstation(workstation)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(configuredMinutes() * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &SessionLock::lock);

    m_lockAction = new QAction(tr("&Lock now"), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    m_lockAction->setStatusTip(tr("Hide the records until you type your password again"));
    connect(m_lockAction, &QAction::triggered, this, &SessionLock::lock);
    window->addAction(m_lockAction);
    if (auto *file = window->findChild<QMenu *>(QStringLiteral("fileMenu"))) {
        const auto actions = file->actions();
        file->insertAction(actions.isEmpty() ? nullptr : actions.last(), m_lockAction);
        file->insertSeparator(actions.isEmpty() ? nullptr : actions.last());
    }

    qApp->installEventFilter(this);
    m_timer.start();
}

SessionLock::~SessionLock()
{
    qApp->removeEventFilter(this);
}

int SessionLock::configuredMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(QStringLiteral("security/lockMinutes"), 10).toInt(&ok);
    return ok ? std::clamp(minutes, 1, 60) : 10;
}

int SessionLock::configuredMinutes(std::optional<int> hubMinutes)
{
    if (!hubMinutes)
        return configuredMinutes();
    const int hub = std::clamp(*hubMinutes, 1, 60);
    bool ok = false;
    const int desk = QSettings().value(QStringLiteral("security/lockMinutes"), hub).toInt(&ok);
    return ok ? std::clamp(desk, 1, hub) : hub;
}

void SessionLock::setHubMinutes(std::optional<int> hubMinutes)
{
    setLockTimeout(configuredMinutes(hubMinutes) * 60 * 1000);
}

void SessionLock::setLockTimeout(int ms)
{
    m_timer.setInterval(std::max(1, ms));
    if (!isLocked())
        m_timer.start();
}

LockPage *SessionLock::lockPage() const
{
    for (const auto &c : m_covered)
        if (c.window == m_window)
            return c.page;
    return nullptr;
}

void SessionLock::lock()
{
    if (isLocked() || !m_window)
        return;
    m_timer.stop();
    while (auto *popup = QApplication::activePopupWidget())
        popup->close();
    // The main window first, then the dialogs over it; the last one covered gets the focus.
    cover(m_window);
    const auto windows = QApplication::topLevelWidgets();
    for (auto *w : windows) {
        const auto type = w->windowType();
        if (w != m_window && w->isVisible() && (type == Qt::Window || type == Qt::Dialog))
            cover(w);
    }
    auto *modal = QApplication::activeModalWidget();
    for (const auto &c : m_covered) {
        if (c.page && (c.window == modal || (!modal && c.window == m_window)))
            c.page->passwordEdit()->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT lockedChanged(true);
}

void SessionLock::cover(QWidget *window)
{
    Covered c;
    c.window = window;
    c.focus = window->focusWidget();
    c.title = window->windowTitle();
    for (auto *child : window->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        // Hiding a dialog would end it and lose what was typed: dialogs are covered instead.
        if (child->isHidden() || qobject_cast<QDialog *>(child))
            continue;
        child->hide();
        c.hidden << child;
    }
    c.page = new LockPage(m_displayName, window);
    c.page->setGeometry(window->rect());
    c.page->show();
    c.page->raise();
    connect(c.page, &LockPage::unlockRequested, this, &SessionLock::unlock);
    connect(c.page, &LockPage::signOutRequested, this, &SessionLock::signOutRequested);
    connect(c.page, &LockPage::quitRequested, this, &SessionLock::quitRequested);
    if (window != m_window)
        window->setWindowTitle(tr("Victims' Hub is locked"));
    window->installEventFilter(this);
    m_covered << c;
}

bool SessionLock::unlock(const QString &password)
{
    if (!isLocked())
        return true;
    auto result = m_auth.login(m_username, password, m_workstation);
    if (!result.ok()) {
        const auto message = services::AuthService::isPasswordChangeRequired(result.error())
                                 ? tr("Your password was reset; sign in again to choose a new one.")
                                 : asSentence(result.error().message);
        for (const auto &c : m_covered) {
            if (c.page) {
                c.page->setMessage(message);
                c.page->passwordEdit()->clear();
            }
        }
        return false;
    }
    const auto covered = m_covered;
    m_covered.clear();
    for (auto it = covered.crbegin(); it != covered.crend(); ++it) {
        if (it->window)
            it->window->removeEventFilter(this);
        // Not deleted at once: the unlock may come from a key press inside the page.
        if (it->page) {
            it->page->hide();
            it->page->deleteLater();
        }
        for (const auto &w : it->hidden)
            if (w)
                w->show();
        if (it->window && it->window != m_window)
            it->window->setWindowTitle(it->title);
        if (it->focus)
            it->focus->setFocus(Qt::OtherFocusReason);
    }
    m_timer.start();
    Q_EMIT lockedChanged(false);
    return true;
}

bool SessionLock::isInsideLockPage(QObject *object) const
{
    for (auto *o = object; o; o = o->parent())
        if (qobject_cast<LockPage *>(o))
            return true;
    return false;
}

bool SessionLock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && isLocked()) {
        for (const auto &c : m_covered)
            if (c.window == watched && c.page)
                c.page->setGeometry(c.window->rect());
    }
    if (!isInput(event->type()))
        return QObject::eventFilter(watched, event);
    if (!isLocked()) {
        m_timer.start();
        return false;
    }
    // Locked: no shortcut of the window behind may run, and nothing but the lock pages
    // takes input.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    return watched->isWidgetType() && !isInsideLockPage(watched) &&
           event->type() != QEvent::MouseMove;
}

} // namespace hub::ui
