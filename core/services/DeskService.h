#pragma once

#include "ServiceContext.h"
#include "domain/WorkViews.h"

namespace hub::services {

struct CaseloadItem
{
    domain::CaseloadRow row;
    calendar::ClockState clock; // of the referral awaiting or opening support
};

// The read side of one caseworker's day: my caseload and my tasks.
class DeskService
{
public:
    explicit DeskService(ServiceContext &ctx) : m_ctx(ctx) {}

    Result<QVector<CaseloadItem>> myCaseload(const domain::Actor &actor);
    // Open tasks, and those completed today (so a just-ticked task stays in view).
    Result<QVector<domain::TaskRow>> myTasks(const domain::Actor &actor);

    QDate today() const { return m_ctx.today(); }
    QDateTime now() const { return m_ctx.clock.now(); }

private:
    ServiceContext &m_ctx;
};

// Every service of the app over one database, sharing one change signal.
struct Services
{
    explicit Services(store::Database &db, const util::Clock &clock = util::Clock::system());
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    ChangeNotifier notifier;
    ServiceContext context;
};

} // namespace hub::services
