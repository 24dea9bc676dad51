#pragma once

#include "domain/Actor.h"
#include "services/AuditService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace hub::services {
struct Services;
}

namespace hub::ui {

class DateField;

class AuditEventsModel;
class EmptyState;

// The audit trail for auditors and administrators (Admin section): filters by user,
// person id, action and London days; the matching events newest first, fetched as the
// table scrolls; "Verify chain" says in words whether the hash chain is intact; "Export
// CSV…" writes every matching event (the export is itself audited).
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(services::Services &services, const domain::Actor &actor, QWidget *parent = nullptr);

    QComboBox *userBox() const { return m_user; }
    QLineEdit *personEdit() const { return m_person; }
    QComboBox *actionBox() const { return m_action; }
    DateField *fromEdit() const { return m_from; }
    DateField *toEdit() const { return m_to; }
    QTableView *view() const { return m_view; }
    AuditEventsModel *model() const { return m_model; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *verifyLabel() const { return m_verifyResult; }
    EmptyState *emptyState() const { return m_empty; }
    // The filter as set in the bar.
    services::AuditQuery query() const;

    // Writes the matching events to `path`; false (and a message) on failure.
    bool exportCsv(const QString &path);

public Q_SLOTS:
    // Reads the action list and the events again.
    void reload();
    void applyFilters();
    void clearFilters();
    void verifyChain();
    void chooseCsv();

Q_SIGNALS:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillActions();

    services::Services &m_services;
    domain::Actor m_actor;
    bool m_loaded = false;
    QComboBox *m_user = nullptr;
    QLineEdit *m_person = nullptr;
    QComboBox *m_action = nullptr;
    DateField *m_from = nullptr;
    DateField *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_verifyResult = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    EmptyState *m_empty = nullptr;
    AuditEventsModel *m_model = nullptr;
};

} // namespace hub::ui
