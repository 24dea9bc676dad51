#include "EmptyState.h"
#include "widgets/Colours.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hub::ui {

EmptyState::EmptyState(const QString &title, const QString &text, QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("emptyTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setStyleSheet(Colours::textStyle(Colours::Tone::Ink));

    m_text = new QLabel(text, this);
    m_text->setObjectName(QStringLiteral("emptyText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setStyleSheet(Colours::textStyle(Colours::Tone::Muted));

    setAccessibleName(title);
    setAccessibleDescription(text);

    // A column 540 wide, or narrower in a narrow panel (wrapped labels need a width to know
    // their height; a fixed one would be cut off in the side panel).
    auto *column = new QWidget(this);
    column->setMaximumWidth(540);
    auto *inner = new QVBoxLayout(column);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->setSpacing(10);
    inner->addWidget(m_title);
    inner->addWidget(m_text);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 12);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

} // namespace hub::ui
