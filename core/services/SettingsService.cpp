#include "SettingsService.h"

#include "AuditService.h"
#include "security/Permissions.h"
#include "store/Repositories.h"
#include "store/Transaction.h"

namespace hub::services {

namespace {

int storedDays(store::SettingRepository &settings, const QString &key, int fallback)
{
    const auto value = settings.get(key);
    if (!value.ok())
        return fallback;
    bool ok = false;
    const int days = value.value().toInt(&ok);
    return ok && days >= 1 && days <= SettingsService::kMaxDays ? days : fallback;
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
    store::SettingRepository settings(db);
    const VictimsCodeDays defaults;
    return {storedDays(settings, enhancedDaysKey(), defaults.enhanced),
            storedDays(settings, standardDaysKey(), defaults.standard)};
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

Status SettingsService::checkVictimsCodeDays(const VictimsCodeDays &days)
{
    auto inRange = [](int d) {
        return d >= 1 && d <= kMaxDays;
    };
    if (!inRange(days.enhanced))
        return Error::invalid(
            enhancedDaysKey(),
            tr("must be between 1 and %1 working days, not %2").arg(kMaxDays).arg(days.enhanced));
    if (!inRange(days.standard))
        return Error::invalid(
            standardDaysKey(),
            tr("must be between 1 and %1 working days, not %2").arg(kMaxDays).arg(days.standard));
    if (days.enhanced > days.standard)
        return Error::invalid(enhancedDaysKey(),
                              tr("enhanced entitlement cannot allow longer (%1 days) than the "
                                 "standard deadline (%2 days)")
                                  .arg(days.enhanced)
                                  .arg(days.standard));
    return {};
}

Status SettingsService::setVictimsCodeDays(const domain::Actor &actor, const VictimsCodeDays &days)
{
    if (!security::Permissions::allows(actor.role, security::Action::ChangeSettings))
        return Error::make(Error::Kind::Permission,
                           tr("only an administrator can change the Victims' Code deadlines"));
    if (auto s = checkVictimsCodeDays(days); !s.ok())
        return s;
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    store::SettingRepository settings(m_ctx.db);
    if (auto s = settings.set(enhancedDaysKey(), QString::number(days.enhanced)); !s.ok())
        return s;
    if (auto s = settings.set(standardDaysKey(), QString::number(days.standard)); !s.ok())
        return s;
    if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("settings.change"),
                                            QStringLiteral("hub_setting"), QString(), QString(),
                                            QStringLiteral("%1=%2 %3=%4")
                                                .arg(enhancedDaysKey())
                                                .arg(days.enhanced)
                                                .arg(standardDaysKey())
                                                .arg(days.standard));
        !s.ok())
        return s;
    if (auto s = tx.commit(); !s.ok())
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
    const auto value = store::SettingRepository(db).get(retentionYearsKey());
    bool ok = false;
    const int years = value.ok() ? value.value().toInt(&ok) : 0;
    return ok && years >= 1 && years <= kMaxRetentionYears ? years : kDefaultRetentionYears;
}

Status SettingsService::checkRetentionYears(int years)
{
    if (years < 1 || years > kMaxRetentionYears)
        return Error::invalid(
            retentionYearsKey(),
            tr("must be between 1 and %1 years, not %2").arg(kMaxRetentionYears).arg(years));
    return {};
}

Status SettingsService::setRetentionYears(const domain::Actor &actor, int years)
{
    if (!security::Permissions::allows(actor.role, security::Action::ChangeSettings))
        return Error::make(Error::Kind::Permission,
                           tr("only an administrator can change the retention period"));
    if (auto s = checkRetentionYears(years); !s.ok())
        return s;
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s =
            store::SettingRepository(m_ctx.db).set(retentionYearsKey(), QString::number(years));
        !s.ok())
        return s;
    if (auto s = AuditService(m_ctx).record(
            actor, QStringLiteral("settings.change"), QStringLiteral("hub_setting"), QString(),
            QString(), QStringLiteral("%1=%2").arg(retentionYearsKey()).arg(years));
        !s.ok())
        return s;
    return tx.commit();
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
    if (!security::Permissions::allows(actor.role, security::Action::ChangeSettings))
        return Error::make(Error::Kind::Permission,
                           tr("only an administrator can say whether caseworkers may import "
                              "referral files"));
    const auto value = allowed ? QStringLiteral("1") : QStringLiteral("0");
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = store::SettingRepository(m_ctx.db).set(caseworkersMayImportKey(), value); !s.ok())
        return s;
    if (auto s = AuditService(m_ctx).record(
            actor, QStringLiteral("settings.change"), QStringLiteral("hub_setting"), QString(),
            QString(), QStringLiteral("%1=%2").arg(caseworkersMayImportKey(), value));
        !s.ok())
        return s;
    return tx.commit();
}

} // namespace hub::services
