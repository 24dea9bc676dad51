#include "AuditSync.h"

#include "LocalSync.h"
#include "security/Permissions.h"
#include "store/AuditRepository.h"
#include "store/Transaction.h"

namespace hub::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncAudit)
};

constexpr int kAuditPage = 500; // events per hub call

} // namespace

Result<AuditReach> auditReach(store::Database &db, Hub &hub, const QString &clientId)
{
    auto head = hub.auditHead(clientId);
    if (!head.ok())
        return head.error();
    store::AuditRepository events(db);
    auto last = events.last();
    if (!last.ok())
        return last.error();
    AuditReach out;
    out.hubHead = head->seq;
    out.hubHash = head->hash;
    out.localLast = last.value() ? last.value()->seq : 0;
    if (out.hubHead == 0)
        return out;
    auto held = events.at(out.hubHead);
    if (!held.ok())
        return held.error();
    if (!held.value() && out.localLast < out.hubHead) {
        out.problem =
            out.localLast + 1 == out.hubHead
                ? Text::tr("the hub holds this desk's events up to event %1, but the trail here "
                           "ends at event %2: event %1 was removed after it was sent")
                      .arg(out.hubHead)
                      .arg(out.localLast)
                : Text::tr("the hub holds this desk's events up to event %1, but the trail here "
                           "ends at event %2: events %3 to %1 were removed after they were sent")
                      .arg(out.hubHead)
                      .arg(out.localLast)
                      .arg(out.localLast + 1);
    } else if (!held.value()) {
        out.problem = Text::tr("event %1, the newest the hub holds from this desk, is no longer "
                               "here: it was removed after it was sent")
                          .arg(out.hubHead);
    } else if (held.value()->hash != head->hash) {
        out.problem = Text::tr("event %1 here differs from the one the hub holds: the trail was "
                               "rewritten after it was sent")
                          .arg(out.hubHead);
    }
    return out;
}

Result<int> pushAuditTrail(store::Database &db, Hub &hub, const QString &clientId,
                           const QString &userId)
{
    auto reach = auditReach(db, hub, clientId);
    if (!reach.ok())
        return reach.error();
    if (!reach->reaches())
        return Error::make(Error::Kind::Conflict,
                           Text::tr("this desk's audit trail no longer reaches the one the hub "
                                    "holds (%1); no audit event was sent")
                               .arg(reach->problem));
    if (reach->localLast <= reach->hubHead)
        return 0;
    // Only a sound tail is sent: an event edited here is reported, not copied to the hub.
    services::AuditWalk walk;
    walk.startAfter(reach->hubHead, reach->hubHash);
    QVector<domain::AuditEvent> page;
    int added = 0;
    auto send = [&]() -> Status {
        auto pushed = hub.pushAudit(clientId, userId, page);
        if (!pushed.ok())
            return pushed.error();
        added += pushed.value();
        page.clear();
        return {};
    };
    store::AuditSelection after;
    after.afterSeq = reach->hubHead;
    auto s = store::AuditRepository(db).forEach(after, [&](const domain::AuditEvent &e) {
        if (!walk.next(e))
            return Status(Error::make(Error::Kind::Conflict,
                                      Text::tr("this desk's audit trail is broken (%1); the "
                                               "events from there on were not sent")
                                          .arg(walk.result().problem->message)));
        page.push_back(e);
        return page.size() >= kAuditPage ? send() : Status();
    });
    if (s.ok() && !page.isEmpty())
        s = send();
    if (!s.ok())
        return s.error();
    return added;
}

