#include "Hub.h"
#include "HubDetail.h"

#include <QSqlError>
#include <QSqlQuery>

// A push reads the hub's copy of its rows kind by kind, a few hundred ids per statement,
// rather than one round trip per row: a desk's first push of a whole caseload is tens of
// thousands of rows. A batch holds each row once (the outbox is coalesced per row) and its
// kinds in order, after its erasures, so a row read here is not changed by the batch before
// its own change is applied.

namespace hub::sync {

namespace {

QString keyOf(const QString &kind, const QString &id)
{
    return kind + QLatin1Char('/') + id;
}

} // namespace

Status Hub::prefetch(const QString &kind, const QVector<PushChange> &changes)
{
    if (m_knownKinds.contains(kind))
        return {};
    m_knownKinds.insert(kind);
    QStringList ids;
    for (const auto &c : changes) {
        if (c.kind == kind && c.op != QLatin1String("erase") && c.op != QLatin1String("resolve"))
            ids << c.id;
    }
    constexpr int kChunk = 500;
    for (int from = 0; from < ids.size(); from += kChunk) {
        const auto chunk = ids.mid(from, kChunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        auto &q = prepared(QStringLiteral("SELECT id, data, person_id, author, deleted, teams, "
                                          "holders, restricted FROM hub_record WHERE kind = ? AND "
                                          "id IN (%1)")
                               .arg(marks.join(QStringLiteral(", "))));
        q.addBindValue(kind);
        for (const auto &id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return hubError(q.lastError(), QStringLiteral("hub_record"));
        while (q.next()) {
            QVector<QVariant> row;
            row.reserve(7);
            for (int i = 1; i <= 7; ++i)
                row << q.value(i);
            m_known.insert(keyOf(kind, q.value(0).toString()), row);
        }
        q.finish();
    }
    return {};
}

const QVector<QVariant> *Hub::known(const PushChange &change) const
{
    const auto it = m_known.constFind(keyOf(change.kind, change.id));
    return it == m_known.cend() ? nullptr : &it.value();
}

QVector<QVariant> Hub::personScope(const QString &personId)
{
    auto it = m_personScopes.constFind(personId);
    if (it != m_personScopes.cend())
        return it.value();
    // Not on the hub (yet): a person new in this batch, scoped at the end (rescope()). On
    // PostgreSQL the hub's own trigger (hub_scope_from_person) sets a new row's scope from
    // its person, which this login may not be allowed to read.
    QVector<QVariant> scope{QStringLiteral(","), QStringLiteral(","), 0};
    if (m_pg)
        return scope;
    auto &p = prepared(QStringLiteral("SELECT teams, holders, restricted FROM hub_record "
                                      "WHERE kind = 'person' AND id = ?"));
    p.addBindValue(personId);
    if (p.exec() && p.next())
        scope = {p.value(0), p.value(1), p.value(2)};
    p.finish();
    m_personScopes.insert(personId, scope);
    return scope;
}

} // namespace hub::sync
