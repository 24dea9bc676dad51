#pragma once

#include "domain/Actor.h"
#include "services/SupervisorService.h"
#include "widgets/FormDialog.h"

class QComboBox;

namespace hub::services {
struct Services;
}

namespace hub::ui {

// Sets the priority (normal, high, urgent) of the chosen referrals and support episodes in
// one SupervisorService::setPriority call. Type the first letter to choose, Enter sets it.
class PriorityDialog : public FormDialog
{
    Q_OBJECT

public:
    PriorityDialog(services::Services &services, const domain::Actor &actor,
                   QVector<services::RecordRef> records, const QString &current,
                   QWidget *parent = nullptr);

    bool hasUnsavedChanges() const override;
    QString chosen() const;
    QComboBox *combo() const { return m_combo; }

public Q_SLOTS:
    void save() override;

private:
    services::Services &m_services;
    domain::Actor m_actor;
    QVector<services::RecordRef> m_records;
    QString m_initial;
    QComboBox *m_combo = nullptr;
};

} // namespace hub::ui
