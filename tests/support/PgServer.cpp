#include "PgServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hub::test {

namespace {

const char *const kOwner = "postgres"; // the system user that runs the server as root

Error failure(const QString &message)
{
    return Error::make(Error::Kind::Storage, message);
}

// True when nothing listens on 127.0.0.1:port right now.
bool portFree(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<quint16>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    ::close(fd);
    return bound;
}

// Below Linux's ephemeral range (32768+), so outgoing connections do not take it meanwhile.
int pickPort()
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        const int port = QRandomGenerator::global()->bounded(20000, 32000);
        if (portFree(port))
            return port;
    }
    return 0;
}

QString tail(const QString &path, int lines = 15)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    auto all = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return all.mid(qMax(0, all.size() - lines)).join(QLatin1Char('\n'));
}

} // namespace

QString PgServer::findBinDir()
{
    const auto dir = QStringLiteral("/usr/lib/postgresql/15/bin");
    return QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable() ? dir : QString();
}

PgServer::PgServer()
{
    const auto status = init();
    if (!status.ok())
        m_error = status.error().describe();
}

PgServer::~PgServer()
{
    closeConnections();
    if (m_running)
        (void)stop(true);
    if (m_watchdogPid > 0)
        ::kill(static_cast<pid_t>(m_watchdogPid), SIGTERM);
    // m_dir removes the folder (root may remove the postgres-owned files in it).
}

QString PgServer::dataDir() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

QString PgServer::scratchDir() const
{
    return m_dir.filePath(QStringLiteral("scratch"));
}

QString PgServer::url(const QString &user, const QString &db) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
        .arg(user.isEmpty() ? superuser() : user, host())
        .arg(m_port)
        .arg(db.isEmpty() ? database() : db);
}

Status PgServer::init()
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty())
        return failure(QStringLiteral("PostgreSQL 15 is not installed (no "
                                      "/usr/lib/postgresql/15/bin/pg_ctl); "
                                      "scripts/install-deps.sh installs it"));
    if (!m_dir.isValid())
        return failure(
            QStringLiteral("cannot make a temporary folder: %1").arg(m_dir.errorString()));
    m_asRoot = ::geteuid() == 0;
    for (const auto *sub : {"sock", "scratch"})
        if (!QDir(m_dir.path()).mkpath(QLatin1String(sub)))
            return failure(
                QStringLiteral("cannot make %1 in %2").arg(QLatin1String(sub), m_dir.path()));

    m_password = QString::number(QRandomGenerator::system()->generate64(), 36) +
                 QString::number(QRandomGenerator::system()->generate64(), 36);
    const auto pwfile = m_dir.filePath(QStringLiteral("pwfile"));
    {
        QFile f(pwfile);
        if (!f.open(QIODevice::WriteOnly) || f.write(m_password.toUtf8() + '\n') < 0)
            return failure(QStringLiteral("cannot write %1").arg(pwfile));
    }
    if (auto owned = ownFolder(); !owned.ok())
        return owned;
    startWatchdog();

    const auto initdb = runAsOwner(
        m_binDir + QStringLiteral("/initdb"),
        {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), superuser(),
         QStringLiteral("--pwfile=") + pwfile, QStringLiteral("--auth-host=scram-sha-256"),
         QStringLiteral("--auth-local=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
         QStringLiteral("--no-locale"), QStringLiteral("--no-sync")});
    QFile::remove(pwfile);
    if (!initdb.ok())
        return initdb;

    // Throwaway data: durability off for speed; everything else stays PostgreSQL's default.
    QFile conf(dataDir() + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append))
        return failure(QStringLiteral("cannot append to %1").arg(conf.fileName()));
    conf.write(QStringLiteral("\n# tests/support/PgServer\n"
                              "listen_addresses = '127.0.0.1'\n"
                              "unix_socket_directories = '%1'\n"
                              "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                              "max_connections = 40\nshared_buffers = 16MB\n")
                   .arg(m_dir.filePath(QStringLiteral("sock")))
                   .toUtf8());
    conf.close();

    if (auto started = start(); !started.ok())
        return started;
    return exec(QStringLiteral("CREATE DATABASE %1").arg(database()), QStringLiteral("postgres"));
}

Status PgServer::ownFolder()
{
    if (!m_asRoot)
        return {};
    const passwd *pw = ::getpwnam(kOwner);
    if (!pw)
        return failure(QStringLiteral("running as root but there is no '%1' system user "
                                      "(it comes with the postgresql package)")
                           .arg(QLatin1String(kOwner)));
    QStringList paths{m_dir.path()};
    for (const auto &entry : QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot))
        paths << m_dir.filePath(entry);
    for (const auto &path : paths)
        if (::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0)
            return failure(QStringLiteral("cannot hand %1 to %2").arg(path, QLatin1String(kOwner)));
    // The server's owner must be able to reach the folder through its parents.
    QProcess probe;
    probe.start(QStringLiteral("runuser"),
                {QStringLiteral("-u"), QLatin1String(kOwner), QStringLiteral("--"),
                 QStringLiteral("test"), QStringLiteral("-w"), m_dir.path()});
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        return failure(QStringLiteral("the %1 user cannot write to %2; set TMPDIR to a folder "
                                      "every user can reach, such as /tmp")
                           .arg(QLatin1String(kOwner), m_dir.path()));
    return {};
}

