#pragma once

#include "domain/ContactSafety.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace hub {
struct Error;
}

namespace hub::domain {
class ReferenceData;
}

namespace hub::ui {

// How the UI writes dates, times and codes: UK day-first dates in Europe/London local
// time, and reference-list labels translated in the "codes" context.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    // dd/MM/yyyy, or `unknown` (default "Unknown") for a null date.
    static QString date(const QDate &d);
    static QString dateOrUnknown(const QDate &d);
    // The London calendar date of a UTC instant, dd/MM/yyyy; empty when null.
    static QString localDate(const QDateTime &t);
    // dd/MM/yyyy HH:mm in London time; empty when null.
    static QString localDateTime(const QDateTime &t);
    // The label of `code` in reference list `list`, translated; the code itself if unknown.
    static QString code(const QString &list, const QString &code);
    // The code lists labels are read from and forms offer: the built-in ones until the app
    // hands over its services' (services::ServiceContext::codes, with the administrators'
    // changes), which must outlive their use here.
    static void useCodes(const domain::ReferenceData *codes);
    static const domain::ReferenceData &codes();
    // A postcode as shown: "No fixed abode / overseas" for that choice (domain/Postcode.h).
    static QString postcode(const QString &postcode);
    // A contact-safety answer in words ("Not yet asked", "Yes, safe", "No, not safe").
    static QString safety(domain::ContactSafety answer);
    // A language name for an ISO 639 code ("pl" -> "Polish"), or the code if unknown.
    static QString language(const QString &isoCode);
    // Age in whole years on today's London date; -1 when the date of birth is unknown.
    static int ageToday(const QDate &dob);
    static QDate todayInLondon();
    // A core error in words for the user, saying what to do where that is known.
    static QString error(const Error &error);
};

} // namespace hub::ui
