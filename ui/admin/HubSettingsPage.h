#pragma once

#include "domain/Actor.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hub::services {
struct Services;
}

namespace hub::ui {

class FieldErrors;

// The hub's settings (Administration): every setting of services::SettingsService with its
// current value and a sentence on what it does. Administrators change them (Save checks them
// all by the service's rules and writes them together, or names the first field that is
// wrong and keeps what was typed; Revert shows the stored values again); anyone else who may
// see the page (supervisors) reads them.
class HubSettingsPage : public QWidget
{
    Q_OBJECT

public:
    HubSettingsPage(services::Services &services, const domain::Actor &actor,
                    QWidget *parent = nullptr);
    ~HubSettingsPage() override;

    // The editor of a setting, by its key (SettingsService::enhancedDaysKey()...).
    QLineEdit *field(const QString &key) const;
    QCheckBox *caseworkersImportBox() const { return m_caseworkers; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    const FieldErrors &errors() const { return *m_errors; }
    QLabel *statusLabel() const { return m_status; }
    bool isReadOnly() const { return m_readOnly; }

public Q_SLOTS:
    // Saves what is typed; false (with the field named) when a value is refused.
    bool save();
    // Shows the stored values again.
    void revert();

Q_SIGNALS:
    void message(const QString &text);

private:
    QLineEdit *addNumber(QFormLayout *form, const QString &key, const QString &label,
                         const QString &explanation);
    void addExplanation(QFormLayout *form, const QString &text);

    services::Services &m_services;
    domain::Actor m_actor;
    bool m_readOnly = true;
    std::unique_ptr<FieldErrors> m_errors;
    QHash<QString, QLineEdit *> m_fields;
    QCheckBox *m_caseworkers = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace hub::ui
