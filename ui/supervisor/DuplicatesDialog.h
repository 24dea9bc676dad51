#pragma once

#include "domain/Actor.h"
#include "domain/DuplicateFinder.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace hub::services {
struct Services;
}

namespace hub::ui {

// The supervisor's "Possible duplicates" list (Work > Possible duplicates...): the people
// the supervisor may open, paired by the matcher on a worker thread with a progress bar
// and a Stop button; best match first. Enter or "Compare and merge..." opens the pair in
// the MergeDialog.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    DuplicatesDialog(services::Services &services, const domain::Actor &actor,
                     QWidget *parent = nullptr);
    ~DuplicatesDialog() override;

    // Reads the people and starts the search in the background.
    void start();
    bool running() const { return m_thread != nullptr; }
    QTableWidget *table() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    const QVector<domain::DuplicateFinder::Pair> &pairs() const { return m_pairs; }

Q_SIGNALS:
    void finished();
    void merged(const QString &keptId);

private:
    void showPairs();
    void mergeSelected();

    services::Services &m_services;
    domain::Actor m_actor;
    QTableWidget *m_table = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_merge = nullptr;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    std::shared_ptr<domain::DuplicateFinder::Outcome> m_outcome;
    QVector<domain::DuplicateFinder::Pair> m_pairs;
};

} // namespace hub::ui
