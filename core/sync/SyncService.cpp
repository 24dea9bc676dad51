#include "SyncService.h"

#include "AuditSync.h"
#include "Hub.h"
#include "HubDetail.h"
#include "HubTrust.h"
#include "LocalSync.h"
#include "domain/ReferenceData.h"
#include "security/Permissions.h"
#include "services/Access.h"
#include "services/AuditService.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "util/Ids.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cstdlib>

namespace hub::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)
};

// HUB_SYNC_FAULT=after_reserve|after_hub_commit|mid_pull_apply: the process ends at that
// point as if the power went (tests prove every point converges on the next run).
void faultPoint(const char *name)
{
    if (qgetenv("HUB_SYNC_FAULT") == name)
        std::_Exit(70);
}

int massDeletePercent(store::Database &db)
{
    auto &q = db.prepared(
        QStringLiteral("SELECT value FROM hub_setting WHERE key = 'sync.mass_delete_percent'"));
    int out = 30;
    if (q.exec() && q.next())
        out = q.value(0).toInt();
    q.finish();
    return out > 0 ? out : 30;
}

} // namespace

SyncService::SyncService(store::Database &db, const domain::Actor &actor, const util::Clock &clock)
    : m_db(db), m_actor(actor), m_clock(clock)
{
}

Status SyncService::initHub(const HubUrl &url, const QString &password)
{
    auto hub = Hub::open(url, password);
    if (!hub.ok())
        return hub.error();
    return hub.value()->init();
}

Status SyncService::vacuumHub(const HubUrl &url, const QString &password)
{
    auto hub = Hub::open(url, password);
    if (!hub.ok())
        return hub.error();
    return hub.value()->vacuum();
}

Result<SyncOutcome> SyncService::syncOnce(const HubUrl &url, const QString &password)
{
    if (auto s = security::check(m_actor, security::Action::Sync); !s.ok())
        return s.error();
    LocalSync local(m_db, m_clock);
    (void)local.note(QStringLiteral("last_attempt"), util::toIsoUtc(m_clock.now()));
    (void)local.note(QStringLiteral("hub_url"), url.display());
    auto out = run(url, password);
    if (!out.ok()) {
        (void)local.note(QStringLiteral("last_error"), out.error().describe());
        return out;
    }
    (void)local.note(QStringLiteral("last_success"), util::toIsoUtc(m_clock.now()));
    (void)local.note(QStringLiteral("last_error"), QVariant(QMetaType(QMetaType::QString)));
    return out;
}

// One push (the pending batch, then what was changed since) and one pull.
Result<LocalSync::Applied> pushThenPull(Hub &hub, LocalSync &local, store::Database &db,
                                        const domain::Actor &actor, SyncOutcome &out)
{
    const HubUser user{actor.userId, actor.role, actor.teamId};
    // A batch left pending by a run that died goes first, then whatever was changed since:
    // nothing stays unsent while the pull may remove people from this desk.
    for (int round = 0; round < 2; ++round) {
        auto batch = local.reserve();
        if (!batch.ok())
            return batch.error();
        faultPoint("after_reserve");
        if (batch->isEmpty())
            break;
        auto changes = local.changes(*batch);
        if (!changes.ok())
            return changes.error();
        auto st = local.state();
        if (!st.ok())
            return st.error();
        auto pushed = hub.push({st->clientId, *batch, actor.userId, kProtocol, *changes}, user);
        if (!pushed.ok())
            return pushed.error();
        faultPoint("after_hub_commit");
        if (auto s = local.acknowledge(*batch); !s.ok())
            return s.error();
        out.pushed += pushed->accepted;
        out.refused += pushed->refused;
        out.conflicts += pushed->conflicts;
    }
    auto st = local.state();
    if (!st.ok())
        return st.error();
    auto start = hub.beginPull(st->cursor, user);
    if (!start.ok())
        return start.error();
    if (start->restored) { // restored between our check and now: the next run re-sends
        hub.endPull();
        return Error::make(
            Error::Kind::Conflict,
            Text::tr("the hub was restored from a backup during this sync: run it again"));
    }
    auto applied =
        local.applyPull(hub, *start, massDeletePercent(db), [] { faultPoint("mid_pull_apply"); });
    hub.endPull();
    if (!applied.ok())
        return applied.error();
    return applied;
}

