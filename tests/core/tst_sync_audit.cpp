// The audit trail on the hub (docs/SYNC.md "Audit trail on the hub", docs/SECURITY.md
// "The audit trail outlives the desk"): every sync sends the desk's new audit events, the hub
// takes only those that continue the chain it holds for that desk and never changes or
// removes one, only auditors' logins read them, and `hubctl audit verify` on a desk finds a
// trail whose newest events were deleted after they were sent. Against the SQLite-file hub
// and a real PostgreSQL started by the test (tests/support/PgServer).
#include "security/AuditChain.h"
#include "services/AuditService.h"
#include "store/AuditRepository.h"
#include "sync/AuditSync.h"
#include "tst_sync_fixture.h"
#include "tst_sync_hubctl.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

#define SYNCED(desk)                                                                               \
    do {                                                                                           \
        const auto out_ = (desk).sync();                                                           \
        QVERIFY2(out_.ok(), out_.ok() ? "" : qPrintable(out_.error().describe()));                 \
    } while (0)

using namespace hub;
using namespace hub::test;

namespace {

QString clientOf(Desk &d)
{
    return d.scalar(QStringLiteral("SELECT client_id FROM sync_state")).toString();
}

qint64 lastSeq(Desk &d)
{
    return d.scalar(QStringLiteral("SELECT max(seq) FROM audit_event")).toLongLong();
}

QVector<domain::AuditEvent> trailOf(Desk &d)
{
    QVector<domain::AuditEvent> out;
    (void)store::AuditRepository(*d.db).forEach([&](const domain::AuditEvent &e) {
        out.push_back(e);
        return Status();
    });
    return out;
}

// The hub's events from one desk, read as the hub's owner.
qint64 hubEvents(SyncWorld &w, const QString &client)
{
    return w
        .hubScalar(
            QStringLiteral("SELECT count(*) FROM hub_audit WHERE client_id = '%1'").arg(client))
        .toLongLong();
}

// Removes the desk's newest audit events as someone with the file and a SQLite shell could.
void cutTrail(Desk &d, qint64 keepUpTo)
{
    d.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_event_no_delete"));
    d.exec(QStringLiteral("DELETE FROM audit_event WHERE seq > ?"), {keepUpTo});
}

// An event that follows `prev` and carries its own sound hash.
domain::AuditEvent sealedAfter(const domain::AuditEvent &prev, const QString &detail)
{
    domain::AuditEvent e = prev;
    e.seq = prev.seq + 1;
    e.prevHash = prev.hash;
    e.detail = detail;
    e.hash = security::AuditChain::hashOf(e);
    return e;
}

struct SqlResult
{
    bool ok = false;
    QVariant value;
    QString error;
};

// A statement on the hub with the given login, as anyone holding its password could run.
SqlResult asLogin(const sync::HubUrl &url, const QString &password, const QString &sql)
{
    auto hub = sync::Hub::open(url, password);
    if (!hub.ok())
        return {false, {}, hub.error().describe()};
    QSqlQuery q(hub.value()->connection());
    SqlResult out;
    out.ok = q.exec(sql);
    out.error = q.lastError().databaseText();
    if (out.ok && q.next())
        out.value = q.value(0);
    return out;
}

} // namespace

