#pragma once

#include <QString>
#include <QVariant>

namespace hub::domain {

// Whether it is safe to leave voicemail, send letters or send texts to a person. A new
// person has not been asked, and "not asked" blocks the channel exactly as "not safe" does
// until a caseworker records the answer (docs/USER_GUIDE.md "Safe contact by default").
// Stored, synced and validated as the codes of the `contact_safety` list.
enum class ContactSafety
{
    NotAsked,
    Safe,
    NotSafe,
};

// "not_asked", "safe" or "not_safe".
QString safetyCode(ContactSafety s);

// The state a stored value stands for. The codes above; a boolean or 0/1 written by an
// earlier version (SQLite rows, hub rows, archive lines before schema 12) reads as the
// protective choice: 0/false was a deliberate "not safe", 1/true the default nobody asked
// about, so "not asked". Anything else reads as "not asked" too: never as safe.
ContactSafety safetyFromValue(const QVariant &v);

// Whether the code is one of the three (a validator's check, no legacy values).
bool isSafetyCode(const QString &code);

// The archive's version-1 boolean (true only for an answer of "safe").
inline bool isSafe(ContactSafety s)
{
    return s == ContactSafety::Safe;
}

} // namespace hub::domain
