#pragma once

#include "PersonMatcher.h"

#include <atomic>
#include <functional>

namespace hub::domain {

// Possible duplicates across a whole caseload (the supervisor's "Possible duplicates"
// list): PersonMatcher's score for every pair of people that share a block, never for all
// pairs. The blocks are the E.164 phone number, the date of birth, the postcode with the
// first letter of either name, and the folded family name (either name, for records whose
// names were swapped) with the first letter of the other. A block bigger than kMaxBlock
// (a common surname in one postcode) is left out rather than compared pair by pair.
// Pure: safe to run on a worker thread over candidates read beforehand.
class DuplicateFinder
{
public:
    struct Pair
    {
        PersonMatchCandidate a; // a.id < b.id
        PersonMatchCandidate b;
        int score = 0;
        QStringList reasons; // archive field names that matched
    };
    struct Outcome
    {
        QVector<Pair> pairs; // best first, then by ids
        qint64 comparisons = 0;
        int skippedBlocks = 0;
        bool cancelled = false;
    };
    static constexpr int kThreshold = 60;
    static constexpr int kMaxBlock = 100;

    // `progress(done, total)` is called now and then with people done; `cancel` stops the
    // run early (the outcome then says cancelled and holds the pairs found so far).
    static Outcome find(const QVector<PersonMatchCandidate> &people, int threshold = kThreshold,
                        const std::function<void(int, int)> &progress = {},
                        const std::atomic_bool *cancel = nullptr);
};

} // namespace hub::domain
