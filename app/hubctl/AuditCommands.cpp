// hubctl audit verify: checks the audit trail's hash chain.
#include "Commands.h"

#include "services/AuditService.h"
#include "store/Database.h"
#include "util/Clock.h"

namespace hub::cli {

int runAudit(Context &ctx, CliArgs &args)
{
    const auto verb = args.positional();
    if (!verb || *verb != QLatin1String("verify"))
        return ctx.fail(QStringLiteral("audit needs 'verify'"));
    if (!args.leftovers().isEmpty())
        return ctx.fail(QStringLiteral("unexpected argument '%1'").arg(args.leftovers().first()));
    auto db = store::Database::open(ctx.dbPath);
    if (!db.ok())
        return ctx.fail(db.error().describe());
    auto checked = services::AuditService(*db.value(), util::Clock::system()).verify();
    if (!checked.ok())
        return ctx.fail(checked.error().describe());
    if (!checked->intact())
        return ctx.fail(QStringLiteral("audit trail broken: %1").arg(checked->problem->message));
    ctx.out << "audit trail intact: " << checked->events << " events" << Qt::endl;
    return 0;
}

} // namespace hub::cli
