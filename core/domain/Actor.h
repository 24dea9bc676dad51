#pragma once

#include <QString>

namespace hub::domain {

// Who is acting. Every service call takes one, so permissions are checked in core.
// Until logins exist (security issue) the app and hubctl act as the local system user.
struct Actor
{
    QString userId;
    QString role = QStringLiteral("admin");
    QString teamId;
    QString workstation;

    static Actor system()
    {
        return Actor{QString(), QStringLiteral("admin"), QString(), QString()};
    }
};

} // namespace hub::domain
