#include "ContactSafety.h"

namespace hub::domain {

QString safetyCode(ContactSafety s)
{
    switch (s) {
    case ContactSafety::Safe:
        return QStringLiteral("safe");
    case ContactSafety::NotSafe:
        return QStringLiteral("not_safe");
    case ContactSafety::NotAsked:
        break;
    }
    return QStringLiteral("not_asked");
}

ContactSafety safetyFromValue(const QVariant &v)
{
    const auto text = v.toString();
    if (text == QLatin1String("safe"))
        return ContactSafety::Safe;
    if (text == QLatin1String("not_safe") || text == QLatin1String("0") ||
        text == QLatin1String("false"))
        return ContactSafety::NotSafe;
    return ContactSafety::NotAsked;
}

bool isSafetyCode(const QString &code)
{
    return code == QLatin1String("not_asked") || code == QLatin1String("safe") ||
           code == QLatin1String("not_safe");
}

} // namespace hub::domain
