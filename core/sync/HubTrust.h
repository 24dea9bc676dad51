#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

#include "RecordKinds.h"

namespace hub::sync {

// Hub schema 3 (docs/SYNC.md "Hub schema 3: the hub trusts no desk"): desk logins lose
// every INSERT, UPDATE and DELETE on the hub's tables and write only through SECURITY
// DEFINER functions that check the calling login's role and team (hub_user) and validate
// every row. `schema`: the PostgreSQL schema holding the hub's tables, quoted.
QStringList hubTrustMigration(const QString &quotedSchema);

// hub_push_rows as hub schema 3 made it (frozen), for a later step that replaces it.
QString hubPushRowsOfSchema3(const QString &quotedSchema);

// One field rule of domain::Validator, as data: the hub's check_row() (PostgreSQL) reads
// them from its hub_field_rule table, and a desk checks a conflict's chosen value with
// them before applying it (SyncService::resolve).
struct FieldRule
{
    const char *kind;
    const char *field;
    const char *rule; // id | code | text | time
    const char *list; // code: the ref_code list
    int maxLength;    // text
    bool required;
};
// Made from the record schema (core/domain/RecordSchema.cpp): every field flagged Checked.
const QVector<FieldRule> &fieldRules();
// What hub schema 3 wrote into hub_field_rule (frozen).
const QVector<FieldRule> &fieldRulesOfHubSchema3();
// The rules hub schema 6 added (frozen): the contact-safety codes of a person.
const QVector<FieldRule> &fieldRulesAddedByHubSchema6();

// The statements hub schema steps write into hub_kind and hub_field_rule, for one kind or
// one rule, as every step since schema 3 has written them (their text is part of the
// shipped steps: a change here changes what a hub that is set up anew runs).
QString kindInsert(const RecordKind &k);
QString ruleInsert(const FieldRule &r);

// The rules hub schema 7 added (frozen): those of merges of two person records.
const QVector<FieldRule> &fieldRulesAddedByHubSchema9();

// hub_push_rows as hub schema 9 made it (frozen), for a later step that replaces it.
QString hubPushRowsOfSchema9(const QString &quotedSchema);

// The rules hub schema 10 added (frozen): those of the code lists' rows.
const QVector<FieldRule> &fieldRulesAddedByHubSchema10();

// Hub schema 10 (docs/SYNC.md "Teams and code lists (hub schema 10)"): the code lists' field
// rules, and hub_push_rows refusing a desk's deletion of a team or a code (they are retired)
// and taking a reference row sent back unchanged whatever empty fields it carries. Empty on
// a SQLite-file hub.
QStringList hubCodeListMigration(bool postgres, const QString &quotedSchema);

// Hub schema 7 (docs/SYNC.md "Merged people"): the person_merge kind and its field rules,
// hub_erase blanking a merge's reason and prior values, and hub_push_rows letting a
// supervisor's desk move the records a merge (or its undoing) lists to the other person
// while refusing merges from every other role. Empty on a SQLite-file hub.
QStringList hubMergeMigration(bool postgres, const QString &quotedSchema);

// The first rule `value` breaks as the value of `field` of a `kind` row ("field: why"),
// or empty. `hasCode(list, code)`: whether the code exists.
QString checkField(const QString &kind, const QString &field, const QJsonValue &value,
                   const std::function<bool(const QString &, const QString &)> &hasCode);

} // namespace hub::sync
