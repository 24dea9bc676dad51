#pragma once

#include "reports/MonthlyReport.h"

#include <QChartView>

namespace hub::ui {

// The 12-month trend: referrals received and people supported as bars (left axis) and
// the share of first contacts met as a line (right axis, per cent). The same chart is
// drawn on screen and into the PDF.
class TrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);

    void setTrend(const QVector<reports::TrendPoint> &points);

    // A new chart of `points` (the caller owns it), styled for screen or print.
    static QChart *build(const QVector<reports::TrendPoint> &points, bool forPrint = false);
    // The chart in words, one month a line (the accessible description).
    static QString describe(const QVector<reports::TrendPoint> &points);
};

} // namespace hub::ui
