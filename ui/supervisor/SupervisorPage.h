#pragma once

#include "domain/Actor.h"
#include "services/SupervisorService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hub::services {
struct Services;
}

namespace hub::ui {

class ReviewRecordsModel;
class TeamReviewModel;
class WorkloadChart;

// The supervisor's "Team" section: the caseload review (caseworkers by measures, the team
// total last) with a workload chart beside it. Enter or double-click on a number lists the
// records behind it below; there, Enter opens the person, Shift/Ctrl+arrows and Space
// select several, and the work is fixed in place: Reassign (Alt+R), Approve or return a
// closure (Alt+A), Set priority (Alt+P). Every list follows committed changes at once.
class SupervisorPage : public QWidget
{
    Q_OBJECT

public:
    SupervisorPage(services::Services &services, const domain::Actor &actor,
                   QWidget *parent = nullptr);

    TeamReviewModel *reviewModel() const { return m_review; }
    ReviewRecordsModel *recordsModel() const { return m_records; }
    QTableView *reviewView() const { return m_reviewView; }
    QTableView *recordsView() const { return m_recordsView; }
    WorkloadChart *chart() const { return m_chart; }
    QComboBox *teamCombo() const { return m_team; }
    QString recordsTitle() const;
    void focusList();

public Q_SLOTS:
    // Lists the records behind the number at `index` of the review.
    void drillDown(const QModelIndex &index);
    void reassignSelected();
    void reviewClosure();
    void setPriority();
    void openCurrent();

Q_SIGNALS:
    void openRequested(const QString &personId);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QVector<services::RecordRef> selectedRefs(QStringList *labels = nullptr) const;
    void showRecords(const QModelIndex &index);
    void updateActions();
    void updateTitle();
    void onReviewRefreshed();

    services::Services &m_services;
    domain::Actor m_actor;
    TeamReviewModel *m_review = nullptr;
    ReviewRecordsModel *m_records = nullptr;
    QComboBox *m_team = nullptr;
    QLabel *m_week = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_reviewView = nullptr;
    QTableView *m_recordsView = nullptr;
    QLabel *m_recordsTitle = nullptr;
    WorkloadChart *m_chart = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_reassign = nullptr;
    QPushButton *m_closure = nullptr;
    QPushButton *m_priority = nullptr;
    QString m_drillName;
};

} // namespace hub::ui
