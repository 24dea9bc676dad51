#pragma once

#include "domain/Actor.h"
#include "services/AuditService.h"
#include "sync/SyncService.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace hub::services {
struct Services;
}

namespace hub::sync {
class HubAuditReader;
}

namespace hub::ui {

class DateField;

class AuditEventsModel;
class EmptyState;

// The audit trail for auditors and administrators (Admin section): filters by user,
// person id, action and London days; the matching events newest first, fetched as the
// table scrolls; "Verify chain" says in words whether the hash chain is intact; "Export
// CSV…" writes every matching event (the export is itself audited). When this workstation
// has a hub (SyncSettings), "Events from" switches to every desk's trail as the hub holds it,
// read with the auditor's own hub login (docs/SYNC.md "Audit trail on the hub").
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    // Asks for the hub login to read with (`url.user`, prefilled with the configured one)
    // and its password; false when the person cancelled.
    using HubLogin = std::function<bool(sync::HubUrl &url, QString *password)>;

    AuditPage(services::Services &services, const domain::Actor &actor, QWidget *parent = nullptr);
    ~AuditPage() override;

    void setHubLogin(HubLogin login) { m_hubLogin = std::move(login); }
    // "This desk" or "All desks (hub)"; shown only when a hub is configured.
    QComboBox *sourceBox() const { return m_sourceBox; }
    QPushButton *exportButton() const { return m_exportButton; }
    bool showingHub() const { return m_hub != nullptr; }

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
    // Shows every desk's trail from the hub (asking for the hub login) or this desk's
    // again; false (and the reason in the summary) when the hub cannot be read.
    bool showHub(bool on);

Q_SIGNALS:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillActions();
    void showSourceError(const QString &text);

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
    QComboBox *m_sourceBox = nullptr;
    QPushButton *m_exportButton = nullptr;
    HubLogin m_hubLogin;
    std::unique_ptr<sync::HubAuditReader> m_hub;
};

} // namespace hub::ui
