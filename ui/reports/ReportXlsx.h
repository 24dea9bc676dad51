#pragma once

#include "Result.h"
#include "reports/MonthlyReport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace hub::ui {

// The monthly report as an Excel workbook (libxlsxwriter), for managers who work in
// Excel: a "Report" sheet saying what was counted (months, team, as of), one sheet per
// section of the report (Referrals, First contact, ...) with a header row, the figure and
// part in words, the value as a number cell and the codes beside them, and a
// "Definitions" sheet. The Reports screen and `hubctl report monthly --format xlsx` both
// write with this.
class ReportXlsx
{
    Q_DECLARE_TR_FUNCTIONS(ReportXlsx)

public:
    // The workbook's bytes; an Io error when libxlsxwriter cannot write it.
    static Result<QByteArray> render(const reports::MonthlyReport &report,
                                     const QString &note = {});
    // Renders and writes the file whole (written beside it, then renamed over it), so a
    // failure leaves no half-written workbook behind.
    static Status write(const QString &path, const reports::MonthlyReport &report,
                        const QString &note = {});
    // A worksheet name Excel accepts: no []:*?/\, at most 31 characters, unique in `taken`.
    static QString sheetName(const QString &title, QStringList &taken);
};

} // namespace hub::ui
