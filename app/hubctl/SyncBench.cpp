#include "SyncBench.h"

#include "store/Database.h"
#include "sync/BenchSupport.h"
#include "sync/Hub.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace hub::cli {

namespace {

double elapsed(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

Result<QVector<SyncTiming>> benchSync(const QString &datasetPath, const QString &folder,
                                      const std::optional<sync::HubUrl> &hub,
                                      const QString &password,
                                      const std::function<void(const SyncTiming &)> &taken)
{
    sync::HubUrl url;
    if (hub) {
        url = *hub;
    } else {
        url.kind = sync::HubUrl::Kind::SqliteFile;
        url.path = folder + QStringLiteral("/bench-hub.db");
    }
    {
        auto opened = sync::Hub::open(url, password);
        if (!opened.ok())
            return opened.error();
        if (opened.value()->info().ok())
            return Error::make(Error::Kind::Conflict,
                               QCoreApplication::translate(
                                   "hubctl", "the bench needs an empty hub database, and %1 "
                                             "already holds a hub")
                                   .arg(url.display()));
    }
    if (auto s = sync::SyncService::initHub(url, password); !s.ok())
        return s.error();

    QVector<SyncTiming> timings;
    // Kept, and handed to `taken` at once (a bench cut short still printed it).
    auto out = [&](const SyncTiming &timing) {
        timings << timing;
        if (taken)
            taken(timing);
    };
    // The dataset's desk sends everything once (not timed: a hub is filled once).
    {
        auto source = store::Database::open(datasetPath);
        if (!source.ok())
            return source.error();
        auto actor = sync::hubSupervisor(*source.value());
        if (!actor.ok())
            return actor.error();
        SyncTiming push{QStringLiteral("sync_push_all"), {}};
        QElapsedTimer t;
        t.start();
        auto sent = sync::SyncService(*source.value(), *actor).syncOnce(url, password);
        if (!sent.ok())
            return sent.error();
        push.ms << elapsed(t);
        out(push);
    }
    auto source = store::Database::open(datasetPath);
    if (!source.ok())
        return source.error();
    const auto actor = sync::hubSupervisor(*source.value());
    if (!actor.ok())
        return actor.error();

    // sync_initial: a new desk, empty, pulls the dataset (three times, each a new file).
    auto initialPulls = [&](const QString &name, const sync::HubUrl &as, const QString &secret,
                            std::unique_ptr<store::Database> &desk) -> Result<SyncTiming> {
        SyncTiming timing{name, {}};
        for (int run = 0; run < 3; ++run) {
            desk.reset();
            auto opened =
                store::Database::open(folder + QStringLiteral("/%1-%2.db").arg(name).arg(run));
            if (!opened.ok())
                return opened.error();
            desk = std::move(opened).value();
            QElapsedTimer t;
            t.start();
            auto pulled = sync::SyncService(*desk, *actor).syncOnce(as, secret);
            if (!pulled.ok())
                return pulled.error();
            timing.ms << elapsed(t);
        }
        return timing;
    };
    std::unique_ptr<store::Database> desk;
    auto initial = initialPulls(QStringLiteral("sync_initial"), url, password, desk);
    if (!initial.ok())
        return initial.error();
    out(initial.value());
    // sync_initial_rls (PostgreSQL hub): the same pull through a desk login, so row-level
    // security decides every row as at a real desk; left out when the bench's login may
    // not create roles.
    if (url.kind == sync::HubUrl::Kind::Postgres) {
        auto login = sync::addBenchDeskLogin(url, password, *actor);
        if (login.ok()) {
            std::unique_ptr<store::Database> rlsDesk;
            auto rls = initialPulls(QStringLiteral("sync_initial_rls"), login->url, login->password,
                                    rlsDesk);
            rlsDesk.reset();
            (void)sync::dropBenchDeskLogin(url, password);
            if (!rls.ok())
                return rls.error();
            out(rls.value());
        }
    }

    // select_rows: the same rows fetched in one plain SELECT, nothing applied; copy_rows
    // (PostgreSQL hub): the same rows through COPY ... TO STDOUT.
    {
        auto opened = sync::Hub::open(url, password);
        if (!opened.ok())
            return opened.error();
        // Three reads of every hub record one way; each must bring some bytes back.
        auto readRuns = [&](const QString &name,
                            Result<qint64> (*read)(sync::Hub &)) -> Result<SyncTiming> {
            SyncTiming timing{name, {}};
            for (int run = 0; run < 3; ++run) {
                QElapsedTimer t;
                t.start();
                auto bytes = read(*opened.value());
                if (!bytes.ok())
                    return bytes.error();
                timing.ms << elapsed(t);
                if (bytes.value() == 0)
                    return Error::make(Error::Kind::Storage,
                                       QCoreApplication::translate("hubctl", "the hub is empty"));
            }
            return timing;
        };
        auto select = readRuns(QStringLiteral("select_rows"), &sync::readAllHubRecords);
        if (!select.ok())
            return select.error();
        out(select.value());
        if (url.kind == sync::HubUrl::Kind::Postgres) {
            auto copy = readRuns(QStringLiteral("copy_rows"), &sync::copyAllHubRecords);
            if (!copy.ok())
                return copy.error();
            out(copy.value());
        }
    }

    // sync_incremental: 100 people's phone numbers change on the desk; one sync.
    SyncTiming incremental{QStringLiteral("sync_incremental"), {}};
    for (int run = 0; run < 5; ++run) {
        auto changed = sync::changePhones(*desk, 100, run * 100, run);
        if (!changed.ok())
            return changed.error();
        QElapsedTimer t;
        t.start();
        auto synced = sync::SyncService(*desk, *actor).syncOnce(url, password);
        if (!synced.ok())
            return synced.error();
        incremental.ms << elapsed(t);
        if (synced->pushed != 100)
            return Error::make(Error::Kind::Storage,
                               QCoreApplication::translate("hubctl", "sync_incremental pushed %1 "
                                                                     "changes, not 100")
                                   .arg(synced->pushed));
    }
    out(incremental);
    return timings;
}

} // namespace hub::cli
