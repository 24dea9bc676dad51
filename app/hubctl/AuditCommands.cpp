// hubctl audit verify: checks the audit trail's hash chain and, on a desk that syncs with a
// hub, that it still reaches the newest event the hub holds from this desk.
#include "CliAuth.h"
#include "Commands.h"
#include "HubOptions.h"

#include <QCoreApplication>

#include "services/AuditService.h"
#include "store/Database.h"
#include "sync/AuditSync.h"
#include "sync/LocalSync.h"
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
    const auto hubText = args.option(QStringLiteral("--hub"));
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
    // The hub named, else the one this desk syncs with: its copy of this desk's trail.
    const auto hubUrl =
        hubText.value_or(sync::SyncService(*db.value(), actor.value()).status().hubUrl);
    if (hubUrl.isEmpty())
        return 0;
    auto url = sync::HubUrl::parse(hubUrl);
    if (!url.ok())
        return ctx.fail(url.error().describe());
    int code = 0;
    QString password;
    if (!hubPassword(ctx, *url, password, code))
        return code;
    auto hub = sync::Hub::open(*url, password);
    if (!hub.ok())
        return ctx.fail(QCoreApplication::translate("hubctl", "could not compare with the hub: %1")
                            .arg(hub.error().describe()));
    auto state = sync::LocalSync(*db.value(), util::Clock::system()).state();
    if (!state.ok())
        return ctx.fail(state.error().describe());
    auto reach = sync::auditReach(*db.value(), *hub.value(), state->clientId);
    if (!reach.ok())
        return ctx.fail(QCoreApplication::translate("hubctl", "could not compare with the hub: %1")
                            .arg(reach.error().describe()));
    if (!reach->reaches())
        return ctx.fail(QCoreApplication::translate(
                            "hubctl", "audit trail cut short or rewritten since the last sync: %1")
                            .arg(reach->problem));
    ctx.out << (reach->hubHead == 0
                    ? QCoreApplication::translate("hubctl",
                                                  "the hub %1 holds none of this desk's events yet")
                          .arg(url->display())
                    : QCoreApplication::translate("hubctl",
                                                  "it reaches the newest event the hub %1 holds "
                                                  "from this desk (event %2)")
                          .arg(url->display())
                          .arg(reach->hubHead))
            << Qt::endl;
    return 0;
}

} // namespace hub::cli
