#pragma once

// Read models: what lists and the person view show, assembled by the store in one query.

#include "Records.h"

#include <QVector>

namespace hub::domain {

struct PersonSummary
{
    QString id;
    QString givenName;
    QString familyName;
    QDate dateOfBirth;
    QString postcode;
    QString phone;
    ContactSafety safeVoicemail = ContactSafety::NotAsked;
    ContactSafety safeLetters = ContactSafety::NotAsked;
    ContactSafety safeText = ContactSafety::NotAsked;
    bool restricted = false;
    QDateTime lastReferralAt;
    QString lastOffenceGroup;
    QString episodeStatus; // of the newest episode; empty when none
    QString caseworkerName;
    QDateTime lastContactAt;
    // The reader may not open this person's file (a restricted person, another team's):
    // a list shows the row without who it is.
    bool hidden = false;
    // Whose work the person is, seen from the searcher (services::CaseService::search):
    // their own caseload, their team's, nobody's yet, or another team's (holderTeams names
    // the teams that hold it).
    enum class Closeness
    {
        Mine,
        MyTeam,
        Unassigned,
        OtherTeam
    };
    Closeness closeness = Closeness::Unassigned;
    QStringList holderTeams;

    QString displayName() const { return givenName + QLatin1Char(' ') + familyName; }
};

// Sortable columns of the caseload list.
enum class CaseloadSort
{
    Name,
    DateOfBirth,
    Postcode,
    LastReferral
};

// A person with their whole history, for the person view.
struct PersonFile
{
    Person person;
    QVector<Referral> referrals;
    QVector<Episode> episodes;
    QVector<OnwardReferral> onwardReferrals;
    QVector<Contact> contacts; // newest first, amendments included
    QVector<Task> tasks;
    QHash<QString, QString> userNames; // user id -> display name, for the ids above
};

} // namespace hub::domain
