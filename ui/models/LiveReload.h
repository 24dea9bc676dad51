#pragma once

#include <QObject>
#include <QTimer>

namespace hub::services {
class ChangeNotifier;
}

namespace hub::ui {

// Keeps a list live: calls the model's reload slot after every committed change (several
// notices of one action reload once) and once a minute, so that clocks and due dates keep
// counting. A child of the model; the reload calls started() first.
class LiveReload : public QObject
{
public:
    template <class Model>
    LiveReload(services::ChangeNotifier &notifier, Model *model, void (Model::*reload)())
        : LiveReload(notifier, model)
    {
        connect(m_coalesce, &QTimer::timeout, model, reload);
        connect(m_tick, &QTimer::timeout, model, reload);
    }

    // A reload has begun: it covers the changes noticed until now.
    void started() { m_coalesce->stop(); }

private:
    LiveReload(services::ChangeNotifier &notifier, QObject *model);

    QTimer *m_coalesce = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace hub::ui
