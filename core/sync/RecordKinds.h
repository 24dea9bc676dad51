#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace hub::sync {

// One synced table of the workstation store, made from its description in
// core/domain/RecordSchema.cpp. The hub keeps every kind in one generic
// record table (docs/SYNC.md "What is stored"), keyed by (kind, id); `id` is the table's
// key, with '|' between the parts of a two-column key.
struct RecordKind
{
    QString table;           // also the kind's name on the hub
    QStringList key;         // key columns
    QStringList skip;        // columns that never leave the workstation
    QStringList updateOf;    // columns whose change is a synced edit; empty = all
    QString personSql;       // SQL over the table (aliased t) giving the person id; empty
                             // for records that belong to no one (teams, users, codes)
    QString personField;     // for the hub: data field holding the person id ("id" for a
                             // person), or empty when it must be found through `via`
    QString viaField;        // data field pointing at another record that knows the person
    QStringList viaKinds;    // kinds that field may point at
    bool appendOnly = false; // contacts: never updated, never in conflict
    QString archiveType;     // its record type in a hub archive (docs/ARCHIVE.md); empty
                             // when archives do not carry it as records of its own
};

// Every synced kind, parents before children (the order rows are applied in).
const QVector<RecordKind> &recordKinds();
const RecordKind *recordKind(const QString &table);
int kindOrder(const QString &table);
// The kind of an archive record type ("user" -> app_user), or nullptr.
const RecordKind *kindOfArchiveType(QLatin1String archiveType);

// The fields whose more restrictive value always wins (SYNC.md "Conflict policy").
bool isSafetyField(const QString &kind, const QString &field);

// Statements of local schema step 8: outbox triggers, sync state, merge bases, conflicts.
QStringList localSchemaStatements();

// The statements a local schema step runs when it adds a synced kind, or changes which
// columns a kind's outbox watches: the outbox triggers of `tables` as the record schema
// describes them now (docs/ARCHITECTURE.md "Record kinds: one description").
QStringList outboxTriggers(const QStringList &tables);

// The kinds hub schema 3 wrote into hub_kind, as they were then (frozen).
QVector<RecordKind> hubKindsOfSchema3();

// The kinds hub schema 7 added to hub_kind (frozen): merges of two person records.
QVector<RecordKind> hubKindsAddedBySchema9();

// Statements of local schema step 10: the outbox triggers again, now also writing during
// bulk loads on a desk that has synced (docs/SYNC.md "Every write reaches the hub").
QStringList bulkLoadQueueStatements();

} // namespace hub::sync
