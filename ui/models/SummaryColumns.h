#pragma once

#include "domain/Views.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>

namespace hub::ui {

// The columns that lists of people share, and how each shows a PersonSummary. Both the
// caseload and the search results use it, so a person looks the same in every list.
enum class SummaryColumn
{
    Name,
    DateOfBirth,
    Phone,
    Postcode,
    LatestReferral,
    Offence,
    Episode,
    Caseworker,
    LastContact,
    Safety,
    Whose, // the searcher's own caseload, their team's, nobody's yet, or which team's
};

class SummaryColumns
{
    Q_DECLARE_TR_FUNCTIONS(SummaryColumns)

public:
    // Roles beyond Qt's: the person id is Qt::UserRole (see PersonIdRole).
    static constexpr int PersonIdRole = Qt::UserRole;
    // True when the person has any safety-of-contact limit or a restricted record.
    static constexpr int HasSafetyLimitsRole = Qt::UserRole + 1;

    static QString title(SummaryColumn column);
    static QString headerToolTip(SummaryColumn column);
    static QVariant data(const domain::PersonSummary &person, SummaryColumn column, int role);

    // "Family, Given" (or whichever part is known).
    static QString listName(const domain::PersonSummary &person);
    // "No voicemail · No letters · Restricted", empty when there is no limit.
    static QString safetyText(const domain::PersonSummary &person);
    static bool hasSafetyLimits(const domain::PersonSummary &person);
    // "Your caseload", "Your team", "No caseworker" or "Held by North" (closeness).
    static QString whoseText(const domain::PersonSummary &person);

    // The sort a column stands for in the caseload query, if it is sortable.
    static std::optional<domain::CaseloadSort> sortFor(SummaryColumn column);
};

} // namespace hub::ui
