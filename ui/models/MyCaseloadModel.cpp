#include "MyCaseloadModel.h"
#include "widgets/Colours.h"

#include "Format.h"
// The clock's words and colour are the referral inbox's, so a clock reads the same everywhere.
#include "widgets/ClockBadge.h"
#include "widgets/SafetyDot.h"

#include <QColor>
#include <QIcon>

namespace hub::ui {

namespace {

bool isBreach(const services::CaseloadItem &item)
{
    return item.clock.isBreach();
}

} // namespace

QString MyCaseloadModel::clockText(const calendar::ClockState &clock)
{
    return ClockBadge::clockText(clock);
}

QColor MyCaseloadModel::clockColour(const calendar::ClockState &clock)
{
    return ClockBadge::clockColour(clock);
}

MyCaseloadModel::MyCaseloadModel(services::Services &services, domain::Actor actor, QObject *parent)
    : LiveTableModel(services.notifier, parent), m_services(services), m_actor(std::move(actor))
{
    refresh();
}

QString MyCaseloadModel::keyOf(const domain::CaseloadRow &row)
{
    return row.episodeId.isEmpty() ? QStringLiteral("r:") + row.referralId
                                   : QStringLiteral("e:") + row.episodeId;
}

void MyCaseloadModel::reload()
{
    QVector<services::CaseloadItem> items;
    if (!m_actor.userId.isEmpty()) {
        auto loaded = services::DeskService(m_services.context).myCaseload(m_actor);
        if (!loaded.ok()) {
            failed(loaded.error());
            return;
        }
        items = std::move(loaded).value();
    }
    replaceRows(m_items, std::move(items),
                [](const services::CaseloadItem &i) { return keyOf(i.row); });
}

int MyCaseloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int MyCaseloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int MyCaseloadModel::breachedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), isBreach));
}

int MyCaseloadModel::awaitingTriageCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const auto &i) { return i.row.episodeId.isEmpty(); }));
}

QString MyCaseloadModel::statusText(const domain::CaseloadRow &row)
{
    if (row.episodeId.isEmpty())
        return tr("Awaiting triage");
    if (row.episodeStatus == QLatin1String("closure_requested"))
        return tr("Closure requested");
    return tr("Open");
}

QVariant MyCaseloadModel::display(const services::CaseloadItem &item, int column) const
{
    const auto &r = item.row;
    switch (column) {
    case Person:
        return r.personName;
    case Status:
        return statusText(r);
    case NextDue:
        return r.nextTaskDue.isValid() ? Format::date(r.nextTaskDue) : tr("None");
    case LastContact:
        return r.lastContactAt.isValid() ? Format::localDate(r.lastContactAt) : tr("None yet");
    case Clock:
        return clockText(item.clock);
    case Received:
        return Format::localDateTime(r.receivedAt);
    }
    return {};
}

QVariant MyCaseloadModel::sortValue(const services::CaseloadItem &item, int column) const
{
    const auto &r = item.row;
    // Unknown dates sort after every known one.
    constexpr qint64 kLast = std::numeric_limits<qint64>::max() / 4;
    switch (column) {
    case Person:
        return r.personName.toLower();
    case Status:
        return r.episodeId.isEmpty() ? 0 : r.episodeStatus == QLatin1String("open") ? 1 : 2;
    case NextDue:
        return r.nextTaskDue.isValid() ? r.nextTaskDue.toJulianDay() : kLast;
    case LastContact:
        return r.lastContactAt.isValid() ? r.lastContactAt.toSecsSinceEpoch() : qint64(-1);
    case Clock: {
        // Most urgent first: running and overdue clocks by due time, then missed, met and
        // those without a clock.
        using S = calendar::ClockState::Status;
        const qint64 due = item.clock.dueAt.isValid() ? item.clock.dueAt.toSecsSinceEpoch() : 0;
        constexpr qint64 kBand = qint64(1) << 40;
        switch (item.clock.status) {
        case S::Running:
        case S::Overdue:
            return due;
        case S::Missed:
            return kBand + due;
        case S::Met:
            return 2 * kBand + due;
        case S::NotApplicable:
            return 3 * kBand;
        }
        return 3 * kBand;
    }
    case Received:
        return r.receivedAt.isValid() ? r.receivedAt.toSecsSinceEpoch() : qint64(0);
    }
    return {};
}

QVariant MyCaseloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &item = m_items.at(index.row());
    const auto &r = item.row;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (role == Qt::AccessibleTextRole && column == Person && r.personSafetyLimits)
            return tr("%1, has safety-of-contact limits").arg(r.personName);
        return display(item, column);
    case Qt::DecorationRole:
        return column == Person ? QVariant(safetyDot(r.personSafetyLimits)) : QVariant();
    case Qt::ForegroundRole:
        if (column == Clock)
            return clockColour(item.clock);
        if (column == NextDue && r.nextTaskDue.isValid() &&
            r.nextTaskDue < m_services.context.today())
            return Colours::text(Colours::Tone::Danger);
        if ((column == NextDue && !r.nextTaskDue.isValid()) ||
            (column == LastContact && !r.lastContactAt.isValid()))
            return Colours::text(Colours::Tone::Muted);
        if (column == Status && r.episodeStatus == QLatin1String("closure_requested"))
            return Colours::text(Colours::Tone::Warning);
        return {};
    case Qt::FontRole:
        if ((column == Clock && isBreach(item)) || (column == NextDue && r.nextTaskDue.isValid() &&
                                                    r.nextTaskDue <= m_services.context.today())) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Person && r.personSafetyLimits)
            return tr("Safety-of-contact limits: read the record before contacting");
        if (column == Clock && item.clock.dueAt.isValid())
            return tr("Victims' Code first contact due by the end of %1 (%2)")
                .arg(Format::date(item.clock.dueDate),
                     r.enhanced ? tr("enhanced entitlement, 2 working days")
                                : tr("standard, 5 working days"));
        if (column == Status && r.episodeStatus == QLatin1String("closure_requested"))
            return tr("Awaiting a supervisor's approval to close");
        return {};
    case PersonIdRole:
        return r.personId;
    case EpisodeIdRole:
        return r.episodeId;
    case ReferralIdRole:
        return r.referralId;
    case BreachedRole:
        return isBreach(item);
    case SortRole:
        return sortValue(item, column);
    case SafetyLimitsRole:
        return r.personSafetyLimits;
    case KeyRole:
        return keyOf(r);
    default:
        return {};
    }
}

QVariant MyCaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Person:
            return tr("Person");
        case Status:
            return tr("Status");
        case NextDue:
            return tr("Next due");
        case LastContact:
            return tr("Last contact");
        case Clock:
            return tr("Victims' Code clock");
        case Received:
            return tr("Received");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case NextDue:
            return tr("The earliest open task of yours for this person");
        case Clock:
            return tr("Time left for the first contact, or how long it is overdue");
        case Received:
            return tr("When the referral was received");
        default:
            break;
        }
    }
    return {};
}

} // namespace hub::ui
