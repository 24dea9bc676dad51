#pragma once

#include "Result.h"
#include "reports/MonthlyReport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace hub::ui {

// What goes into the printed monthly report.
struct ReportPdfContent
{
    reports::MonthlyReport report;
    QVector<reports::TrendPoint> trend; // the 12 months ending with the report's month
    QString note;                       // e.g. who saved the snapshot and when; empty for none
};

// The monthly report as an A4 PDF: title with month and as-of, the figures grouped as the
// counting rules group them, the 12-month trend chart and the definitions in brief. The
// Reports screen and `hubctl report monthly --format pdf` both print with this. Needs a
// QApplication (the chart is a graphics widget); the offscreen platform will do.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    static QByteArray render(const ReportPdfContent &content);
    // Renders and writes the file whole (written beside it, then renamed over it).
    static Status write(const QString &path, const ReportPdfContent &content);
    static QString title(const reports::MonthlyReport &report);
};

} // namespace hub::ui
