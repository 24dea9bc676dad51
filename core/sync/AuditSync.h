#pragma once

#include "Hub.h"
#include "services/AuditService.h"

#include <memory>

namespace hub::sync {

// A desk's audit trail against the hub's copy of it (docs/SYNC.md "Audit trail on the
// hub"): the hub holds each desk's events up to the last sync, so a trail cut short or
// rewritten on the desk afterwards no longer reaches the hub's head.
struct AuditReach
{
    qint64 hubHead = 0;   // the newest event the hub holds from this desk (0: none)
    QString hubHash;      // its hash
    qint64 localLast = 0; // the newest event on this desk
    QString problem;      // one line; empty while the trail here reaches the hub's head
    bool reaches() const { return problem.isEmpty(); }
};

// Whether the trail in `db` still holds, unchanged, the newest event the hub has from the
// desk `clientId`.
Result<AuditReach> auditReach(store::Database &db, Hub &hub, const QString &clientId);

// Part of every sync: sends the events of `db`'s trail the hub does not hold yet, oldest
// first in pages, after checking that the trail still reaches the hub's head and that the
// events sent are sound. Returns how many the hub added. `userId`: who is syncing.
Result<int> pushAuditTrail(store::Database &db, Hub &hub, const QString &clientId,
                           const QString &userId);

// What re-anchoring did: the trail's old and new names on the hub, the newest event the hub
// holds under the old name and the newest on the desk when it was done.
struct Reanchored
{
    QString from;
    QString to;
    qint64 hubHead = 0;
    qint64 localLast = 0;
};

// An administrator's answer to a desk whose trail no longer reaches the hub's copy (a desk
// restored from an older backup; docs/SYNC.md "Re-anchoring a desk's trail"): the desk's
// trail goes to the hub under a new name from then on, and the old one stays on the hub as
// it was sent. One audit event on the desk (`audit.reanchor`, with both names, both heads
// and the reason) records the decision; it is the first thing the hub then reads of the
// new trail's tail. Refused (nothing changed) while the trail still reaches the hub's head,
// without a reason, or for anyone who may not restore backups (Action::Backup).
Result<Reanchored> reanchorAuditTrail(store::Database &db, Hub &hub, const domain::Actor &actor,
                                      const QString &reason, const util::Clock &clock);

// The audit page's hub-wide view: every desk's events as the hub holds them, for auditors
// and administrators (ViewAudit; on PostgreSQL the hub's row-level security also lets only
// their logins read the rows). verify() walks each desk's chain, hashes included.
class HubAuditReader : public services::AuditSource
{
    Q_DECLARE_TR_FUNCTIONS(HubAuditReader)

public:
    static Result<std::unique_ptr<HubAuditReader>> open(const domain::Actor &actor,
                                                        const HubUrl &url, const QString &password);

    Result<QVector<domain::AuditEvent>> events(const domain::Actor &actor,
                                               const services::AuditQuery &query) override;
    Result<qint64> count(const domain::Actor &actor, const services::AuditQuery &query) override;
    Result<QStringList> actions(const domain::Actor &actor) override;
    Result<services::AuditVerification> verify(const domain::Actor &actor) override;
    // Pages run by the hub's order of receipt, not by one desk's numbers.
    qint64 pageKey(const domain::AuditEvent &last) const override;

private:
    explicit HubAuditReader(std::unique_ptr<Hub> hub) : m_hub(std::move(hub)) {}

    std::unique_ptr<Hub> m_hub;
    qint64 m_lastN = 0; // the hub order of the last event events() returned
};

} // namespace hub::sync
