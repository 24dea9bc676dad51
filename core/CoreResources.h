#pragma once

namespace hub {

// Registers the data files compiled into hubcore (reference codes, bank holidays).
// A static library's resources must be registered explicitly; safe to call repeatedly.
void initCoreResources();

} // namespace hub
