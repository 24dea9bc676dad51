#pragma once

#include <QWidget>

class QLabel;

namespace hub::ui {

// A friendly page that says what will appear here, for sections still to come and for
// lists with nothing to show.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    EmptyState(const QString &title, const QString &text, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);
    QString title() const;
    QString text() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace hub::ui
