#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace hub::domain {

// Phone numbers as people type them, read with Google's libphonenumber. The number is kept
// as typed for display; its E.164 form ("+447700900642") is what search and duplicate
// matching compare, so "07700 900642", "+44 7700 900642" and "7700900642" are one number.
// A number without a country code is read as one of `region` (GB unless said otherwise).
//
// A number is accepted when libphonenumber finds it a possible number of its country (the
// right length for its numbering plan). Ranges its metadata does not list as in service,
// such as Ofcom's numbers reserved for drama (07700 900xxx, 01632 960xxx), are accepted:
// a hub must be able to record a number that was allocated after the library was built.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    enum class Problem
    {
        None,
        Empty,          // nothing typed
        NotANumber,     // letters, or no digits at all
        UnknownCountry, // +NN that is no country's code
        TooShort,
        TooLong,
        NeedsAreaCode, // a local number that can only be dialled within its area
    };

    struct Parsed
    {
        QString e164; // empty unless problem is None
        Problem problem = Problem::None;
        bool ok() const { return problem == Problem::None; }
    };

    static QString defaultRegion(); // "GB"

    static Parsed parse(const QString &typed, const QString &region = defaultRegion());

    // The E.164 form of `typed`, or an empty string when it is empty or not a number.
    static QString toE164(const QString &typed, const QString &region = defaultRegion());

    // ok for an empty text or a number; otherwise Error::invalid(field, words saying what is
    // wrong, quoting the typed text), for forms and imports to show beside the field.
    static Status check(const QString &field, const QString &typed,
                        const QString &region = defaultRegion());
    static QString describe(Problem problem, const QString &typed);

    // Only digits and the punctuation of phone numbers (spaces, + - ( ) . /), and at least
    // `minDigits` digits: what a search box treats as a phone number or its last digits.
    static bool looksLikeNumber(const QString &text, int minDigits = 4);
    static QString digits(const QString &text);
};

} // namespace hub::domain
