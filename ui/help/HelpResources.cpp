#include "HelpResources.h"

#include <QtGlobal>

#include <mutex>

static void registerHelpQrc()
{
    Q_INIT_RESOURCE(help);
}

namespace hub::ui {

void initHelpResources()
{
    static std::once_flag once;
    std::call_once(once, registerHelpQrc);
}

} // namespace hub::ui
