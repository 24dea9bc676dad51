#pragma once

#include "MonthlyReport.h"

#include <QByteArray>

namespace hub::reports {

// The monthly report as JSON: one object with the keys of COUNTING_RULES.md in the order
// listed there, breakdowns as objects in code-list order, two-space indentation, "\n"
// line ends and a final newline. The same report always gives the same bytes.
QByteArray toJson(const MonthlyReport &report);

// The monthly report as CSV (RFC 4180): header "figure,breakdown,value", one row per
// value in the order of COUNTING_RULES.md, CRLF line ends, UTF-8 without BOM.
QByteArray toCsv(const MonthlyReport &report);

// One CSV text field, quoted when it holds a comma, a double quote, CR or LF, and with a
// leading quote when it would read as a spreadsheet formula (util/Csv.h).
QByteArray csvField(const QString &text);

} // namespace hub::reports
