#pragma once

#include <QJsonValue>
#include <QStringList>
#include <QVector>

namespace hub::sync {

// The hub's tables (docs/SYNC.md "What is stored"): one generic record table with scope
// columns, applied batches, conflicts, erasures (ids only), scope changes, clock skew log,
// meta and, on PostgreSQL, the login role -> app user map with row-level security.
// This is schema 1, as first released; hubMigration() takes a hub up one version.
QStringList hubSchema(bool postgres);

// The statements that take a hub from schema `version - 1` to `version` (run in one
// transaction by Hub::init). `schema` is the PostgreSQL schema holding the hub's tables:
// the SECURITY DEFINER functions fix their search_path to it.
QStringList hubMigration(int version, bool postgres, const QString &schema);

// Schema 4's step (HubAudit.cpp): the hub's audit trail, its append-only triggers, and on
// PostgreSQL its read policy and the functions hub_audit_head and hub_push_audit.
// `quotedSchema`: the hub's schema as an SQL identifier.
QStringList hubAuditMigration(bool postgres, const QString &quotedSchema);

// The app roles whose hub login may read every desk's audit trail
// (security::Action::ViewAudit in the role matrix).
QStringList auditRoles();

// One personal value an erasure blanks on the hub (docs/SECURITY.md: the fields
// store::ErasureRepository blanks on a workstation); a date of birth keeps its year and
// month (29 February whole). The SQLite-file hub applies it in C++, PostgreSQL in hub_erase.
struct ScrubField
{
    const char *kind;
    const char *field;
    QJsonValue value;
};
// Made from the record schema (core/domain/RecordSchema.cpp): every synced field it erases.
const QVector<ScrubField> &scrubFields();
// What hub schema 2 built into PostgreSQL's hub_erase (frozen).
const QVector<ScrubField> &scrubFieldsOfHubSchema2();
// What hub schema 6 rebuilt PostgreSQL's hub_erase with (frozen): schema 2's fields with
// the contact-safety answers erased to "not_asked".
const QVector<ScrubField> &scrubFieldsOfHubSchema6();

// hub_erase (PostgreSQL) made again with `fields`: what a later hub schema step runs when
// an erasure blanks more fields.
QString hubEraseStatement(const QString &quotedSchema, const QVector<ScrubField> &fields);
// What hub schema 9 rebuilt hub_erase with (frozen): schema 7's fields and a person
// merge's reason and prior values.
const QVector<ScrubField> &scrubFieldsOfHubSchema9();

// The app roles whose hub login may erase people (security::Action::Erase or
// EraseRetention in the role matrix).
QStringList erasingRoles();

} // namespace hub::sync
