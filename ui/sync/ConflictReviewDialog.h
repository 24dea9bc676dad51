#pragma once

#include "domain/Actor.h"
#include "sync/SyncService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hub::store {
class Database;
}

namespace hub::ui {

// Supervisors: the values sync could not merge on its own, one row each, with the value
// before both edits, the hub's and this desk's side by side. One key decides:
// H keeps the hub's value, C keeps this desk's, E edits a value (Enter keeps it), O opens
// the person's record to see whose it is.
// SyncService::resolve does the work (and refuses anyone who may not).
class ConflictReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictReviewDialog(store::Database &db, const domain::Actor &actor,
                         QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *valueEdit() const { return m_value; }
    const QVector<sync::Conflict> &conflicts() const { return m_conflicts; }
    QString errorText() const;
    // The words shown for a value ("Yes", "(empty)", the text itself).
    static QString valueText(const QJsonValue &value);

public Q_SLOTS:
    void reload();
    void keepHub();
    void keepClient();
    void editValue();
    void keepEdited();
    // O: closes the review and opens the person the conflict is about (an audited view).
    void openPerson();

Q_SIGNALS:
    // A conflict was resolved: the record changed locally and the next sync sends it.
    void resolved();
    void openPersonRequested(const QString &personId);

private:
    void showCurrent();
    void resolve(sync::Keep keep, const QJsonValue &value = {});
    const sync::Conflict *current() const;
    QString authorName(const QString &userId);

    store::Database &m_db;
    sync::SyncService m_service;
    QVector<sync::Conflict> m_conflicts;
    QTableWidget *m_table = nullptr;
    QLabel *m_base = nullptr;
    QLabel *m_hub = nullptr;
    QLabel *m_client = nullptr;
    QLabel *m_hubWho = nullptr;
    QLabel *m_clientWho = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_value = nullptr;
    QList<QPushButton *> m_actions;
};

} // namespace hub::ui
