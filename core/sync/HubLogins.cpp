#include "HubLogins.h"

#include "Hub.h"
#include "HubDetail.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace hub::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncHub)
};

Error sqlError(const QSqlQuery &q, const QString &what)
{
    return hubError(q.lastError(), what);
}

// The hub's user record for `username` (the administrator's desk pushed it): id, role,
// team, active. Read through the owner's connection, which row-level security does not
// filter.
struct HubUserRecord
{
    QString id;
    QString role;
    QString teamId;
    bool active = false;
};

const char *const kUserColumns =
    "r.id, CAST(r.data AS jsonb)->>'role', coalesce(CAST(r.data AS jsonb)->>'team_id', ''), "
    "r.deleted = 0 AND coalesce(CAST(r.data AS jsonb)->>'active', '1') NOT IN ('0', 'false')";

} // namespace

QString HubLogins::loginNameProblem(const QString &login)
{
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!name.match(login).hasMatch())
        return Text::tr("a login name is 1 to 63 lower-case letters, digits and _, not starting "
                        "with a digit");
    if (login.startsWith(QLatin1String("pg_")) || login == QLatin1String("hub_client") ||
        login == QLatin1String("public"))
        return Text::tr("\"%1\" is a name PostgreSQL or the hub keeps for itself").arg(login);
    return {};
}

Status HubLogins::requirePostgres() const
{
    if (!m_hub.isPostgres())
        return Error::invalid(QStringLiteral("hub"),
                              Text::tr("a SQLite-file hub has no desk logins: every desk that "
                                       "can write the file syncs through it"));
    return {};
}

Result<QVector<HubLogin>> HubLogins::list()
{
    if (auto s = requirePostgres(); !s.ok())
        return s.error();
    QSqlQuery q(m_hub.connection());
    const auto sql =
        QStringLiteral("SELECT m.role_name, m.user_id, m.app_role, coalesce(m.team_id, ''), "
                       "coalesce(CAST(r.data AS jsonb)->>'username', ''), "
                       "coalesce(p.rolcanlogin, false), %1 "
                       "FROM hub_user m LEFT JOIN hub_record r ON r.kind = 'app_user' AND "
                       "r.id = m.user_id LEFT JOIN pg_roles p ON p.rolname = m.role_name "
                       "ORDER BY m.role_name")
            .arg(QString::fromLatin1(kUserColumns)
                     .replace(QStringLiteral("r.id, "), QStringLiteral("r.id IS NOT NULL, ")));
    if (!q.exec(sql))
        return sqlError(q, Text::tr("desk logins"));
    QVector<HubLogin> out;
    while (q.next()) {
        HubLogin l;
        l.login = q.value(0).toString();
        l.userId = q.value(1).toString();
        l.appRole = q.value(2).toString();
        l.teamId = q.value(3).toString();
        l.username = q.value(4).toString();
        l.canLogin = q.value(5).toBool();
        const bool known = q.value(6).toBool();
        const QString role = q.value(7).toString();
        const QString team = q.value(8).toString();
        const bool active = q.value(9).toBool();
        if (!known)
            l.problem = Text::tr("no such user on the hub");
        else if (!active)
            l.problem = Text::tr("the user has left");
        else if (role != l.appRole || team != l.teamId)
            l.problem = Text::tr("role or team differs from the user's");
        out << l;
    }
    return out;
}

Result<QString> HubLogins::encryptedPassword(const QString &login, const QString &password)
{
    return scramVerifier(m_hub, login, password);
}

Result<QString> scramVerifier(Hub &hub, const QString &login, const QString &password)
{
    const QVariant handle = hub.connection().driver()->handle();
    // Qt names the type by libpq's struct: pg_conn* (PGconn is its typedef).
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return Error::make(Error::Kind::Storage, Text::tr("no PostgreSQL connection"));
    PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
    // The server's password_encryption decides the algorithm (scram-sha-256 by default).
    char *verifier = PQencryptPasswordConn(conn, password.toUtf8().constData(),
                                           login.toUtf8().constData(), nullptr);
    if (!verifier)
        return Error::make(Error::Kind::Storage, QString::fromUtf8(PQerrorMessage(conn)));
    const auto out = QString::fromUtf8(verifier);
    PQfreemem(verifier);
    return out;
}

