#include "FormDialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace hub::ui {

FormDialog::FormDialog(QWidget *parent) : QDialog(parent), m_errors(this) {}

void FormDialog::setUnsavedQuestion(const QString &title, const QString &question)
{
    m_unsavedTitle = title;
    m_unsavedQuestion = question;
}

void FormDialog::reject()
{
    if (hasUnsavedChanges()) {
        // Each answer has its own Alt key (the platform's texts have none).
        QMessageBox box(QMessageBox::Question, m_unsavedTitle, m_unsavedQuestion,
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedQuestion"));
        box.button(QMessageBox::Save)->setText(tr("&Save"));
        box.button(QMessageBox::Discard)->setText(tr("&Discard"));
        box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
        box.setDefaultButton(QMessageBox::Save);
        box.setEscapeButton(QMessageBox::Cancel);
        const auto answer = QMessageBox::StandardButton(box.exec());
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            save();
            return;
        }
    }
    QDialog::reject();
}

} // namespace hub::ui
