#pragma once

#include "services/SupervisorService.h"

#include <QChartView>

class QBarSet;

namespace hub::ui {

// Open support episodes and overdue tasks per caseworker as horizontal bars, beside the
// team review, so that an uneven caseload shows at a glance.
class WorkloadChart : public QChartView
{
    Q_OBJECT

public:
    explicit WorkloadChart(QWidget *parent = nullptr);

    void setReview(const services::TeamReview &review);
    // The numbers drawn, per worker (for tests and the accessible description).
    QStringList workers() const { return m_workers; }
    // The bars drawn for one worker (-1 when not shown).
    int openEpisodesOf(const QString &worker) const;
    int overdueTasksOf(const QString &worker) const;

private:
    QStringList m_workers;
    QBarSet *m_open = nullptr;
    QBarSet *m_overdue = nullptr;
};

} // namespace hub::ui
