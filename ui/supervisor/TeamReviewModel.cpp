#include "TeamReviewModel.h"
#include "widgets/Colours.h"

#include "Format.h"
#include "services/DeskService.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace hub::ui {

using services::ReviewMeasure;

TeamReviewModel::TeamReviewModel(services::Services &services, domain::Actor actor, QObject *parent)
    : LiveTableModel(services.notifier, parent), m_services(services), m_actor(std::move(actor)),
      m_teamId(m_actor.teamId)
{
    refresh();
}

void TeamReviewModel::setTeam(const QString &teamId)
{
    m_teamId = teamId;
    refresh();
}

void TeamReviewModel::reload()
{
    auto review = services::SupervisorService(m_services.context).review(m_actor, m_teamId);
    if (!review.ok()) {
        failed(review.error());
        return;
    }
    auto fresh = review.value();
    auto rows = std::move(fresh.rows);
    m_review.teamId = fresh.teamId;
    m_review.teamName = fresh.teamName;
    m_review.weekStart = fresh.weekStart;
    replaceRows(m_review.rows, std::move(rows),
                [](const services::ReviewRow &r) { return r.userId; });
}

ReviewMeasure TeamReviewModel::measureOf(int column)
{
    return column <= 0 || column > int(ReviewMeasure::MeasureCount) ? ReviewMeasure::MeasureCount
                                                                    : ReviewMeasure(column - 1);
}

QString TeamReviewModel::measureName(ReviewMeasure measure)
{
    switch (measure) {
    case ReviewMeasure::OpenEpisodes:
        return tr("Open episodes");
    case ReviewMeasure::ContactsThisWeek:
        return tr("Contacts this week");
    case ReviewMeasure::OverdueTasks:
        return tr("Overdue tasks");
    case ReviewMeasure::Breaches:
        return tr("Victims' Code breaches");
    case ReviewMeasure::DueSoon:
        return tr("First contact due today or tomorrow");
    case ReviewMeasure::Unallocated:
        return tr("Unallocated referrals");
    case ReviewMeasure::DaysSinceContact:
        return tr("Days since last contact");
    case ReviewMeasure::ClosuresAwaiting:
        return tr("Closures awaiting approval");
    case ReviewMeasure::MeasureCount:
        break;
    }
    return {};
}

int TeamReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_review.rows.size());
}

int TeamReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ReviewMeasure::MeasureCount) + 1;
}

int TeamReviewModel::value(const services::ReviewRow &row, ReviewMeasure m) const
{
    // Unallocated referrals are nobody's: a team figure only. Days since contact means
    // nothing for a worker with no open episode.
    if (!row.isTeam && m == ReviewMeasure::Unallocated)
        return -1;
    if (m == ReviewMeasure::DaysSinceContact && row.value(ReviewMeasure::OpenEpisodes) == 0)
        return -1;
    return row.value(m);
}

QVariant TeamReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_review.rows.size())
        return {};
    const auto &row = m_review.rows.at(index.row());
    const auto m = measureOf(index.column());
    const bool nameColumn = m == ReviewMeasure::MeasureCount;
    const int v = nameColumn ? -1 : value(row, m);
    switch (role) {
    case Qt::DisplayRole:
        if (nameColumn)
            return row.name;
        return v < 0 ? QString() : QString::number(v);
    case Qt::AccessibleTextRole:
        if (nameColumn)
            return row.name;
        return v < 0 ? tr("%1: not applicable").arg(measureName(m))
                     : tr("%1: %2").arg(measureName(m)).arg(v);
    case Qt::ToolTipRole:
        if (nameColumn)
            return {};
        return v < 0 ? QString()
                     : tr("%1 of %2: %3. Enter or double-click lists them.")
                           .arg(measureName(m), row.name)
                           .arg(v);
    case Qt::TextAlignmentRole:
        return nameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                          : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.isTeam) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        // What needs the supervisor's attention stands out.
        if (v > 0 && (m == ReviewMeasure::Breaches || m == ReviewMeasure::OverdueTasks))
            return QBrush(Colours::text(Colours::Tone::Danger));
        if (m == ReviewMeasure::DaysSinceContact && v >= 14)
            return QBrush(Colours::text(Colours::Tone::Warning));
        return {};
    case Qt::BackgroundRole:
        if (row.isTeam && !Colours::highContrast())
            return QBrush(QColor(0xee, 0xf1, 0xf5));
        return {};
    case UserIdRole:
        return row.userId;
    case MeasureRole:
        return nameColumn ? -1 : int(m);
    case ValueRole:
        return v;
    case IsTeamRole:
        return row.isTeam;
    default:
        return {};
    }
}

QVariant TeamReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto m = measureOf(section);
    if (role == Qt::DisplayRole) {
        switch (m) {
        case ReviewMeasure::OpenEpisodes:
            return tr("Open\nepisodes");
        case ReviewMeasure::ContactsThisWeek:
            return tr("Contacts\nthis week");
        case ReviewMeasure::OverdueTasks:
            return tr("Overdue\ntasks");
        case ReviewMeasure::Breaches:
            return tr("Code\nbreaches");
        case ReviewMeasure::DueSoon:
            return tr("Due today\nor tomorrow");
        case ReviewMeasure::Unallocated:
            return tr("Unallocated\nreferrals");
        case ReviewMeasure::DaysSinceContact:
            return tr("Days since\ncontact");
        case ReviewMeasure::ClosuresAwaiting:
            return tr("Closures to\napprove");
        case ReviewMeasure::MeasureCount:
            return tr("Caseworker");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (m) {
        case ReviewMeasure::ContactsThisWeek:
            return tr("Contacts logged Monday to Sunday this week (UK time)");
        case ReviewMeasure::Breaches:
            return tr("Victims' Code first contact overdue or made late");
        case ReviewMeasure::DueSoon:
            return tr("Victims' Code first contact due by the end of today or tomorrow");
        case ReviewMeasure::Unallocated:
            return tr("Referrals awaiting triage that nobody is assigned to");
        case ReviewMeasure::DaysSinceContact:
            return tr("The longest any open support episode has gone without contact");
        default:
            return m == ReviewMeasure::MeasureCount ? QVariant() : measureName(m);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return m == ReviewMeasure::MeasureCount ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                : QVariant(Qt::AlignCenter);
    return {};
}

} // namespace hub::ui
