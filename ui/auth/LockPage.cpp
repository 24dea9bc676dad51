#include "LockPage.h"

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
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setAccessibleName(tr("Why the window is still locked"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
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
