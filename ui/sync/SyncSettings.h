#pragma once

#include <QSettings>
#include <QString>

namespace hub::ui {

// This workstation's sync settings in QSettings: where the hub is and how often to sync.
// Never a password: that comes from HUB_HUB_PASSWORD, the system keychain (when the person
// asked for it to be remembered there) or a prompt, once per session.
class SyncSettings
{
public:
    static constexpr int kDefaultMinutes = 5;
    static constexpr int kMinMinutes = 1;
    static constexpr int kMaxMinutes = 240;

    QString hubUrl() const;
    void setHubUrl(const QString &url);
    // Minutes between background syncs; 0 = only on demand (F5).
    int intervalMinutes() const;
    void setIntervalMinutes(int minutes);
    // Whether the hub password is kept in the system keychain (sync::HubKeychain); only
    // this choice is a setting, the password itself is in the keychain. Off by default.
    bool rememberPassword() const;
    void setRememberPassword(bool on);

private:
    mutable QSettings m_settings;
};

} // namespace hub::ui
