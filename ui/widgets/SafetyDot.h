#pragma once

#include <QIcon>

namespace hub::ui {

// The red dot beside the name of someone with safety-of-contact limits in a list; the others
// get a blank of the same size so that the names line up. The icon is `size` pixels square
// with a dot 10 pixels across in the middle, in the palette's colours (widgets/Colours.h);
// on a selected row the dot has a ring in the selection's text colour.
QIcon safetyDot(bool limits, int size = 16);

} // namespace hub::ui
