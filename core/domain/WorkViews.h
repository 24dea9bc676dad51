#pragma once

// Read models for the caseworker's desk: the referral inbox, my caseload, my tasks.

#include "Records.h"

namespace hub::domain {

struct InboxRow
{
    Referral referral;
    QString personName;
    QDate personDateOfBirth;
    QString assigneeName;     // empty when unassigned
    QDateTime firstContactAt; // the Victims' Code first contact, null while none
    bool personSafetyLimits = false;
    // The reader may not open the person's file: personName says only "Restricted record"
    // or "Another team's record", and nothing else about the person is filled in (no date
    // of birth, crime reference or safety limits). The referral still counts in the inbox.
    bool personHidden = false;
    bool personRestricted = false;
};

struct CaseloadRow
{
    QString personId;
    QString personName;
    QString episodeId; // empty for an assigned referral not yet accepted
    QString episodeStatus;
    QString referralId; // the referral awaiting triage, or the episode's newest
    QDateTime receivedAt;
    bool enhanced = false;
    bool consentToContact = true;
    QDateTime firstContactAt;
    QDateTime lastContactAt;
    QDate nextTaskDue; // earliest open task of this person owned by the worker
    bool personSafetyLimits = false;
};

struct PersonMatchCandidate
{
    QString id;
    QString givenName;
    QString familyName;
    QDate dateOfBirth;
    QString phone;
    QString postcode;
    // The phone number's E.164 form as the store worked it out (person.phone_e164; empty
    // when it is not a number), so that matching a whole caseload parses no number twice.
    QString phoneE164;
    bool e164Known = false;
};

struct TaskRow
{
    Task task;
    QString personName; // empty when the task is not about a person
};

} // namespace hub::domain
