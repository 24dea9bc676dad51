#pragma once

#include "MonthlyReport.h"

#include <QByteArray>

#include <functional>

namespace hub::reports {

// The monthly report as JSON: one object with the keys of COUNTING_RULES.md in the order
// listed there, breakdowns as objects in code-list order, two-space indentation, "\n"
// line ends and a final newline. The same report always gives the same bytes.
QByteArray toJson(const MonthlyReport &report);

// The words for a figure (`breakdown` empty) or for one part of it ("police",
// "feel_safer.improved"), as the Reports screen shows them (ui::ReportLayout).
using Labeller = std::function<QString(const QString &figure, const QString &breakdown)>;

// The monthly report as CSV (RFC 4180): header
// "figure,breakdown,value,figure_label,breakdown_label", one row per value in the order of
// COUNTING_RULES.md, CRLF line ends, UTF-8 without BOM. The first three columns are the
// codes and the number scripts read; the two label columns (empty without `labels`) say
// the same in words for people.
QByteArray toCsv(const MonthlyReport &report, const Labeller &labels = {});

// Calls `visit` for every value of the report in CSV order: the figure's key, the part
// ("" for a plain figure; "met", "feel_safer.improved"), the value as written, and whether
// it is text (month, as_of, team) rather than a number.
void forEachValue(const MonthlyReport &report,
                  const std::function<void(const QString &figure, const QString &breakdown,
                                           const QString &value, bool text)> &visit);

// One CSV text field, quoted when it holds a comma, a double quote, CR or LF, and with a
// leading quote when it would read as a spreadsheet formula (util/Csv.h).
QByteArray csvField(const QString &text);

} // namespace hub::reports
