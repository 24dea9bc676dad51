#include "LockPage.h"
#include "widgets/Colours.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui {

LockPage::LockPage(const QString &displayName, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lockPage"));
    setAutoFillBackground(true);
    setAttribute(Qt::WA_StyledBackground);

    auto *title = new QLabel(tr("Victims' Hub is locked"));
    title->setObjectName(QStringLiteral("lockTitle"));
    auto font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    // Short lines without word wrap: a wrapped label in a centred box gets cut off.
    auto *why = new QLabel(tr("Locked to keep the records private."));
    why->setAlignment(Qt::AlignCenter);
    auto *who = new QLabel(tr("%1, type your password to go on working.").arg(displayName));
    who->setTextFormat(Qt::PlainText);
    who->setObjectName(QStringLiteral("lockWho"));
    who->setAlignment(Qt::AlignCenter);

    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Password"));
    auto *unlock = new QPushButton(tr("&Unlock"));
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    m_unlock = unlock;
    // For the next person at the desk: nothing typed in an open form is kept.
    m_signOut = new QPushButton(tr("&Sign out / switch user"));
    m_signOut->setObjectName(QStringLiteral("lockSignOutButton"));
    m_signOut->setToolTip(tr("Close this session without unlocking it; what was not saved in "
                             "an open form is lost"));
    m_quit = new QPushButton(tr("&Quit"));
    m_quit->setObjectName(QStringLiteral("lockQuitButton"));
    m_quit->setToolTip(tr("Close Victims' Hub without unlocking it (Ctrl+Q)"));
    connect(m_signOut, &QPushButton::clicked, this, &LockPage::signOutRequested);
    connect(m_quit, &QPushButton::clicked, this, &LockPage::quitRequested);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setAccessibleName(tr("Why the window is still locked"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setStyleSheet(Colours::textStyle(Colours::Tone::Danger));
    m_message->hide();

    auto *box = new QWidget;
    m_password->setMinimumWidth(320);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(title);
    boxLayout->addWidget(why);
    boxLayout->addWidget(who);
    boxLayout->addSpacing(8);
    boxLayout->addWidget(m_message);
    boxLayout->addWidget(m_password);
    boxLayout->addWidget(unlock, 0, Qt::AlignHCenter);
    boxLayout->addSpacing(16);
    auto *leave = new QHBoxLayout;
    leave->addStretch();
    leave->addWidget(m_signOut);
    leave->addWidget(m_quit);
    leave->addStretch();
    boxLayout->addLayout(leave);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    const auto request = [this] {
        Q_EMIT unlockRequested(m_password->text());
    };
    connect(m_password, &QLineEdit::returnPressed, this, request);
    connect(unlock, &QPushButton::clicked, this, request);
    setFocusProxy(m_password);
    m_password->installEventFilter(this);
}

void LockPage::keyPressEvent(QKeyEvent *event)
{
    if (pressButtonFor(event))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

bool LockPage::eventFilter(QObject *watched, QEvent *event)
{
    // Before the password field, which would type the letter of Alt+S.
    if (watched == m_password && event->type() == QEvent::KeyPress &&
        pressButtonFor(static_cast<QKeyEvent *>(event)))
        return true;
    return QWidget::eventFilter(watched, event);
}

bool LockPage::pressButtonFor(const QKeyEvent *event)
{
    // The lock takes every shortcut away from the window behind, so this page's own keys
    // are read here.
    const auto mods = event->modifiers() & (Qt::ControlModifier | Qt::AltModifier);
    QPushButton *button = nullptr;
    if (mods == Qt::AltModifier && event->key() == Qt::Key_U)
        button = m_unlock;
    else if (mods == Qt::AltModifier && event->key() == Qt::Key_S)
        button = m_signOut;
    else if ((mods == Qt::AltModifier || mods == Qt::ControlModifier) && event->key() == Qt::Key_Q)
        button = m_quit;
    if (!button)
        return false;
    button->click();
    return true;
}

void LockPage::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString LockPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace hub::ui
