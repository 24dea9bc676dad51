#pragma once

#include "ChangeNotifier.h"
#include "calendar/VictimsCodeClock.h"
#include "domain/Actor.h"
#include "domain/ReferenceData.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QCoreApplication>

namespace hub::services {

// What every service shares: the store, the clock, the Victims' Code rules and the
// change signal. Owned by the application (or a test) and outliving the services.
struct ServiceContext
{
    store::Database &db;
    ChangeNotifier &notifier;
    const util::Clock &clock = util::Clock::system();
    calendar::VictimsCodeClock victimsCode{calendar::WorkingDayCalendar::englandAndWales()};
    // The code lists as the hub's administrators left them (the built-in lists with the
    // ref_code rows applied: services::CodeListService::load); Services loads them, and
    // CodeListService reloads them after each change.
    domain::ReferenceData codes = domain::ReferenceData::builtin();

    QDate today() const { return clock.now().toTimeZone(util::london()).date(); }
};

// Refusals shared by services; who may do what is security/Permissions.h.
class ServiceErrors
{
    Q_DECLARE_TR_FUNCTIONS(ServiceErrors)

public:
    static Error needsUser()
    {
        return Error::make(Error::Kind::Permission,
                           tr("this action needs a signed-in user; choose who you are first"));
    }
    static Error notFound(const QString &what, const QString &id)
    {
        return Error::make(Error::Kind::NotFound, tr("%1 %2 does not exist").arg(what, id));
    }
};

} // namespace hub::services
