#pragma once

#include <QString>

namespace hub::domain {

// Who is acting. Every service call takes one, so permissions are checked in core
// (security/Permissions.h). A default Actor has no role and may do nothing.
struct Actor
{
    QString userId;
    QString role;
    QString teamId;
    QString workstation;

    // The command line's maintenance actor (hubctl init, demo, bench: commands that read or
    // write no one's records): the "system" role, no user. Never used for someone at a
    // desk, nor for a command that reads or writes personal data (those sign a user in).
    static Actor system()
    {
        return Actor{QString(), QStringLiteral("system"), QString(), QString()};
    }
};

} // namespace hub::domain
