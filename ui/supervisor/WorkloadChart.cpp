#include "WorkloadChart.h"
#include "widgets/ChartAccessible.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace hub::ui {

WorkloadChart::WorkloadChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("workloadChart"));
    // Before anything asks for its accessible interface (setting a name does).
    installChartAccessibility();
    setAccessibleName(tr("Workload per caseworker"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumWidth(300);
    auto *chart = new QChart;
    chart->setTitle(tr("Workload per caseworker"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    // QChartView starts with a chart of its own and hands it back on setChart().
    QChart *initial = this->chart();
    setChart(chart);
    delete initial;
}

namespace {
// Bars are drawn bottom-up: the first worker of the table is the last bar.
int barValue(const QBarSet *set, const QStringList &workers, const QString &worker)
{
    const int at = int(workers.indexOf(worker));
    return set && at >= 0 ? int(set->at(int(workers.size()) - 1 - at)) : -1;
}
} // namespace

int WorkloadChart::openEpisodesOf(const QString &worker) const
{
    return barValue(m_open, m_workers, worker);
}

int WorkloadChart::overdueTasksOf(const QString &worker) const
{
    return barValue(m_overdue, m_workers, worker);
}

void WorkloadChart::setReview(const services::TeamReview &review)
{
    auto *chart = this->chart();
    chart->removeAllSeries();
    for (auto *axis : chart->axes()) {
        chart->removeAxis(axis); // gives the axis back to us: delete it
        delete axis;
    }
    m_workers.clear();
    m_open = new QBarSet(tr("Open episodes"));
    m_open->setColor(QColor(0x3d, 0x6f, 0xa3));
    m_overdue = new QBarSet(tr("Overdue tasks"));
    m_overdue->setColor(QColor(0xc2, 0x4b, 0x3a));
    int most = 0;
    QStringList description;
    // Bars stack from the bottom up; the first worker goes on top, as in the table.
    for (auto it = review.rows.crbegin(); it != review.rows.crend(); ++it) {
        if (it->isTeam)
            continue;
        const int open = it->value(services::ReviewMeasure::OpenEpisodes);
        const int overdue = it->value(services::ReviewMeasure::OverdueTasks);
        m_workers.prepend(it->name);
        *m_open << open;
        *m_overdue << overdue;
        most = std::max({most, open, overdue});
        description.prepend(
            tr("%1: %2 open episodes, %3 overdue tasks").arg(it->name).arg(open).arg(overdue));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(m_overdue);
    series->append(m_open);
    series->setBarWidth(0.75);
    chart->addSeries(series);

    QStringList categories = m_workers;
    std::reverse(categories.begin(), categories.end());
    auto *workers = new QBarCategoryAxis;
    workers->append(categories);
    QFont small = workers->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    workers->setLabelsFont(small);
    chart->addAxis(workers, Qt::AlignLeft);
    series->attachAxis(workers);
    auto *counts = new QValueAxis;
    counts->setRange(0, std::max(5, most + 1));
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->applyNiceNumbers();
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    setAccessibleDescription(description.join(QStringLiteral("; ")));
}

} // namespace hub::ui
