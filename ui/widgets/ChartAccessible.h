#pragma once

namespace hub::ui {

// Charts to a screen reader: one object with the role "chart", its accessible name and its
// description (the figures in words, set by each chart), instead of an unnamed scroll area
// holding an unnamed drawing surface. Installed by the charts; once is enough.
void installChartAccessibility();

} // namespace hub::ui
