#pragma once

#include "domain/Actor.h"
#include "services/SupervisorService.h"

#include "models/LiveTableModel.h"

namespace hub::services {
struct Services;
}

namespace hub::ui {

// The caseload review of one team: a row per worker and the team total last, a column per
// measure (SupervisorService::review). Reloads itself after every committed change and
// once a minute, so the Victims' Code figures keep counting.
class TeamReviewModel : public LiveTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        UserIdRole = Qt::UserRole, // empty on the team total
        MeasureRole,               // int(ReviewMeasure), -1 on the name column
        ValueRole,                 // the number, -1 where the measure does not apply
        IsTeamRole,
    };

    TeamReviewModel(services::Services &services, domain::Actor actor, QObject *parent = nullptr);

    void setTeam(const QString &teamId);
    QString teamId() const { return m_teamId; }
    const services::TeamReview &review() const { return m_review; }

    // The measure of a column, or MeasureCount for the name column.
    static services::ReviewMeasure measureOf(int column);
    static QString measureName(services::ReviewMeasure measure);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void reload() override;

private:
    int value(const services::ReviewRow &row, services::ReviewMeasure m) const;

    services::Services &m_services;
    domain::Actor m_actor;
    QString m_teamId;
    services::TeamReview m_review;
};

} // namespace hub::ui
