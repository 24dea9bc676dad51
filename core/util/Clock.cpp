#include "Clock.h"

namespace hub::util {

const Clock &Clock::system()
{
    static const Clock clock;
    return clock;
}

} // namespace hub::util
