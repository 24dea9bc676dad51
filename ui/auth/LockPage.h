#pragma once

#include <QWidget>

class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hub::ui {

// What a locked window shows instead of its content: who is signed in, a password field,
// and Sign out / Quit for when someone else needs the desk (neither shows anything of what
// is behind the lock). Covers the whole window it is put on. Alt+U, Alt+S, Alt+Q and
// Ctrl+Q work here although the window's own shortcuts do not while it is locked.
class LockPage : public QWidget
{
    Q_OBJECT

public:
    explicit LockPage(const QString &displayName, QWidget *parent = nullptr);

    QLineEdit *passwordEdit() const { return m_password; }
    void setMessage(const QString &message);
    QString message() const;

Q_SIGNALS:
    void unlockRequested(const QString &password);
    void signOutRequested();
    void quitRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Alt+U, Alt+S, Alt+Q or Ctrl+Q: clicks the button and returns true.
    bool pressButtonFor(const QKeyEvent *event);

    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_signOut = nullptr;
    QPushButton *m_quit = nullptr;
};

} // namespace hub::ui
