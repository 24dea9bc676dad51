#include "HelpWindow.h"

#include "GuideBrowser.h"
#include "UiSettings.h"
#include "widgets/FocusRing.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTextDocument>
#include <QToolBar>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
QPointer<HelpWindow> g_instance;
// Enough matches to count for any word of the guide; beyond it the count says "more than".
constexpr int kMaxMatches = 2000;
const QColor kMatch(0xff, 0xe5, 0x8a);
const QColor kCurrentMatch(0xf5, 0xb0, 0x41);

QString withKeys(const QString &text, const QKeySequence &keys)
{
    return QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}
} // namespace

HelpWindow *HelpWindow::instance()
{
    return g_instance;
}

HelpWindow *HelpWindow::showAt(const QString &anchor, QWidget *owner)
{
    // A help window hidden behind the lock (SessionLock covers every window) is not reused.
    if (g_instance && g_instance->centralWidget()->isHidden())
        g_instance = nullptr;
    if (!g_instance)
        g_instance = new HelpWindow(owner);
    else
        g_instance->moveTo(owner);
    g_instance->show();
    g_instance->raise();
    g_instance->activateWindow();
    g_instance->showAnchor(anchor);
    return g_instance;
}

HelpWindow::HelpWindow(QWidget *owner) : QMainWindow(owner, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    FocusRing::install();
    setWindowTitle(tr("User guide \u2014 Victims' Hub"));
    setAccessibleName(tr("User guide"));

    m_browser = new GuideBrowser(this);
    m_browser->setAccessibleName(tr("User guide text"));
    m_browser->setStyleSheet(FocusRing::framedStyle("QTextBrowser"));

    m_contents = new QTreeWidget(this);
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setHeaderHidden(true);
    m_contents->setRootIsDecorated(false);
    m_contents->setIndentation(14);
    m_contents->setStyleSheet(FocusRing::framedStyle("QTreeWidget"));
    auto *contentsLabel = new QLabel(tr("&Contents"), this);
    contentsLabel->setBuddy(m_contents);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 0, 8);
    leftLayout->addWidget(contentsLabel);
    leftLayout->addWidget(m_contents, 1);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("helpSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_browser);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 740});

    // Find in the guide: hidden until Ctrl+F.
    m_findBar = new QWidget(this);
    m_findBar->setObjectName(QStringLiteral("helpFindBar"));
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(QStringLiteral("helpFindEdit"));
    m_findEdit->setAccessibleName(tr("Find in the guide"));
    m_findEdit->setPlaceholderText(tr("Words to find"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setMinimumWidth(260);
    m_findEdit->installEventFilter(this);
    auto *findLabel = new QLabel(tr("F&ind in the guide:"), m_findBar);
    findLabel->setBuddy(m_findEdit);
    auto *previous = new QPushButton(tr("&Previous"), m_findBar);
    previous->setObjectName(QStringLiteral("helpFindPrevious"));
    previous->setToolTip(tr("The match before (Shift+Enter, Shift+F3)"));
    auto *next = new QPushButton(tr("&Next"), m_findBar);
    next->setObjectName(QStringLiteral("helpFindNext"));
    next->setToolTip(tr("The next match (Enter, F3)"));
    m_findStatus = new QLabel(m_findBar);
    m_findStatus->setObjectName(QStringLiteral("helpFindStatus"));
    auto *done = new QPushButton(tr("&Done"), m_findBar);
    done->setObjectName(QStringLiteral("helpFindDone"));
    done->setToolTip(tr("Stop finding (Esc)"));
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(8, 4, 8, 8);
    findLayout->addWidget(findLabel);
    findLayout->addWidget(m_findEdit);
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    findLayout->addWidget(m_findStatus);
    findLayout->addStretch(1);
    findLayout->addWidget(done);
    m_findBar->hide();
    connect(m_findEdit, &QLineEdit::textEdited, this, [this] { find(false, true); });
    connect(m_findEdit, &QLineEdit::returnPressed, this, &HelpWindow::findNext);
    connect(previous, &QPushButton::clicked, this, &HelpWindow::findPrevious);
    connect(next, &QPushButton::clicked, this, &HelpWindow::findNext);
    connect(done, &QPushButton::clicked, this, &HelpWindow::stopFind);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);
    setTabOrder(m_contents, m_browser);

    // The window's keys, as actions (Help > Keyboard shortcuts lists them from here).
    auto *bar = addToolBar(tr("Guide"));
    bar->setObjectName(QStringLiteral("helpToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setEnabled(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto action = [this](const char *name, const QString &text, const QKeySequence &keys,
                               auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(keys);
        a->setToolTip(withKeys(text, keys));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    auto *back = action("helpBackAction", tr("Back"), QKeySequence(Qt::ALT | Qt::Key_Left),
                        [this] { m_browser->backward(); });
    back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    back->setEnabled(false);
    auto *forward = action("helpForwardAction", tr("Forward"),
                           QKeySequence(Qt::ALT | Qt::Key_Right), [this] { m_browser->forward(); });
    forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    forward->setEnabled(false);
    auto *home = action("helpHomeAction", tr("Start of the guide"),
                        QKeySequence(Qt::ALT | Qt::Key_Home), [this] { showAnchor(QString()); });
    home->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    auto *findAction = action("helpFindAction", tr("Find in the guide\u2026"),
                              QKeySequence(Qt::CTRL | Qt::Key_F), &HelpWindow::startFind);
    action("helpFindNextAction", tr("Next match"), QKeySequence(Qt::Key_F3), &HelpWindow::findNext);
    action("helpFindPreviousAction", tr("Match before"), QKeySequence(Qt::SHIFT | Qt::Key_F3),
           &HelpWindow::findPrevious);
    action("helpCloseAction", tr("Close the guide"), QKeySequence(Qt::CTRL | Qt::Key_W),
           &QWidget::close);
    bar->addAction(back);
    bar->addAction(forward);
    bar->addAction(home);
    bar->addSeparator();
    bar->addAction(findAction);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);

    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::followScroll);
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &HelpWindow::followScroll);
    // Arrows in Contents move through the guide; Enter (or a click) goes there.
    connect(m_contents, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && m_contents->hasFocus())
            m_browser->scrollToAnchor(item->data(0, Qt::UserRole).toString());
    });
    connect(m_contents, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        showAnchor(item->data(0, Qt::UserRole).toString());
        m_browser->setFocus(Qt::OtherFocusReason);
    });
    connect(m_contents, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { showAnchor(item->data(0, Qt::UserRole).toString()); });

    UiSettings settings;
    if (!restoreGeometry(settings.helpLayout(QStringLiteral("geometry"))))
        resize(1040, 680);
    m_splitter->restoreState(settings.helpLayout(QStringLiteral("splitter")));
    moveTo(owner);
}