class TestSyncAudit : public QObject
{
    Q_OBJECT

public:
    explicit TestSyncAudit(PgServer *pg) : m_pg(pg) {}

private:
    PgServer *m_pg;

private slots:
    void syncSendsTheTrailAndVerifyFindsItsNewestEventsDeleted()
    {
        SyncWorld w(m_pg);
        const auto auditor =
            w.addActor(QStringLiteral("aud.one"), QStringLiteral("auditor"), QString());
        Q_UNUSED(auditor);
        w.setPasswords();
        auto d = w.desk(QStringLiteral("one"), w.cw1);
        d->logViews(6);
        SYNCED(*d);
        const auto client = clientOf(*d);
        const qint64 last = lastSeq(*d);
        QVERIFY(last >= 6);
        QCOMPARE(hubEvents(w, client), last);
        // The next sync sends only what is new.
        d->logViews(2);
        const auto again = d->sync();
        QVERIFY2(again.ok(), qPrintable(again.error().describe()));
        // The two new events and the sync's own (its push and pull are audited too).
        const qint64 synced = lastSeq(*d);
        QVERIFY(synced - last >= 2);
        QCOMPARE(qint64(again->audited), synced - last);
        QCOMPARE(hubEvents(w, client), synced);

        const QString path = d->db->path();
        const QMap<QString, QString> env{
            {QStringLiteral("HUB_PASSWORD"), QStringLiteral("demo-aud.one")},
            {QStringLiteral("HUB_HUB_PASSWORD"), d->password}};
        const QStringList verify{QStringLiteral("audit"), QStringLiteral("verify"),
                                 QStringLiteral("--user"), QStringLiteral("aud.one")};
        auto intact = runHubctl(path, verify, env);
        QVERIFY2(intact.code == 0, qPrintable(intact.err));
        QVERIFY2(intact.out.contains(QStringLiteral("it reaches the newest event the hub")),
                 qPrintable(intact.out));
        QVERIFY2(intact.out.contains(QStringLiteral("(event %1)").arg(synced)),
                 qPrintable(intact.out));

        // The newest three synced events (and the auditor's sign-in after them) deleted: the
        // chain that is left is sound, so the desk alone cannot tell.
        cutTrail(*d, synced - 3);
        auto local = services::AuditService(*d->db, d->clock).verify();
        QVERIFY(local.ok() && local->intact());
        auto reach = sync::auditReach(*d->db, *w.hub(), client);
        QVERIFY(reach.ok());
        QVERIFY(!reach->reaches());
        QCOMPARE(reach->problem,
                 QStringLiteral("the hub holds this desk's events up to event %1, but the trail "
                                "here ends at event %2: events %3 to %1 were removed after they "
                                "were sent")
                     .arg(synced)
                     .arg(synced - 3)
                     .arg(synced - 2));
        auto cut = runHubctl(path, verify, env);
        QCOMPARE(cut.code, 1);
        QVERIFY2(cut.err.contains(QStringLiteral("audit trail cut short or rewritten since the "
                                                 "last sync: the hub holds this desk's events "
                                                 "up to event %1")
                                      .arg(synced)),
                 qPrintable(cut.err));

        // A sync sends the records but not a trail that no longer reaches the hub's: it says
        // so, and the hub's copy stays as it was.
        d->logViews(1);
        const auto refused = d->sync();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(
                     QStringLiteral("this desk's audit trail no longer reaches the one the hub "
                                    "holds")),
                 qPrintable(refused.error().message));
        QCOMPARE(hubEvents(w, client), synced);
        QVERIFY(d->service().status().lastError.contains(QStringLiteral("no longer reaches")));
    }

    // A desk restored from an older backup is behind the hub's copy of its trail; an
    // administrator re-anchors it and its trail goes on under a new name, the old one kept.
    void anAdministratorReanchorsADeskRestoredFromAnOlderBackup()
    {
        SyncWorld w(m_pg);
        const auto admin =
            w.addActor(QStringLiteral("adm.one"), QStringLiteral("admin"), QString());
        const auto auditor =
            w.addActor(QStringLiteral("aud.one"), QStringLiteral("auditor"), QString());
        w.setPasswords();
        auto d = w.desk(QStringLiteral("one"), w.cw1);
        auto a = w.desk(QStringLiteral("aud"), auditor);
        d->logViews(3);
        SYNCED(*d);
        const auto client = clientOf(*d);
        const QString path = d->db->path();
        const QString backup = QFileInfo(path).dir().filePath(QStringLiteral("monday.db"));
        d->exec(QStringLiteral("VACUUM INTO ?"), {backup});
        d->logViews(4);
        SYNCED(*d);
        const qint64 sent = lastSeq(*d);
        QCOMPARE(hubEvents(w, client), sent);

        // The restore: the file as the backup holds it.
        d->db.reset();
        for (const auto &f : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
            QFile::remove(f);
        QVERIFY(QFile::copy(backup, path));
        d->db = std::move(store::Database::open(path)).value();
        d->logViews(1);
        const auto refused = d->sync();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("no longer reaches")),
                 qPrintable(refused.error().message));

        const QMap<QString, QString> env{
            {QStringLiteral("HUB_PASSWORD"), QStringLiteral("demo-adm.one")},
            {QStringLiteral("HUB_HUB_PASSWORD"), d->password}};
        auto hub = sync::Hub::open(d->url, d->password);
        QVERIFY(hub.ok());
        // Only an administrator, and only with a reason.
        auto notHers = sync::reanchorAuditTrail(*d->db, *hub.value(), w.cw1,
                                                QStringLiteral("restored"), d->clock);
        QVERIFY(!notHers.ok());
        QCOMPARE(notHers.error().kind, Error::Kind::Permission);
        auto noReason = runHubctl(path,
                                  {QStringLiteral("audit"), QStringLiteral("reanchor"),
                                   QStringLiteral("--reason"), QStringLiteral("  "),
                                   QStringLiteral("--user"), QStringLiteral("adm.one")},
                                  env);
        QCOMPARE(noReason.code, 1);
        QVERIFY2(noReason.err.contains(QStringLiteral("say why the trail is re-anchored")),
                 qPrintable(noReason.err));
        QCOMPARE(d->scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = "
                                          "'audit.reanchor'"))
                     .toInt(),
                 0);

        const QStringList reanchor{QStringLiteral("audit"),
                                   QStringLiteral("reanchor"),
                                   QStringLiteral("--reason"),
                                   QStringLiteral("restored from "
                                                  "Monday's backup"),
                                   QStringLiteral("--user"),
                                   QStringLiteral("adm.one")};
        auto done = runHubctl(path, reanchor, env);
        QVERIFY2(done.code == 0, qPrintable(done.err));
        QVERIFY2(done.out.contains(QStringLiteral("audit trail re-anchored")),
                 qPrintable(done.out));
        QVERIFY2(done.out.contains(QStringLiteral("as %1-2").arg(client)), qPrintable(done.out));
        const auto event = d->scalar(QStringLiteral("SELECT detail FROM audit_event WHERE action "
                                                    "= 'audit.reanchor'"))
                               .toString();
        QVERIFY2(
            event.contains(QStringLiteral("from=%1 to=%1-2 hub_head=%2").arg(client).arg(sent)),
            qPrintable(event));
        QVERIFY(event.endsWith(QStringLiteral("reason=restored from Monday's backup")));
        // Done once: the trail now reaches its (empty) copy under the new name.
        auto again = runHubctl(path, reanchor, env);
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("there is nothing to re-anchor")),
                 qPrintable(again.err));

        // The next sync sends the whole trail under the new name; the old one is untouched.
        SYNCED(*d);
        QCOMPARE(hubEvents(w, client), sent);
        QCOMPARE(hubEvents(w, client + QStringLiteral("-2")), lastSeq(*d));
        auto verified = runHubctl(path,
                                  {QStringLiteral("audit"), QStringLiteral("verify"),
                                   QStringLiteral("--user"), QStringLiteral("adm.one")},
                                  env);
        QVERIFY2(verified.code == 0, qPrintable(verified.err));
        QVERIFY2(verified.out.contains(QStringLiteral("it reaches the newest event the hub")),
                 qPrintable(verified.out));
        // Both trails are sound chains on the hub.
        auto reader = sync::HubAuditReader::open(auditor, a->url, a->password);
        QVERIFY2(reader.ok(), reader.ok() ? "" : qPrintable(reader.error().describe()));
        auto checked = reader.value()->verify(auditor);
        QVERIFY(checked.ok());
        QVERIFY2(checked->intact(), checked->intact() ? "" : qPrintable(checked->problem->message));
        Q_UNUSED(admin);
    }

    void forgedPushesAreRefused()
    {
        SyncWorld w(m_pg);
        auto d = w.desk(QStringLiteral("one"), w.cw1);
        d->logViews(4);
        SYNCED(*d);
        const auto client = clientOf(*d);
        const auto trail = trailOf(*d);
        const qint64 held = trail.size();
        QCOMPARE(hubEvents(w, client), held);
        // With the desk's own hub login, as a forger holding its password would.
        auto opened = sync::Hub::open(d->url, d->password);
        QVERIFY(opened.ok());
        auto &hub = *opened.value();
        auto refused = [&](const QVector<domain::AuditEvent> &events, const QString &words) {
            auto r = hub.pushAudit(client, d->actor.userId, events);
            if (r.ok())
                return QStringLiteral("accepted");
            return r.error().message.contains(words) ? QString() : r.error().message;
        };
        // A rewrite: event 2 with another detail, sealed again with the chain after it.
        QVector<domain::AuditEvent> rewritten{sealedAfter(trail.at(0), QStringLiteral("forged"))};
        for (int i = 2; i < trail.size(); ++i)
            rewritten << sealedAfter(rewritten.constLast(), trail.at(i).detail);
        QCOMPARE(refused(rewritten, QStringLiteral("event 2 differs from the one the hub holds")),
                 QString());
        // A gap: an event numbered two past the hub's head.
        auto next = sealedAfter(trail.constLast(), QStringLiteral("next"));
        auto skipped = sealedAfter(next, QStringLiteral("after a gap"));
        QCOMPARE(refused({skipped}, QStringLiteral("events are missing")), QString());
        // A link to anything but the hub's head.
        auto detached = next;
        detached.prevHash = trail.at(1).hash;
        detached.hash = security::AuditChain::hashOf(detached);
        QCOMPARE(refused({detached}, QStringLiteral("does not continue the chain")), QString());
        // A sound event and a bad one in one call: neither is kept.
        const auto beyond = sealedAfter(skipped, QStringLiteral("two past the gap"));
        QCOMPARE(refused({next, beyond}, QStringLiteral("events are missing")), QString());
        QCOMPARE(hubEvents(w, client), held);
        // The same events sent again change nothing; the sound next one is taken.
        auto resent = hub.pushAudit(client, d->actor.userId, trail);
        QVERIFY(resent.ok());
        QCOMPARE(resent.value(), 0);
        auto taken = hub.pushAudit(client, d->actor.userId, {next});
        QVERIFY2(taken.ok(), taken.ok() ? "" : qPrintable(taken.error().describe()));
        QCOMPARE(taken.value(), 1);
        QCOMPARE(hubEvents(w, client), held + 1);
    }

    void theHubsTrailIsAppendOnlyAndReadByAuditorsOnly()
    {
        SyncWorld w(m_pg);
        const auto auditor =
            w.addActor(QStringLiteral("aud.one"), QStringLiteral("auditor"), QString());
        auto d = w.desk(QStringLiteral("one"), w.cw1);
        auto a = w.desk(QStringLiteral("aud"), auditor);
        d->logViews(3);
        SYNCED(*d);
        const qint64 held = hubEvents(w, clientOf(*d));
        QVERIFY(held >= 3);
        // Not even the hub's owner changes or removes an event.
        for (const auto *sql : {"DELETE FROM hub_audit", "UPDATE hub_audit SET detail = 'x'"}) {
            auto byOwner = asLogin(w.url, w.password, QString::fromLatin1(sql));
            QVERIFY2(!byOwner.ok, sql);
            QVERIFY2(byOwner.error.contains(QStringLiteral("append-only")),
                     qPrintable(byOwner.error));
        }
        QCOMPARE(hubEvents(w, clientOf(*d)), held);
        if (!m_pg)
            return; // a SQLite-file hub has no logins: whoever has the file reads it
        // A caseworker's login sees no row by raw SQL and writes none.
        auto seen = asLogin(d->url, d->password, QStringLiteral("SELECT count(*) FROM hub_audit"));
        QVERIFY2(seen.ok, qPrintable(seen.error));
        QCOMPARE(seen.value.toLongLong(), qint64(0));
        for (const auto *sql :
             {"DELETE FROM hub_audit", "UPDATE hub_audit SET detail = 'x'",
              "INSERT INTO hub_audit (client_id, seq, at, action, prev_hash, hash, pushed_by, "
              "received_at) VALUES ('c', 99, 'x', 'x', 'x', 'x', 'x', 'x')",
              "TRUNCATE hub_audit"}) {
            auto tried = asLogin(d->url, d->password, QString::fromLatin1(sql));
            QVERIFY2(!tried.ok, sql);
            QVERIFY2(tried.error.contains(QStringLiteral("permission denied")),
                     qPrintable(tried.error));
        }
        // The auditor's login reads every row: this desk's and the office's that set up
        // the hub's users.
        auto read = asLogin(a->url, a->password, QStringLiteral("SELECT count(*) FROM hub_audit"));
        QVERIFY2(read.ok, qPrintable(read.error));
        QVERIFY(read.value.toLongLong() >= held);
        QCOMPARE(read.value.toLongLong(),
                 w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_audit")).toLongLong());
    }

    void auditorsReadAndVerifyEveryDeskOnTheHub()
    {
        SyncWorld w(m_pg);
        const auto auditor =
            w.addActor(QStringLiteral("aud.one"), QStringLiteral("auditor"), QString());
        auto one = w.desk(QStringLiteral("one"), w.cw1);
        auto two = w.desk(QStringLiteral("two"), w.cw2);
        auto a = w.desk(QStringLiteral("aud"), auditor);
        one->logViews(3);
        two->logViews(5);
        SYNCED(*one);
        SYNCED(*two);
        // Every desk's events: these two and the office's that set up the hub's users.
        const qint64 total =
            w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_audit")).toLongLong();
        QVERIFY(total >= lastSeq(*one) + lastSeq(*two));

        // A caseworker may not read it at all, whatever the login.
        auto refused = sync::HubAuditReader::open(w.cw1, a->url, a->password);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Permission);

        auto reader = sync::HubAuditReader::open(auditor, a->url, a->password);
        QVERIFY2(reader.ok(), reader.ok() ? "" : qPrintable(reader.error().describe()));
        auto &hub = *reader.value();
        QCOMPARE(hub.count(auditor, {}).value(), total);
        services::AuditQuery firstPage;
        firstPage.limit = 4;
        auto page = hub.events(auditor, firstPage);
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 4);
        QCOMPARE(page->first().workstation, w.cw2.workstation); // the newest received first
        auto rest = firstPage;
        rest.limit = 1000;
        rest.beforeSeq = hub.pageKey(page->constLast());
        QCOMPARE(hub.events(auditor, rest)->size(), int(total) - 4);
        services::AuditQuery byUser;
        byUser.userId = w.cw1.userId;
        QCOMPARE(hub.count(auditor, byUser).value(), lastSeq(*one)); // its three and its sync's own
        QVERIFY(hub.actions(auditor)->contains(QStringLiteral("person.view")));
        auto checked = hub.verify(auditor);
        QVERIFY(checked.ok() && checked->intact());
        QCOMPARE(checked->events, total);

        // An event whose contents do not match its hash, sent straight to the hub with a
        // desk's login: the SQLite-file hub computes the hash and refuses it; PostgreSQL
        // cannot compute BLAKE2b and checks the link only, so the auditor's verify finds it.
        auto forged = sealedAfter(trailOf(*one).constLast(), QStringLiteral("sound"));
        forged.detail = QStringLiteral("changed after sealing");
        auto opened = sync::Hub::open(one->url, one->password);
        QVERIFY(opened.ok());
        auto pushed = opened.value()->pushAudit(clientOf(*one), w.cw1.userId, {forged});
        if (!m_pg) {
            QVERIFY(!pushed.ok());
            QVERIFY(pushed.error().message.contains(QStringLiteral("does not match its hash")));
            return;
        }
        QVERIFY2(pushed.ok(), pushed.ok() ? "" : qPrintable(pushed.error().describe()));
        auto broken = hub.verify(auditor);
        QVERIFY(broken.ok());
        QVERIFY(!broken->intact());
        QCOMPARE(broken->problem->message,
                 QStringLiteral("desk %1 (%2): event %3 was edited: its contents do not match its "
                                "hash")
                     .arg(w.cw1.workstation, clientOf(*one))
                     .arg(forged.seq));
    }
};

int main(int argc, char *argv[])
{
    return runOnBothHubs<TestSyncAudit>(argc, argv);
}

#include "tst_sync_audit.moc"
