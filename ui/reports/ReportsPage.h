#pragma once

#include "domain/Actor.h"
#include "domain/ReportSnapshot.h"
#include "reports/MonthlyReport.h"
#include "services/ReportService.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace hub::services {
struct Services;
}

namespace hub::ui {

class EmptyState;
class ReportFiguresModel;
class TrendChart;

// The Reports section: the monthly support counts of one month (by default the last
// complete one) or a run of months, of the whole hub or one team, as a table grouped as
// the counting rules group them, the 12-month trend as a chart, export to CSV, PDF and
// Excel, and the month's saved snapshots. A snapshot shows as
// saved, with who saved it and when, and a banner names every figure today's data would
// now give differently. Supervisors and administrators save snapshots of closed months.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(services::Services &services, const domain::Actor &actor,
                QWidget *parent = nullptr);
    ~ReportsPage() override;

    QComboBox *monthBox() const { return m_month; }
    // "Up to": the last month of a run; its first item is the chosen month alone.
    QComboBox *toBox() const { return m_to; }
    QComboBox *teamBox() const { return m_team; }
    QComboBox *figuresBox() const { return m_figures; }
    QTreeView *view() const { return m_view; }
    ReportFiguresModel *model() const { return m_model; }
    TrendChart *chart() const { return m_chart; }
    // The month chosen (its first day).
    QDate month() const;
    // The last month of the run chosen (the month itself for one month).
    QDate lastMonth() const;
    // The team chosen; empty for all teams.
    QString teamId() const;
    // The figures on screen (today's or a snapshot's); empty on error.
    const std::optional<reports::MonthlyReport> &shownReport() const { return m_shown; }
    QString bannerText() const;

    // Loads what is stale and puts the keyboard focus on the month.
    void activate();
    // Chooses a month (any day of it) from the list; false when it is not listed.
    bool selectMonth(const QDate &month);
    // Chooses the last month of a run (any day of it; null: the month alone).
    bool selectLastMonth(const QDate &month);
    // Chooses a team by id (empty: all teams); false when it is not offered.
    bool selectTeam(const QString &teamId);

    // Writes the figures shown; false (and a message) on failure.
    bool exportCsv(const QString &path);
    bool exportPdf(const QString &path);
    bool exportXlsx(const QString &path);

public Q_SLOTS:
    void reload();
    void chooseCsv();
    void choosePdf();
    void chooseXlsx();
    void saveSnapshot();

Q_SIGNALS:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Banner
    {
        None,
        Info,
        Warning,
        Problem
    };
    void fillMonths();
    void fillLastMonths();
    void fillTeams();
    reports::ReportScope scope() const;
    // Chooses entry `at` of `box` (false when it is -1) and counts again if need be.
    bool choose(QComboBox *box, int at);
    // Records the export, writes the file with `write`, and says how it went.
    bool exportTo(const QString &path, const QString &format, const std::function<Status()> &write);
    void showChosen();
    void showBanner(Banner kind, const QString &text);
    void updateButtons();
    QString chooseFile(const QString &title, const QString &suffix, const QString &filter);
    QString snapshotNote(const domain::ReportSnapshot &s) const;
    const domain::ReportSnapshot *chosenSnapshot() const;

    services::Services &m_services;
    domain::Actor m_actor;
    services::ReportService m_reports;
    QComboBox *m_month = nullptr;
    QComboBox *m_to = nullptr;
    QComboBox *m_team = nullptr;
    QPushButton *m_xlsx = nullptr;
    QComboBox *m_figures = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;
    QLabel *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_error = nullptr;
    QTreeView *m_view = nullptr;
    ReportFiguresModel *m_model = nullptr;
    TrendChart *m_chart = nullptr;
    QTimer *m_reloadTimer = nullptr;

    bool m_stale = true;
    QDate m_loadedMonth;
    reports::ReportScope m_loaded;
    std::optional<reports::MonthlyReport> m_today;
    std::optional<reports::MonthlyReport> m_shown;
    QVector<reports::TrendPoint> m_trend;
    QVector<domain::ReportSnapshot> m_snapshots;
    QString m_lastDir;
};

} // namespace hub::ui
