#include "ErasureService.h"

#include "Access.h"
#include "AuditService.h"
#include "SettingsService.h"
#include "security/Permissions.h"
#include "store/ErasureRepository.h"
#include "store/PersonQueries.h"
#include "store/Repositories.h"
#include "store/Transaction.h"
#include "util/Ids.h"
#include "util/Time.h"

#include <QRegularExpression>
#include <QSet>

namespace hub::services {

namespace {

const QString kPersonId = QStringLiteral("person_id");

// Whether `reason` contains a part of the person's name (the reason stays in the erasure
// log and the audit trail, which must never name an erased person).
bool names(const QString &reason, const domain::Person &p)
{
    const auto parts =
        (p.givenName + QLatin1Char(' ') + p.familyName)
            .split(QRegularExpression(QStringLiteral("[\\s\\-']+")), Qt::SkipEmptyParts);
    for (const auto &part : parts) {
        if (part.size() >= 2 &&
            reason.contains(
                QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(part)),
                                   QRegularExpression::CaseInsensitiveOption |
                                       QRegularExpression::UseUnicodePropertiesOption)))
            return true;
    }
    return false;
}

// What to do when asked to erase a merged record (a tombstone).
QString mergedAdvice()
{
    return QCoreApplication::translate("ErasureService",
                                       "erase that record, and this one goes with it");
}

QString nameOf(const QString &given, const QString &family)
{
    return (given + QLatin1Char(' ') + family).trimmed();
}

} // namespace

Status ErasureService::checkYears(int years) const
{
    if (years < 1 || years > SettingsService::kMaxRetentionYears)
        return Error::invalid(QStringLiteral("years"), tr("must be between 1 and %1, not %2")
                                                           .arg(SettingsService::kMaxRetentionYears)
                                                           .arg(years));
    return {};
}

// After commit: the write-ahead log still holds the pages as they were before; folding it
// into the file and truncating it leaves the erased text nowhere (secure_delete zeroes
// what the file freed). The erasure's own transaction marked this as still to do, so an
// erasure cut short here (another program reading, a crash) is finished by running it
// again, or by finishLeftovers().
Status ErasureService::finish()
{
    m_ctx.notifier.notify(ChangeNotifier::Kind::Everything, QString(), QString());
    if (auto s = store::ErasureRepository(m_ctx.db).wipeLeftovers(); !s.ok())
        return Error::make(Error::Kind::Storage,
                           tr("the erasure is saved, but the database's write-ahead log could "
                              "not be cleared yet (%1); close the other programs using the "
                              "database and erase again to clear it")
                               .arg(s.error().message));
    return {};
}

Status ErasureService::finishLeftovers(const domain::Actor &actor)
{
    if (!security::Permissions::allows(actor.role, security::Action::Erase) &&
        !security::Permissions::allows(actor.role, security::Action::EraseRetention))
        return security::check(actor, security::Action::Erase);
    if (!store::ErasureRepository(m_ctx.db).hasLeftovers())
        return {};
    return finish();
}

Result<QVector<ErasureCandidate>> ErasureService::find(const domain::Actor &actor,
                                                       const QString &text)
{
    if (auto s = security::check(actor, security::Action::Erase); !s.ok())
        return s.error();
    store::ErasureRepository erasures(m_ctx.db);
    QVector<ErasureCandidate> out;
    auto add = [&](const QString &id, const QString &name, const QDate &dob) {
        ErasureCandidate c;
        c.personId = id;
        c.name = name;
        c.birthYear = dob.isValid() ? dob.year() : 0;
        auto last = erasures.lastActivity(id);
        if (last.ok() && last->isValid())
            c.lastActivity = util::londonDate(last.value());
        c.openWork = erasures.openWork(id);
        if (auto erased = erasures.get(id); erased.ok()) {
            c.erased = true;
            c.name.clear();
            c.erasedOn = util::londonDate(erased->erasedAt);
        }
        out.push_back(c);
    };
    const auto query = text.trimmed();
    if (util::isValidId(query.toLower())) {
        const auto id = query.toLower();
        auto p = store::PersonRepository(m_ctx.db).get(id);
        if (p.ok())
            add(id, nameOf(p->givenName, p->familyName), p->dateOfBirth);
        else if (erasures.isErased(id))
            add(id, QString(), QDate());
        return out;
    }
    auto found =
        store::PersonQueries(m_ctx.db).search(query, kMaxResults, store::PersonFilter::everyone());
    if (!found.ok())
        return found.error();
    for (const auto &p : found.value())
        add(p.id, nameOf(p.givenName, p.familyName), p.dateOfBirth);
    return out;
}

