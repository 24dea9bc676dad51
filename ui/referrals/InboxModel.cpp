#include "InboxModel.h"
#include "widgets/Colours.h"

#include "Format.h"
#include "services/DeskService.h"
#include "widgets/ClockBadge.h"
#include "widgets/SafetyDot.h"

#include <QFont>
#include <QIcon>

namespace hub::ui {

InboxModel::InboxModel(services::Services &services, domain::Actor actor, QObject *parent)
    : LiveTableModel(services.notifier, parent), m_services(services), m_actor(std::move(actor))
{
    refresh();
}

void InboxModel::reload()
{
    auto loaded = services::ReferralService(m_services.context).inbox(m_actor, m_actor.teamId);
    if (!loaded.ok()) {
        failed(loaded.error());
        return;
    }
    replaceRows(m_items, std::move(loaded).value(),
                [](const services::InboxItem &i) { return i.row.referral.id; });
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int InboxModel::rowOf(const QString &referralId) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).row.referral.id == referralId)
            return i;
    }
    return -1;
}

int InboxModel::unassignedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const auto &i) { return i.row.referral.assignedTo.isEmpty(); }));
}

int InboxModel::breachedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const auto &i) { return i.clock.isBreach(); }));
}

QString InboxModel::crimeText(const domain::Referral &r)
{
    QString text = Format::code(QStringLiteral("offence_group"), r.offenceGroup);
    QStringList flags;
    for (const auto &flag : r.flags)
        flags << Format::code(QStringLiteral("flag"), flag);
    if (!flags.isEmpty())
        text += QStringLiteral(" \u00b7 ") + flags.join(QStringLiteral(", "));
    return text;
}

QVariant InboxModel::display(const services::InboxItem &item, int column) const
{
    const auto &row = item.row;
    const auto &r = row.referral;
    switch (column) {
    case Received:
        return Format::localDateTime(r.receivedAt);
    case Person:
        return row.personName;
    case Source:
        return Format::code(QStringLiteral("source"), r.source);
    case Crime:
        return crimeText(r);
    case AssignedTo:
        return row.assigneeName.isEmpty() ? tr("Unassigned") : row.assigneeName;
    case Status:
        return Format::code(QStringLiteral("referral_status"), r.status);
    case Clock:
        return ClockBadge::clockText(item.clock);
    }
    return {};
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &item = m_items.at(index.row());
    const auto &row = item.row;
    const auto &r = row.referral;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(item, column);
    case Qt::AccessibleTextRole:
        if (column == Person && row.personSafetyLimits)
            return tr("%1, has safety-of-contact limits").arg(row.personName);
        return display(item, column);
    case Qt::DecorationRole:
        return column == Person ? QVariant(safetyDot(row.personSafetyLimits)) : QVariant();
    case Qt::ForegroundRole:
        if (column == Clock)
            return ClockBadge::clockColour(item.clock);
        if ((column == AssignedTo && r.assignedTo.isEmpty()) ||
            (column == Person && row.personHidden))
            return Colours::text(Colours::Tone::Muted);
        return {};
    case Qt::FontRole:
        if ((column == Clock && item.clock.isBreach()) ||
            (column == AssignedTo && r.assignedTo.isEmpty()) ||
            (column == Person && row.personHidden)) {
            QFont f;
            f.setBold(column == Clock);
            f.setItalic(column != Clock);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Person && row.personHidden)
            return tr("You cannot open this person's record");
        if (column == Person && row.personSafetyLimits)
            return tr("Safety-of-contact limits: read the record before contacting");
        if (column == Clock)
            return ClockBadge::dueText(item.clock, r.enhanced);
        if (column == Crime)
            return r.crimeReference.isEmpty()
                       ? crimeText(r)
                       : tr("%1 (crime reference %2)").arg(crimeText(r), r.crimeReference);
        return {};
    case PersonIdRole:
        return r.personId;
    case ReferralIdRole:
    case KeyRole:
        return r.id;
    case BreachedRole:
        return item.clock.isBreach();
    case AssignedRole:
        return !r.assignedTo.isEmpty();
    default:
        return {};
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Received:
            return tr("Received");
        case Person:
            return tr("Person");
        case Source:
            return tr("Source");
        case Crime:
            return tr("Crime type and flags");
        case AssignedTo:
            return tr("Assigned to");
        case Status:
            return tr("Status");
        case Clock:
            return tr("Victims' Code clock");
        }
    } else if (role == Qt::ToolTipRole && section == Clock) {
        return tr("Time left for the first contact, or how long it is overdue");
    }
    return {};
}

} // namespace hub::ui