HelpWindow::~HelpWindow()
{
    saveLayout();
}

void HelpWindow::moveTo(QWidget *owner)
{
    if (m_owner)
        m_owner->removeEventFilter(this);
    if (parentWidget() != owner) {
        const QRect geometry = this->geometry();
        setParent(owner, Qt::Window);
        setGeometry(geometry);
    }
    m_owner = owner;
    if (owner)
        owner->installEventFilter(this);
}

QString HelpWindow::anchor() const
{
    return m_browser->source().fragment();
}

QString HelpWindow::findStatus() const
{
    return m_findBar->isVisible() ? m_findStatus->text() : QString();
}

void HelpWindow::showAnchor(const QString &anchor)
{
    m_browser->setSource(GuideBrowser::guideUrl(anchor), QTextDocument::MarkdownResource);
    if (anchor.isEmpty())
        m_browser->verticalScrollBar()->setValue(0);
    // Contents are made once the guide is loaded (its headings named).
    if (m_contents->topLevelItemCount() == 0)
        buildContents();
    if (!m_contents->hasFocus() && !m_findEdit->hasFocus())
        m_browser->setFocus(Qt::OtherFocusReason);
}

void HelpWindow::buildContents()
{
    m_contents->clear();
    QTreeWidgetItem *section = nullptr;
    for (const auto &heading : m_browser->headings()) {
        // The title (level 1) is the guide itself; deeper than level 3 is detail.
        if (heading.level < 2 || heading.level > 3)
            continue;
        QTreeWidgetItem *item = nullptr;
        if (heading.level == 2 || !section)
            item = section = new QTreeWidgetItem(m_contents, {heading.text});
        else
            item = new QTreeWidgetItem(section, {heading.text});
        item->setData(0, Qt::UserRole, heading.anchor);
        item->setToolTip(0, heading.text);
    }
    m_contents->expandAll();
}

