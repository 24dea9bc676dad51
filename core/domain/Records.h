#pragma once

// Plain value types for every record of the hub archive (docs: ARCHIVE_FORMAT.md).
// Codes are kept as their archive strings and checked against ReferenceData, because
// administrators can extend several lists at run time.

#include "ContactSafety.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace hub::domain {

struct Team
{
    QString id;
    QString name;
    // When an administrator retired the team (services::TeamService): it keeps its history
    // and reports but is offered for no new user or work. Invalid while the team is active.
    QDateTime retiredAt{};
    bool retired() const { return retiredAt.isValid(); }
    bool operator==(const Team &o) const
    {
        return id == o.id && name == o.name && retiredAt == o.retiredAt;
    }
};

struct User
{
    QString id;
    QString username;
    QString displayName;
    QString role;   // caseworker | supervisor | admin | auditor
    QString teamId; // empty when none
    bool active = true;
    bool operator==(const User &o) const
    {
        return id == o.id && username == o.username && displayName == o.displayName &&
               role == o.role && teamId == o.teamId && active == o.active;
    }
};

struct Person
{
    QString id;
    QString givenName;
    QString familyName;
    QDate dateOfBirth; // null when unknown
    QString gender = QStringLiteral("not_stated");
    QString ethnicGroup = QStringLiteral("not_stated");
    QString disability = QStringLiteral("not_stated");
    QString firstLanguage = QStringLiteral("en");
    bool interpreterNeeded = false;
    QString phone;
    QString email;
    QString address;
    QString postcode;
    ContactSafety safeVoicemail = ContactSafety::NotAsked; // until a caseworker asks
    ContactSafety safeLetters = ContactSafety::NotAsked;
    ContactSafety safeText = ContactSafety::NotAsked;
    QString contactNotes;
    bool restricted = false;
    QDateTime createdAt;
    QString safeTimes; // e.g. "weekdays 10:00-12:00"; archive v1 optional extension
    // Set on the record a supervisor merged into another (a tombstone): the kept record's
    // id. Searches, lists and links land on the kept record (docs/USER_GUIDE.md "Merging").
    QString mergedInto;

    QString displayName() const { return givenName + QLatin1Char(' ') + familyName; }
    bool hasSafetyLimits() const
    {
        return safeVoicemail == ContactSafety::NotSafe || safeLetters == ContactSafety::NotSafe ||
               safeText == ContactSafety::NotSafe || restricted || !contactNotes.isEmpty();
    }
    // Whether any of voicemail, letters and texts is still "not yet asked".
    bool safetyNotAsked() const
    {
        return safeVoicemail == ContactSafety::NotAsked || safeLetters == ContactSafety::NotAsked ||
               safeText == ContactSafety::NotAsked;
    }
    bool operator==(const Person &o) const
    {
        return id == o.id && givenName == o.givenName && familyName == o.familyName &&
               dateOfBirth == o.dateOfBirth && gender == o.gender && ethnicGroup == o.ethnicGroup &&
               disability == o.disability && firstLanguage == o.firstLanguage &&
               interpreterNeeded == o.interpreterNeeded && phone == o.phone && email == o.email &&
               address == o.address && postcode == o.postcode && safeVoicemail == o.safeVoicemail &&
               safeLetters == o.safeLetters && safeText == o.safeText &&
               contactNotes == o.contactNotes && restricted == o.restricted &&
               createdAt == o.createdAt && safeTimes == o.safeTimes && mergedInto == o.mergedInto;
    }
};

struct Referral
{
    QString id;
    QString personId;
    QDateTime receivedAt;
    QString source;
    QString crimeReference;
    QString offenceGroup;
    QStringList flags; // kept sorted
    bool enhanced = false;
    QString enhancedReason; // empty when none
    bool consentToContact = true;
    QString status = QStringLiteral("new");
    QString assignedTo; // user id, empty when unassigned
    // The triage decision (accepted, declined, no contact) and why; empty until decided.
    QString decisionReason;
    QDateTime decidedAt;
    QString decidedBy;
    // The force's own ids when the referral came in a police file (docs/REFERRAL_IMPORT.md):
    // what makes a second import of the same rows add nothing. Empty otherwise.
    QString forceReferralId;
    QString forcePersonId;
    bool operator==(const Referral &o) const
    {
        return id == o.id && personId == o.personId && receivedAt == o.receivedAt &&
               source == o.source && crimeReference == o.crimeReference &&
               offenceGroup == o.offenceGroup && flags == o.flags && enhanced == o.enhanced &&
               enhancedReason == o.enhancedReason && consentToContact == o.consentToContact &&
               status == o.status && assignedTo == o.assignedTo &&
               decisionReason == o.decisionReason && decidedAt == o.decidedAt &&
               decidedBy == o.decidedBy && forceReferralId == o.forceReferralId &&
               forcePersonId == o.forcePersonId;
    }
};

