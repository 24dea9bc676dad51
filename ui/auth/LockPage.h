#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace hub::ui {

// What a locked window shows instead of its content: who is signed in and a password field.
// Covers the whole window it is put on.
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

private:
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace hub::ui
