#pragma once

#include "domain/Actor.h"
#include "domain/Records.h"
#include "widgets/FormDialog.h"

#include <QMap>

class QButtonGroup;
class QLineEdit;
class QPushButton;

namespace hub::services {
struct Services;
}

namespace hub::ui {

// Two records of one person side by side (supervisors): one row per field with a radio for
// each record's value, the contact-safety answers fixed to the most restrictive with a
// note, a reason, and Merge (services::PersonMergeService). Arrow keys move between the two
// radios of a row, Tab to the next row.
class MergeDialog : public FormDialog
{
    Q_OBJECT

public:
    MergeDialog(services::Services &services, const domain::Actor &actor,
                const domain::Person &kept, const domain::Person &other, QWidget *parent = nullptr);

    bool hasUnsavedChanges() const override;
    // Archive names of the fields whose value comes from the other record.
    QStringList fromOther() const;
    // Chooses the other record's value of `field` (or the kept record's).
    void choose(const QString &field, bool other);
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *mergeButton() const { return m_merge; }
    const domain::PersonMerge &merged() const { return m_merged; }

    // A field's name as forms show it ("Family name").
    static QString fieldLabel(const QString &field);

public Q_SLOTS:
    void save() override;

private:
    services::Services &m_services;
    domain::Actor m_actor;
    domain::Person m_kept;
    domain::Person m_other;
    QMap<QString, QButtonGroup *> m_groups;
    QStringList m_initial;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_merge = nullptr;
    domain::PersonMerge m_merged;
};

} // namespace hub::ui
