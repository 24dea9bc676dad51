#pragma once

#include "HubSchema.h"
#include "HubTrust.h"
#include "RecordKinds.h"

#include <QStringList>

namespace hub::sync {

// Police referral files (docs/REFERRAL_IMPORT.md), as hub schema 7 brings them to a
// PostgreSQL hub: the referral_profile kind (hub_kind), the rules of its fields and of the
// referral's force ids (hub_field_rule), and hub_erase rebuilt to blank the force ids.
// A SQLite-file hub reads all of it from the program and needs no statement.
QStringList hubImportMigration(bool postgres, const QString &quotedSchema);
// hub_push_rows as hub schema 7 made it ('' if schema 3's is not what it was written for):
// a later step that changes the function again starts from this.
QString hubPushRowsOfSchema7(const QString &quotedSchema);

// What hub schema 7 added, as it was then (frozen; tst_recordschema compares the record
// schema with schema 3's and 6's copies plus these).
QVector<RecordKind> hubKindsAddedBySchema7();
const QVector<FieldRule> &fieldRulesAddedByHubSchema7();
const QVector<ScrubField> &scrubFieldsOfHubSchema7();

} // namespace hub::sync
