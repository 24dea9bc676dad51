#pragma once

#include "WorkViews.h"

namespace hub::domain {

// Scores how likely an existing person is the one being entered at intake, so a repeat
// victim is found despite typos, swapped given/family names or a missing date of birth.
class PersonMatcher
{
public:
    struct Probe
    {
        QString givenName;
        QString familyName;
        QDate dateOfBirth;
        QString phone;
        QString postcode;
        QString phoneE164; // when e164Known: the number's E.164 form, already worked out
        bool e164Known = false;
    };
    struct Scored
    {
        PersonMatchCandidate person;
        int score = 0;       // 0..100
        QStringList reasons; // archive field names that matched: "name", "date_of_birth"...
    };

    // Best first; candidates scoring under `threshold` are dropped.
    static QVector<Scored> rank(const Probe &probe, const QVector<PersonMatchCandidate> &candidates,
                                int threshold = 35);

    // Lower-case, accents removed, only letters and digits: "Wiśniewska " -> "wisniewska".
    static QString fold(const QString &text);
    static QString digits(const QString &text);
    // 1.0 for equal strings, falling with the edit distance (adjacent swaps count once).
    static double similarity(const QString &a, const QString &b);
};

} // namespace hub::domain
