#pragma once

#include <QMainWindow>

namespace hub::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace hub::ui
