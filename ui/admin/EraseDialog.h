#pragma once

#include "services/ErasureService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hub::ui {

class DateField;

// Erasing one person (UK GDPR): the date the person asked, why, and the first eight
// characters of their id typed again before the Erase button wakes up. A refusal is shown
// in the dialog, which stays open; nothing is changed.
class EraseDialog : public QDialog
{
    Q_OBJECT

public:
    EraseDialog(services::ErasureService &service, const domain::Actor &actor,
                const services::ErasureCandidate &person, QWidget *parent = nullptr);

    DateField *requestedOn() const { return m_requestedOn; }
    QLineEdit *reason() const { return m_reason; }
    QLineEdit *confirmation() const { return m_confirm; }
    QPushButton *eraseButton() const { return m_erase; }
    QString errorText() const;

private:
    void updateButton();
    void erase();

    services::ErasureService &m_service;
    domain::Actor m_actor;
    QString m_personId;
    DateField *m_requestedOn = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_erase = nullptr;
};

} // namespace hub::ui
