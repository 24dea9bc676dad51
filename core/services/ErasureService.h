#pragma once

#include "ServiceContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

#include <functional>

namespace hub::services {

// An erasure request under UK GDPR: whose, when it was asked for, and why.
struct ErasureRequest
{
    QString personId;
    QDate requestedOn; // null: today
    QString reason;
};

// What an administrator sees of a person before erasing them: enough to be sure it is the
// right one, nothing more (no contact details, no crime, no notes).
struct ErasureCandidate
{
    QString personId;
    QString name;      // empty once erased
    int birthYear = 0; // 0 when unknown
    QDate lastActivity;
    int openWork = 0; // open referrals and support episodes
    bool erased = false;
    QDate erasedOn;
};

// A person due for review under the retention rule.
struct RetentionEntry
{
    QString personId;
    QString name;
    QDate lastActivity;
};

// Erasure and retention (docs/SECURITY.md "Erasure and retention"). An administrator
// erases one person on request; a supervisor or administrator erases, after review, the
// people with no activity for the hub's retention period. Every erasure is one
// transaction with its audit event (who, when, person id, reason; never a name), and the
// write-ahead log is folded away afterwards so that no erased text stays on disk.
class ErasureService
{
    Q_DECLARE_TR_FUNCTIONS(ErasureService)

public:
    explicit ErasureService(ServiceContext &ctx) : m_ctx(ctx) {}

    static constexpr int kMaxReason = 500;
    static constexpr int kMaxResults = 20;

    // The hub's today (Europe/London), the latest request date an erasure may carry.
    QDate today() const { return m_ctx.today(); }

    // A person id, or words of a name, phone, postcode or crime reference (administrators).
    Result<QVector<ErasureCandidate>> find(const domain::Actor &actor, const QString &text);

    // Administrators. Refused with one message and nothing changed when the id is malformed
    // or unknown, the person is already erased or still has open work, the reason is
    // missing, too long or names the person, or the request date is in the future.
    // An erasure that was saved but whose write-ahead log could not be cleared (the error
    // says so) is finished by erasing the same person again.
    Status erase(const domain::Actor &actor, const ErasureRequest &request);

    // Clears what an erasure cut short left in the write-ahead log (nothing to do is fine):
    // for whoever may erase. The retention run calls it when no one is left to erase.
    Status finishLeftovers(const domain::Actor &actor);

    // People with no activity for `years` (SettingsService::retentionYears by default)
    // and no open work, oldest activity first. Supervisors and administrators.
    Result<QVector<RetentionEntry>> retentionList(const domain::Actor &actor, int years);

    // Erases `personIds`, each of which must be on retentionList(years), in one
    // transaction; `progress` gets (done, total) after each person. Returns how many.
    using Progress = std::function<void(int done, int total)>;
    Result<int> eraseForRetention(const domain::Actor &actor, int years,
                                  const QStringList &personIds, const Progress &progress = {});

private:
    Status checkYears(int years) const;
    Status finish();
    ServiceContext &m_ctx;
};

} // namespace hub::services