Result<HubLogin> HubLogins::add(const QString &login, const QString &username,
                                const QString &password)
{
    if (auto s = requirePostgres(); !s.ok())
        return s.error();
    if (const auto p = loginNameProblem(login); !p.isEmpty())
        return Error::invalid(QStringLiteral("login"), p);
    if (password.size() < 12)
        return Error::invalid(QStringLiteral("password"),
                              Text::tr("a desk login's password has at least 12 characters"));
    auto &db = m_hub.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM hub_record r WHERE r.kind = 'app_user' AND "
                             "CAST(r.data AS jsonb)->>'username' = ?")
                  .arg(QString::fromLatin1(kUserColumns)));
    q.addBindValue(username);
    if (!q.exec())
        return sqlError(q, Text::tr("desk logins"));
    if (!q.next())
        return Error::make(Error::Kind::NotFound,
                           Text::tr("the hub holds no user \"%1\": add the user on the "
                                    "administrator's desk and sync it first")
                               .arg(username));
    const HubUserRecord user{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toBool()};
    if (!user.active)
        return Error::invalid(QStringLiteral("user"),
                              Text::tr("user \"%1\" has left: a desk login is for someone who "
                                       "works at the hub")
                                  .arg(username));
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return sqlError(q, Text::tr("desk logins"));
    if (q.next())
        return Error::make(Error::Kind::Conflict,
                           Text::tr("a login named \"%1\" exists already").arg(login));
    const auto verifier = encryptedPassword(login, password);
    if (!verifier.ok())
        return verifier.error();
    // CREATE ROLE takes no bound values: the server quotes the name and verifier itself.
    q.prepare(
        QStringLiteral("SELECT quote_ident(CAST(? AS text)), quote_literal(CAST(? AS text))"));
    q.addBindValue(login);
    q.addBindValue(verifier.value());
    if (!q.exec() || !q.next())
        return sqlError(q, Text::tr("desk logins"));
    const auto create = QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2 IN ROLE hub_client")
                            .arg(q.value(0).toString(), q.value(1).toString());
    if (!db.transaction())
        return hubError(db.lastError(), Text::tr("desk logins"));
    auto fail = [&db](const QSqlQuery &failed) {
        const auto e = sqlError(failed, Text::tr("desk logins"));
        db.rollback();
        return e;
    };
    if (!q.exec(create))
        return fail(q);
    q.prepare(QStringLiteral("INSERT INTO hub_user (role_name, user_id, app_role, team_id) "
                             "VALUES (?, ?, ?, NULLIF(?, ''))"));
    q.addBindValue(login);
    q.addBindValue(user.id);
    q.addBindValue(user.role);
    q.addBindValue(user.teamId);
    if (!q.exec())
        return fail(q);
    if (!db.commit())
        return hubError(db.lastError(), Text::tr("desk logins"));
    return HubLogin{login, user.id, user.role, user.teamId, username, true, {}};
}

Status HubLogins::remove(const QString &login)
{
    if (auto s = requirePostgres(); !s.ok())
        return s.error();
    auto &db = m_hub.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM hub_user WHERE role_name = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return sqlError(q, Text::tr("desk logins"));
    if (!q.next())
        return Error::make(Error::Kind::NotFound,
                           Text::tr("\"%1\" is not a desk login of this hub").arg(login));
    q.prepare(QStringLiteral("SELECT quote_ident(CAST(? AS text)), "
                             "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)"));
    q.addBindValue(login);
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return sqlError(q, Text::tr("desk logins"));
    const auto drop = QStringLiteral("DROP ROLE IF EXISTS %1").arg(q.value(0).toString());
    const auto noLogin = QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(q.value(0).toString());
    const bool exists = q.value(1).toBool();
    if (!db.transaction())
        return hubError(db.lastError(), Text::tr("desk logins"));
    q.prepare(QStringLiteral("DELETE FROM hub_user WHERE role_name = ?"));
    q.addBindValue(login);
    if (!q.exec() || (exists && !q.exec(noLogin))) {
        const auto e = sqlError(q, Text::tr("desk logins"));
        db.rollback();
        return e;
    }
    if (!db.commit())
        return hubError(db.lastError(), Text::tr("desk logins"));
    // Dropping fails only if the login was granted more than hub_client by hand; it can no
    // longer log in and is mapped to no one, which is what matters.
    if (exists)
        (void)q.exec(drop);
    return {};
}

QStringList hubLoginsMigration(const QString &quotedSchema)
{
    return {
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION hub_user_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = %1, pg_temp AS $f$
DECLARE d jsonb := CAST(NEW.data AS jsonb);
BEGIN
    IF NEW.deleted <> 0 OR coalesce(d->>'active', '1') IN ('0', 'false') THEN
        DELETE FROM hub_user WHERE user_id = NEW.id;
    ELSE
        UPDATE hub_user SET app_role = d->>'role', team_id = NULLIF(d->>'team_id', '')
        WHERE user_id = NEW.id AND (app_role IS DISTINCT FROM d->>'role'
            OR team_id IS DISTINCT FROM NULLIF(d->>'team_id', ''));
    END IF;
    RETURN NULL;
END $f$)")
            .arg(quotedSchema),
        QStringLiteral("REVOKE ALL ON FUNCTION hub_user_follow() FROM PUBLIC"),
        QStringLiteral("CREATE TRIGGER hub_user_follows_user AFTER INSERT OR UPDATE ON "
                       "hub_record FOR EACH ROW WHEN (NEW.kind = 'app_user') EXECUTE FUNCTION "
                       "hub_user_follow()"),
    };
}

QString HubLogins::newPassword()
{
    static const QString alphabet =
        QStringLiteral("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString out;
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < 20; ++i)
        out += alphabet.at(int(random->bounded(quint32(alphabet.size()))));
    return out;
}

} // namespace hub::sync