Result<Reanchored> reanchorAuditTrail(store::Database &db, Hub &hub, const domain::Actor &actor,
                                      const QString &reason, const util::Clock &clock)
{
    if (auto s = security::check(actor, security::Action::Backup); !s.ok())
        return s.error();
    const auto why = reason.simplified();
    if (why.isEmpty())
        return Error::invalid(QStringLiteral("reason"),
                              Text::tr("say why the trail is re-anchored (for instance which "
                                       "backup the desk was restored from)"));
    if (why.size() > 400)
        return Error::invalid(QStringLiteral("reason"),
                              Text::tr("must be at most 400 characters, not %1").arg(why.size()));
    LocalSync local(db, clock);
    auto st = local.state();
    if (!st.ok())
        return st.error();
    auto reach = auditReach(db, hub, st->auditTrail);
    if (!reach.ok())
        return reach.error();
    if (reach->reaches())
        return Error::make(Error::Kind::Conflict,
                           Text::tr("this desk's audit trail still reaches the one the hub holds "
                                    "(event %1): there is nothing to re-anchor")
                               .arg(reach->hubHead));
    // The first name the hub holds nothing under: a desk restored twice from the same old
    // backup gets a third name, never one whose events it does not have.
    QString next;
    for (int n = 2; n < 1000 && next.isEmpty(); ++n) {
        const auto name = QStringLiteral("%1-%2").arg(st->clientId).arg(n);
        auto head = hub.auditHead(name);
        if (!head.ok())
            return head.error();
        if (head->seq == 0)
            next = name;
    }
    if (next.isEmpty())
        return Error::make(Error::Kind::Conflict,
                           Text::tr("the hub holds 1,000 trails from this desk: no new name left"));
    store::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    const auto detail = QStringLiteral("from=%1 to=%2 hub_head=%3 hub_hash=%4 desk_last=%5 "
                                       "reason=%6")
                            .arg(st->auditTrail, next)
                            .arg(reach->hubHead)
                            .arg(reach->hubHash)
                            .arg(reach->localLast)
                            .arg(why);
    if (auto s = services::AuditService(db, clock).record(actor, QStringLiteral("audit.reanchor"),
                                                          QStringLiteral("audit_trail"), next,
                                                          QString(), detail);
        !s.ok())
        return s.error();
    if (auto s = local.setAuditTrail(next); !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return Reanchored{st->auditTrail, next, reach->hubHead, reach->localLast};
}

Result<std::unique_ptr<HubAuditReader>>
HubAuditReader::open(const domain::Actor &actor, const HubUrl &url, const QString &password)
{
    if (auto s = security::check(actor, security::Action::ViewAudit); !s.ok())
        return s.error();
    auto hub = Hub::open(url, password);
    if (!hub.ok())
        return hub.error();
    auto info = hub.value()->info();
    if (!info.ok())
        return info.error();
    if (info->schemaVersion < kHubSchema)
        return Error::make(Error::Kind::Version,
                           tr("the hub has schema %1 and keeps no audit trail before schema %2: "
                              "run hubctl hub init on the hub to update it")
                               .arg(info->schemaVersion)
                               .arg(kHubSchema));
    return std::unique_ptr<HubAuditReader>(new HubAuditReader(std::move(hub).value()));
}

Result<QVector<domain::AuditEvent>> HubAuditReader::events(const domain::Actor &actor,
                                                           const services::AuditQuery &query)
{
    if (auto s = security::check(actor, security::Action::ViewAudit); !s.ok())
        return s.error();
    auto which = services::AuditService::selection(query);
    if (!which.ok())
        return which.error();
    auto rows = m_hub->auditPage(which.value(), query.beforeSeq, query.limit);
    if (!rows.ok())
        return rows.error();
    QVector<domain::AuditEvent> out;
    out.reserve(rows->size());
    for (const auto &row : *rows)
        out.push_back(row.event);
    if (!rows->isEmpty())
        m_lastN = rows->constLast().n;
    return out;
}

Result<qint64> HubAuditReader::count(const domain::Actor &actor, const services::AuditQuery &query)
{
    if (auto s = security::check(actor, security::Action::ViewAudit); !s.ok())
        return s.error();
    auto which = services::AuditService::selection(query);
    if (!which.ok())
        return which.error();
    return m_hub->auditCount(which.value());
}

Result<QStringList> HubAuditReader::actions(const domain::Actor &actor)
{
    if (auto s = security::check(actor, security::Action::ViewAudit); !s.ok())
        return s.error();
    return m_hub->auditActions();
}

Result<services::AuditVerification> HubAuditReader::verify(const domain::Actor &actor)
{
    if (auto s = security::check(actor, security::Action::ViewAudit); !s.ok())
        return s.error();
    services::AuditVerification out;
    QString client;
    services::AuditWalk walk;
    qint64 before = 0; // events of the desks walked already
    auto s = m_hub->forEachAudit([&](const HubAuditRow &row) {
        if (row.clientId != client) {
            before += walk.result().events;
            client = row.clientId;
            walk = services::AuditWalk();
        }
        if (walk.next(row.event))
            return Status();
        auto problem = *walk.result().problem;
        problem.message =
            tr("desk %1 (%2): %3").arg(row.event.workstation, row.clientId, problem.message);
        out.problem = problem;
        return Status(Error::make(Error::Kind::Conflict, problem.message));
    });
    out.events = before + walk.result().events;
    if (!s.ok() && !out.problem)
        return s.error();
    return out;
}

qint64 HubAuditReader::pageKey(const domain::AuditEvent &) const
{
    return m_lastN;
}

} // namespace hub::sync
