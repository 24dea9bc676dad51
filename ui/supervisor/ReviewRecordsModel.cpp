#include "ReviewRecordsModel.h"
#include "widgets/Colours.h"

#include "Format.h"
#include "services/DeskService.h"

#include <QBrush>
#include <QColor>

namespace hub::ui {

using services::ReviewMeasure;

ReviewRecordsModel::ReviewRecordsModel(services::Services &services, domain::Actor actor,
                                       QObject *parent)
    : LiveTableModel(services.notifier, parent), m_services(services), m_actor(std::move(actor))
{
}

void ReviewRecordsModel::show(const QString &teamId, const QString &userId,
                              services::ReviewMeasure measure)
{
    m_teamId = teamId;
    m_userId = userId;
    m_measure = measure;
    m_showing = true;
    m_opening = true; // the person's own request: audited once, reloads are not
    refresh();
}

void ReviewRecordsModel::clear()
{
    m_showing = false;
    replaceRows(m_records, {}, [](const services::ReviewRecord &r) { return r.id; });
}

void ReviewRecordsModel::reload()
{
    if (!m_showing)
        return;
    const auto read = m_opening ? services::SupervisorService::RecordsRead::Opened
                                : services::SupervisorService::RecordsRead::Refreshed;
    m_opening = false;
    auto records = services::SupervisorService(m_services.context)
                       .records(m_actor, m_teamId, m_userId, m_measure, read);
    if (!records.ok()) {
        failed(records.error());
        return;
    }
    replaceRows(m_records, std::move(records).value(),
                [](const services::ReviewRecord &r) { return r.recordType + r.id; });
}

QString ReviewRecordsModel::recordTypeName(const QString &type)
{
    if (type == QLatin1String("episode"))
        return tr("Support episode");
    if (type == QLatin1String("referral"))
        return tr("Referral");
    if (type == QLatin1String("task"))
        return tr("Task");
    if (type == QLatin1String("contact"))
        return tr("Contact");
    return type;
}

QString ReviewRecordsModel::priorityName(const QString &priority)
{
    if (priority == QLatin1String("normal"))
        return tr("Normal");
    if (priority == QLatin1String("high"))
        return tr("High");
    if (priority == QLatin1String("urgent"))
        return tr("Urgent");
    return priority;
}

QString ReviewRecordsModel::detail(const services::ReviewRecord &r) const
{
    switch (m_measure) {
    case ReviewMeasure::OpenEpisodes:
        return tr("Opened %1").arg(Format::localDate(r.at));
    case ReviewMeasure::ClosuresAwaiting:
        return tr("Closure asked for %1").arg(Format::localDate(r.at));
    case ReviewMeasure::DaysSinceContact:
        return r.days == 1 ? tr("1 day since contact") : tr("%1 days since contact").arg(r.days);
    case ReviewMeasure::ContactsThisWeek:
        return tr("%1, %2").arg(Format::code(QStringLiteral("channel"), r.what),
                                Format::localDateTime(r.at));
    case ReviewMeasure::OverdueTasks:
        return tr("%1: due %2").arg(r.what, Format::date(r.due));
    case ReviewMeasure::Breaches:
        return tr("%1: first contact was due %2")
            .arg(Format::code(QStringLiteral("offence_group"), r.what), Format::date(r.due));
    case ReviewMeasure::DueSoon:
        return tr("%1: first contact due %2")
            .arg(Format::code(QStringLiteral("offence_group"), r.what),
                 r.due == m_services.context.today() ? tr("today") : tr("tomorrow"));
    case ReviewMeasure::Unallocated:
        return tr("%1: received %2")
            .arg(Format::code(QStringLiteral("offence_group"), r.what),
                 Format::localDateTime(r.at));
    case ReviewMeasure::MeasureCount:
        break;
    }
    return {};
}

int ReviewRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ReviewRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const auto &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Person:
            return r.personName.isEmpty() ? tr("Nobody in particular") : r.personName;
        case Record:
            return recordTypeName(r.recordType);
        case Detail:
            return detail(r);
        case Priority:
            return priorityName(r.priority);
        case Status:
            if (r.recordType == QLatin1String("episode"))
                return Format::code(QStringLiteral("episode_status"), r.status);
            if (r.recordType == QLatin1String("referral"))
                return Format::code(QStringLiteral("referral_status"), r.status);
            return QString();
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == Priority && r.priority == QLatin1String("urgent"))
            return QBrush(Colours::text(Colours::Tone::Danger));
        if (index.column() == Priority && r.priority == QLatin1String("high"))
            return QBrush(Colours::text(Colours::Tone::Warning));
        return {};
    case PersonIdRole:
        return r.personId;
    case RecordTypeRole:
        return r.recordType;
    case RecordIdRole:
        return r.id;
    case StatusRole:
        return r.status;
    default:
        return {};
    }
}

QVariant ReviewRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Person:
        return tr("Person");
    case Record:
        return tr("Record");
    case Detail:
        return tr("Why it counts");
    case Priority:
        return tr("Priority");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace hub::ui
