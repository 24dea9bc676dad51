#pragma once

#include <QString>

namespace hub::domain {

// UK postcodes as the hub keeps them: upper case, one space before the inward code
// ("pe1 1xx" -> "PE1 1XX"). A person with none gives the explicit choice "no fixed abode
// / overseas" (kNoFixedAbode) instead of a blank; a blank postcode means "not known yet".
inline constexpr char kNoFixedAbode[] = "NFA/OVERSEAS";

// The normalised postcode when `typed` is one (or is kNoFixedAbode in any case, or blank),
// else `typed` trimmed, unchanged, so that the error can show what was typed.
QString normalisePostcode(const QString &typed);

// Whether `postcode` is a UK postcode in normalised form (see normalisePostcode).
bool isUkPostcode(const QString &postcode);

} // namespace hub::domain
