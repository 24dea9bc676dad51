#include "ContextHelp.h"

#include "HelpWindow.h"
#include "MainWindow.h"
#include "auth/LockPage.h"

#include <QApplication>
#include <QKeyEvent>
#include <QStackedWidget>
#include <QTabWidget>

#include <iterator>

namespace hub::ui {

namespace {
const char *const kAnchorProperty = "helpAnchor";

// Screen -> section of docs/USER_GUIDE.md. A screen not listed takes the section of the
// screen it is on (a control on a page, a message box over a dialog).
constexpr ContextHelp::Topic kTopics[] = {
    {"hub::ui::SignInDialog", "signing-in"},
    {"hub::ui::FirstRunWizard", "signing-in"},
    {"hub::ui::ChangePasswordDialog", "choosing-a-new-password"},
    {"hub::ui::LockPage", "the-lock"},
    {"hub::ui::MainWindow", "the-window"},
    {"hub::ui::CaseloadSection", "my-caseload"},
    {"hub::ui::MyCaseloadPage", "my-caseload"},
    {"hub::ui::CaseloadPage", "my-caseload"},
    {"hub::ui::MyTasksPanel", "tasks"},
    {"hub::ui::TaskDialog", "tasks"},
    {"hub::ui::InboxPage", "the-referral-inbox-and-the-victims-code-clock"},
    {"hub::ui::ColleagueDialog", "the-referral-inbox-and-the-victims-code-clock"},
    {"hub::ui::IntakeDialog", "entering-a-referral-intake"},
    {"hub::ui::TriageDialog", "triage"},
    {"hub::ui::ImportWizard", "importing-referrals-from-a-file"},
    {"hub::ui::SearchPage", "search"},
    {"hub::ui::PersonPickerDialog", "logging-a-contact"},
    {"hub::ui::PersonView", "the-person-record"},
    {"hub::ui::PersonEditDialog", "the-person-record"},
    {"hub::ui::LogContactDialog", "logging-a-contact"},
    {"hub::ui::EpisodePane", "support-episodes"},
    {"hub::ui::ClosureRequestDialog", "support-episodes"},
    {"hub::ui::SupervisorPage", "for-supervisors"},
    {"hub::ui::ReassignDialog", "for-supervisors"},
    {"hub::ui::PriorityDialog", "for-supervisors"},
    {"hub::ui::ClosureReviewDialog", "approving-or-returning-a-closure"},
    {"hub::ui::ReportsPage", "reports"},
    {"hub::ui::AdminPage", "administration"},
    {"hub::ui::AuditPage", "audit-trail"},
    {"hub::ui::UsersPage", "users"},
    {"hub::ui::ErasurePage", "erasure-and-retention"},
    {"hub::ui::EraseDialog", "erasure-and-retention"},
    {"hub::ui::SyncSettingsDialog", "syncing-with-the-hub"},
    {"hub::ui::ConflictReviewDialog", "syncing-with-the-hub"},
    {"hub::ui::HelpWindow", "getting-help"},
    {"hub::ui::ShortcutsDialog", "keyboard-shortcuts"},
};
} // namespace

void ContextHelp::install()
{
    if (!qApp || qApp->findChild<ContextHelp *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new ContextHelp(qApp));
}

QList<ContextHelp::Topic> ContextHelp::topics()
{
    return {std::begin(kTopics), std::end(kTopics)};
}

void ContextHelp::setAnchor(QWidget *widget, const QString &anchor)
{
    widget->setProperty(kAnchorProperty, anchor);
}

QString ContextHelp::ownAnchor(const QWidget *widget)
{
    if (const auto own = widget->property(kAnchorProperty).toString(); !own.isEmpty())
        return own;
    const char *screen = widget->metaObject()->className();
    for (const auto &topic : kTopics)
        if (qstrcmp(topic.screen, screen) == 0)
            return QString::fromLatin1(topic.anchor);
    return {};
}

QString ContextHelp::anchorFor(const QWidget *widget)
{
    for (const auto *w = widget; w; w = w->parentWidget()) {
        if (const auto *main = qobject_cast<const MainWindow *>(w)) {
            // The focus is outside the pages (the sections, the search box): the page shown,
            // and on a page with tabs the tab shown.
            const auto *stack = main->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
            const QWidget *page = stack ? stack->currentWidget() : nullptr;
            if (const auto *tabs = page ? page->findChild<QTabWidget *>() : nullptr;
                tabs && tabs->currentWidget())
                page = tabs->currentWidget();
            for (const auto *p = page; p && p != main; p = p->parentWidget())
                if (const auto anchor = ownAnchor(p); !anchor.isEmpty())
                    return anchor;
        }
        if (const auto anchor = ownAnchor(w); !anchor.isEmpty())
            return anchor;
    }
    return {};
}

QWidget *ContextHelp::ownerFor(QWidget *widget)
{
    for (auto *w = widget; w; w = w->parentWidget()) {
        // Over the lock only the lock page takes the keyboard: the guide opens over it (and
        // shows nothing but the guide).
        if (qobject_cast<LockPage *>(w))
            return w;
        // F1 in the guide itself: it stays where it is.
        if (qobject_cast<HelpWindow *>(w))
            return w->parentWidget();
    }
    // A window behind a modal dialog takes no keys: the guide opens over the dialog.
    if (auto *modal = QApplication::activeModalWidget())
        return modal;
    return widget ? widget->window() : nullptr;
}

HelpWindow *ContextHelp::showFor(QWidget *widget)
{
    if (!widget)
        widget = QApplication::focusWidget();
    if (!widget)
        widget = QApplication::activeWindow();
    return HelpWindow::showAt(anchorFor(widget), ownerFor(widget));
}

bool ContextHelp::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && watched->isWidgetType()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F1 &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            showFor(static_cast<QWidget *>(watched));
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hub::ui
