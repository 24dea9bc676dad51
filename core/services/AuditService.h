#pragma once

#include "ServiceContext.h"
#include "domain/AuditEvent.h"
#include "store/AuditRepository.h"

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

// verify()'s walk, one event at a time in seq order, so the hub's copy of each desk's
// trail is checked the same way (sync/AuditSync.h).
class AuditWalk
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    // A walk of the events after `seq`, whose hash is `hash` (a trail's tail).
    void startAfter(qint64 seq, const QString &hash);
    // False at the first event that does not fit: result().problem says how, and the walk
    // stops there.
    bool next(const domain::AuditEvent &e);
    const AuditVerification &result() const { return m_result; }

private:
    bool fail(AuditProblem::Kind kind, qint64 seq, const QString &message);

    AuditVerification m_result;
    qint64 m_expectedSeq = 1;
    QString m_expectedPrev;
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

// Where the audit page reads events from: this desk's trail (AuditService) or every desk's
// trail as the hub holds it (sync::HubAuditReader). Each checks ViewAudit itself.
class AuditSource
{
public:
    virtual ~AuditSource() = default;
    virtual Result<QVector<domain::AuditEvent>> events(const domain::Actor &actor,
                                                       const AuditQuery &query) = 0;
    virtual Result<qint64> count(const domain::Actor &actor, const AuditQuery &query) = 0;
    virtual Result<QStringList> actions(const domain::Actor &actor) = 0;
    virtual Result<AuditVerification> verify(const domain::Actor &actor) = 0;
    // The AuditQuery::beforeSeq of the page after the last one events() returned, whose
    // last event is `last`.
    virtual qint64 pageKey(const domain::AuditEvent &last) const { return last.seq; }
};

// The audit trail (PRODUCT.md "Need to know"): every view of a person, every change and
// every sign-in is appended as a hash-chained event, inside the transaction of the change
// it records, so a change and its event commit or roll back together.
class AuditService : public AuditSource
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
    Result<AuditVerification> verify(const domain::Actor &actor) override;

    // Reading the trail (ViewAudit: auditors and administrators). A bad filter (a person id
    // that is not an id, `from` after `to`) is one Validation error naming the field.
    Result<QVector<domain::AuditEvent>> events(const domain::Actor &actor,
                                               const AuditQuery &query) override;
    Result<qint64> count(const domain::Actor &actor, const AuditQuery &query) override;
    // The action codes on the trail, for a filter's choices.
    Result<QStringList> actions(const domain::Actor &actor) override;
    // The store's selection for `query` (London days as UTC instants), or the Validation
    // error naming the field that is wrong.
    static Result<store::AuditSelection> selection(const AuditQuery &query);
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
