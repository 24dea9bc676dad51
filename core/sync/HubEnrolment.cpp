#include "HubEnrolment.h"

#include "Hub.h"
#include "HubDetail.h"
#include "HubLogins.h"
#include "security/Permissions.h"
#include "services/AuditService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>

#include <sodium.h>

#include <cstring>

namespace hub::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncEnrolment)
};

// Crockford's base 32: digits and the letters but I, L, O and U, 5 bits a character. A typed
// O is read as 0, I and L as 1, so nothing can be misread.
const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kCodeLength = 16;

// The one-time logins' group, its table and functions. @S@: the hub's schema; @A@: the app
// roles that may manage users. The code's one-time login is named from the hub's database
// and the user's name, hub_enrol_ and 24 hex digits of their SHA-256 (enrolmentLogin() on
// the desk): logins belong to the whole PostgreSQL server, so two hubs on one server have
// different ones.
const char *const kStatements[] = {
    R"(DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hub_enrolee') THEN
    CREATE ROLE hub_enrolee NOLOGIN; END IF; END $$)",
    R"(CREATE TABLE hub_enrolment (
    id text PRIMARY KEY NOT NULL,
    login text NOT NULL,
    user_id text NOT NULL,
    username text NOT NULL,
    issued_by text NOT NULL,
    issued_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'used', 'revoked', 'replaced')),
    closed_at timestamptz,
    desk_login text))",
    "CREATE UNIQUE INDEX hub_enrolment_open ON hub_enrolment(user_id) WHERE state = 'open'",
    "REVOKE ALL ON hub_enrolment FROM PUBLIC",
    // The calling login may manage enrolment codes: the hub's owner, or a login mapped to
    // an app role that may manage users. Returns its app user id ('' for the owner).
    R"(CREATE OR REPLACE FUNCTION hub_enrol_admin() RETURNS text LANGUAGE plpgsql STABLE
SECURITY DEFINER SET search_path = @S@, pg_temp AS $f$
DECLARE me record;
BEGIN
    SELECT * INTO me FROM hub_caller();
    IF NOT me.is_owner AND me.app_role NOT IN (@A@) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'only an administrator''s hub login may issue, list or revoke enrolment codes';
    END IF;
    RETURN me.user_id;
END $f$)",
    R"(CREATE OR REPLACE FUNCTION hub_enrol_verifier(v text) RETURNS void LANGUAGE plpgsql
IMMUTABLE SET search_path = @S@, pg_temp AS $f$
BEGIN
    IF v IS NULL OR v !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'a password reaches the hub only as a SCRAM-SHA-256 verifier';
    END IF;
END $f$)",
    // The hub's user record named `u` (kind app_user), active, or an error in words.
    R"(CREATE OR REPLACE FUNCTION hub_enrol_user(p_id text, p_name text, OUT o_id text,
    OUT o_data jsonb) LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = @S@, pg_temp AS $f$
DECLARE del integer;
BEGIN
    SELECT r.id, CAST(r.data AS jsonb), r.deleted INTO o_id, o_data, del FROM hub_record r
    WHERE r.kind = 'app_user' AND (r.id = p_id OR (p_id IS NULL AND
        CAST(r.data AS jsonb)->>'username' = p_name));
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'no_data_found', MESSAGE = format(
            'the hub holds no user "%s": add the user on the administrator''s desk and sync it first',
            p_name);
    END IF;
    IF del <> 0 OR coalesce(o_data->>'active', '1') IN ('0', 'false') THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format(
            'user "%s" has left: an enrolment code is for someone who works at the hub', p_name);
    END IF;
END $f$)",
    R"(CREATE OR REPLACE FUNCTION hub_enrol_issue(p_user text, p_verifier text, p_hours integer,
    OUT o_id text, OUT o_expires text) LANGUAGE plpgsql SECURITY DEFINER
