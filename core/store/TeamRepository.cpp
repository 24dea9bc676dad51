#include "Repositories.h"
#include "RowAccess.h"
#include "SqlValues.h"

namespace hub::store {

using namespace detail;

namespace {
const QString kTeamColumns = QStringLiteral("id, name, retired_at");
domain::Team mapTeam(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), sql::toTime(q.value(2))};
}

const QString kUserColumns = QStringLiteral("id, username, display_name, role, team_id, active");
domain::User mapUser(const QSqlQuery &q)
{
    domain::User u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = q.value(3).toString();
    u.teamId = q.value(4).toString();
    u.active = q.value(5).toInt() != 0;
    return u;
}
void bindUser(QSqlQuery &q, const domain::User &u)
{
    q.addBindValue(u.username);
    q.addBindValue(u.displayName);
    q.addBindValue(u.role);
    q.addBindValue(sql::text(u.teamId));
    q.addBindValue(sql::boolean(u.active));
    q.addBindValue(u.id);
}
} // namespace

Status TeamRepository::insert(const domain::Team &t)
{
    auto &q =
        m_db.prepared(QStringLiteral("INSERT INTO team (name, retired_at, id) VALUES (?, ?, ?)"));
    q.addBindValue(t.name);
    q.addBindValue(sql::time(t.retiredAt));
    q.addBindValue(t.id);
    return execWrite(q, "team");
}

Status TeamRepository::update(const domain::Team &t)
{
    auto &q =
        m_db.prepared(QStringLiteral("UPDATE team SET name = ?, retired_at = ? WHERE id = ?"));
    q.addBindValue(t.name);
    q.addBindValue(sql::time(t.retiredAt));
    q.addBindValue(t.id);
    return execWrite(q, "team");
}

Result<domain::Team> TeamRepository::get(const QString &id)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT %1 FROM team WHERE id = ?").arg(kTeamColumns));
    q.addBindValue(id);
    return fetchOne<domain::Team>(q, mapTeam, id, "team");
}

QVector<domain::Team> TeamRepository::all()
{
    auto &q = m_db.prepared(QStringLiteral("SELECT %1 FROM team ORDER BY name").arg(kTeamColumns));
    return fetchAll<domain::Team>(q, mapTeam);
}

Status TeamRepository::forEach(const Visitor<domain::Team> &visit)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT %1 FROM team ORDER BY id").arg(kTeamColumns));
    return forEachRow<domain::Team>(q, mapTeam, visit);
}

Status UserRepository::insert(const domain::User &u)
{
    auto &q = m_db.prepared(QStringLiteral("INSERT INTO app_user (username, display_name, role, "
                                           "team_id, active, id) VALUES (?, ?, ?, ?, ?, ?)"));
    bindUser(q, u);
    return execWrite(q, "user");
}

Status UserRepository::update(const domain::User &u)
{
    auto &q = m_db.prepared(QStringLiteral("UPDATE app_user SET username = ?, display_name = ?, "
                                           "role = ?, team_id = ?, active = ? WHERE id = ?"));
    bindUser(q, u);
    return execWrite(q, "user");
}

Result<domain::User> UserRepository::get(const QString &id)
{
    auto &q =
        m_db.prepared(QStringLiteral("SELECT %1 FROM app_user WHERE id = ?").arg(kUserColumns));
    q.addBindValue(id);
    return fetchOne<domain::User>(q, mapUser, id, "user");
}

Result<domain::User> UserRepository::byUsername(const QString &username)
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT %1 FROM app_user WHERE username = ?").arg(kUserColumns));
    q.addBindValue(username);
    return fetchOne<domain::User>(q, mapUser, username, "user");
}

QVector<domain::User> UserRepository::all()
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT %1 FROM app_user ORDER BY display_name").arg(kUserColumns));
    return fetchAll<domain::User>(q, mapUser);
}

Status UserRepository::forEach(const Visitor<domain::User> &visit)
{
    auto &q =
        m_db.prepared(QStringLiteral("SELECT %1 FROM app_user ORDER BY id").arg(kUserColumns));
    return forEachRow<domain::User>(q, mapUser, visit);
}

