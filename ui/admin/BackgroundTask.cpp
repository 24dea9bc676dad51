#include "BackgroundTask.h"

#include <QPointer>
#include <QProgressBar>
#include <QThread>

namespace hub::ui {

BackgroundTask::BackgroundTask(QObject *parent) : QObject(parent) {}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundTask::start(Work work, Done done)
{
    if (m_thread)
        return false;
    auto status = std::make_shared<Status>();
    m_thread = QThread::create([this, work = std::move(work), status] {
        *status = work([this](qint64 d, qint64 t) { Q_EMIT progressed(d, t); });
    });
    connect(m_thread, &QThread::finished, this, [this, status, done = std::move(done)] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT runningChanged(false);
        if (done)
            done(*status);
    });
    Q_EMIT runningChanged(true);
    m_thread->start();
    return true;
}

void BackgroundTask::follow(QProgressBar *bar)
{
    QPointer<QProgressBar> guard(bar);
    bar->hide();
    connect(this, &BackgroundTask::runningChanged, bar, [guard](bool running) {
        if (!guard)
            return;
        guard->setRange(0, 0); // busy until the first report
        guard->setVisible(running);
    });
    connect(this, &BackgroundTask::progressed, bar, [guard](qint64 done, qint64 total) {
        if (!guard || total <= 0)
            return;
        // In thousandths: a file's size may not fit an int.
        guard->setRange(0, 1000);
        guard->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    });
}

} // namespace hub::ui
