#pragma once

// What tst_teams and tst_codelists share: a fresh database with an administrator, a
// supervisor and a caseworker, and the audit trail's newest event.

#include "ServiceFixtures.h"
#include "store/AuditRepository.h"

namespace hub::test {

struct AdminWorld
{
    AdminWorld()
        : f(std::make_unique<ServiceFixture>(utc("2026-11-24T10:00:00Z"))),
          admin(f->addUser(QStringLiteral("admin.one"), QStringLiteral("admin"))),
          sup(f->addUser(QStringLiteral("sup.one"), QStringLiteral("supervisor"))),
          cw(f->addUser(QStringLiteral("cw.one"), QStringLiteral("caseworker")))
    {
    }

    domain::AuditEvent lastEvent()
    {
        auto last = store::AuditRepository(f->db()).last();
        return last.ok() && last.value() ? *last.value() : domain::AuditEvent{};
    }
    // The rows of the sync outbox for one record.
    int outboxRows(const QString &kind, const QString &id)
    {
        QSqlQuery q(f->db().connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = ? AND row_id = ?"));
        q.addBindValue(kind);
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    // As on a desk that has synced: its writes are queued for the hub.
    bool markSynced()
    {
        return f->db().exec(QStringLiteral("UPDATE sync_state SET hub_epoch = 'e1'")).ok();
    }

    std::unique_ptr<ServiceFixture> f;
    domain::Actor admin, sup, cw;
};

// The base of those tests: a fresh AdminWorld before each test (start()), its parts by name.
class AdminTest : public QObject
{
protected:
    void start()
    {
        w = std::make_unique<AdminWorld>();
        f = w->f.get();
        admin = w->admin;
        sup = w->sup;
        cw = w->cw;
    }
    domain::AuditEvent lastEvent() { return w->lastEvent(); }

    std::unique_ptr<AdminWorld> w;
    ServiceFixture *f = nullptr;
    domain::Actor admin, sup, cw;
};

} // namespace hub::test
