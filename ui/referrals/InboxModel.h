#pragma once

#include "domain/Actor.h"
#include "models/LiveTableModel.h"
#include "services/ReferralService.h"

#include <QVector>

namespace hub::services {
struct Services;
}

namespace hub::ui {

// The referral inbox: referrals of the actor's team (and the unassigned ones) awaiting
// triage, unassigned first, then oldest first, as ReferralService::inbox gives them.
// Reloads after every committed change (ChangeNotifier) and once a minute, so the Victims'
// Code clocks keep counting.
class InboxModel : public LiveTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Received,
        Person,
        Source,
        Crime,
        AssignedTo,
        Status,
        Clock,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole, // as every list of people, so a person opens the same way
        ReferralIdRole,
        BreachedRole, // bool: the first contact is overdue or was made late
        AssignedRole, // bool: someone is assigned
        KeyRole,      // the row's identity across reloads (the referral id)
    };

    InboxModel(services::Services &services, domain::Actor actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const services::InboxItem &item(int row) const { return m_items.at(row); }
    // The row of a referral, -1 when it is not in the inbox.
    int rowOf(const QString &referralId) const;
    int unassignedCount() const;
    int breachedCount() const;

    // "Residential burglary · Domestic abuse, Hate crime".
    static QString crimeText(const domain::Referral &referral);

protected:
    void reload() override;

private:
    QVariant display(const services::InboxItem &item, int column) const;

    services::Services &m_services;
    domain::Actor m_actor;
    QVector<services::InboxItem> m_items;
};

} // namespace hub::ui