Result<SyncOutcome> SyncService::run(const HubUrl &url, const QString &password)
{
    auto opened = Hub::open(url, password);
    if (!opened.ok())
        return opened.error();
    Hub &hub = *opened.value();
    auto info = hub.info();
    if (!info.ok())
        return info.error();
    if (info->minClientVersion > kProtocol || info->schemaVersion > kHubSchema)
        return Error::make(Error::Kind::Version,
                           Text::tr("the hub needs a newer Victims' Hub: update this program (the "
                                    "changes made here are kept and sent after the update)"));
    if (info->schemaVersion < kHubSchema) // its functions and policy are not there yet
        return Error::make(Error::Kind::Version,
                           Text::tr("the hub has schema %1 and this program needs %2: run hubctl "
                                    "hub init on the hub to update it (the changes made here "
                                    "are kept)")
                               .arg(info->schemaVersion)
                               .arg(kHubSchema));
    LocalSync local(m_db, m_clock);
    auto st = local.state();
    if (!st.ok())
        return st.error();
    const HubUser user{m_actor.userId, m_actor.role, m_actor.teamId};
    if (st->epoch.isEmpty()) {
        // First sync with a hub: every local row is new to it (demo and import data too).
        if (auto s = local.queueAll(false, info->epoch); !s.ok())
            return s.error();
    } else {
        bool restored = st->epoch != info->epoch;
        if (!restored) {
            auto probe = hub.beginPull(st->cursor, user);
            hub.endPull();
            if (!probe.ok())
                return probe.error();
            restored = probe->restored;
            if (restored) { // the first desk to notice tells every other one
                info.value().epoch = util::newId();
                if (auto s = hub.setEpoch(info->epoch); !s.ok())
                    return s.error();
            }
        }
        // A hub restored from a backup lacks what it took since: send everything again,
        // delete nothing.
        if (restored) {
            if (auto s = local.queueAll(true, info->epoch); !s.ok())
                return s.error();
        }
    }
    SyncOutcome out;
    // Push, then pull; again when an edit to someone the pull takes off this desk was made
    // between the two (it is sent before they go).
    for (int attempt = 1;; ++attempt) {
        auto applied = pushThenPull(hub, local, m_db, m_actor, out);
        if (!applied.ok())
            return applied.error();
        if (applied->unsentEdits && attempt < 3)
            continue;
        if (applied->unsentEdits)
            return Error::make(
                Error::Kind::Conflict,
                Text::tr("people leaving this computer were edited during every try of this "
                         "sync: run it again (the edits are kept)"));
        out.pulled = applied->rows;
        out.erased = applied->erased;
        out.revoked = applied->revoked;
        out.pulledConflicts = applied->conflicts;
        if (auto s = auditRun(out); !s.ok())
            return s.error();
        // Last, so the events of this sync's own steps go too: the audit trail outlives
        // the desk, and a trail cut short here no longer matches the hub's copy.
        // Who pushed: the signed-in user, or "system" for the command line's maintenance
        // sync of an office's set-up database.
        auto audited = pushAuditTrail(m_db, hub, st->auditTrail,
                                      m_actor.userId.isEmpty() ? m_actor.role : m_actor.userId);
        if (!audited.ok())
            return audited.error();
        out.audited = audited.value();
        return out;
    }
}

// The desk's audit trail: what a sync moved, in counts (never a value, never a name).
Status SyncService::auditRun(const SyncOutcome &out)
{
    const std::pair<QString, QString> events[] = {
        {QStringLiteral("sync.push"), QStringLiteral("accepted=%1 refused=%2 conflicts=%3")
                                          .arg(out.pushed)
                                          .arg(out.refused)
                                          .arg(out.conflicts)},
        {QStringLiteral("sync.pull"), QStringLiteral("rows=%1 revoked=%2 conflicts=%3")
                                          .arg(out.pulled)
                                          .arg(out.revoked)
                                          .arg(out.pulledConflicts)},
        {out.erased > 0 ? QStringLiteral("sync.erasures_received") : QString(),
         QStringLiteral("people=%1").arg(out.erased)}};
    services::AuditService audit(m_db, m_clock);
    for (const auto &[action, detail] : events) {
        if (action.isEmpty())
            continue;
        if (auto s =
                audit.record(m_actor, action, QStringLiteral("sync"), QString(), QString(), detail);
            !s.ok())
            return s;
    }
    return {};
}

SyncStatus SyncService::status()
{
    SyncStatus out;
    auto &q = m_db.prepared(
        QStringLiteral("SELECT last_success, last_attempt, last_error, hub_url FROM sync_state"));
    if (q.exec() && q.next()) {
        out.lastSuccess = util::parseRfc3339(q.value(0).toString());
        out.lastAttempt = util::parseRfc3339(q.value(1).toString());
        out.lastError = q.value(2).toString();
        out.hubUrl = q.value(3).toString();
    }
    q.finish();
    out.pendingChanges = LocalSync(m_db, m_clock).pendingChanges();
    auto &c = m_db.prepared(
        QStringLiteral("SELECT count(*) FROM sync_conflict WHERE resolution IS NULL"));
    if (c.exec() && c.next())
        out.openConflicts = c.value(0).toInt();
    c.finish();
    return out;
}