QVector<ReferenceCodeRepository::Row> ReferenceCodeRepository::all()
{
    auto &q = m_db.prepared(QStringLiteral(
        "SELECT list, code, label, retired, sort_order FROM ref_code ORDER BY list, code"));
    return fetchAll<Row>(q, [](const QSqlQuery &r) {
        return Row{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                   r.value(3).toInt() != 0,
                   r.value(4).isNull() ? std::optional<int>() : r.value(4).toInt()};
    });
}

Status ReferenceCodeRepository::insert(const Row &row)
{
    auto &q = m_db.prepared(QStringLiteral(
        "INSERT INTO ref_code (list, code, label, retired, sort_order) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(row.list);
    q.addBindValue(row.code);
    q.addBindValue(row.label);
    q.addBindValue(sql::boolean(row.retired));
    q.addBindValue(row.sortOrder ? QVariant(*row.sortOrder) : QVariant(QMetaType(QMetaType::Int)));
    return execWrite(q, "ref_code");
}

domain::ReferenceData ReferenceCodeRepository::lists()
{
    auto codes = domain::ReferenceData::builtin();
    const auto rows = all();
    for (const auto &r : rows)
        (void)codes.apply(r.list, r.code, r.label, r.retired, std::nullopt);
    for (const auto &r : rows) { // then each moved code at its place
        if (r.sortOrder)
            (void)codes.apply(r.list, r.code, r.label, r.retired, r.sortOrder);
    }
    return codes;
}

Status ReferenceCodeRepository::save(const Row &row)
{
    // Only the values that differ are written, so a row the desk already holds as it is
    // puts nothing in the sync outbox.
    auto &q = m_db.prepared(QStringLiteral(
        "INSERT INTO ref_code (list, code, label, retired, sort_order) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (list, code) DO UPDATE SET label = excluded.label, retired = "
        "excluded.retired, sort_order = excluded.sort_order WHERE ref_code.label IS NOT "
        "excluded.label OR ref_code.retired IS NOT excluded.retired OR ref_code.sort_order IS "
        "NOT excluded.sort_order"));
    q.addBindValue(row.list);
    q.addBindValue(row.code);
    q.addBindValue(row.label);
    q.addBindValue(sql::boolean(row.retired));
    q.addBindValue(row.sortOrder ? QVariant(*row.sortOrder) : QVariant(QMetaType(QMetaType::Int)));
    if (!q.exec())
        return Database::storageError(q);
    q.finish();
    return {};
}

TeamRepository::OpenWork TeamRepository::openWork(const QString &teamId)
{
    // The work the team's members hold (whether or not they are still active), as the
    // caseload counts it, and its members who can still sign in.
    auto &q = m_db.prepared(QStringLiteral(
        "SELECT (SELECT count(*) FROM referral WHERE status IN ('new', 'contact_attempted') "
        "AND assigned_to IN (SELECT id FROM app_user WHERE team_id = ?)), "
        "(SELECT count(*) FROM episode WHERE status <> 'closed' AND caseworker_id IN "
        "(SELECT id FROM app_user WHERE team_id = ?)), "
        "(SELECT count(*) FROM task WHERE done_at IS NULL AND owner_id IN "
        "(SELECT id FROM app_user WHERE team_id = ?)), "
        "(SELECT count(*) FROM app_user WHERE team_id = ? AND active = 1)"));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(teamId);
    OpenWork w;
    if (q.exec() && q.next()) {
        w.referrals = q.value(0).toInt();
        w.episodes = q.value(1).toInt();
        w.tasks = q.value(2).toInt();
        w.activeUsers = q.value(3).toInt();
    }
    q.finish();
    return w;
}

Result<QString> SettingRepository::get(const QString &key)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT value FROM hub_setting WHERE key = ?"));
    q.addBindValue(key);
    return fetchOne<QString>(
        q, [](const QSqlQuery &r) { return r.value(0).toString(); }, key, "hub_setting");
}

Status SettingRepository::set(const QString &key, const QString &value)
{
    auto &q =
        m_db.prepared(QStringLiteral("INSERT INTO hub_setting (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return execWrite(q, "hub_setting");
}

} // namespace hub::store
