#include "SettingsService.h"

#include "AuditService.h"
#include "security/Permissions.h"
#include "store/Repositories.h"
#include "store/Transaction.h"

namespace hub::services {

namespace {

using Values = QList<std::pair<QString, QString>>;

// The stored whole number of `key` when it is within [min, max]; nullopt otherwise.
std::optional<int> storedInt(store::Database &db, const QString &key, int min, int max)
{
    const auto value = store::SettingRepository(db).get(key);
    if (!value.ok())
        return std::nullopt;
    bool ok = false;
    const int n = value.value().toInt(&ok);
    return ok && n >= min && n <= max ? std::optional<int>(n) : std::nullopt;
}

Status mayChange(const domain::Actor &actor, const QString &words)
{
    if (!security::Permissions::allows(actor.role, security::Action::ChangeSettings))
        return Error::make(Error::Kind::Permission, words);
    return {};
}

Status checkDays(const VictimsCodeDays &days)
{
    constexpr int max = SettingsService::kMaxDays;
    for (const auto &[key, d] : {std::pair{&SettingsService::enhancedDaysKey, days.enhanced},
                                 {&SettingsService::standardDaysKey, days.standard}}) {
        if (d < 1 || d > max)
            return Error::invalid(key(), SettingsService::tr("must be between 1 and %1 working "
                                                             "days, not %2")
                                             .arg(max)
                                             .arg(d));
    }
    if (days.enhanced > days.standard)
        return Error::invalid(SettingsService::enhancedDaysKey(),
                              SettingsService::tr("enhanced entitlement cannot allow longer (%1 "
                                                  "days) than the standard deadline (%2 days)")
                                  .arg(days.enhanced)
                                  .arg(days.standard));
    return {};
}

Status checkYears(int years)
{
    constexpr int max = SettingsService::kMaxRetentionYears;
    if (years < 1 || years > max)
        return Error::invalid(
            SettingsService::retentionYearsKey(),
            SettingsService::tr("must be between 1 and %1 years, not %2").arg(max).arg(years));
    return {};
}

Status checkLockMinutes(int minutes)
{
    constexpr int max = SettingsService::kMaxLockMinutes;
    if (minutes < 1 || minutes > max)
        return Error::invalid(
            SettingsService::lockMinutesKey(),
            SettingsService::tr("must be between 1 and %1 minutes, not %2").arg(max).arg(minutes));
    return {};
}

Status checkPercent(int percent)
{
    if (percent < 1 || percent > 100)
        return Error::invalid(
            SettingsService::massDeletePercentKey(),
            SettingsService::tr("must be between 1 and 100 per cent, not %1").arg(percent));
    return {};
}

QString flag(bool on)
{
    return on ? QStringLiteral("1") : QStringLiteral("0");
}

} // namespace

const QString &SettingsService::enhancedDaysKey()
{
    static const QString key = QStringLiteral("victims_code.enhanced_days");
    return key;
}

const QString &SettingsService::standardDaysKey()
{
    static const QString key = QStringLiteral("victims_code.standard_days");
    return key;
}

VictimsCodeDays SettingsService::victimsCodeDays(store::Database &db)
{
    const VictimsCodeDays defaults;
    return {storedInt(db, enhancedDaysKey(), 1, kMaxDays).value_or(defaults.enhanced),
            storedInt(db, standardDaysKey(), 1, kMaxDays).value_or(defaults.standard)};
}

calendar::VictimsCodeClock SettingsService::victimsCodeClock(store::Database &db)
{
    const auto days = victimsCodeDays(db);
    return calendar::VictimsCodeClock(calendar::WorkingDayCalendar::englandAndWales(),
                                      days.enhanced, days.standard);
}

Result<VictimsCodeDays> SettingsService::victimsCodeDays(const domain::Actor &actor)
{
    if (actor.userId.isEmpty() && actor.role != security::Permissions::systemRole())
        return ServiceErrors::needsUser();
    return victimsCodeDays(m_ctx.db);
}

Status SettingsService::store(const domain::Actor &actor, const Values &values)
{
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    store::SettingRepository settings(m_ctx.db);
    QStringList detail;
    for (const auto &[key, value] : values) {
        if (auto s = settings.set(key, value); !s.ok())
            return s;
        detail << QStringLiteral("%1=%2").arg(key, value);
    }
    if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("settings.change"),
                                            QStringLiteral("hub_setting"), QString(), QString(),
                                            detail.join(QLatin1Char(' ')));
        !s.ok())
        return s;
    return tx.commit();
}

Status SettingsService::checkVictimsCodeDays(const VictimsCodeDays &days)
{
    return checkDays(days);
}

Status SettingsService::checkRetentionYears(int years)
{
    return checkYears(years);
}

Status SettingsService::setVictimsCodeDays(const domain::Actor &actor, const VictimsCodeDays &days)
{
    if (auto s = mayChange(actor, tr("only an administrator can change the Victims' Code "
                                     "deadlines"));
        !s.ok())
        return s;
    if (auto s = checkDays(days); !s.ok())
        return s;
    if (auto s = store(actor, {{enhancedDaysKey(), QString::number(days.enhanced)},
                               {standardDaysKey(), QString::number(days.standard)}});
        !s.ok())
        return s;
    m_ctx.victimsCode.setDays(days.enhanced, days.standard);
    // Every clock on screen may read differently now.
    m_ctx.notifier.notify(ChangeNotifier::Kind::Everything, QString(), QString());
    return {};
}

