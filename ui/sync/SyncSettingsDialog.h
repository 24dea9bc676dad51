#pragma once

#include "widgets/FormDialog.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace hub::ui {

// Where this workstation's hub is and how often to sync (SyncSettings), and whether the hub
// password is remembered in the system keychain (sync::HubKeychain; off by default). A hub
// address that does not parse, or a password the keychain would not take, is refused with
// the reason under the field, and nothing is saved.
class SyncSettingsDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit SyncSettingsDialog(QWidget *parent = nullptr);

    bool hasUnsavedChanges() const override;
    QLineEdit *urlEdit() const { return m_url; }
    QSpinBox *minutesBox() const { return m_minutes; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *forgetButton() const { return m_forget; }
    QLabel *keychainLabel() const { return m_keychainState; }

public Q_SLOTS:
    void save() override;
    // Removes the saved password of the hub in the address field from the keychain now.
    void forgetSaved();

private:
    QWidget *keychainRow();
    // Says whether the keychain holds a password for the hub in the address field.
    void showKeychainState();
    // A saved password left under an address that is no longer used (or not remembered).
    void forgetStale(const QString &url, bool remember);

    QLineEdit *m_url = nullptr;
    QSpinBox *m_minutes = nullptr;
    QCheckBox *m_remember = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_forget = nullptr;
    QLabel *m_keychainState = nullptr;
    QString m_initialUrl;
    int m_initialMinutes = 0;
    bool m_initialRemember = false;
};

} // namespace hub::ui
