#include "FormDialog.h"

#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QMessageBox>

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
        const auto answer = QMessageBox::question(
            this, m_unsavedTitle, m_unsavedQuestion,
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            save();
            return;
        }
    }
    QDialog::reject();
}

void FormDialog::tabLeaves(QDateTimeEdit *edit)
{
    m_tabLeaves.insert(edit);
    edit->installEventFilter(this);
}

bool FormDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && m_tabLeaves.contains(watched)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            focusNextPrevChild(key->key() == Qt::Key_Tab &&
                               !key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace hub::ui