Status PgServer::runAsOwner(const QString &program, const QStringList &args, QByteArray *out,
                            int timeoutMs)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), m_password);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    if (m_asRoot)
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QLatin1String(kOwner),
                                                       QStringLiteral("--"), program} +
                                               args);
    else
        p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return failure(QStringLiteral("%1 did not finish: %2")
                           .arg(QFileInfo(program).fileName(), p.errorString()));
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return failure(QStringLiteral("%1 failed (exit %2): %3")
                           .arg(QFileInfo(program).fileName())
                           .arg(p.exitCode())
                           .arg(QString::fromUtf8(p.readAllStandardError()).trimmed()));
    if (out)
        *out = p.readAllStandardOutput();
    return {};
}

Status PgServer::start()
{
    const auto log = m_dir.filePath(QStringLiteral("server.log"));
    const bool fixedPort = m_port != 0;
    for (int attempt = 0; attempt < 8; ++attempt) {
        if (!fixedPort)
            m_port = pickPort();
        if (m_port == 0)
            return failure(QStringLiteral("no free port on 127.0.0.1 between 20000 and 32000"));
        const auto started = runAsOwner(
            m_binDir + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), log, QStringLiteral("-w"),
             QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
             QStringLiteral("-p %1").arg(m_port), QStringLiteral("start")});
        if (started.ok()) {
            m_running = true;
            return {};
        }
        const auto why = tail(log);
        // Another process took the port between the probe and the start: try another one.
        if (fixedPort || !why.contains(QLatin1String("could not bind")))
            return failure(started.error().message + QLatin1Char('\n') + why);
    }
    return failure(QStringLiteral("could not find a port the server could bind: ") + tail(log));
}

Status PgServer::stop(bool immediate)
{
    closeConnections();
    if (!m_running)
        return {};
    const auto stopped =
        runAsOwner(m_binDir + QStringLiteral("/pg_ctl"),
                   {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                    immediate ? QStringLiteral("immediate") : QStringLiteral("fast"),
                    QStringLiteral("-w"), QStringLiteral("stop")});
    if (stopped.ok())
        m_running = false;
    return stopped;
}

void PgServer::startWatchdog()
{
    // If this process dies without running the destructor, stop the server and remove the
    // folder. Detached, so a ctest timeout that kills the test's process tree misses it.
    const auto script = QStringLiteral(
        "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; "
        "if [ \"$4\" = root ]; then runuser -u postgres -- \"$3\" -D \"$2/data\" -m immediate "
        "-w stop; else \"$3\" -D \"$2/data\" -m immediate -w stop; fi; rm -rf \"$2\"");
    QProcess::startDetached(QStringLiteral("sh"),
                            {QStringLiteral("-c"), script, QStringLiteral("pgserver-watchdog"),
                             QString::number(QCoreApplication::applicationPid()), m_dir.path(),
                             m_binDir + QStringLiteral("/pg_ctl"),
                             m_asRoot ? QStringLiteral("root") : QStringLiteral("user")},
                            QString(), &m_watchdogPid);
}

QSqlDatabase PgServer::connection(const QString &db)
{
    const auto dbName = db.isEmpty() ? database() : db;
    const auto name = QStringLiteral("pgserver-%1-%2-%3")
                          .arg(m_port)
                          .arg(dbName)
                          .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (QSqlDatabase::contains(name)) {
        auto existing = QSqlDatabase::database(name);
        if (existing.isOpen())
            return existing;
    } else {
        auto fresh = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        fresh.setHostName(host());
        fresh.setPort(m_port);
        fresh.setUserName(superuser());
        fresh.setPassword(m_password);
        fresh.setDatabaseName(dbName);
        fresh.setConnectOptions(QStringLiteral("sslmode=disable;connect_timeout=10"));
        m_connections << name;
    }
    auto conn = QSqlDatabase::database(name);
    if (!conn.isOpen())
        m_error = conn.lastError().text();
    return conn;
}

void PgServer::closeConnections()
{
    for (const auto &name : std::as_const(m_connections)) {
        {
            auto conn = QSqlDatabase::database(name, false);
            conn.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

Result<QSqlQuery> PgServer::query(const QString &sql, const QString &db)
{
    auto conn = connection(db);
    if (!conn.isOpen())
        return failure(
            QStringLiteral("cannot connect as superuser: %1").arg(conn.lastError().text()));
    QSqlQuery q(conn);
    if (!q.exec(sql))
        return failure(q.lastError().text());
    return q;
}

Status PgServer::exec(const QString &sql, const QString &db)
{
    auto q = query(sql, db);
    if (!q.ok())
        return q.error();
    return {};
}

Result<QVariant> PgServer::scalar(const QString &sql, const QString &db)
{
    auto q = query(sql, db);
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return failure(QStringLiteral("no row from: %1").arg(sql));
    return q.value().value(0);
}

Status PgServer::createLoginRole(const QString &name, const QString &password)
{
    QString ident = name;
    ident.replace(QLatin1Char('"'), QLatin1String("\"\""));
    QString literal = password;
    literal.replace(QLatin1Char('\''), QLatin1String("''"));
    return exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2'").arg(ident, literal));
}

Result<QByteArray> PgServer::runTool(const QString &program, const QStringList &args)
{
    QByteArray out;
    const auto ran = runAsOwner(m_binDir + QLatin1Char('/') + program, args, &out, 600000);
    if (!ran.ok())
        return ran.error();
    return out;
}

} // namespace hub::test