Result<QVector<Conflict>> SyncService::conflicts(bool openOnly)
{
    if (auto s = security::check(m_actor, security::Action::Sync); !s.ok())
        return s.error();
    auto &q = m_db.prepared(
        QStringLiteral("SELECT id, kind, row_id, person_id, field, reason, base, hub, client, "
                       "hub_author, client_author, raised_at, resolution, resolved_by "
                       "FROM sync_conflict %1 ORDER BY raised_at, id")
            .arg(openOnly ? QStringLiteral("WHERE resolution IS NULL") : QString()));
    if (!q.exec())
        return store::Database::storageError(q);
    QVector<Conflict> out;
    while (q.next())
        out.push_back(conflictFrom(q));
    q.finish();
    return out;
}

Status SyncService::resolve(const QString &conflictId, Keep keep, const QJsonValue &value)
{
    if (auto s = security::check(m_actor, security::Action::ResolveConflict); !s.ok())
        return s;
    auto all = conflicts(true);
    if (!all.ok())
        return all.error();
    const Conflict *found = nullptr;
    for (const auto &c : *all) {
        if (c.id == conflictId)
            found = &c;
    }
    if (!found)
        return Error{Error::Kind::NotFound, QStringLiteral("id"),
                     Text::tr("there is no open conflict %1").arg(conflictId), 0};
    if (keep == Keep::Value && value.isUndefined())
        return Error::invalid(QStringLiteral("value"), Text::tr("give the value to keep"));
    const QJsonValue chosen =
        keep == Keep::Hub ? found->hub : (keep == Keep::Client ? found->client : value);
    // Only for people this supervisor may work on, and only a value the desk's own
    // validation takes (a conflict came from the hub: its values are not trusted).
    if (!found->personId.isEmpty()) {
        // (ResolveConflict is not about one person: the scope is that of editing them.)
        if (auto s =
                services::checkPerson(m_db, m_actor, security::Action::EditPerson, found->personId);
            !s.ok())
            return s;
    }
    const auto *kind = recordKind(found->recordType);
    if (kind && !found->field.isEmpty()) {
        if (chosen.isArray() || chosen.isObject() ||
            !LocalRows(m_db).columns(*kind).contains(found->field) ||
            kind->key.contains(found->field))
            return Error::invalid(QStringLiteral("value"),
                                  Text::tr("this value cannot be kept as %1 of a %2 record")
                                      .arg(found->field, found->recordType));
        const auto problem =
            checkField(found->recordType, found->field, chosen,
                       [this](const QString &list, const QString &code) {
                           if (domain::ReferenceData::builtin().has(list, code))
                               return true;
                           auto &q = m_db.prepared(QStringLiteral(
                               "SELECT 1 FROM ref_code WHERE list = ? AND code = ?"));
                           q.addBindValue(list);
                           q.addBindValue(code);
                           const bool has = q.exec() && q.next();
                           q.finish();
                           return has;
                       });
        if (!problem.isEmpty())
            return Error::invalid(QStringLiteral("value"), problem);
    }
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    // An out-of-scope edit was never applied: keeping the hub's side changes nothing.
    const bool unchanged = found->reason == QLatin1String("edit_vs_erasure") ||
                           (found->reason == QLatin1String("out_of_scope") && keep == Keep::Hub);
    if (kind && !found->field.isEmpty() && !unchanged) {
        LocalRows rows(m_db);
        auto current = rows.read(*kind, found->recordId);
        if (!current.ok())
            return current.error();
        if (!current->isEmpty() && current->value(found->field) != chosen) {
            if (auto s = rows.setField(*kind, found->recordId, found->field, chosen); !s.ok())
                return s;
        }
    }
    auto &q = m_db.prepared(QStringLiteral("UPDATE sync_conflict SET resolution = ?, "
                                           "resolved_by = ?, resolved_at = ? WHERE id = ?"));
    q.addBindValue(keep == Keep::Hub ? QStringLiteral("hub")
                                     : (keep == Keep::Client ? QStringLiteral("client")
                                                             : QStringLiteral("value")));
    q.addBindValue(m_actor.userId);
    q.addBindValue(util::toIsoUtc(m_clock.now()));
    q.addBindValue(conflictId);
    if (!q.exec())
        return store::Database::storageError(q);
    q.finish();
    const QString kept = keep == Keep::Hub      ? QStringLiteral("hub")
                         : keep == Keep::Client ? QStringLiteral("client")
                                                : QStringLiteral("value");
    if (auto s = services::AuditService(m_db, m_clock)
                     .record(m_actor, QStringLiteral("sync.resolve"), found->recordType,
                             found->recordId, found->personId,
                             QStringLiteral("conflict=%1 field=%2 reason=%3 keep=%4")
                                 .arg(conflictId, found->field, found->reason, kept));
        !s.ok())
        return s;
    return tx.commit();
}

} // namespace hub::sync
