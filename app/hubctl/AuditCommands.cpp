// hubctl audit verify: checks the audit trail's hash chain and, on a desk that syncs with a
// hub, that it still reaches the newest event the hub holds from this desk. hubctl audit
// reanchor: an administrator's answer when it no longer does (docs/SYNC.md).
#include "CliAuth.h"
#include "Commands.h"
#include "HubOptions.h"

#include <QCoreApplication>

#include <algorithm>

#include "services/AuditService.h"
#include "store/Database.h"
#include "sync/AuditSync.h"
#include "sync/LocalSync.h"
#include "util/Clock.h"

namespace hub::cli {

namespace {

// The hub this desk's trail goes to: the one named by --hub, else the one it syncs with.
struct HubLink
{
    std::unique_ptr<sync::Hub> hub; // null when neither names one
    QString where;                  // its URL for people to read
    int failed = -1;                // hubctl's exit code when it could not be opened
};

HubLink openHub(Context &ctx, store::Database &db, const domain::Actor &actor,
                const std::optional<QString> &hubText)
{
    HubLink out;
    const auto hubUrl = hubText.value_or(sync::SyncService(db, actor).status().hubUrl);
    if (hubUrl.isEmpty())
        return out;
    auto url = sync::HubUrl::parse(hubUrl);
    if (!url.ok()) {
        out.failed = ctx.fail(url.error().describe());
        return out;
    }
    QString password;
    if (int code = 0; !hubPassword(ctx, *url, password, code)) {
        out.failed = code;
        return out;
    }
    auto opened = sync::Hub::open(*url, password);
    if (!opened.ok()) {
        out.failed =
            ctx.fail(QCoreApplication::translate("hubctl", "could not compare with the hub: %1")
                         .arg(opened.error().describe()));
        return out;
    }
    out.hub = std::move(opened).value();
    out.where = url->display();
    return out;
}

int verify(Context &ctx, store::Database &db, const domain::Actor &actor,
           const std::optional<QString> &hubText)
{
    auto checked = services::AuditService(db, util::Clock::system()).verify(actor);
    if (!checked.ok())
        return ctx.fail(checked.error().describe());
    if (!checked->intact())
        return ctx.fail(QCoreApplication::translate("hubctl", "audit trail broken: %1")
                            .arg(checked->problem->message));
    ctx.out << QCoreApplication::translate("hubctl", "audit trail intact: %1 events")
                   .arg(checked->events)
            << Qt::endl;
    auto link = openHub(ctx, db, actor, hubText);
    if (link.failed >= 0 || !link.hub)
        return std::max(link.failed, 0);
    auto &hub = link.hub;
    const auto &where = link.where;
    auto state = sync::LocalSync(db, util::Clock::system()).state();
    if (!state.ok())
        return ctx.fail(state.error().describe());
    auto reach = sync::auditReach(db, *hub, state->auditTrail);
    if (!reach.ok())
        return ctx.fail(QCoreApplication::translate("hubctl", "could not compare with the hub: %1")
                            .arg(reach.error().describe()));
    if (!reach->reaches())
        return ctx.fail(QCoreApplication::translate(
                            "hubctl", "audit trail cut short or rewritten since the last sync: %1 "
                                      "(an administrator who knows why, for instance after "
                                      "restoring an older backup, runs hubctl audit reanchor)")
                            .arg(reach->problem));
    ctx.out << (reach->hubHead == 0
                    ? QCoreApplication::translate("hubctl",
                                                  "the hub %1 holds none of this desk's events yet")
                          .arg(where)
                    : QCoreApplication::translate("hubctl",
                                                  "it reaches the newest event the hub %1 holds "
                                                  "from this desk (event %2)")
                          .arg(where)
                          .arg(reach->hubHead))
            << Qt::endl;
    return 0;
}

int reanchor(Context &ctx, store::Database &db, const domain::Actor &actor,
             const std::optional<QString> &hubText, const QString &reason)
{
    auto link = openHub(ctx, db, actor, hubText);
    if (link.failed >= 0)
        return link.failed;
    auto &hub = link.hub;
    const auto &where = link.where;
    if (!hub)
        return ctx.fail(QCoreApplication::translate(
            "hubctl", "this desk has no hub: its audit trail has nothing to be re-anchored to"));
    auto done = sync::reanchorAuditTrail(db, *hub, actor, reason, util::Clock::system());
    if (!done.ok())
        return ctx.fail(done.error().describe());
    ctx.out << QCoreApplication::translate(
                   "hubctl", "audit trail re-anchored: the hub %1 keeps this desk's old trail "
                             "(%2, up to event %3) as it was sent; the next sync sends the trail "
                             "here (%4 events) as %5")
                   .arg(where, done->from)
                   .arg(done->hubHead)
                   .arg(done->localLast + 1)
                   .arg(done->to)
            << Qt::endl;
    return 0;
}

} // namespace

int runAudit(Context &ctx, CliArgs &args)
{
    const auto verb = args.positional();
    const bool isVerify = verb && *verb == QLatin1String("verify");
    if (!verb || (!isVerify && *verb != QLatin1String("reanchor")))
        return ctx.fail(
            QCoreApplication::translate("hubctl", "audit needs 'verify' or 'reanchor'"));
    const auto user = requireUser(args, QStringLiteral("audit ") + *verb);
    if (!user.ok())
        return ctx.fail(user.error().describe());
    const auto hubText = args.option(QStringLiteral("--hub"));
    const auto reason = isVerify ? std::nullopt : args.option(QStringLiteral("--reason"));
    if (!args.error().isEmpty())
        return ctx.fail(args.error());
    if (!args.leftovers().isEmpty())
        return ctx.fail(QCoreApplication::translate("hubctl", "unexpected argument '%1'")
                            .arg(args.leftovers().first()));
    if (!isVerify && !reason)
        return ctx.fail(QCoreApplication::translate(
            "hubctl", "audit reanchor needs --reason TEXT (why the trail no longer reaches the "
                      "hub's copy)"));
    auto db = store::Database::open(ctx.dbPath);
    const auto actor = signInTo(ctx, db, *user);
    if (!actor.ok())
        return ctx.fail(actor.error().describe());
    return isVerify ? verify(ctx, *db.value(), actor.value(), hubText)
                    : reanchor(ctx, *db.value(), actor.value(), hubText, *reason);
}

} // namespace hub::cli
