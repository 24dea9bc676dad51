#include "LiveReload.h"

#include "services/ChangeNotifier.h"

namespace hub::ui {

namespace {
constexpr int kTickMs = 60 * 1000;
} // namespace

LiveReload::LiveReload(services::ChangeNotifier &notifier, QObject *model) : QObject(model)
{
    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(&notifier, &services::ChangeNotifier::changed, m_coalesce, qOverload<>(&QTimer::start));
    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMs);
    m_tick->start();
}

} // namespace hub::ui