const QString &SettingsService::retentionYearsKey()
{
    static const QString key = QStringLiteral("retention.years");
    return key;
}

int SettingsService::retentionYears(store::Database &db)
{
    return storedInt(db, retentionYearsKey(), 1, kMaxRetentionYears)
        .value_or(kDefaultRetentionYears);
}

Status SettingsService::setRetentionYears(const domain::Actor &actor, int years)
{
    if (auto s = mayChange(actor, tr("only an administrator can change the retention period"));
        !s.ok())
        return s;
    if (auto s = checkYears(years); !s.ok())
        return s;
    return store(actor, {{retentionYearsKey(), QString::number(years)}});
}

const QString &SettingsService::caseworkersMayImportKey()
{
    static const QString key = QStringLiteral("referral_import.caseworkers");
    return key;
}

bool SettingsService::caseworkersMayImport(store::Database &db)
{
    const auto value = store::SettingRepository(db).get(caseworkersMayImportKey());
    return value.ok() && value.value() == QLatin1String("1");
}

Status SettingsService::setCaseworkersMayImport(const domain::Actor &actor, bool allowed)
{
    if (auto s = mayChange(actor, tr("only an administrator can say whether caseworkers may "
                                     "import referral files"));
        !s.ok())
        return s;
    return store(actor, {{caseworkersMayImportKey(), flag(allowed)}});
}

const QString &SettingsService::lockMinutesKey()
{
    static const QString key = QStringLiteral("security.lock_minutes");
    return key;
}

std::optional<int> SettingsService::storedLockMinutes(store::Database &db)
{
    return storedInt(db, lockMinutesKey(), 1, kMaxLockMinutes);
}

int SettingsService::lockMinutes(store::Database &db)
{
    return storedLockMinutes(db).value_or(kDefaultLockMinutes);
}

Status SettingsService::setLockMinutes(const domain::Actor &actor, int minutes)
{
    if (auto s = mayChange(actor, tr("only an administrator can change the inactivity lock"));
        !s.ok())
        return s;
    if (auto s = checkLockMinutes(minutes); !s.ok())
        return s;
    return store(actor, {{lockMinutesKey(), QString::number(minutes)}});
}

// Read by sync::SyncService too (its own query, in core/sync).
const QString &SettingsService::massDeletePercentKey()
{
    static const QString key = QStringLiteral("sync.mass_delete_percent");
    return key;
}

int SettingsService::massDeletePercent(store::Database &db)
{
    return storedInt(db, massDeletePercentKey(), 1, 100).value_or(kDefaultMassDeletePercent);
}

Status SettingsService::setMassDeletePercent(const domain::Actor &actor, int percent)
{
    if (auto s = mayChange(actor, tr("only an administrator can change the sync guard")); !s.ok())
        return s;
    if (auto s = checkPercent(percent); !s.ok())
        return s;
    return store(actor, {{massDeletePercentKey(), QString::number(percent)}});
}

SettingsService::HubSettings SettingsService::hubSettings(store::Database &db)
{
    HubSettings out;
    out.days = victimsCodeDays(db);
    out.retentionYears = retentionYears(db);
    out.lockMinutes = lockMinutes(db);
    out.massDeletePercent = massDeletePercent(db);
    out.caseworkersMayImport = caseworkersMayImport(db);
    return out;
}

Status SettingsService::setHubSettings(const domain::Actor &actor, const HubSettings &settings)
{
    if (auto s = mayChange(actor, tr("only an administrator can change the hub's settings"));
        !s.ok())
        return s;
    for (const auto &check :
         {checkDays(settings.days), checkYears(settings.retentionYears),
          checkLockMinutes(settings.lockMinutes), checkPercent(settings.massDeletePercent)}) {
        if (!check.ok())
            return check;
    }
    const auto now = hubSettings(m_ctx.db);
    Values changed;
    const auto add = [&](const QString &key, const QString &value, const QString &was) {
        if (value != was)
            changed << std::pair{key, value};
    };
    add(enhancedDaysKey(), QString::number(settings.days.enhanced),
        QString::number(now.days.enhanced));
    add(standardDaysKey(), QString::number(settings.days.standard),
        QString::number(now.days.standard));
    add(retentionYearsKey(), QString::number(settings.retentionYears),
        QString::number(now.retentionYears));
    add(lockMinutesKey(), QString::number(settings.lockMinutes), QString::number(now.lockMinutes));
    add(massDeletePercentKey(), QString::number(settings.massDeletePercent),
        QString::number(now.massDeletePercent));
    add(caseworkersMayImportKey(), flag(settings.caseworkersMayImport),
        flag(now.caseworkersMayImport));
    if (changed.isEmpty())
        return {};
    if (auto s = store(actor, changed); !s.ok())
        return s;
    if (!(settings.days == now.days)) {
        m_ctx.victimsCode.setDays(settings.days.enhanced, settings.days.standard);
        m_ctx.notifier.notify(ChangeNotifier::Kind::Everything, QString(), QString());
    }
    return {};
}

} // namespace hub::services
