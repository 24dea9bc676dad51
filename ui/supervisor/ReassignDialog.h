#pragma once

#include "domain/Actor.h"
#include "services/SupervisorService.h"
#include "widgets/FormDialog.h"

class QLineEdit;
class QListWidget;

namespace hub::services {
struct Services;
}

namespace hub::ui {

// Gives one or many referrals and support episodes to another caseworker, with the reason,
// in one SupervisorService::reassign call. Type to filter the colleagues, Down to the list,
// Tab to the reason, Enter reassigns, Esc cancels (asking first when something was typed).
class ReassignDialog : public FormDialog
{
    Q_OBJECT

public:
    // `labels` says in words what is moving (one line per record).
    ReassignDialog(services::Services &services, const domain::Actor &actor, const QString &teamId,
                   QVector<services::RecordRef> records, const QStringList &labels,
                   QWidget *parent = nullptr);

    bool hasUnsavedChanges() const override;
    // How many records changed hands (valid after accept()).
    int moved() const { return m_moved; }
    QString chosenName() const;
    QListWidget *list() const { return m_list; }
    QLineEdit *reasonEdit() const { return m_reason; }

public Q_SLOTS:
    void save() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);

    services::Services &m_services;
    domain::Actor m_actor;
    QVector<services::RecordRef> m_records;
    int m_moved = 0;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace hub::ui
