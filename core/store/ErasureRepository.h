#pragma once

#include "Database.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QVector>

namespace hub::store {

// One erasure (UK GDPR): the person's id, never a name.
struct ErasureRecord
{
    QString personId;
    QDate requestedOn;
    QString reason;
    QString erasedBy; // user id; empty when the hub (sync) or the system erased
    QDateTime erasedAt;
};

// A person who has had no activity since `lastActivity` (retention review).
struct RetentionRow
{
    QString personId;
    QString givenName;
    QString familyName;
    QDate lastActivity; // London date of the newest record about them
};

// Erasure in the store (docs/SECURITY.md "Erasure and retention"). Every write runs
// inside the caller's open Transaction; after commit the caller folds the write-ahead log
// away with Database::checkpointTruncate(), so no erased text stays in the -wal file.
class ErasureRepository
{
public:
    explicit ErasureRepository(Database &db) : m_db(db) {}

    // Blanks every piece of the person's personal data (names, contact details, notes,
    // safe times, crime references, contact summaries, safety overrides, reasons and
    // comments), deletes their tasks and their search row, keeps the anonymous remainder
    // the monthly report counts (codes, dates, the month of birth) and logs the id.
    // A person unknown to this database is only logged, so that they can never arrive.
    // Already erased: a Conflict on "person_id". Audit events are the caller's.
    Status erasePerson(const ErasureRecord &record);
    // Rewrites the full-text index so that no erased token stays in its segments. Once per
    // transaction, after the last erasePerson().
    Status compactSearch();

    // Until the write-ahead log is folded into the file, it still holds the pages as they
    // were before an erasure (or a sync that removed people). A mark, written in the same
    // transaction as the change (erasePerson() writes it), says so until wipeLeftovers()
    // has folded them away, so that a run cut short can be finished by the next one.
    Status markLeftovers();
    bool hasLeftovers();
    // Outside any transaction, after the commit: when marked, folds the write-ahead log
    // into the file, truncates it and clears the mark. Fails, keeping the mark, while
    // another program is reading the database.
    Status wipeLeftovers();

    bool isErased(const QString &personId);
    QSet<QString> erasedIds();
    // The ids of every record about an erased person (referrals, episodes, their onward
    // referrals, contacts and the amendments linked to them either way): what an archive
    // export leaves out, together with the people themselves.
    QSet<QString> erasedRecordIds();
    Result<ErasureRecord> get(const QString &personId);

    // People not erased whose newest activity is before `before` (UTC), oldest first; with
    // `includeOpen` false, people with an open referral or support episode are left out.
    Result<QVector<RetentionRow>> inactiveSince(const QDateTime &before, bool includeOpen);
    // The newest activity of one person (null when there is none at all).
    Result<QDateTime> lastActivity(const QString &personId);
    // Open referrals (not closed, declined or no contact) plus open support episodes.
    int openWork(const QString &personId);

private:
    Status run(const QString &sql, const QString &personId);
    Status forgetSyncCopies(const QString &personId, bool before);
    Database &m_db;
};

} // namespace hub::store
