#pragma once

#include "domain/Actor.h"
#include "services/SupervisorService.h"

#include "models/LiveTableModel.h"

namespace hub::services {
struct Services;
}

namespace hub::ui {

// The records behind one number of the team review (SupervisorService::records): who, what
// record, why it counts, its priority and status. Reloads after every committed change;
// only show() leaves an audit event, the reloads do not.
class ReviewRecordsModel : public LiveTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Person,
        Record,
        Detail,
        Priority,
        Status,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole, // as every list of people, so Enter opens the person
        RecordTypeRole,
        RecordIdRole,
        StatusRole, // the status code
    };

    ReviewRecordsModel(services::Services &services, domain::Actor actor,
                       QObject *parent = nullptr);

    // Lists the records of `userId` (empty: the whole team) for `measure`.
    void show(const QString &teamId, const QString &userId, services::ReviewMeasure measure);
    void clear();
    bool isShowing() const { return m_showing; }
    services::ReviewMeasure measure() const { return m_measure; }
    QString userId() const { return m_userId; }
    const services::ReviewRecord &record(int row) const { return m_records.at(row); }

    static QString recordTypeName(const QString &type);
    static QString priorityName(const QString &priority);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void reload() override;

private:
    QString detail(const services::ReviewRecord &r) const;

    services::Services &m_services;
    domain::Actor m_actor;
    QString m_teamId;
    QString m_userId;
    services::ReviewMeasure m_measure = services::ReviewMeasure::OpenEpisodes;
    bool m_showing = false;
    bool m_opening = false; // the next reload is the one show() asked for
    QVector<services::ReviewRecord> m_records;
};

} // namespace hub::ui
