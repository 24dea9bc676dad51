#pragma once

#include "ServiceContext.h"

#include <QCoreApplication>

#include <optional>

namespace hub::services {

// The Victims' Code first-contact deadline in working days (COUNTING_RULES.md: 2 for
// enhanced entitlement, 5 otherwise, configurable by the hub).
struct VictimsCodeDays
{
    int enhanced = 2;
    int standard = 5;
    bool operator==(const VictimsCodeDays &o) const
    {
        return enhanced == o.enhanced && standard == o.standard;
    }
};

// Hub-wide settings, kept in the database so that every workstation, list and report
// counts the same way.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    explicit SettingsService(ServiceContext &ctx) : m_ctx(ctx) {}

    static constexpr int kMaxDays = 30;
    static const QString &enhancedDaysKey();
    static const QString &standardDaysKey();

    // The stored days, or the defaults when the hub never changed them.
    static VictimsCodeDays victimsCodeDays(store::Database &db);
    // A Victims' Code clock with the hub's days (for a ServiceContext or a report).
    static calendar::VictimsCodeClock victimsCodeClock(store::Database &db);
    // The stored days for someone signed in (any user: they set everyone's deadlines).
    Result<VictimsCodeDays> victimsCodeDays(const domain::Actor &actor);

    // Administrators only. Each between 1 and kMaxDays, enhanced no longer than standard.
    // One transaction; the context's clock follows at once.
    Status setVictimsCodeDays(const domain::Actor &actor, const VictimsCodeDays &days);
    // The rules setVictimsCodeDays() applies, for a form that checks before it saves.
    static Status checkVictimsCodeDays(const VictimsCodeDays &days);

    // Retention (docs/SECURITY.md): people with no activity for this many years are listed
    // for review and erasure. Default 6; administrators set 1 to kMaxRetentionYears.
    static constexpr int kDefaultRetentionYears = 6;
    static constexpr int kMaxRetentionYears = 50;
    static const QString &retentionYearsKey();
    static int retentionYears(store::Database &db);
    Status setRetentionYears(const domain::Actor &actor, int years);
    static Status checkRetentionYears(int years);

    // Whether caseworkers may import police referral files (docs/REFERRAL_IMPORT.md); not
    // allowed unless an administrator says so. Supervisors always may.
    static const QString &caseworkersMayImportKey();
    static bool caseworkersMayImport(store::Database &db);
    Status setCaseworkersMayImport(const domain::Actor &actor, bool allowed);

    // The inactivity lock (ui::SessionLock): once the hub sets it, the longest any desk waits
    // without input before it locks (a desk's own security/lockMinutes may only shorten it);
    // unset, each desk's own setting (10 minutes when it has none). 1 to kMaxLockMinutes.
    static constexpr int kDefaultLockMinutes = 10;
    static constexpr int kMaxLockMinutes = 60;
    static const QString &lockMinutesKey();
    static std::optional<int> storedLockMinutes(store::Database &db);
    static int lockMinutes(store::Database &db);
    Status setLockMinutes(const domain::Actor &actor, int minutes);

    // The sync guard (docs/SYNC.md): a pull that would remove more than this percentage of a
    // desk's records is held for a person to confirm. 1 to 100; default 30.
    static constexpr int kDefaultMassDeletePercent = 30;
    static const QString &massDeletePercentKey();
    static int massDeletePercent(store::Database &db);
    Status setMassDeletePercent(const domain::Actor &actor, int percent);

    // Every hub setting at once (the Administration page): all checked by the rules above
    // before anything is written, then the changed ones in one transaction and one audit
    // event; the first problem is an error naming its key, and nothing is saved.
    struct HubSettings
    {
        VictimsCodeDays days;
        int retentionYears = kDefaultRetentionYears;
        int lockMinutes = kDefaultLockMinutes;
        int massDeletePercent = kDefaultMassDeletePercent;
        bool caseworkersMayImport = false;
    };
    static HubSettings hubSettings(store::Database &db);
    Status setHubSettings(const domain::Actor &actor, const HubSettings &settings);

private:
    // Writes `values` (key, value) and one audit event naming them, in one transaction.
    Status store(const domain::Actor &actor, const QList<std::pair<QString, QString>> &values);

    ServiceContext &m_ctx;
};

} // namespace hub::services