SET search_path = @S@, pg_temp AS $f$
DECLARE by_ text := hub_enrol_admin(); u record; lg text; exp timestamptz;
BEGIN
    PERFORM hub_enrol_verifier(p_verifier);
    IF p_hours IS NULL OR p_hours < 1 OR p_hours > 168 THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'an enrolment code is valid for 1 to 168 hours';
    END IF;
    SELECT * INTO u FROM hub_enrol_user(NULL, p_user);
    lg := 'hub_enrol_' || left(encode(sha256(convert_to(current_database() || '/' || p_user,
        'UTF8')), 'hex'), 24);
    UPDATE hub_enrolment SET state = 'replaced', closed_at = clock_timestamp()
    WHERE user_id = u.o_id AND state = 'open';
    exp := clock_timestamp() + make_interval(hours => p_hours);
    -- The login outlives the code by a week so that a late desk is told "expired"; after
    -- that the server refuses it like a wrong code.
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = lg) THEN
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L VALID UNTIL %L', lg, p_verifier,
                       exp + interval '7 days');
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L VALID UNTIL %L IN ROLE hub_enrolee',
                       lg, p_verifier, exp + interval '7 days');
    END IF;
    o_id := md5(random()::text || clock_timestamp()::text || lg);
    INSERT INTO hub_enrolment (id, login, user_id, username, issued_by, issued_at, expires_at)
    VALUES (o_id, lg, u.o_id, p_user, by_, clock_timestamp(), exp);
    o_expires := to_char(exp AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
END $f$)",
    R"(CREATE OR REPLACE FUNCTION hub_enrol_list() RETURNS TABLE (o_username text,
    o_user_id text, o_state text, o_issued_by text, o_issued_at text, o_expires_at text,
    o_closed_at text, o_desk_login text) LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = @S@, pg_temp AS $f$
BEGIN
    PERFORM hub_enrol_admin();
    RETURN QUERY SELECT e.username, e.user_id,
        CASE WHEN e.state = 'open' AND e.expires_at < clock_timestamp() THEN 'expired'
             ELSE e.state END,
        e.issued_by,
        to_char(e.issued_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        to_char(e.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        to_char(e.closed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        e.desk_login
    FROM hub_enrolment e ORDER BY e.issued_at DESC, e.username;
END $f$)",
    R"(CREATE OR REPLACE FUNCTION hub_enrol_revoke(p_user text) RETURNS integer LANGUAGE plpgsql
SECURITY DEFINER SET search_path = @S@, pg_temp AS $f$
DECLARE lg text; n integer := 0;
BEGIN
    PERFORM hub_enrol_admin();
    FOR lg IN UPDATE hub_enrolment SET state = 'revoked', closed_at = clock_timestamp()
            WHERE username = p_user AND state = 'open' RETURNING login LOOP
        EXECUTE format('ALTER ROLE %I NOLOGIN', lg);
        n := n + 1;
    END LOOP;
    RETURN n;
END $f$)",
    // The one-time login redeems its code: a new desk login (its verifier made on the desk)
    // mapped to the code's user, the code used and its login closed, all at once. Two desks
    // with the same code: the second waits for the row lock and finds it used.
    R"(CREATE OR REPLACE FUNCTION hub_enrol_redeem(p_login text, p_verifier text,
    OUT o_user_id text, OUT o_username text, OUT o_role text, OUT o_team text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @S@, pg_temp AS $f$
DECLARE e hub_enrolment; u record;
BEGIN
    SELECT * INTO e FROM hub_enrolment WHERE login = session_user AND state = 'open' FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'this enrolment code has been used, revoked or replaced: ask an administrator for a new one';
    END IF;
    IF e.expires_at < clock_timestamp() THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format(
            'this enrolment code expired on %s (UTC): ask an administrator for a new one',
            to_char(e.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI'));
    END IF;
    SELECT * INTO u FROM hub_enrol_user(e.user_id, e.username);
    IF p_login IS NULL OR p_login !~ '^desk_[a-z0-9_]{1,58}$' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'a joining desk''s login is desk_ and 1 to 58 lower-case letters, digits and _';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION USING ERRCODE = 'duplicate_object',
            MESSAGE = format('a login named "%s" exists already', p_login);
    END IF;
    PERFORM hub_enrol_verifier(p_verifier);
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE hub_client', p_login, p_verifier);
    INSERT INTO hub_user (role_name, user_id, app_role, team_id)
    VALUES (p_login, u.o_id, u.o_data->>'role', NULLIF(u.o_data->>'team_id', ''));
    UPDATE hub_enrolment SET state = 'used', closed_at = clock_timestamp(), desk_login = p_login
    WHERE id = e.id;
    EXECUTE format('ALTER ROLE %I NOLOGIN', session_user);
    o_user_id := u.o_id;
    o_username := e.username;
    o_role := u.o_data->>'role';
    o_team := coalesce(u.o_data->>'team_id', '');
END $f$)",
};

const char *const kAdminFunctions[] = {"hub_enrol_issue(text, text, integer)", "hub_enrol_list()",
                                       "hub_enrol_revoke(text)"};
const char *const kInnerFunctions[] = {"hub_enrol_admin()", "hub_enrol_verifier(text)",
                                       "hub_enrol_user(text, text)"};

QDateTime utc(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
}

Error sqlError(const QSqlQuery &q)
{
    return hubError(q.lastError(), Text::tr("enrolment codes"));
}

} // namespace

