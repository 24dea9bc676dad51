#include "Hub.h"
#include "HubDetail.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

// A push's writes on a PostgreSQL hub of schema 3: desk logins may not write the hub's
// tables, so rows, conflicts and decisions go to the hub's SECURITY DEFINER functions
// (HubTrust.cpp), a kind at a time and a few thousand rows per call. The functions check
// the calling login's role and scope and validate each row; the merge stays here.

namespace hub::sync {

namespace {

constexpr int kRowsPerCall = 2000;

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

Status Hub::queueRow(PendingRow row, const QJsonObject &data, bool deleted, const QString &hlc)
{
    QJsonObject item{{QStringLiteral("k"), row.change.kind},
                     {QStringLiteral("i"), row.change.id},
                     {QStringLiteral("h"), hlc}};
    if (deleted)
        item.insert(QStringLiteral("x"), 1);
    else
        item.insert(QStringLiteral("d"), hubJson(data));
    m_rowJson.append(item);
    m_pendingRows.push_back(std::move(row));
    return {};
}

void Hub::queueConflict(const PushChange &change, const QString &field, const QString &reason,
                        const QJsonValue &base, const QJsonValue &client, const QString &author)
{
    m_conflictJson.append(QJsonObject{{QStringLiteral("k"), change.kind},
                                      {QStringLiteral("i"), change.id},
                                      {QStringLiteral("f"), field},
                                      {QStringLiteral("r"), reason},
                                      {QStringLiteral("b"), valueJson(base)},
                                      {QStringLiteral("c"), valueJson(client)},
                                      {QStringLiteral("a"), author}});
}

Status Hub::flushConflicts()
{
    if (m_conflictJson.isEmpty())
        return {};
    const auto json = compact(std::exchange(m_conflictJson, QJsonArray()));
    return exec(QStringLiteral("SELECT hub_raise(CAST(? AS jsonb))"), {json});
}

Status Hub::flushWrites(PushResult &result, QSet<QString> &touched)
{
    // The hub's values in a conflict are read by hub_raise before the rows change.
    if (auto s = flushConflicts(); !s.ok())
        return s;
    const auto rows = std::exchange(m_pendingRows, {});
    const auto json = std::exchange(m_rowJson, QJsonArray());
    for (int from = 0; from < rows.size(); from += kRowsPerCall) {
        const int n = std::min<int>(int(rows.size()) - from, kRowsPerCall);
        QJsonArray chunk;
        for (int i = from; i < from + n; ++i)
            chunk.append(json.at(i));
        auto &q = prepared(QStringLiteral("SELECT hub_push_rows(CAST(? AS jsonb), ?)"));
        q.addBindValue(compact(chunk));
        q.addBindValue(m_author);
        if (!q.exec() || !q.next())
            return hubError(q.lastError(), QStringLiteral("hub_push_rows"));
        // One letter per row, then maybe a line naming the first invalid row.
        const auto outcome = q.value(0).toString().section(QLatin1Char('\n'), 0, 0);
        q.finish();
        if (outcome.size() != n)
            return Error::make(Error::Kind::Storage,
                               QStringLiteral("hub: hub_push_rows answered for %1 rows of %2")
                                   .arg(outcome.size())
                                   .arg(n));
        for (int i = 0; i < n; ++i) {
            const auto &row = rows.at(from + i);
            const QChar c = outcome.at(i);
            if (c == QLatin1Char('a')) {
                ++result.accepted;
                if (row.touches)
                    touched.insert(row.personId);
                if (row.movesUser)
                    m_movedUsers.insert(row.change.id);
            } else if (c == QLatin1Char('h')) {
                if (auto s = keepOutOfScope(row.change, row.personId, row.hubData, row.hubAuthor,
                                            m_author, result);
                    !s.ok())
                    return s;
            } else {
                ++result.refused;
            }
        }
    }
    if (auto s = flushConflicts(); !s.ok()) // out of scope, found just now
        return s;
    if (m_resolveJson.isEmpty())
        return {};
    const int sent = int(m_resolveJson.size());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT hub_resolve(CAST(? AS jsonb))"));
    q.addBindValue(compact(std::exchange(m_resolveJson, QJsonArray())));
    if (!q.exec() || !q.next())
        return hubError(q.lastError(), QStringLiteral("hub_resolve"));
    const int written = q.value(0).toInt();
    result.accepted += written;
    result.refused += sent - written;
    return {};
}

} // namespace hub::sync
