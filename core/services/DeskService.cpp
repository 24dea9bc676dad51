#include "DeskService.h"

#include "CodeListService.h"
#include "SettingsService.h"
#include "security/Permissions.h"

#include "store/WorkQueries.h"

namespace hub::services {

Result<QVector<CaseloadItem>> DeskService::myCaseload(const domain::Actor &actor)
{
    if (auto s = security::check(actor, security::Action::ViewPerson); !s.ok())
        return s.error();
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    auto rows = store::WorkQueries(m_ctx.db).caseload(actor.userId);
    if (!rows.ok())
        return rows.error();
    QVector<CaseloadItem> out;
    out.reserve(rows.value().size());
    const auto now = m_ctx.clock.now();
    for (const auto &row : rows.value())
        out.push_back(
            {row, m_ctx.victimsCode.state(row.receivedAt, row.enhanced, row.consentToContact,
                                          row.firstContactAt, now)});
    return out;
}

Result<QVector<domain::TaskRow>> DeskService::myTasks(const domain::Actor &actor)
{
    if (auto s = security::check(actor, security::Action::CompleteTask); !s.ok())
        return s.error();
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    const auto startOfToday = QDateTime(m_ctx.today(), QTime(0, 0), util::london()).toUTC();
    return store::WorkQueries(m_ctx.db).tasks(actor.userId, startOfToday);
}

Services::Services(store::Database &db, const util::Clock &clock)
    : context{db, notifier, clock, SettingsService::victimsCodeClock(db), CodeListService::load(db)}
{
    // Codes that arrive by sync or an archive import are offered at once.
    QObject::connect(&notifier, &ChangeNotifier::changed, &notifier,
                     [this](ChangeNotifier::Kind kind) {
                         if (kind == ChangeNotifier::Kind::Everything)
                             context.codes = CodeListService::load(context.db);
                     });
}

} // namespace hub::services
