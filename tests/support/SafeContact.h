#pragma once

#include "domain/Records.h"

namespace hub::test {

// Test people whose answers about safe contact have been recorded: "safe" for `true`,
// "not safe" for `false` (a new person's default is "not yet asked").
inline domain::ContactSafety safeIf(bool safe)
{
    return safe ? domain::ContactSafety::Safe : domain::ContactSafety::NotSafe;
}

inline void answerAllSafe(domain::Person &p)
{
    p.safeVoicemail = p.safeLetters = p.safeText = domain::ContactSafety::Safe;
}

} // namespace hub::test
