#pragma once

#include "domain/Actor.h"
#include "models/LiveTableModel.h"
#include "services/DeskService.h"

#include <QColor>
#include <QVector>

namespace hub::ui {

// "My caseload": the acting worker's open support episodes and the referrals assigned to
// them awaiting triage, from DeskService::myCaseload. Reloads itself after every committed
// change (ChangeNotifier) and once a minute, so the Victims' Code clocks keep counting.
class MyCaseloadModel : public LiveTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Person,
        Status,
        NextDue,
        LastContact,
        Clock,
        Received,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole, // as every list of people, so Enter opens the person
        EpisodeIdRole,
        ReferralIdRole,
        BreachedRole,     // bool: the Victims' Code first contact is overdue or was missed
        SortRole,         // a value that sorts the column sensibly
        SafetyLimitsRole, // bool: the person has safety-of-contact limits
        KeyRole,          // the row's identity across reloads
    };

    MyCaseloadModel(services::Services &services, domain::Actor actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const services::CaseloadItem &item(int row) const { return m_items.at(row); }
    int breachedCount() const;
    int awaitingTriageCount() const;

    static QString statusText(const domain::CaseloadRow &row);
    // The Victims' Code clock in words ("Overdue by 1 day 11 h") and its colour, as the
    // referral inbox's ClockBadge shows them.
    static QString clockText(const calendar::ClockState &clock);
    static QColor clockColour(const calendar::ClockState &clock);

protected:
    void reload() override;

private:
    QVariant display(const services::CaseloadItem &item, int column) const;
    QVariant sortValue(const services::CaseloadItem &item, int column) const;
    static QString keyOf(const domain::CaseloadRow &row);

    services::Services &m_services;
    domain::Actor m_actor;
    QVector<services::CaseloadItem> m_items;
};

} // namespace hub::ui
