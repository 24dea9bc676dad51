#include "CoreResources.h"

#include <QtGlobal>

#include <mutex>

static void registerCoreQrc()
{
    Q_INIT_RESOURCE(core);
}

namespace hub {

void initCoreResources()
{
    static std::once_flag once;
    std::call_once(once, registerCoreQrc);
}

} // namespace hub