void HelpWindow::followScroll()
{
    // While someone moves through Contents, Contents leads.
    if (m_contents->hasFocus())
        return;
    const auto anchor = m_browser->anchorAtTop();
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == anchor) {
            const QSignalBlocker block(m_contents);
            m_contents->setCurrentItem(*it);
            m_contents->scrollToItem(*it);
            return;
        }
    }
}

void HelpWindow::startFind()
{
    m_findBar->show();
    setTabOrder(m_browser, m_findEdit);
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
    if (!m_findEdit->text().isEmpty())
        markMatches();
}

void HelpWindow::stopFind()
{
    m_findBar->hide();
    m_browser->setExtraSelections({});
    m_browser->setFocus(Qt::OtherFocusReason);
}

void HelpWindow::findNext()
{
    if (!m_findBar->isVisible())
        startFind();
    find(false, false);
}

void HelpWindow::findPrevious()
{
    if (!m_findBar->isVisible())
        startFind();
    find(true, false);
}

void HelpWindow::find(bool backward, bool fromSelectionStart)
{
    const auto text = m_findEdit->text();
    if (text.isEmpty()) {
        m_browser->setExtraSelections({});
        m_findStatus->clear();
        return;
    }
    auto *doc = m_browser->document();
    QTextCursor from = m_browser->textCursor();
    if (fromSelectionStart)
        from.setPosition(from.selectionStart());
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextCursor found = doc->find(text, from, flags);
    if (found.isNull()) {
        // Round again from the other end.
        QTextCursor end(doc);
        if (backward)
            end.movePosition(QTextCursor::End);
        found = doc->find(text, end, flags);
    }
    if (!found.isNull()) {
        m_browser->setTextCursor(found);
        m_browser->ensureCursorVisible();
    }
    markMatches();
}

void HelpWindow::markMatches()
{
    const auto text = m_findEdit->text();
    auto *doc = m_browser->document();
    const QTextCursor current = m_browser->textCursor();
    QList<QTextEdit::ExtraSelection> marks;
    int index = 0;
    QTextCursor at(doc);
    while (marks.size() < kMaxMatches) {
        at = doc->find(text, at);
        if (at.isNull())
            break;
        QTextEdit::ExtraSelection mark;
        mark.cursor = at;
        const bool isCurrent = current.hasSelection() &&
                               at.selectionStart() == current.selectionStart() &&
                               at.selectionEnd() == current.selectionEnd();
        mark.format.setBackground(isCurrent ? kCurrentMatch : kMatch);
        mark.format.setForeground(Qt::black);
        marks << mark;
        if (isCurrent)
            index = int(marks.size());
    }
    m_browser->setExtraSelections(marks);
    const int count = int(marks.size());
    if (count == 0)
        m_findStatus->setText(tr("Not found"));
    else if (index > 0)
        m_findStatus->setText(tr("%1 of %2").arg(index).arg(count));
    else
        m_findStatus->setText(tr("%n match(es)", nullptr, count));
    m_findStatus->setStyleSheet(count == 0 ? QStringLiteral("color: #b00020;") : QString());
}

bool HelpWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    // The window this one belongs to goes (a dialog closes, the lock page is unlocked): the
    // guide stays open over the window behind it; with nothing behind, it closes. (Only when
    // the program hides it: a minimised window says so too.)
    if (watched == m_owner && event->type() == QEvent::Hide && !event->spontaneous()) {
        QWidget *behind = m_owner->parentWidget() ? m_owner->parentWidget()->window() : nullptr;
        const bool open = isVisible();
        if (behind) {
            moveTo(behind);
            if (open)
                show();
        } else {
            close();
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void HelpWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        if (m_findBar->isVisible())
            stopFind();
        else
            close();
        return;
    }
    // Over the lock (help/ContextHelp.h) no shortcut runs: the keys arrive here instead.
    const QKeySequence pressed(event->keyCombination());
    for (auto *action : actions()) {
        if (action->isEnabled() && action->shortcuts().contains(pressed)) {
            action->trigger();
            return;
        }
    }
    QMainWindow::keyPressEvent(event);
}

void HelpWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
    // The keyboard goes back to the window the guide was opened from.
    if (event->isAccepted() && m_owner && m_owner->isVisible())
        m_owner->activateWindow();
}

void HelpWindow::saveLayout()
{
    UiSettings settings;
    settings.setHelpLayout(QStringLiteral("geometry"), saveGeometry());
    settings.setHelpLayout(QStringLiteral("splitter"), m_splitter->saveState());
}

} // namespace hub::ui
