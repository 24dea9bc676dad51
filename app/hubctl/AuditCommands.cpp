// hubctl audit verify: checks the audit trail's hash chain.
#include "CliAuth.h"
#include "Commands.h"

#include <QCoreApplication>

#include "services/AuditService.h"
#include "store/Database.h"
#include "util/Clock.h"

namespace hub::cli {

int runAudit(Context &ctx, CliArgs &args)
{
    const auto verb = args.positional();
    if (!verb || *verb != QLatin1String("verify"))
        return ctx.fail(QCoreApplication::translate("hubctl", "audit needs 'verify'"));
    const auto user = requireUser(args, QStringLiteral("audit verify"));
    if (!user.ok())
        return ctx.fail(user.error().describe());
    if (!args.error().isEmpty())
        return ctx.fail(args.error());
    if (!args.leftovers().isEmpty())
        return ctx.fail(QCoreApplication::translate("hubctl", "unexpected argument '%1'")
                            .arg(args.leftovers().first()));
    auto db = store::Database::open(ctx.dbPath);
    const auto actor = signInTo(ctx, db, *user);
    if (!actor.ok())
        return ctx.fail(actor.error().describe());
    auto checked = services::AuditService(*db.value(), util::Clock::system()).verify(actor.value());
    if (!checked.ok())
        return ctx.fail(checked.error().describe());
    if (!checked->intact())
        return ctx.fail(QCoreApplication::translate("hubctl", "audit trail broken: %1")
                            .arg(checked->problem->message));
    ctx.out << QCoreApplication::translate("hubctl", "audit trail intact: %1 events")
                   .arg(checked->events)
            << Qt::endl;
    return 0;
}

} // namespace hub::cli
