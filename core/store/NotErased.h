#pragma once

#include <QString>

namespace hub::store {

// The condition that leaves erased people out of a list: their anonymous remainder stays
// for the reports (COUNTING_RULES.md), but no list of people shows it. `personIdColumn`
// is the column holding the person's id ("p.id", "r.person_id"); a NULL id passes.
inline QString notErased(const QString &personIdColumn)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM erasure x WHERE x.person_id = %1)")
        .arg(personIdColumn);
}

} // namespace hub::store
