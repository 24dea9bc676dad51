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

private:
    Database &m_db;
};

} // namespace hub::store
