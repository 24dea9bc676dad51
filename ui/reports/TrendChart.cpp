#include "TrendChart.h"
#include "widgets/ChartAccessible.h"
#include "widgets/Colours.h"

#include "ReportLayout.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace hub::ui {

TrendChart::TrendChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("trendChart"));
    // Before anything asks for its accessible interface (setting a name does).
    installChartAccessibility();
    setAccessibleName(tr("Trend over the last 12 months"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 260);
    // QChartView starts with a chart of its own and hands it back on setChart().
    QChart *initial = chart();
    setChart(build({}));
    delete initial;
}

void TrendChart::setTrend(const QVector<reports::TrendPoint> &points)
{
    auto *old = chart();
    setChart(build(points));
    delete old;
    setAccessibleDescription(describe(points));
}

QString TrendChart::describe(const QVector<reports::TrendPoint> &points)
{
    QStringList lines;
    for (const auto &p : points) {
        const auto met = p.firstContactMetPercent();
        lines << tr("%1: %2 referrals, %3 people supported, first contact met %4")
                     .arg(ReportLayout::monthTitle(p.month))
                     .arg(p.referralsReceived)
                     .arg(p.peopleSupported)
                     .arg(met ? tr("%1%").arg(std::lround(*met)) : tr("not applicable"));
    }
    return lines.join(QStringLiteral("; "));
}

QChart *TrendChart::build(const QVector<reports::TrendPoint> &points, bool forPrint)
{
    auto *chart = new QChart;
    // Month names alone fit under the bars; the title says which year they belong to.
    chart->setTitle(points.isEmpty() ? tr("Last 12 months")
                                     : tr("Last 12 months: %1 to %2")
                                           .arg(ReportLayout::monthTitle(points.first().month),
                                                ReportLayout::monthTitle(points.last().month)));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    if (forPrint) {
        chart->setBackgroundVisible(false);
        chart->setDropShadowEnabled(false);
    }
    auto *referrals = new QBarSet(tr("Referrals received"));
    referrals->setColor(QColor(0x3d, 0x6f, 0xa3));
    referrals->setBorderColor(QColor(0x3d, 0x6f, 0xa3));
    auto *supported = new QBarSet(tr("People supported"));
    supported->setColor(QColor(0x8c, 0xb8, 0x6b));
    // The pale green bars get an edge that stands out 3:1 from the white chart.
    supported->setBorderColor(
        Colours::readable(QColor(0x8c, 0xb8, 0x6b), {QColor(Qt::white)}, Colours::kIndicatorRatio));
    auto *met = new QLineSeries;
    met->setName(tr("First contact met (%, right)"));
    QPen pen(QColor(0xc2, 0x4b, 0x3a));
    pen.setWidthF(2.5);
    met->setPen(pen);
    met->setPointsVisible(true);
    met->setPointLabelsVisible(true);
    met->setPointLabelsFormat(QStringLiteral("@yPoint%"));
    met->setPointLabelsColor(QColor(0x8a, 0x2b, 0x1e));
    met->setPointLabelsClipping(false);
    QStringList months;
    int most = 0;
    for (int i = 0; i < points.size(); ++i) {
        const auto &p = points.at(i);
        months << QLocale().toString(p.month, QStringLiteral("MMM"));
        *referrals << p.referralsReceived;
        *supported << p.peopleSupported;
        most = std::max({most, p.referralsReceived, p.peopleSupported});
        if (const auto percent = p.firstContactMetPercent())
            met->append(i, double(std::lround(*percent)));
    }
    auto *bars = new QBarSeries;
    bars->append(referrals);
    bars->append(supported);
    bars->setBarWidth(0.8);
    chart->addSeries(bars);
    chart->addSeries(met);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(months);
    chart->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisX);
    met->attachAxis(axisX);
    auto *counts = new QValueAxis;
    counts->setRange(0, std::max(5, most + most / 10 + 1));
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->applyNiceNumbers();
    counts->setTitleText(tr("Count"));
    chart->addAxis(counts, Qt::AlignLeft);
    bars->attachAxis(counts);
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(6);
    percent->setLabelFormat(QStringLiteral("%d%%"));
    percent->setTitleText(tr("Met %"));
    percent->setGridLineVisible(false);
    chart->addAxis(percent, Qt::AlignRight);
    met->attachAxis(percent);
    return chart;
}

} // namespace hub::ui