QString newEnrolmentCode()
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot start");
    QString out;
    for (int i = 0; i < kCodeLength; ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char('-');
        out += QLatin1Char(kAlphabet[randombytes_uniform(32)]);
    }
    return out;
}

std::optional<QString> normaliseEnrolmentCode(const QString &typed)
{
    QString out;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        QChar u = c.toUpper();
        if (u == QLatin1Char('O'))
            u = QLatin1Char('0');
        else if (u == QLatin1Char('I') || u == QLatin1Char('L'))
            u = QLatin1Char('1');
        if (u.unicode() > 127 || !std::strchr(kAlphabet, u.toLatin1()))
            return std::nullopt;
        out += u;
    }
    if (out.size() != kCodeLength)
        return std::nullopt;
    return out;
}

QString enrolmentLogin(const QString &database, const QString &username)
{
    const auto hash = QCryptographicHash::hash((database + QLatin1Char('/') + username).toUtf8(),
                                               QCryptographicHash::Sha256);
    return QStringLiteral("hub_enrol_") + QString::fromLatin1(hash.toHex().left(24));
}

Status HubEnrolment::requirePostgres() const
{
    if (!m_hub.isPostgres())
        return Error::invalid(QStringLiteral("hub"),
                              Text::tr("a SQLite-file hub has no enrolment codes: a desk on its "
                                       "machine starts as a copy of the office's database"));
    return {};
}

Result<IssuedCode> HubEnrolment::issue(const QString &username, int hours)
{
    if (auto s = requirePostgres(); !s.ok())
        return s.error();
    if (hours < 1 || hours > kMaxHours)
        return Error::invalid(
            QStringLiteral("hours"),
            Text::tr("an enrolment code is valid for 1 to %1 hours").arg(kMaxHours));
    const auto code = newEnrolmentCode();
    // The verifier is made here, by libpq: the code never reaches the server.
    const auto verifier =
        scramVerifier(m_hub, enrolmentLogin(m_hub.connection().databaseName(), username),
                      *normaliseEnrolmentCode(code));
    if (!verifier.ok())
        return verifier.error();
    QSqlQuery q(m_hub.connection());
    q.prepare(QStringLiteral("SELECT o_expires FROM hub_enrol_issue(?, ?, ?)"));
    q.addBindValue(username);
    q.addBindValue(verifier.value());
    q.addBindValue(hours);
    if (!q.exec() || !q.next())
        return sqlError(q);
    return IssuedCode{username, code, utc(q.value(0))};
}

