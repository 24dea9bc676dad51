#pragma once

#include "services/ErasureService.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace hub::services {
struct Services;
}

namespace hub::ui {

// The Admin section's "Erasure and retention" tab. Administrators find one person by id
// or name (only the name, year of birth and last activity are shown) and erase them on
// request (EraseDialog). Supervisors and administrators review the people with no
// activity for the retention period, tick some or all, and erase them after a
// confirmation, with a progress bar.
class ErasurePage : public QWidget
{
    Q_OBJECT

public:
    ErasurePage(services::Services &services, const domain::Actor &actor,
                QWidget *parent = nullptr);

    QLineEdit *findBox() const { return m_find; }
    QTableWidget *matches() const { return m_matches; }
    QPushButton *eraseOneButton() const { return m_eraseOne; }
    QSpinBox *years() const { return m_years; }
    QTableWidget *retention() const { return m_retention; }
    QPushButton *eraseSelectedButton() const { return m_eraseSelected; }
    QProgressBar *progress() const { return m_progress; }
    QString status() const;

public Q_SLOTS:
    void find();
    void eraseCurrent();
    void listRetention();
    void eraseSelected();

private:
    QWidget *buildFind();
    QWidget *buildRetention();
    void showStatus(const QString &text);
    void saveYears();

    services::Services &m_services;
    services::ErasureService m_service;
    domain::Actor m_actor;
    QVector<services::ErasureCandidate> m_found;
    QLineEdit *m_find = nullptr;
    QTableWidget *m_matches = nullptr;
    QPushButton *m_eraseOne = nullptr;
    QSpinBox *m_years = nullptr;
    QTableWidget *m_retention = nullptr;
    QPushButton *m_eraseSelected = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace hub::ui
