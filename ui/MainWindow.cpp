#include "MainWindow.h"

namespace hub::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Victims' Hub"));
}

} // namespace hub::ui
