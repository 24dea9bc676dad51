#pragma once

#include <QStringList>

namespace hub::sync {

// Three-state contact safety (voicemail, letters, texts: not_asked | safe | not_safe
// instead of 1/0). Earlier values become codes by the rule of domain::safetyFromValue: 0 a
// deliberate "not safe", 1 the old default nobody asked about, so "not asked".

// Hub schema 6: the contact_safety codes and the three fields' rules (hub_code,
// hub_field_rule, PostgreSQL), and every person row and open conflict converted.
QStringList hubSafetyMigration(bool postgres);

// Local schema step 12: the desk's people, merge bases and conflicts converted alike, with
// the outbox quiet (the hub converts its own copy).
QStringList localSafetyStatements();

} // namespace hub::sync
