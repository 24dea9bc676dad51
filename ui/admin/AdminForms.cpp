#include "AdminForms.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hub::ui::admin {

QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QLineEdit *secretEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = lineEdit(objectName, accessibleName, parent);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QWidget *pair(QWidget *field, QWidget *button, QWidget *parent)
{
    auto *both = new QWidget(parent);
    auto *row = new QHBoxLayout(both);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(field, 1);
    row->addWidget(button);
    // The form label's Alt key reaches the field, not the pair.
    both->setFocusProxy(field);
    return both;
}

QWidget *withChooser(QLineEdit *edit, const QString &buttonText, const QString &accessibleName,
                     const std::function<void()> &choose, QWidget *parent)
{
    auto *button = new QPushButton(buttonText, parent);
    button->setObjectName(edit->objectName() + QStringLiteral("Choose"));
    button->setAccessibleName(accessibleName);
    QObject::connect(button, &QPushButton::clicked, button, [choose] { choose(); });
    return pair(edit, button, parent);
}

QProgressBar *progressBar(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setAccessibleName(accessibleName);
    bar->hide();
    return bar;
}

QLabel *statusLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setStatus(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setProperty("role", error ? QStringLiteral("fieldError") : QString());
    label->style()->unpolish(label);
    label->style()->polish(label);
}

void addRow(QFormLayout *form, const QString &label, QWidget *buddy, QWidget *field)
{
    auto *caption = new QLabel(label, buddy->parentWidget());
    caption->setBuddy(buddy);
    form->addRow(caption, field ? field : buddy);
}

void layOutJob(QWidget *box, QFormLayout *form, QPushButton *button, QProgressBar *bar,
               QLabel *status)
{
    auto *actions = new QHBoxLayout;
    actions->addWidget(button);
    actions->addWidget(bar, 1);
    actions->addStretch(); // the button keeps its size while the bar is hidden
    auto *column = new QVBoxLayout(box);
    column->addLayout(form);
    column->addLayout(actions);
    column->addWidget(status);
}

QTableWidget *table(const QString &objectName, const QString &accessibleName,
                    const QStringList &headers, QWidget *parent)
{
    auto *view = new QTableWidget(0, int(headers.size()), parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setHorizontalHeaderLabels(headers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace hub::ui::admin
