#pragma once

// The store's side of police referral files (docs/REFERRAL_IMPORT.md): mapping profiles
// (table referral_profile) and the look-ups that make an import idempotent.

#include "Database.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace hub::store {

struct ProfileRow
{
    QString name;
    QString source;
    QString body; // the profile's JSON file
    QDateTime updatedAt;
    QString updatedBy;
};

// A person on file as the import's matcher needs them (not erased).
struct MatchRow
{
    QString id;
    QString givenName;
    QString familyName;
    QDate dateOfBirth;
    QString phone;
    QString phoneE164; // empty when none or not a number
    QString postcode;
};

class ReferralImportQueries
{
public:
    explicit ReferralImportQueries(Database &db) : m_db(db) {}

    Result<QVector<ProfileRow>> profiles();          // by name
    Result<ProfileRow> profile(const QString &name); // NotFound when none
    Status saveProfile(const ProfileRow &row);       // insert or replace by name
    Status removeProfile(const QString &name);

    // The referral of `source` with the force's referral id, or empty.
    QString referralByForceId(const QString &source, const QString &forceReferralId);
    // The referral of `source` with this crime reference, person and received day (London),
    // or empty: the key when the force gives no referral id.
    QString referralByCrimeReference(const QString &source, const QString &crimeReference,
                                     const QString &personId, const QDate &receivedOn);
    // The person (not erased) of an earlier referral of `source` with the force's person id,
    // or empty.
    QString personByForceId(const QString &source, const QString &forcePersonId);
    // Every person not erased, for matching a whole file in memory (one read instead of a
    // search per row); their E.164 numbers worked out first.
    Result<QVector<MatchRow>> matchRows();

private:
    Database &m_db;
};

} // namespace hub::store
