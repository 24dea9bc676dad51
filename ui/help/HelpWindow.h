#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QLineEdit;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;

namespace hub::ui {

class GuideBrowser;

// The user guide inside the app: Contents on the left, the guide on the right, Back and
// Forward (Alt+Left, Alt+Right), Start of the guide (Alt+Home) and Find in the guide
// (Ctrl+F, then Enter / F3 for the next match, Shift+Enter / Shift+F3 for the one before,
// Esc to stop). Usable from the keyboard alone: Tab goes Contents -> guide -> find bar,
// arrows in Contents move through the guide, Enter there goes to the section. Remembers
// its size. One for the application (help/ContextHelp.h opens it with F1).
class HelpWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Shows the guide at `anchor` (the start when empty) in the help window, made first if
    // there is none, over `owner`: the window it belongs to and stays in front of (a modal
    // dialog's help must be its child to take the keyboard).
    static HelpWindow *showAt(const QString &anchor, QWidget *owner);
    // The open help window, or nullptr.
    static HelpWindow *instance();

    ~HelpWindow() override;

    GuideBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }
    QLineEdit *findEdit() const { return m_findEdit; }
    // The section asked for last: the anchor of the address shown.
    QString anchor() const;
    // "3 of 12", "Not found" or nothing: what the find bar says.
    QString findStatus() const;

public Q_SLOTS:
    void showAnchor(const QString &anchor);
    void startFind();
    void findNext();
    void findPrevious();
    void stopFind();

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit HelpWindow(QWidget *owner);
    void moveTo(QWidget *owner);
    void buildContents();
    void followScroll();
    void find(bool backward, bool fromSelectionStart);
    void markMatches();
    void saveLayout();

    GuideBrowser *m_browser = nullptr;
    QTreeWidget *m_contents = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findStatus = nullptr;
    QPointer<QWidget> m_owner;
};

} // namespace hub::ui
