#pragma once

#include "domain/Actor.h"
#include "domain/AuditEvent.h"
#include "services/AuditService.h"

#include <QAbstractTableModel>
#include <QVector>

#include <memory>

namespace hub::services {
struct Services;
}

namespace hub::ui {

// The audit trail as a table, newest first, fetched a page at a time as the view scrolls
// (the trail may hold hundreds of thousands of events). Read through AuditService, so only
// auditors and administrators see anything; a refusal or a bad filter is error().
class AuditEventsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Seq,
        When,
        User,
        Workstation,
        Action,
        Record,
        Person,
        Detail,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    AuditEventsModel(services::Services &services, domain::Actor actor, QObject *parent = nullptr);
    ~AuditEventsModel() override;

    // Where the events come from: this desk's trail (the default, nullptr) or another source
    // such as the hub's copy of every desk's (owned by the caller). Call setQuery() after.
    void setSource(services::AuditSource *source);
    services::AuditSource &source() const { return *m_source; }

    // Shows the first page of the events matching `query` (its paging fields are ignored)
    // and counts them all; false (and error()) when the trail cannot be read.
    bool setQuery(const services::AuditQuery &query);
    const services::AuditQuery &query() const { return m_query; }
    // All matching events, of which rowCount() are fetched so far.
    qint64 total() const { return m_total; }
    QString error() const { return m_error; }
    const domain::AuditEvent &event(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    std::unique_ptr<services::AuditService> m_local;
    services::AuditSource *m_source = nullptr;
    domain::Actor m_actor;
    services::AuditQuery m_query;
    QVector<domain::AuditEvent> m_events;
    qint64 m_total = 0;
    bool m_complete = true;
    QString m_error;
};

} // namespace hub::ui
