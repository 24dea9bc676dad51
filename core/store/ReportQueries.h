#pragma once

#include "Database.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QStringList>
#include <QVector>

class QSqlQuery;

namespace hub::store {

// The rows the monthly support counts (COUNTING_RULES.md) are counted from. Every query
// takes a half-open UTC window [from, to); hub::reports turns a Europe/London month into
// that window and does the counting. Contacts are always seen as corrected: an amendment
// is never a row of its own, and the latest amendment's fields replace the original's.
//
// With a team, every query keeps only the rows that count for that team
// (COUNTING_RULES.md "Team filter"): referrals and support episodes held by one of the
// team's workers at `to` (the end of the window, read through the reassignment history),
// contacts recorded by one of them, onward referrals and outcomes of the team's episodes.
class ReportQueries
{
public:
    explicit ReportQueries(Database &db, QString teamId = {}) : m_db(db), m_team(std::move(teamId))
    {
    }

    struct Referral
    {
        QString id;
        QString personId;
        QDateTime receivedAt;
        QString source;
        QString offenceGroup;
        QStringList flags;
        bool enhanced = false;
        bool consentToContact = false;
        // No referral of the same person was received before `from`.
        bool personsFirstEver = false;
        // With consent only: the earliest contact with the person at or after receipt and
        // not after `asOf` that is outbound, or inbound with outcome "spoke". Null if none.
        QDateTime firstContactAt;
    };

    // Referrals received in the window, oldest first.
    Result<QVector<Referral>> referralsReceived(const QDateTime &from, const QDateTime &to,
                                                const QDateTime &asOf);
    Result<int> referralCount(const QDateTime &from, const QDateTime &to);

    struct ContactTotals
    {
        int contacts = 0;
        qint64 minutes = 0;
        int peopleSpokenTo = 0; // distinct people with outcome "spoke"
    };
    // Contacts (as corrected) made in the window.
    Result<ContactTotals> contactTotals(const QDateTime &from, const QDateTime &to);

    struct SupportedPerson
    {
        QString id;
        QDate dateOfBirth; // null when not known
        QString gender;
        QString ethnicGroup;
        QString disability;
    };
    // The distinct people with a contact (as corrected) made in the window with outcome
    // "spoke" while they had an episode open (opened at or before the contact, not closed
    // before it), by id.
    Result<QVector<SupportedPerson>> supportedPeople(const QDateTime &from, const QDateTime &to);
    // How many they are (for the trend, which needs no more).
    Result<int> supportedCount(const QDateTime &from, const QDateTime &to);

    struct Episodes
    {
        int opened = 0;
        int closed = 0;
        int openAtEnd = 0; // opened before `to` and not closed before `to`
        // The outcomes (measure -> result) of the episodes closed in the window.
        QVector<QMap<QString, QString>> closedOutcomes;
    };
    Result<Episodes> episodes(const QDateTime &from, const QDateTime &to);

    // Onward referrals made in the window: agency -> count.
    Result<QMap<QString, int>> onwardReferralsByAgency(const QDateTime &from, const QDateTime &to);

private:
    // " AND <the row of `alias` counts for the team>", or nothing without a team.
    QString teamCondition(const char *kind, const QString &alias) const;
    void bindTeam(QSqlQuery &q) const;
    Database &m_db;
    QString m_team;
};

} // namespace hub::store
