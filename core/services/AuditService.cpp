#include "AuditService.h"

#include "security/AuditChain.h"
#include "security/Permissions.h"
#include "store/AuditRepository.h"
#include "store/Repositories.h"
#include "store/Transaction.h"
#include "util/Csv.h"
#include "util/Ids.h"
#include "util/Time.h"

namespace hub::services {

namespace {
constexpr int kMaxPage = 5000;

} // namespace

// Checks the filter first (the actor's right to read the trail is the caller's).
Result<store::AuditSelection> AuditService::selection(const AuditQuery &query)
{
    if (!query.personId.isEmpty() && !util::isValidId(query.personId))
        return Error::invalid(QStringLiteral("person_id"),
                              AuditService::tr("'%1' is not a person id").arg(query.personId));
    if (query.from.isValid() && query.to.isValid() && query.from > query.to)
        return Error::invalid(QStringLiteral("from"),
                              AuditService::tr("the first day is after the last day"));
    if (query.limit < 1 || query.limit > kMaxPage)
        return Error::invalid(QStringLiteral("limit"),
                              AuditService::tr("a page holds 1 to %1 events").arg(kMaxPage));
    auto startOf = [](const QDate &day) {
        return day.isValid() ? util::toIsoUtc(day.startOfDay(util::london())) : QString();
    };
    return store::AuditSelection{query.userId,
                                 query.personId,
                                 query.action,
                                 startOf(query.from),
                                 startOf(query.to.isValid() ? query.to.addDays(1) : QDate()),
                                 0};
}

Status AuditService::record(const domain::Actor &actor, const QString &action,
                            const QString &recordType, const QString &recordId,
                            const QString &personId, const QString &detail)
{
    domain::AuditEvent e;
    e.userId = actor.userId;
    if (!actor.userId.isEmpty()) {
        auto user = store::UserRepository(m_db).get(actor.userId);
        if (user.ok())
            e.username = user->username;
    }
    e.workstation = actor.workstation;
    e.action = action;
    e.recordType = recordType;
    e.recordId = recordId;
    e.personId = personId;
    e.detail = detail;
    return append(std::move(e));
}

Status AuditService::recordAs(const QString &userId, const QString &username,
                              const QString &workstation, const QString &action,
                              const QString &recordType, const QString &recordId,
                              const QString &detail)
{
    domain::AuditEvent e;
    e.userId = userId;
    e.username = username.left(64); // a name as typed may be anything; keep it short
    e.workstation = workstation;
    e.action = action;
    e.recordType = recordType;
    e.recordId = recordId;
    e.detail = detail;
    return append(std::move(e));
}

Status AuditService::append(domain::AuditEvent e)
{
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    store::AuditRepository events(m_db);
    auto last = events.last();
    if (!last.ok())
        return last.error();
    e.seq = last.value() ? last.value()->seq + 1 : 1;
    e.prevHash = last.value() ? last.value()->hash : security::AuditChain::genesis();
    e.at = util::toIsoUtc(m_clock.now());
    e.hash = security::AuditChain::hashOf(e);
    if (auto s = events.insert(e); !s.ok())
        return s;
    return tx.commit();
}

bool AuditWalk::fail(AuditProblem::Kind kind, qint64 seq, const QString &message)
{
    m_result.problem = AuditProblem{kind, seq, message};
    return false;
}

void AuditWalk::startAfter(qint64 seq, const QString &hash)
{
    m_expectedSeq = seq + 1;
    m_expectedPrev = seq > 0 ? hash : QString();
}

bool AuditWalk::next(const domain::AuditEvent &e)
{
    if (m_result.problem)
        return false;
    if (m_expectedPrev.isEmpty())
        m_expectedPrev = security::AuditChain::genesis();
    if (e.seq != m_expectedSeq)
        return fail(AuditProblem::Kind::Missing, m_expectedSeq,
                    e.seq == m_expectedSeq + 1
                        ? tr("event %1 is missing: event %2 follows event %3")
                              .arg(m_expectedSeq)
                              .arg(e.seq)
                              .arg(m_expectedSeq - 1)
                        : tr("events %1 to %2 are missing: event %3 follows event %4")
                              .arg(m_expectedSeq)
                              .arg(e.seq - 1)
                              .arg(e.seq)
                              .arg(m_expectedSeq - 1));
    // The link first: a swapped or inserted event usually has a sound hash of its own.
    if (e.prevHash != m_expectedPrev)
        return fail(AuditProblem::Kind::Inserted, e.seq,
                    tr("event %1 does not follow event %2: it was inserted or moved")
                        .arg(e.seq)
                        .arg(e.seq - 1));
    if (security::AuditChain::hashOf(e) != e.hash)
        return fail(AuditProblem::Kind::Edited, e.seq,
                    tr("event %1 was edited: its contents do not match its hash").arg(e.seq));
    ++m_result.events;
    ++m_expectedSeq;
    m_expectedPrev = e.hash;
    return true;
}

Result<AuditVerification> AuditService::verify()
{
    AuditWalk walk;
    const auto walked = store::AuditRepository(m_db).forEach([&](const domain::AuditEvent &e) {
        // Stops the walk: the first break is what an auditor needs.
        return walk.next(e)
                   ? Status()
                   : Status(Error::make(Error::Kind::Conflict, walk.result().problem->message));
    });
    if (!walked.ok() && !walk.result().problem)
        return walked.error();
    return walk.result();
}

Result<AuditVerification> AuditService::verify(const domain::Actor &actor)
{
    if (auto s = security::check(actor, security::Action::ViewAudit); !s.ok())
        return s.error();
    return verify();
}

Result<QVector<domain::AuditEvent>> AuditService::events(const domain::Actor &actor,
                                                         const AuditQuery &query)
{
    if (auto s = security::check(actor, security::Action::ViewAudit); !s.ok())
        return s.error();
    auto which = selection(query);
    if (!which.ok())
        return which.error();
    return store::AuditRepository(m_db).page(which.value(), query.beforeSeq, query.limit);
}

Result<qint64> AuditService::count(const domain::Actor &actor, const AuditQuery &query)
{
    if (auto s = security::check(actor, security::Action::ViewAudit); !s.ok())
        return s.error();
    auto which = selection(query);
    if (!which.ok())
        return which.error();
    return store::AuditRepository(m_db).count(which.value());
}

Result<QStringList> AuditService::actions(const domain::Actor &actor)
{
    if (auto s = security::check(actor, security::Action::ViewAudit); !s.ok())
        return s.error();
    return store::AuditRepository(m_db).actions();
}

Result<qint64> AuditService::exportCsv(const domain::Actor &actor, const AuditQuery &query,
                                       QIODevice &out)
{
    if (auto s = security::check(actor, security::Action::ViewAudit); !s.ok())
        return s.error();
    auto which = selection(query);
    if (!which.ok())
        return which.error();
    using util::csv::field;
    using util::csv::figure;
    auto put = [&out](const QByteArray &line) {
        return out.write(line) == line.size()
                   ? Status()
                   : Status(
                         Error::make(Error::Kind::Io,
                                     tr("could not write the export: %1").arg(out.errorString())));
    };
    auto s = put(util::csv::record({"seq", "at", "user_id", "username", "workstation", "action",
                                    "record_type", "record_id", "person_id", "detail", "hash"}));
    qint64 rows = 0;
    if (s.ok())
        s = store::AuditRepository(m_db).forEach(which.value(), [&](const domain::AuditEvent &e) {
            ++rows;
            return put(util::csv::record({figure(e.seq), field(e.at), field(e.userId),
                                          field(e.username), field(e.workstation), field(e.action),
                                          field(e.recordType), field(e.recordId), field(e.personId),
                                          field(e.detail), field(e.hash)}));
        });
    if (!s.ok())
        return s.error();
    // The export is on the trail too: who took which events out, never the events.
    const QStringList filter{
        QStringLiteral("events=%1").arg(rows),
        QStringLiteral("user=%1").arg(query.userId),
        QStringLiteral("person=%1").arg(query.personId),
        QStringLiteral("action=%1").arg(query.action),
        QStringLiteral("from=%1").arg(util::toIsoDate(query.from)),
        QStringLiteral("to=%1").arg(util::toIsoDate(query.to)),
    };
    if (auto recorded = record(actor, QStringLiteral("audit.export"), QStringLiteral("audit_event"),
                               {}, {}, filter.join(u';'));
        !recorded.ok())
        return recorded.error();
    return rows;
}

} // namespace hub::services
