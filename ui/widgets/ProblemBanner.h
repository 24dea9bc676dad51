#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace hub::ui {

// The banner a page shows above its list when something went wrong (the inbox could not be
// read, a file could not be previewed): dark red on pale red, wrapped, named "Problem" for
// screen readers, hidden until the page sets its text and shows it.
QLabel *makeProblemBanner(const QString &objectName, QWidget *parent);

} // namespace hub::ui
