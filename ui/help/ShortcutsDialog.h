#pragma once

#include <QDialog>

class QLineEdit;
class QMainWindow;
class QTableWidget;

namespace hub::ui {

// Help > Keyboard shortcuts: every key of the main window as it is now (ShortcutCatalog),
// with what it does and where it works, and a box to narrow the list ("Find", Alt+F).
// The keys of each dialog are in the user guide (Alt+G opens it there).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);

    QTableWidget *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();

    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace hub::ui
