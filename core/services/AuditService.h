#pragma once

#include "ServiceContext.h"
#include "domain/AuditEvent.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>

#include <optional>

namespace hub::services {

// The first event that breaks the audit chain, and how.
struct AuditProblem
{
    enum class Kind
    {
        Edited,   // the event's fields no longer match its own hash
        Missing,  // a gap in seq: the events in between were removed
        Inserted, // prev_hash does not match the event before it (inserted or reordered)
    };
    Kind kind = Kind::Edited;
    qint64 seq = 0;
    QString message; // one line naming the event and what is wrong
};

struct AuditVerification
{
    qint64 events = 0; // events checked (all of them when intact)
    std::optional<AuditProblem> problem;
    bool intact() const { return !problem.has_value(); }
};

// What an auditor asks of the trail: empty fields match everything; `from` and `to` are
// Europe/London days, both included. Pages run newest first: the next page starts below
// the last seq shown (`beforeSeq`, 0 for the newest).
struct AuditQuery
{
    QString userId;
    QString personId;
    QString action;
    QDate from;
    QDate to;
    qint64 beforeSeq = 0;
    int limit = 200;
};

// The audit trail (PRODUCT.md "Need to know"): every view of a person, every change and
// every sign-in is appended as a hash-chained event, inside the transaction of the change
// it records, so a change and its event commit or roll back together.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    AuditService(store::Database &db, const util::Clock &clock) : m_db(db), m_clock(clock) {}
    explicit AuditService(ServiceContext &ctx) : AuditService(ctx.db, ctx.clock) {}

    // Appends one event for `actor` (its username is looked up). Joins the caller's open
    // transaction as a savepoint, or commits on its own when there is none.
    Status record(const domain::Actor &actor, const QString &action, const QString &recordType,
                  const QString &recordId, const QString &personId, const QString &detail = {});
    // The same for someone who is not signed in (sign-in attempts): the name as typed.
    Status recordAs(const QString &userId, const QString &username, const QString &workstation,
                    const QString &action, const QString &recordType, const QString &recordId,
                    const QString &detail);

    // Walks the chain in seq order and stops at the first event that does not fit.
    Result<AuditVerification> verify();
    // The same for someone at a desk: auditors and administrators (ViewAudit).
    Result<AuditVerification> verify(const domain::Actor &actor);

    // Reading the trail (ViewAudit: auditors and administrators). A bad filter (a person id
    // that is not an id, `from` after `to`) is one Validation error naming the field.
    Result<QVector<domain::AuditEvent>> events(const domain::Actor &actor, const AuditQuery &query);
    Result<qint64> count(const domain::Actor &actor, const AuditQuery &query);
    // The action codes on the trail, for a filter's choices.
    Result<QStringList> actions(const domain::Actor &actor);
    // Writes every matching event (not only a page), oldest first, as CSV with text cells
    // neutralised against spreadsheet formulas (util/Csv.h), and records the export itself
    // as an "audit.export" event. Returns the number of events written.
    Result<qint64> exportCsv(const domain::Actor &actor, const AuditQuery &query, QIODevice &out);

private:
    Status append(domain::AuditEvent e);
    store::Database &m_db;
    const util::Clock &m_clock;
};

} // namespace hub::services
