#pragma once

namespace hub::ui {

// Registers the user guide and its pictures compiled into hubui (:/help/USER_GUIDE.md,
// :/help/images/...). A static library's resources must be registered explicitly; safe to
// call repeatedly.
void initHelpResources();

} // namespace hub::ui
