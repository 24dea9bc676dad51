#include "AuditEventsModel.h"

#include "Format.h"
#include "auth/AuthWords.h"
#include "services/DeskService.h"
#include "util/Time.h"

namespace hub::ui {

AuditEventsModel::AuditEventsModel(services::Services &services, domain::Actor actor,
                                   QObject *parent)
    : QAbstractTableModel(parent),
      m_local(std::make_unique<services::AuditService>(services.context)), m_source(m_local.get()),
      m_actor(std::move(actor))
{
}

AuditEventsModel::~AuditEventsModel() = default;

void AuditEventsModel::setSource(services::AuditSource *source)
{
    m_source = source ? source : m_local.get();
}

bool AuditEventsModel::setQuery(const services::AuditQuery &query)
{
    beginResetModel();
    m_query = query;
    m_query.beforeSeq = 0;
    m_query.limit = kPageSize;
    m_events.clear();
    m_total = 0;
    m_complete = true;
    m_error.clear();
    auto total = m_source->count(m_actor, m_query);
    auto first = total.ok() ? m_source->events(m_actor, m_query)
                            : Result<QVector<domain::AuditEvent>>(total.error());
    if (first.ok()) {
        m_total = total.value();
        m_events = std::move(first.value());
        m_complete = m_events.size() >= m_total;
    } else {
        // A bad filter is the user's to correct: its own words; anything else as usual.
        m_error = first.error().kind == Error::Kind::Invalid ? asSentence(first.error().message)
                                                             : Format::error(first.error());
    }
    endResetModel();
    return m_error.isEmpty();
}

int AuditEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditEventsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void AuditEventsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_events.isEmpty())
        return;
    auto query = m_query;
    query.beforeSeq = m_source->pageKey(m_events.constLast());
    auto page = m_source->events(m_actor, query);
    if (!page.ok() || page->isEmpty()) {
        m_complete = true;
        if (!page.ok())
            m_error = Format::error(page.error());
        return;
    }
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_events += page.value();
    endInsertRows();
    m_complete = m_events.size() >= m_total || page->size() < query.limit;
}

QVariant AuditEventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const auto &e = m_events.at(index.row());
    if (role == Qt::UserRole)
        return e.seq;
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Seq:
        return e.seq;
    case When:
        return role == Qt::ToolTipRole
                   ? e.at
                   : Format::localDateTime(util::parseRfc3339(e.at)); // London time
    case User:
        return e.username.isEmpty() ? e.userId : e.username;
    case Workstation:
        return e.workstation;
    case Action:
        return e.action;
    case Record:
        return e.recordId.isEmpty() ? e.recordType
                                    : QStringLiteral("%1 %2").arg(e.recordType, e.recordId);
    case Person:
        return e.personId;
    case Detail:
        return e.detail;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Seq:
        return tr("No.");
    case When:
        return tr("When");
    case User:
        return tr("User");
    case Workstation:
        return tr("Workstation");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Person:
        return tr("Person id");
    case Detail:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace hub::ui
