#pragma once

#include "Result.h"

#include <QObject>

#include <functional>
#include <memory>

class QProgressBar;
class QThread;

namespace hub::ui {

// Long work of an Administration page (a backup, a restore, an archive) on a thread of its
// own, so the window keeps painting and its progress bar moves. The work opens its own
// database connection if it needs one (a connection belongs to the thread that opened it).
// One job at a time; the destructor waits for a running one.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    // Called on the worker thread: how much is done of how much (bytes, records...).
    using Progress = std::function<void(qint64 done, qint64 total)>;
    using Work = std::function<Status(const Progress &progress)>;
    // Called on the GUI thread once the work has ended.
    using Done = std::function<void(const Status &status)>;

    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override;

    bool isRunning() const { return m_thread != nullptr; }
    // False (and nothing started) while another job runs.
    bool start(Work work, Done done);
    // Shows the job's progress on `bar` (a busy bar until a total is known), and hides it
    // when the job ends.
    void follow(QProgressBar *bar);

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void runningChanged(bool running);

private:
    QThread *m_thread = nullptr;
};

} // namespace hub::ui
