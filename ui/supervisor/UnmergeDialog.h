#pragma once

#include "domain/Actor.h"
#include "domain/Records.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace hub::services {
struct Services;
}

namespace hub::ui {

// Undoing a merge from the person view (supervisors): which merge into this person (newest
// first, when there are several), a question naming both records with when, by whom and
// why they were merged and what moves back, and Undo merge or Cancel (the default; Esc).
// services::PersonMergeService::unmerge does the work; a refusal is shown in the dialog.
class UnmergeDialog : public QDialog
{
    Q_OBJECT

public:
    // `kept` is the record shown; `merges` the merges into it (PersonMergeService::mergesInto).
    UnmergeDialog(services::Services &services, const domain::Actor &actor,
                  const domain::Person &kept, QVector<domain::PersonMerge> merges,
                  QWidget *parent = nullptr);

    QComboBox *mergeChoice() const { return m_choice; }
    QLabel *question() const { return m_question; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *undoButton() const { return m_undo; }
    // The merge undone once accepted.
    const domain::PersonMerge &undone() const { return m_undone; }
    // The name of the record that came back, once accepted.
    QString undoneName() const { return m_undoneName; }
    // The name of the record merge `index` made a tombstone.
    QString otherName(int index) const;

public Q_SLOTS:
    void undo();

private:
    void showChoice();

    services::Services &m_services;
    domain::Actor m_actor;
    domain::Person m_kept;
    QVector<domain::PersonMerge> m_merges;
    QVector<domain::Person> m_others;
    QComboBox *m_choice = nullptr;
    QLabel *m_question = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_undo = nullptr;
    domain::PersonMerge m_undone;
    QString m_undoneName;
};

} // namespace hub::ui
