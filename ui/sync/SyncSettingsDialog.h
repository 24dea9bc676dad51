#pragma once

#include "widgets/FormDialog.h"

class QLineEdit;
class QSpinBox;

namespace hub::ui {

// Where this workstation's hub is and how often to sync (SyncSettings). A hub address that
// does not parse is refused with the reason under the field, and nothing is saved.
class SyncSettingsDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit SyncSettingsDialog(QWidget *parent = nullptr);

    bool hasUnsavedChanges() const override;
    QLineEdit *urlEdit() const { return m_url; }
    QSpinBox *minutesBox() const { return m_minutes; }

public Q_SLOTS:
    void save() override;

private:
    QLineEdit *m_url = nullptr;
    QSpinBox *m_minutes = nullptr;
    QString m_initialUrl;
    int m_initialMinutes = 0;
};

} // namespace hub::ui
