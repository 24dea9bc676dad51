#include "Repositories.h"
#include "RowAccess.h"
#include "SqlValues.h"

namespace hub::store {

using namespace detail;

namespace {
const QString kColumns =
    QStringLiteral("id, person_id, episode_id, title, due_on, owner_id, done_at, kind");

domain::Task mapTask(const QSqlQuery &q)
{
    domain::Task t;
    t.id = q.value(0).toString();
    t.personId = q.value(1).toString();
    t.episodeId = q.value(2).toString();
    t.title = q.value(3).toString();
    t.dueOn = sql::toDate(q.value(4));
    t.ownerId = q.value(5).toString();
    t.doneAt = sql::toTime(q.value(6));
    t.kind = q.value(7).toString();
    return t;
}

void bindTask(QSqlQuery &q, const domain::Task &t)
{
    q.addBindValue(sql::text(t.personId));
    q.addBindValue(sql::text(t.episodeId));
    q.addBindValue(t.title);
    q.addBindValue(sql::date(t.dueOn));
    q.addBindValue(t.ownerId);
    q.addBindValue(sql::time(t.doneAt));
    q.addBindValue(t.kind);
    q.addBindValue(t.id);
}
} // namespace

Status TaskRepository::insert(const domain::Task &t)
{
    auto &q = m_db.prepared(QStringLiteral("INSERT INTO task (person_id, episode_id, title, "
                                           "due_on, owner_id, done_at, kind, id) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bindTask(q, t);
    return execWrite(q, "task");
}

Status TaskRepository::update(const domain::Task &t)
{
    auto &q =
        m_db.prepared(QStringLiteral("UPDATE task SET person_id = ?, episode_id = ?, "
                                     "title = ?, due_on = ?, owner_id = ?, done_at = ?, kind = ? "
                                     "WHERE id = ?"));
    bindTask(q, t);
    return execWrite(q, "task");
}

Result<domain::Task> TaskRepository::get(const QString &id)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT %1 FROM task WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    return fetchOne<domain::Task>(q, mapTask, id, "task");
}

QVector<domain::Task> TaskRepository::forPerson(const QString &personId)
{
    auto &q =
        m_db.prepared(QStringLiteral("SELECT %1 FROM task WHERE person_id = ? ORDER BY due_on, id")
                          .arg(kColumns));
    q.addBindValue(personId);
    return fetchAll<domain::Task>(q, mapTask);
}

Status TaskRepository::forEach(const Visitor<domain::Task> &visit)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT %1 FROM task ORDER BY id").arg(kColumns));
    return forEachRow<domain::Task>(q, mapTask, visit);
}

} // namespace hub::store
