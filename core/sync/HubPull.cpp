#include "Hub.h"
#include "HubDetail.h"

#include "util/Time.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

// The pull side of the hub: the cursor (write counter | PostgreSQL snapshot) and the pages
// of rows a user may see. The push side and the hub's set-up are in Hub.cpp.

namespace hub::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncHub)
};

const QRegularExpression &snapshotPattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9]+:[0-9]+:[0-9,]*$"));
    return re;
}

} // namespace

QString Hub::since(const QString &column) const
{
    QString out = m_cursorSql;
    return out.replace(QLatin1Char('@'), column);
}

Result<PullStart> Hub::beginPull(const QString &cursor, const HubUser &user)
{
    m_pullUser = user;
    PullStart out;
    // The cursor: "N" (SQLite file: the last write transaction seen) or "N|snapshot"
    // (PostgreSQL: also the snapshot of the last pull; a transaction running then is
    // still not visible in it, so it is pulled once it commits, however late).
    const auto parts = cursor.split(QLatin1Char('|'));
    const qint64 from = parts.value(0).toLongLong();
    if (m_pg) {
        if (auto s = exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")); !s.ok())
            return s.error();
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT pg_current_snapshot()::text")) || !q.next()) {
            rollback();
            return hubError(q.lastError(), QStringLiteral("pg_current_snapshot"));
        }
        const auto snapshot = q.value(0).toString();
        const qint64 high = meta(QStringLiteral("txn")).toLongLong();
        out.cursor = QStringLiteral("%1|%2").arg(high).arg(snapshot);
        out.restored = from > high;
        const auto prev = parts.value(1);
        if (cursor.isEmpty()) {
            m_cursorSql = QStringLiteral("true");
        } else if (parts.size() != 2 || !snapshotPattern().match(prev).hasMatch()) {
            rollback();
            return Error::invalid(QStringLiteral("cursor"),
                                  Text::tr("the saved pull position is damaged"));
        } else {
            m_cursorSql = QStringLiteral("(@ >= pg_snapshot_xmin('%1'::pg_snapshot) AND NOT "
                                         "pg_visible_in_snapshot(@, '%1'::pg_snapshot))")
                              .arg(prev);
        }
    } else {
        const qint64 high = meta(QStringLiteral("txn")).toLongLong();
        out.cursor = QString::number(high);
        out.restored = from > high;
        m_cursorSql = QStringLiteral("(@ > %1 AND @ <= %2)").arg(from).arg(high);
    }
    m_pulling = m_pg;
    if (out.restored)
        return out; // the caller ends the pull
    out.hlc = meta(QStringLiteral("hlc"));
    const QVariantList scope = scopeBinds(user);
    auto run = [&](QSqlQuery &q, const QString &sql, bool scoped) {
        q.setForwardOnly(true);
        q.prepare(sql);
        if (scoped) {
            for (const auto &b : scope)
                q.addBindValue(b);
        }
        return q.exec();
    };
    QSqlQuery e(m_db);
    if (!run(e,
             QStringLiteral("SELECT person_id FROM hub_erasure WHERE %1")
                 .arg(since(QStringLiteral("ver"))),
             false))
        return hubError(e.lastError(), QStringLiteral("hub_erasure"));
    while (e.next())
        out.erased << e.value(0).toString();
    QSqlQuery r(m_db);
    if (!run(r,
             QStringLiteral("SELECT DISTINCT s.person_id FROM hub_scope_change s WHERE %1 AND "
                            "NOT EXISTS (SELECT 1 FROM hub_record p WHERE p.kind = 'person' AND "
                            "p.id = s.person_id AND %2)")
                 .arg(since(QStringLiteral("s.ver")), visible(QStringLiteral("p"))),
             true))
        return hubError(r.lastError(), QStringLiteral("hub_scope_change"));
    while (r.next()) {
        if (!out.erased.contains(r.value(0).toString()))
            out.revoked << r.value(0).toString();
    }
    QSqlQuery c(m_db);
    if (!run(
            c,
            QStringLiteral("SELECT c.id, c.kind, c.row_id, c.person_id, c.field, c.reason, c.base, "
                           "c.hub, c.client, c.hub_author, c.client_author, c.raised_at, "
                           "c.resolution, c.resolved_by FROM hub_conflict c WHERE %1 AND "
                           "(c.person_id IS NULL OR EXISTS (SELECT 1 FROM hub_record p WHERE "
                           "p.kind = 'person' AND p.id = c.person_id AND %2))")
                .arg(since(QStringLiteral("c.ver")), visible(QStringLiteral("p"))),
            true))
        return hubError(c.lastError(), QStringLiteral("hub_conflict"));
    while (c.next())
        out.conflicts.push_back(conflictFrom(c));
    return out;
}

Result<QVector<HubRow>> Hub::pullPage(const QString &kind, const QString &afterId, int limit,
                                      bool parse)
{
    auto &q = prepared(QStringLiteral("SELECT kind, id, data, hlc, author, deleted FROM "
                                      "hub_record r WHERE kind = ? AND id > ? AND %1 AND %2 "
                                      "ORDER BY id LIMIT %3")
                           .arg(since(QStringLiteral("r.ver")), visible(QStringLiteral("r")))
                           .arg(limit));
    q.addBindValue(kind);
    q.addBindValue(afterId.isEmpty() ? QStringLiteral("") : afterId); // never NULL
    for (const auto &b : scopeBinds(m_pullUser)) // the scope rule: HubScope.cpp
        q.addBindValue(b);
    if (!q.exec())
        return hubError(q.lastError(), QStringLiteral("hub_record"));
    QVector<HubRow> out;
    while (q.next()) {
        const auto text = q.value(2).toString();
        out.push_back({q.value(0).toString(), q.value(1).toString(),
                       parse ? QJsonDocument::fromJson(text.toUtf8()).object() : QJsonObject(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toInt() != 0,
                       text});
    }
    q.finish();
    return out;
}

void Hub::endPull()
{
    if (std::exchange(m_pulling, false))
        (void)exec(QStringLiteral("COMMIT"));
}

} // namespace hub::sync
