#include "DeskJoin.h"

#include "Hub.h"
#include "HubDetail.h"
#include "HubEnrolment.h"
#include "HubKeychain.h"
#include "HubLogins.h"
#include "LocalRows.h"
#include "RecordKinds.h"
#include "security/Permissions.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "store/CredentialRepository.h"
#include "store/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sodium.h>

#include <cstring>

namespace hub::sync {

namespace {

// `n` characters of `alphabet` from libsodium's generator.
QString randomText(const char *alphabet, int n)
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot start");
    const auto size = uint32_t(std::strlen(alphabet));
    QString out;
    for (int i = 0; i < n; ++i)
        out += QLatin1Char(alphabet[randombytes_uniform(size)]);
    return out;
}

// desk_ + the user's name in the letters a login may hold + 6 random ones: readable in
// `hubctl hub user list`, and never the same twice.
QString newDeskLogin(const QString &username)
{
    QString name;
    for (const QChar c : username.toLower()) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        name += plain ? c : QLatin1Char('_');
    }
    return QStringLiteral("desk_%1_%2")
        .arg(name.left(40), randomText("abcdefghijklmnopqrstuvwxyz0123456789", 6));
}

void removeDatabaseFiles(const QString &path)
{
    for (const auto *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Result<HubUrl> DeskJoin::parseHubUrl(const QString &text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    if (url.isValid() && url.userName().isEmpty() && !url.host().isEmpty())
        url.setUserName(QStringLiteral("enrol"));
    auto parsed = HubUrl::parse(url.isValid() ? url.toString() : text);
    if (!parsed.ok())
        return parsed;
    if (parsed->kind != HubUrl::Kind::Postgres)
        return Error::invalid(QStringLiteral("hub"),
                              tr("a desk joins a PostgreSQL hub (postgresql://host/db); a "
                                 "SQLite-file hub has no enrolment codes"));
    return parsed;
}

Status DeskJoin::checkNewDesk(const QString &path)
{
    if (!QFileInfo::exists(path))
        return {};
    const auto refuse = Error::invalid(
        QStringLiteral("database"),
        tr("%1 already holds users or records: joining a hub is for a new desk (choose "
           "another file, or sync this one with the hub as it is)")
            .arg(path));
    auto db = store::Database::open(path, store::Database::Migrate::No);
    if (!db.ok())
        return Error::invalid(QStringLiteral("database"), db.error().describe());
    QSqlQuery q(db.value()->connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM app_user")) && q.next() && q.value(0).toInt())
        return refuse;
    LocalRows rows(*db.value());
    for (const auto &kind : recordKinds()) {
        const auto ids = rows.allIds(kind);
        if (ids.ok() && !ids->isEmpty())
            return refuse;
    }
    return {};
}

Status DeskJoin::checkRequest(const JoinRequest &r)
{
    if (auto url = parseHubUrl(r.hubUrl); !url.ok())
        return url.error();
    if (r.username.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("username"), tr("give the user name the code is for"));
    if (!normaliseEnrolmentCode(r.code))
        return Error::invalid(QStringLiteral("code"),
                              tr("an enrolment code is 16 letters and digits, as 4 groups of 4 "
                                 "(XXXX-XXXX-XXXX-XXXX)"));
    if (auto s = services::AuthService::checkPolicy(r.username.trimmed(), r.password,
                                                    QStringLiteral("password"));
        !s.ok())
        return s;
    return checkNewDesk(r.dbPath);
}

namespace {

// The server's refusal of the one-time login, in words for the person at the desk.
Error loginRefused(const Error &e, const HubUrl &url)
{
    const auto &m = e.message;
    if (m.contains(QLatin1String("password authentication failed")))
        return Error::invalid(QStringLiteral("code"),
                              DeskJoin::tr("the hub did not accept this user name and code: "
                                           "check both (a code is also refused once a newer one "
                                           "was issued, or after it expired)"));
    if (m.contains(QLatin1String("not permitted to log in")))
        return Error::invalid(QStringLiteral("code"),
                              DeskJoin::tr("this enrolment code has been used or revoked: ask an "
                                           "administrator for a new one"));
    return Error::invalid(QStringLiteral("hub"),
                          DeskJoin::tr("no hub answered at %1: check the address and the "
                                       "network (%2)")
                              .arg(url.host, m));
}

// The hub's refusal of the redemption: its own words, without the "hub: ...:" prefix.
Error redeemRefused(const QSqlQuery &q)
{
    auto e = hubError(q.lastError(), QStringLiteral("redeem"));
    const auto words = e.message.section(QStringLiteral(": "), 2);
    const bool left = words.contains(QLatin1String("has left"));
    return Error::invalid(left ? QStringLiteral("username") : QStringLiteral("code"),
                          words.isEmpty() ? e.message : words);
}

struct Redeemed
{
    HubUrl deskUrl;
    QString deskPassword;
    domain::Actor actor;
};

// Steps 1 and 2: the desk's own login, its password in the keychain, the code burnt.
Result<Redeemed> redeem(const JoinRequest &r, const HubUrl &hubUrl, const QString &code,
                        const DeskJoin::Progress &progress)
{
    auto enrolUrl = hubUrl;
    enrolUrl.user = enrolmentLogin(hubUrl.database, r.username.trimmed());
    if (progress)
        progress(DeskJoin::Step::Connecting);
    auto hub = Hub::open(enrolUrl, code);
    if (!hub.ok())
        return loginRefused(hub.error(), hubUrl);
    Redeemed out;
    out.deskUrl = hubUrl;
    out.deskUrl.user = newDeskLogin(r.username.trimmed());
    out.deskPassword = randomText("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 32);
    const auto verifier = scramVerifier(*hub.value(), out.deskUrl.user, out.deskPassword);
    if (!verifier.ok())
        return verifier.error();
    // Kept before the hub makes the login, so that a desk without a keychain is refused
    // while the code is still good.
    HubKeychain keychain;
    if (auto s = keychain.store(out.deskUrl, out.deskPassword); !s.ok())
        return Error::invalid(QStringLiteral("hub"),
                              DeskJoin::tr("this desk keeps its hub password in the system "
                                           "keychain, and cannot: %1")
                                  .arg(s.error().message));
    if (progress)
        progress(DeskJoin::Step::Redeeming);
    QSqlQuery q(hub.value()->connection());
    q.prepare(
        QStringLiteral("SELECT o_user_id, o_username, o_role, o_team FROM hub_enrol_redeem(?, ?)"));
    q.addBindValue(out.deskUrl.user);
    q.addBindValue(verifier.value());
    if (!q.exec() || !q.next()) {
        const auto e = redeemRefused(q);
        (void)keychain.forget(out.deskUrl);
        return e;
    }
    out.actor = {q.value(0).toString(), q.value(2).toString(), q.value(3).toString(),
                 r.workstation};
    return out;
}

// Step 3 in `path`: the hub's data for the user and their password.
Result<SyncOutcome> receive(const JoinRequest &r, const QString &path, const Redeemed &redeemed,
                            const DeskJoin::Progress &progress)
{
    auto db = store::Database::open(path);
    if (!db.ok())
        return db.error();
    if (progress)
        progress(DeskJoin::Step::Receiving);
    // The first pull is the desk's set-up, as the office's syncs are: for a user whose role
    // does not sync (an administrator, an auditor) the program runs it, with their scope.
    auto puller = redeemed.actor;
    if (!security::Permissions::allows(puller.role, security::Action::Sync))
        puller.role = domain::Actor::system().role;
    auto received =
        SyncService(*db.value(), puller).syncOnce(redeemed.deskUrl, redeemed.deskPassword);
    if (!received.ok())
        return received;
    if (progress)
        progress(DeskJoin::Step::Finishing);
    auto hash = security::PasswordHasher(r.cost).hash(r.password);
    if (!hash.ok())
        return hash.error();
    if (auto s = store::CredentialRepository(*db.value())
                     .setPassword(redeemed.actor.userId, hash.value(), false,
                                  QDateTime::currentDateTimeUtc());
        !s.ok())
        return s.error();
    if (auto s = services::AuditService(*db.value(), util::Clock::system())
                     .record(redeemed.actor, QStringLiteral("desk.join"), QStringLiteral("user"),
                             redeemed.actor.userId, QString(),
                             QStringLiteral("hub=%1").arg(redeemed.deskUrl.display()));
        !s.ok())
        return s.error();
    if (auto s = db.value()->checkpointTruncate(); !s.ok())
        return s.error();
    return received;
}

} // namespace

Result<Joined> DeskJoin::join(const JoinRequest &r, const Progress &progress)
{
    if (auto s = checkRequest(r); !s.ok())
        return s.error();
    const auto hubUrl = parseHubUrl(r.hubUrl).value();
    const auto code = *normaliseEnrolmentCode(r.code);
    auto redeemed = redeem(r, hubUrl, code, progress);
    if (!redeemed.ok())
        return redeemed.error();
    const auto building = r.dbPath + QStringLiteral(".joining");
    removeDatabaseFiles(building);
    auto received = receive(r, building, redeemed.value(), progress);
    if (received.ok()) {
        removeDatabaseFiles(r.dbPath); // an empty database, checked above
        if (!QFile::rename(building, r.dbPath))
            received = Error::make(Error::Kind::Io, tr("cannot write %1").arg(r.dbPath));
    }
    if (!received.ok()) {
        removeDatabaseFiles(building);
        (void)HubKeychain().forget(redeemed->deskUrl);
        return Error::make(received.error().kind,
                           tr("the code is used up, but this desk could not receive the hub's "
                              "data (%1): ask an administrator to remove the desk login %2 "
                              "(hubctl hub user remove) and to issue a new code")
                               .arg(received.error().describe(), redeemed->deskUrl.user));
    }
    if (progress)
        progress(Step::Done);
    return Joined{redeemed->deskUrl, redeemed->actor, received.value()};
}

} // namespace hub::sync
