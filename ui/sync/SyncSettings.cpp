#include "SyncSettings.h"

namespace hub::ui {

namespace {
const QString kUrlKey = QStringLiteral("sync/hubUrl");
const QString kMinutesKey = QStringLiteral("sync/intervalMinutes");
const QString kKeychainKey = QStringLiteral("sync/useKeychain");
} // namespace

QString SyncSettings::hubUrl() const
{
    return m_settings.value(kUrlKey).toString();
}

void SyncSettings::setHubUrl(const QString &url)
{
    if (url.trimmed().isEmpty())
        m_settings.remove(kUrlKey);
    else
        m_settings.setValue(kUrlKey, url.trimmed());
}

int SyncSettings::intervalMinutes() const
{
    const int minutes = m_settings.value(kMinutesKey, kDefaultMinutes).toInt();
    return minutes <= 0 ? 0 : qBound(kMinMinutes, minutes, kMaxMinutes);
}

void SyncSettings::setIntervalMinutes(int minutes)
{
    m_settings.setValue(kMinutesKey, minutes <= 0 ? 0 : qBound(kMinMinutes, minutes, kMaxMinutes));
}

bool SyncSettings::rememberPassword() const
{
    return m_settings.value(kKeychainKey, false).toBool();
}

void SyncSettings::setRememberPassword(bool on)
{
    m_settings.setValue(kKeychainKey, on);
}

} // namespace hub::ui