Result<QVector<Enrolment>> HubEnrolment::list()
{
    if (auto s = requirePostgres(); !s.ok())
        return s.error();
    QSqlQuery q(m_hub.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM hub_enrol_list()")))
        return sqlError(q);
    QVector<Enrolment> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), utc(q.value(4)), utc(q.value(5)), utc(q.value(6)),
                       q.value(7).toString()});
    return out;
}

Status HubEnrolment::revoke(const QString &username)
{
    if (auto s = requirePostgres(); !s.ok())
        return s.error();
    QSqlQuery q(m_hub.connection());
    q.prepare(QStringLiteral("SELECT hub_enrol_revoke(?)"));
    q.addBindValue(username);
    if (!q.exec() || !q.next())
        return sqlError(q);
    if (q.value(0).toInt() == 0)
        return Error::make(Error::Kind::NotFound,
                           Text::tr("user \"%1\" has no open enrolment code").arg(username));
    return {};
}

Result<std::unique_ptr<Hub>> EnrolmentService::open(const HubUrl &url, const QString &password)
{
    if (auto s = security::check(m_actor, security::Action::ManageUsers); !s.ok())
        return s.error();
    return Hub::open(url, password);
}

Status EnrolmentService::audit(const QString &action, const QString &username,
                               const QString &detail)
{
    return services::AuditService(m_db, m_clock)
        .record(m_actor, action, QStringLiteral("enrolment"), username, QString(), detail);
}

Result<IssuedCode> EnrolmentService::issue(const HubUrl &url, const QString &password,
                                           const QString &username, int hours)
{
    auto hub = open(url, password);
    if (!hub.ok())
        return hub.error();
    auto issued = HubEnrolment(*hub.value()).issue(username, hours);
    if (!issued.ok())
        return issued;
    // The code was issued: the audit trail says so (never the code) even if that write fails
    // afterwards the administrator is told.
    if (auto s = audit(QStringLiteral("hub.enrol.issue"), username,
                       QStringLiteral("hub=%1 hours=%2").arg(url.display()).arg(hours));
        !s.ok())
        return s.error();
    return issued;
}

Result<QVector<Enrolment>> EnrolmentService::list(const HubUrl &url, const QString &password)
{
    auto hub = open(url, password);
    if (!hub.ok())
        return hub.error();
    return HubEnrolment(*hub.value()).list();
}

Status EnrolmentService::revoke(const HubUrl &url, const QString &password, const QString &username)
{
    auto hub = open(url, password);
    if (!hub.ok())
        return hub.error();
    if (auto s = HubEnrolment(*hub.value()).revoke(username); !s.ok())
        return s;
    return audit(QStringLiteral("hub.enrol.revoke"), username,
                 QStringLiteral("hub=%1").arg(url.display()));
}

// renumbered at merge if needed: hub schema 11 (after h15-teams' 10).
QStringList hubEnrolmentMigration(bool postgres, const QString &quotedSchema)
{
    if (!postgres)
        return {};
    QStringList admins;
    for (const char *role : {"caseworker", "supervisor", "admin", "auditor"}) {
        if (security::Permissions::allows(QString::fromLatin1(role), security::Action::ManageUsers))
            admins << QStringLiteral("'%1'").arg(QLatin1String(role));
    }
    QStringList out;
    for (const char *s : kStatements)
        out << QString::fromLatin1(s)
                   .replace(QStringLiteral("@S@"), quotedSchema)
                   .replace(QStringLiteral("@A@"), admins.join(QStringLiteral(", ")));
    for (const char *f : kInnerFunctions)
        out << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(QLatin1String(f));
    for (const char *f : kAdminFunctions)
        out << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(QLatin1String(f))
            << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO hub_client").arg(QLatin1String(f));
    out << QStringLiteral("REVOKE ALL ON FUNCTION hub_enrol_redeem(text, text) FROM PUBLIC")
        << QStringLiteral("GRANT EXECUTE ON FUNCTION hub_enrol_redeem(text, text) TO hub_enrolee");
    return out;
}

} // namespace hub::sync
