#pragma once

#include <QString>

namespace hub::util {

// A new random (version 4) UUID in the archive's lower-case 8-4-4-4-12 form.
QString newId();

// True when `id` is a lower-case 8-4-4-4-12 UUID.
bool isValidId(const QString &id);

} // namespace hub::util
