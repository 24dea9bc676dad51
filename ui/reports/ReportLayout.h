#pragma once

#include "reports/MonthlyReport.h"

#include <QCoreApplication>

namespace hub::ui {

// One line of the report as people read it: a figure, or one part of a breakdown.
struct FigureRow
{
    QString figure;    // the JSON key ("referrals_by_source")
    QString breakdown; // the code or part within it; empty for the figure itself
    QString label;     // in words, translated
    QString value;     // formatted; empty for a breakdown's heading
    QVector<FigureRow> parts;
    QString path() const
    {
        return breakdown.isEmpty() ? figure : figure + QLatin1Char('.') + breakdown;
    }
};

// Figures that belong together, in the order of COUNTING_RULES.md.
struct FigureGroup
{
    QString title;
    QVector<FigureRow> rows;
};

// The words of the monthly report, shared by the Reports screen and its PDF: the figures
// grouped as the counting rules list them, their labels and their brief definitions.
class ReportLayout
{
    Q_DECLARE_TR_FUNCTIONS(ReportLayout)

public:
    static QVector<FigureGroup> groups(const reports::MonthlyReport &report);
    // "October 2026".
    static QString monthTitle(const QDate &month);
    // The months a report counts: "October 2026", or "August 2026 to October 2026".
    static QString periodTitle(const reports::MonthlyReport &report);
    // A figure, or a part of one, in words ("First contact: met").
    static QString describe(const QString &figure, const QString &breakdown = {});
    // The figure's name where it stands alone ("Referrals by source").
    static QString fullLabel(const QString &figure);
    // The figure's definition in brief, from the counting rules.
    static QString definition(const QString &figure);
    // Every figure key, in report order (month and as_of excluded).
    static QStringList figureKeys();
    static QString number(qint64 n);
    // One part of a figure in words ("Police", "Feel safer: improved"); every part of a
    // figure has its own words, so no two rows of a report read the same.
    static QString partLabel(const QString &figure, const QString &part);
    // For the CSV's label columns: fullLabel(figure), or partLabel() of a part.
    static QString csvLabel(const QString &figure, const QString &part);

private:
    static QString label(const QString &figure);
};

} // namespace hub::ui
