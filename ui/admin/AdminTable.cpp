#include "AdminTable.h"

#include "AdminForms.h"
#include "widgets/FieldErrors.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hub::ui {

QTableWidget *adminTable(const char *objectName, const QString &accessibleName,
                         const QStringList &headers, QWidget *parent)
{
    // The Administration section's table, with columns sized to their contents here.
    auto *view = admin::table(QString::fromLatin1(objectName), accessibleName, headers, parent);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return view;
}

QPushButton *adminButton(const QString &text, const char *objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    return button;
}

AdminForm::AdminForm(QWidget *page, const char *readOnlyName)
    : errors(std::make_unique<FieldErrors>(page)), readOnly(new QLabel(page))
{
    page->setStyleSheet(FieldErrors::styleSheet());
    errors->setUnplaced(FieldErrors::Unplaced::MessageOnly);
    errors->setNotSaved(QCoreApplication::translate("hub::ui::AdminForm", "Nothing was changed"));
    readOnly->setObjectName(QString::fromLatin1(readOnlyName));
    readOnly->setWordWrap(true);
    readOnly->hide();
}

AdminForm::~AdminForm() = default;

void AdminForm::layOut(QWidget *page, QLayout *list, const QString &title,
                       const QList<Field> &fields, const QList<QPushButton *> &buttons,
                       const QString &help)
{
    auto *box = new QGroupBox(title, page);
    box->setMaximumWidth(460);
    auto *form = new QFormLayout(box);
    for (const auto &f : fields)
        errors->addRow(form, f.name, f.label, f.editor);
    auto *row = new QHBoxLayout;
    for (auto *b : buttons)
        row->addWidget(b);
    form->addRow(row);
    auto *words = new QLabel(help, box);
    words->setWordWrap(true);
    form->addRow(words);
    auto *columns = new QHBoxLayout;
    columns->addLayout(list, 1);
    columns->addWidget(box, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(readOnly);
    layout->addWidget(errors->summaryLabel());
    layout->addLayout(columns, 1);
}

void AdminForm::readOnlyFor(const QList<QWidget *> &fields, const QList<QPushButton *> &buttons,
                            const QString &why)
{
    for (auto *f : fields)
        f->setEnabled(false);
    for (auto *b : buttons) {
        b->setEnabled(false);
        b->setToolTip(why);
        b->setAccessibleDescription(why);
    }
    readOnly->setText(why);
    readOnly->show();
}

} // namespace hub::ui
