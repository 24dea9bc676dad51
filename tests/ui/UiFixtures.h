#pragma once

// Small, hand-made caseloads for the widget tests, written through the repositories.

#include "SafeContact.h"
#include "store/Repositories.h"
#include "store/Transaction.h"
#include "util/Ids.h"

#include <QtTest>

namespace hub::test {

struct Seeded
{
    QVector<domain::Person> people;
    domain::User caseworker;
};

// `count` people with unique ASCII names (so SQLite's NOCASE order is easy to predict),
// every 7th without a date of birth and every 5th with a contact limit.
inline Seeded seedPeople(store::Database &db, int count)
{
    static const QStringList families{
        QStringLiteral("Smith"),    QStringLiteral("jones"),  QStringLiteral("O'Brien"),
        QStringLiteral("Patel"),    QStringLiteral("Nowak"),  QStringLiteral("de Souza"),
        QStringLiteral("Williams"), QStringLiteral("Khan"),   QStringLiteral("Brown-Lee"),
        QStringLiteral("Taylor"),   QStringLiteral("Davies"), QStringLiteral("Evans")};
    static const QStringList givens{QStringLiteral("Amy"),   QStringLiteral("ben"),
                                    QStringLiteral("Chloe"), QStringLiteral("Dan"),
                                    QStringLiteral("Ewa"),   QStringLiteral("Farah"),
                                    QStringLiteral("Gus")};
    Seeded out;
    store::Transaction tx(db);
    out.caseworker = domain::User{util::newId(),
                                  QStringLiteral("cw1"),
                                  QStringLiteral("Aleksandra Nowak"),
                                  QStringLiteral("caseworker"),
                                  QString(),
                                  true};
    if (!store::UserRepository(db).insert(out.caseworker).ok())
        qFatal("could not insert the caseworker");
    store::PersonRepository people(db);
    const QDateTime created(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        domain::Person p;
        p.id = util::newId();
        p.givenName = givens.at(i % givens.size()) + QString::number(i / givens.size());
        p.familyName = families.at((i * 5) % families.size());
        if (i % 7 != 3)
            p.dateOfBirth = QDate(1950, 1, 1).addDays((i * 397) % 20000);
        p.postcode = QStringLiteral("CB%1 %2AB").arg(i % 30).arg(i % 10);
        p.phone = QStringLiteral("07700 9%1").arg(i, 5, 10, QLatin1Char('0'));
        answerAllSafe(p);
        p.safeVoicemail = safeIf(i % 5 != 2);
        p.createdAt = created;
        const auto status = people.insert(p);
        if (!status.ok())
            qFatal("could not insert a person: %s", qPrintable(status.error().describe()));
        out.people << p;
    }
    if (!tx.commit().ok())
        qFatal("could not commit the seeded people");
    return out;
}

// SQLite's `family_name COLLATE NOCASE, given_name COLLATE NOCASE, id` for ASCII names.
inline bool nameOrder(const domain::Person &a, const domain::Person &b)
{
    const int f = a.familyName.toLower().compare(b.familyName.toLower());
    if (f != 0)
        return f < 0;
    const int g = a.givenName.toLower().compare(b.givenName.toLower());
    return g != 0 ? g < 0 : a.id < b.id;
}

inline QString listName(const domain::Person &p)
{
    return p.familyName + QStringLiteral(", ") + p.givenName;
}

} // namespace hub::test