Status ErasureService::erase(const domain::Actor &actor, const ErasureRequest &request)
{
    if (auto s = security::check(actor, security::Action::Erase); !s.ok())
        return s;
    const auto id = request.personId.trimmed();
    if (!util::isValidId(id))
        return Error::invalid(kPersonId, tr("'%1' is not a person id (expected a lower-case "
                                            "UUID such as 0b5c2a9e-...)")
                                             .arg(id.left(40)));
    const auto reason = request.reason.simplified();
    if (reason.isEmpty())
        return Error::invalid(QStringLiteral("reason"), tr("give the reason for the erasure"));
    if (reason.size() > kMaxReason)
        return Error::invalid(QStringLiteral("reason"),
                              tr("is longer than %1 characters").arg(kMaxReason));
    const QDate today = m_ctx.today();
    const QDate requestedOn = request.requestedOn.isNull() ? today : request.requestedOn;
    if (!requestedOn.isValid() || requestedOn > today)
        return Error::invalid(QStringLiteral("requested_on"),
                              tr("the request date cannot be after today"));
    store::ErasureRepository erasures(m_ctx.db);
    if (erasures.isErased(id)) {
        // Erasing again finishes an erasure that was saved but cut short before its
        // write-ahead log was cleared; one that is complete is refused.
        if (erasures.hasLeftovers())
            return finish();
        return Error{Error::Kind::Conflict, kPersonId, tr("person %1 is already erased").arg(id),
                     0};
    }
    auto person = store::PersonRepository(m_ctx.db).get(id);
    if (!person.ok())
        return Error{Error::Kind::NotFound, kPersonId, tr("there is no person %1").arg(id), 0};
    if (auto s = refuseMerged(m_ctx.db, actor, security::Action::Erase, id, mergedAdvice());
        !s.ok())
        return s.error();
    if (const int open = erasures.openWork(id); open > 0)
        return Error::invalid(kPersonId,
                              tr("person %1 still has open referrals or support episodes "
                                 "(%2); a supervisor closes them before the erasure")
                                  .arg(id)
                                  .arg(open));
    if (names(reason, person.value()))
        return Error::invalid(QStringLiteral("reason"),
                              tr("must not contain the person's name: it is kept in the "
                                 "erasure log and the audit trail"));

    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = erasures.erasePerson({id, requestedOn, reason, actor.userId, m_ctx.clock.now()});
        !s.ok())
        return s;
    if (auto s = erasures.compactSearch(); !s.ok())
        return s;
    if (auto s = AuditService(m_ctx).record(
            actor, QStringLiteral("person.erase"), QStringLiteral("person"), id, id,
            QStringLiteral("requested_on=%1 reason=%2").arg(util::toIsoDate(requestedOn), reason));
        !s.ok())
        return s;
    if (auto s = tx.commit(); !s.ok())
        return s;
    return finish();
}

Result<QVector<RetentionEntry>> ErasureService::retentionList(const domain::Actor &actor, int years)
{
    if (auto s = security::check(actor, security::Action::EraseRetention); !s.ok())
        return s.error();
    if (auto s = checkYears(years); !s.ok())
        return s.error();
    const QDateTime before(m_ctx.today().addYears(-years), QTime(0, 0), util::london());
    auto rows = store::ErasureRepository(m_ctx.db).inactiveSince(before.toUTC(), false);
    if (!rows.ok())
        return rows.error();
    QVector<RetentionEntry> out;
    out.reserve(rows->size());
    for (const auto &r : rows.value())
        out.push_back({r.personId, nameOf(r.givenName, r.familyName), r.lastActivity});
    return out;
}

Result<int> ErasureService::eraseForRetention(const domain::Actor &actor, int years,
                                              const QStringList &personIds,
                                              const Progress &progress)
{
    auto due = retentionList(actor, years);
    if (!due.ok())
        return due.error();
    if (personIds.isEmpty())
        return Error::invalid(kPersonId, tr("choose at least one person to erase"));
    QSet<QString> listed;
    for (const auto &e : due.value())
        listed.insert(e.personId);
    QSet<QString> seen;
    for (const auto &id : personIds) {
        // A merged record is never listed (it has no work of its own): it goes with the
        // record it was merged into.
        if (auto s =
                refuseMerged(m_ctx.db, actor, security::Action::EraseRetention, id, mergedAdvice());
            !s.ok())
            return s.error();
        if (!listed.contains(id))
            return Error::invalid(kPersonId,
                                  tr("person %1 is not due for erasure: they are erased, "
                                     "unknown, still have open work or had activity within "
                                     "the retention period (%2 years)")
                                      .arg(id.left(40))
                                      .arg(years));
        if (seen.contains(id))
            return Error::invalid(kPersonId, tr("person %1 is listed twice").arg(id));
        seen.insert(id);
    }

    const QDate today = m_ctx.today();
    // Stored data, not a message: the same words whatever the user's language.
    const auto reason = QStringLiteral("retention period of %1 years without activity").arg(years);
    store::ErasureRepository erasures(m_ctx.db);
    AuditService audit(m_ctx);
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    int done = 0;
    for (const auto &id : personIds) {
        if (auto s = erasures.erasePerson({id, today, reason, actor.userId, m_ctx.clock.now()});
            !s.ok())
            return s.error();
        if (auto s = audit.record(actor, QStringLiteral("person.erase"), QStringLiteral("person"),
                                  id, id,
                                  QStringLiteral("requested_on=%1 retention_years=%2")
                                      .arg(util::toIsoDate(today))
                                      .arg(years));
            !s.ok())
            return s.error();
        ++done;
        if (progress)
            progress(done, int(personIds.size()));
    }
    if (auto s = erasures.compactSearch(); !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    if (auto s = finish(); !s.ok())
        return s.error();
    return done;
}

} // namespace hub::services
