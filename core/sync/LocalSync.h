#pragma once

#include "Hub.h"
#include "LocalRows.h"

#include <functional>

namespace hub::sync {

// The workstation's half of sync: sync_state, the outbox and its batches, applying a pull.
// Every step is one local transaction, so a crash at any point leaves a state the next
// run continues from (docs/SYNC.md "Fault points").
class LocalSync
{
public:
    LocalSync(store::Database &db, const util::Clock &clock) : m_db(db), m_rows(db), m_clock(clock)
    {
    }

    struct State
    {
        QString clientId;
        QString epoch;
        QString cursor;
        QString pendingBatch;
        QString hlc;
        // The name this desk's audit trail has on the hub: the client id, until an
        // administrator re-anchors a trail that no longer reaches the hub's copy (a desk
        // restored from an older backup; docs/SYNC.md "Re-anchoring a desk's trail").
        QString auditTrail;
    };
    Result<State> state(); // makes the client id on first use

    // Names the desk's audit trail on the hub from now on (kept in `meta`, so a restore
    // brings back the name its trail had when the backup was taken).
    Status setAuditTrail(const QString &trail);

    // Queues every synced row (first sync with a hub, or a hub restored from a backup);
    // with `forgetBases` the merge bases go too, so the hub takes each row as new.
    Status queueAll(bool forgetBases, const QString &epoch);
    // The batch to send: the pending one when a previous run died, else a new one
    // holding every outbox row not yet in a batch. Empty when there is nothing to send.
    Result<QString> reserve();
    Result<QVector<PushChange>> changes(const QString &batchId);
    Status acknowledge(const QString &batchId);

    struct Applied
    {
        int rows = 0;
        int erased = 0;
        int revoked = 0;
        int conflicts = 0;
        // Nothing was applied: an edit to someone this pull takes off the desk was made
        // after the push (the caller pushes it and pulls again).
        bool unsentEdits = false;
    };
    // Applies one whole pull in one local transaction with its new cursor. `midway` runs
    // after the first row (the mid_pull_apply fault point).
    Result<Applied> applyPull(Hub &hub, const PullStart &start, int massDeletePercent,
                              const std::function<void()> &midway);

    Status note(const QString &column, const QVariant &value);
    int pendingChanges();

private:
    Status purge(const QString &personId);
    Status eraseLocally(const QString &personId);
    // The people whose rows have outbox entries not yet in a batch.
    Result<QSet<QString>> unsentPeople();
    // `values`: the row's data in LocalRows' column order, when made beforehand.
    Status applyRow(const HubRow &row, const QSet<QString> &pendingKeys,
                    const QSet<QString> &erased, const QVariantList *values = nullptr);

    store::Database &m_db;
    LocalRows m_rows;
    const util::Clock &m_clock;
    QString m_hlc;
};

} // namespace hub::sync
