#pragma once

#include "ServiceContext.h"
#include "domain/Records.h"
#include "store/PersonMergeRepository.h"

#include <QCoreApplication>

namespace hub::services {

// Merging two records of the same person, and undoing it (docs/USER_GUIDE.md "Merging
// duplicate people"). Supervisors (and administrators, for people who are not
// restricted): security::Action::MergePeople on both people, so a restricted person needs
// the rights to both and another team's people are refused.
//
// A merge moves every referral, episode (with its onward referrals), contact and task of
// the other record to the kept one, gives the kept record the values chosen field by field
// (the contact-safety answers always the most restrictive of the two, `restricted` set if
// either was, both contact notes kept), and leaves the other record as a tombstone
// (Person::mergedInto) that search and lists skip and links follow. The merge record
// (domain::PersonMerge) lists every moved item and the kept record's prior values, so that
// unmerge() restores both records exactly until the kept record is erased.
class PersonMergeService
{
    Q_DECLARE_TR_FUNCTIONS(PersonMergeService)

public:
    explicit PersonMergeService(ServiceContext &ctx) : m_ctx(ctx) {}

    struct Request
    {
        QString keptId;
        QString otherId;
        QString reason;
        // Archive names of the fields whose value comes from the other record; every other
        // choosable field keeps the kept record's value.
        QStringList fromOther;
    };

    // The fields a supervisor chooses between, in the order forms show them (archive names).
    static const QStringList &choosableFields();
    // The fields the merge decides itself: the most restrictive answer, or both notes.
    static const QStringList &ruledFields();
    // What the kept record becomes (its id, created_at and tombstone link unchanged).
    static domain::Person mergedPerson(const domain::Person &kept, const domain::Person &other,
                                       const QStringList &fromOther);
    // A field's value as text for a form ("" when empty), by archive name.
    static QString fieldText(const domain::Person &p, const QString &field);

    Result<domain::PersonMerge> merge(const domain::Actor &actor, const Request &request);
    // Undoes `mergeId`: both records as they were, every moved item back where it was.
    Status unmerge(const domain::Actor &actor, const QString &mergeId);

    // The merges into `personId` (for its history), checked like opening the person.
    Result<QVector<domain::PersonMerge>> mergesInto(const domain::Actor &actor,
                                                    const QString &personId);
    // The record merge `mergeId` made a tombstone, as it now stands (its own values, kept
    // for unmerge), checked like opening the kept record: what an undo would bring back.
    Result<domain::Person> mergedRecord(const domain::Actor &actor, const QString &mergeId);
    // Counts of a merge's moved items by kind ("referral=2 contact=3 ..."), for audit and
    // messages: ids and counts only.
    static QString movedSummary(const domain::PersonMerge &m);

private:
    Status checkBoth(const domain::Actor &actor, const QString &a, const QString &b);
    ServiceContext &m_ctx;
};

} // namespace hub::services
