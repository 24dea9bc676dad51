#include "InboxModel.h"

#include "Format.h"
#include "services/DeskService.h"
#include "widgets/ClockBadge.h"

#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QTimer>

namespace hub::ui {

namespace {
constexpr int kTickMs = 60 * 1000;
const QColor kDanger(0xb3, 0x26, 0x1e);
const QColor kMuted(0x6b, 0x72, 0x80);

// A red dot beside the name of someone with safety-of-contact limits, a blank otherwise
// (so that the names line up), as in My caseload.
QIcon safetyDot(bool limits)
{
    auto make = [](bool dot) {
        QPixmap pm(16, 16);
        pm.fill(Qt::transparent);
        if (dot) {
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(kDanger);
            p.drawEllipse(QRectF(3, 3, 10, 10));
        }
        return QIcon(pm);
    };
    static const QIcon dot = make(true);
    static const QIcon blank = make(false);
    return limits ? dot : blank;
}
} // namespace

InboxModel::InboxModel(services::Services &services, domain::Actor actor, QObject *parent)
    : QAbstractTableModel(parent), m_services(services), m_actor(std::move(actor))
{
    // Several notices of one action (a new person and their referral) reload once.
    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &InboxModel::refresh);
    connect(&m_services.notifier, &services::ChangeNotifier::changed, m_coalesce,
            qOverload<>(&QTimer::start));
    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &InboxModel::refresh);
    m_tick->start();
    refresh();
}

void InboxModel::refresh()
{
    m_coalesce->stop();
    auto loaded = services::ReferralService(m_services.context).inbox(m_actor, m_actor.teamId);
    if (!loaded.ok()) {
        m_error = Format::error(loaded.error());
        Q_EMIT loadFailed(m_error);
        return; // keep showing what was there
    }
    m_error.clear();
    auto items = std::move(loaded).value();

    bool sameRows = items.size() == m_items.size();
    for (int i = 0; sameRows && i < items.size(); ++i)
        sameRows = items.at(i).row.referral.id == m_items.at(i).row.referral.id;
    if (sameRows) {
        // Same rows in the same order: update in place so the view keeps its selection.
        m_items = std::move(items);
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_items = std::move(items);
        endResetModel();
    }
    Q_EMIT refreshed();
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
        if (column == AssignedTo && r.assignedTo.isEmpty())
            return kMuted;
        return {};
    case Qt::FontRole:
        if ((column == Clock && item.clock.isBreach()) ||
            (column == AssignedTo && r.assignedTo.isEmpty())) {
            QFont f;
            f.setBold(column == Clock);
            f.setItalic(column == AssignedTo);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
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