struct Episode
{
    QString id;
    QString personId;
    QStringList referralIds; // kept sorted
    QString caseworkerId;
    QDateTime openedAt;
    QString status = QStringLiteral("open");
    QDateTime closedAt; // null unless status is closed
    QString closureReason;
    QString closureApprovedBy;
    QMap<QString, QString> needs;    // need area -> none|low|medium|high
    QMap<QString, QString> outcomes; // measure -> improved|not_improved|not_applicable
    QDateTime closureRequestedAt;
    QString closureRequestedBy;
    bool operator==(const Episode &o) const
    {
        return id == o.id && personId == o.personId && referralIds == o.referralIds &&
               caseworkerId == o.caseworkerId && openedAt == o.openedAt && status == o.status &&
               closedAt == o.closedAt && closureReason == o.closureReason &&
               closureApprovedBy == o.closureApprovedBy && needs == o.needs &&
               outcomes == o.outcomes && closureRequestedAt == o.closureRequestedAt &&
               closureRequestedBy == o.closureRequestedBy;
    }
};

struct OnwardReferral
{
    QString id;
    QString episodeId;
    QString agency;
    QDateTime referredAt;
    std::optional<bool> accepted;
    bool operator==(const OnwardReferral &o) const
    {
        return id == o.id && episodeId == o.episodeId && agency == o.agency &&
               referredAt == o.referredAt && accepted == o.accepted;
    }
};

struct Contact
{
    QString id;
    QString personId;
    QString referralId; // optional
    QString episodeId;  // optional
    QDateTime at;
    QString direction;
    QString channel;
    QString outcome;
    int durationMinutes = 0;
    QString summary;
    QString recordedBy;
    QDateTime recordedAt;
    QString amends; // id of the original contact, empty when this is an original
    // Why the caseworker went ahead although a safety flag warned against this contact.
    QString safetyOverride;
    bool operator==(const Contact &o) const
    {
        return id == o.id && personId == o.personId && referralId == o.referralId &&
               episodeId == o.episodeId && at == o.at && direction == o.direction &&
               channel == o.channel && outcome == o.outcome &&
               durationMinutes == o.durationMinutes && summary == o.summary &&
               recordedBy == o.recordedBy && recordedAt == o.recordedAt && amends == o.amends &&
               safetyOverride == o.safetyOverride;
    }
};

struct Task
{
    QString id;
    QString personId;  // optional
    QString episodeId; // optional
    QString title;
    QDate dueOn;
    QString ownerId;
    QDateTime doneAt;                        // null while open
    QString kind = QStringLiteral("action"); // action | next_contact | reminder
    bool operator==(const Task &o) const
    {
        return id == o.id && personId == o.personId && episodeId == o.episodeId &&
               title == o.title && dueOn == o.dueOn && ownerId == o.ownerId && doneAt == o.doneAt &&
               kind == o.kind;
    }
};

// One merge of two person records (PersonMergeService): the other record's referrals,
// episodes (with their onward referrals), contacts and tasks moved to the kept one, which
// took some of the other's values. Exactly what is needed to undo it.
struct PersonMerge
{
    QString id;
    QString personId; // the kept record
    QString otherId;  // the record that became a tombstone (Person::mergedInto)
    QString reason;
    QStringList fromOther; // archive names of the fields whose value came from the other
    // {"referral":[ids],"episode":[...],"onward_referral":[...],"contact":[...],"task":[...]}
    // as compact JSON text with sorted ids: every item moved, so each goes back exactly.
    QString moved;
    // The kept record's values before the merge, of the fields the merge changed: a JSON
    // object of archive field name -> value as the archive writes it. Personal: an
    // erasure empties it.
    QString prior;
    QString mergedBy;
    QDateTime mergedAt;
    bool operator==(const PersonMerge &o) const
    {
        return id == o.id && personId == o.personId && otherId == o.otherId && reason == o.reason &&
               fromOther == o.fromOther && moved == o.moved && prior == o.prior &&
               mergedBy == o.mergedBy && mergedAt == o.mergedAt;
    }
};

// A saved mapping profile for police referral files (docs/REFERRAL_IMPORT.md), as the
// referral_profile table and archive format 3 hold it: `body` is the profile's JSON file
// (import::ReferralProfile::toJson). Shared by every desk, keyed by name.
struct ReferralProfileRecord
{
    QString name;
    QString source;
    QString body;
    QDateTime updatedAt;
    QString updatedBy; // empty when saved by the system
    bool operator==(const ReferralProfileRecord &o) const
    {
        return name == o.name && source == o.source && body == o.body && updatedAt == o.updatedAt &&
               updatedBy == o.updatedBy;
    }
};

} // namespace hub::domain
