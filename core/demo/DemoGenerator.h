#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>

#include <functional>

namespace hub::store {
class Database;
}

namespace hub::demo {

struct DemoOptions
{
    int people = 6000;
    int months = 12;
    quint64 seed = 1;
    // The last day of generated activity. Fixed by default so that the same seed gives the
    // same caseload on any day; `hubctl demo --until today` makes a current-looking one.
    QDate until = QDate(2026, 10, 31);
    // When valid, nothing is dated later than this (`--until today` sets it to the moment
    // the caseload is made, so no contact or referral lies in the future).
    QDateTime notAfter;
};

struct DemoCounts
{
    int teams = 0, users = 0, people = 0, referrals = 0, episodes = 0, onwardReferrals = 0,
        contacts = 0, tasks = 0;
};

// Writes a deterministic synthetic caseload (PERFORMANCE.md) in one transaction.
// The database must hold no people yet. `progress` gets 0..100.
Result<DemoCounts> generate(store::Database &db, const DemoOptions &options,
                            const std::function<void(int)> &progress = {});

} // namespace hub::demo
