#pragma once

// The steps of FirstRunWizard. Each checks its own values with the core's rules in
// validatePage(), showing a refusal beside its field and keeping what was typed.

#include "Result.h"
#include "services/SettingsService.h"
#include "widgets/FieldErrors.h"

#include <QStringList>
#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QVBoxLayout;

namespace hub::ui {

class FirstRunWizard;

// A step with a form: its problems beside their fields (FieldErrors), the line above saying
// the step is not complete.
class SetupPage : public QWizardPage
{
    Q_OBJECT

public:
    SetupPage(FirstRunWizard *wizard, const char *name, const QString &title,
              const QString &subTitle);

    FieldErrors &errors() { return m_errors; }
    const FieldErrors &errors() const { return m_errors; }
    bool owns(const QString &field) const { return m_fields.contains(field); }
    // Whether anything was typed or changed here that Escape would throw away.
    virtual bool typedAnything() const { return false; }

protected:
    // The page's layout, its problem line at the top.
    QVBoxLayout *body() const { return m_body; }
    // A row of `form` for `field`: `label` (with its Alt key) and `editor`, its problem below.
    void addRow(QFormLayout *form, const QString &field, const QString &label, QWidget *editor);
    // True when `status` is fine; otherwise shows it beside its field.
    bool passes(const Status &status);
    // A muted sentence that explains the field above it.
    QLabel *explanation(const QString &text);

    FirstRunWizard *m_wizard;

private:
    FieldErrors m_errors;
    QStringList m_fields;
    QVBoxLayout *m_body;
};

// New hub or join an existing one.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    bool joining() const;

private:
    QRadioButton *m_new = nullptr;
    QRadioButton *m_join = nullptr;
};

class HubNamePage : public SetupPage
{
    Q_OBJECT

public:
    explicit HubNamePage(FirstRunWizard *wizard);
    QString hubName() const;
    bool validatePage() override;
    bool typedAnything() const override;

private:
    QLineEdit *m_name = nullptr;
};

class AdministratorPage : public SetupPage
{
    Q_OBJECT

public:
    explicit AdministratorPage(FirstRunWizard *wizard);
    QString username() const;
    QString displayName() const;
    QString password() const;
    bool validatePage() override;
    bool typedAnything() const override;

private:
    // The password rules, each said to be met or not yet as the password is typed.
    void showRules();

    QLineEdit *m_user = nullptr;
    QLineEdit *m_display = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_rules = nullptr;
};

class SetupTeamsPage : public SetupPage
{
    Q_OBJECT

public:
    explicit SetupTeamsPage(FirstRunWizard *wizard);
    QStringList teams() const;
    bool validatePage() override;
    bool typedAnything() const override;

public Q_SLOTS:
    // The name typed as one more team, unless the core refuses it.
    void addTeam();
    void removeSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_name = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
};

// The Victims' Code working days and the retention period.
class RulesPage : public SetupPage
{
    Q_OBJECT

public:
    explicit RulesPage(FirstRunWizard *wizard);
    services::VictimsCodeDays days() const;
    int retentionYears() const;
    bool validatePage() override;
    bool typedAnything() const override;

private:
    QSpinBox *spinBox(const char *name, int value, const QString &suffix);

    QSpinBox *m_enhanced = nullptr;
    QSpinBox *m_standard = nullptr;
    QSpinBox *m_years = nullptr;
};

// Optionally, the hub this workstation syncs with (as in Sync settings); skipped by default.
class ConnectionPage : public SetupPage
{
    Q_OBJECT

public:
    explicit ConnectionPage(FirstRunWizard *wizard);
    // Empty when skipped.
    QString hubUrl() const;
    int minutes() const;
    bool validatePage() override;
    bool typedAnything() const override;

private:
    QRadioButton *m_skip = nullptr;
    QRadioButton *m_connect = nullptr;
    QLineEdit *m_url = nullptr;
    QSpinBox *m_minutes = nullptr;
};

// Everything typed, before it is set up.
class SetupSummaryPage : public SetupPage
{
    Q_OBJECT

public:
    explicit SetupSummaryPage(FirstRunWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    QString text() const;

private:
    QLabel *m_text = nullptr;
};

} // namespace hub::ui
