#include "SyncService.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace hub::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncHubUrl)
};

} // namespace

Result<HubUrl> HubUrl::parse(const QString &text)
{
    const auto bad = [](const QString &why) {
        return Error::invalid(QStringLiteral("hub"), why);
    };
    if (text.trimmed().isEmpty())
        return bad(
            Text::tr("no hub URL given (postgresql://user@host:port/db or sqlite:///path/hub.db)"));
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return bad(Text::tr("'%1' is not a URL").arg(text));
    if (!url.password().isEmpty())
        return bad(Text::tr("a hub URL never holds a password: use HUB_HUB_PASSWORD, the prompt or "
                            "the keychain"));
    HubUrl out;
    const auto scheme = url.scheme().toLower();
    if (scheme == QLatin1String("sqlite")) {
        out.kind = Kind::SqliteFile;
        if (!url.host().isEmpty())
            return bad(
                Text::tr("a SQLite hub is a local file: sqlite:///path/hub.db (three slashes)"));
        out.path = url.path();
        if (out.path.isEmpty() || out.path == QLatin1String("/"))
            return bad(Text::tr("the SQLite hub URL names no file"));
        return out;
    }
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return bad(
            Text::tr("unknown hub URL scheme '%1' (postgresql or sqlite)").arg(url.scheme()));
    out.kind = Kind::Postgres;
    out.user = url.userName();
    out.host = url.host();
    out.port = url.port(5432);
    out.database = url.path().mid(1);
    if (out.user.isEmpty())
        return bad(Text::tr("the hub URL names no user (postgresql://user@host/db)"));
    if (out.host.isEmpty())
        return bad(Text::tr("the hub URL names no host"));
    if (out.database.isEmpty() || out.database.contains(QLatin1Char('/')))
        return bad(Text::tr("the hub URL names no database (postgresql://user@host/db)"));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems()) {
        if (key != QLatin1String("sslmode"))
            return bad(Text::tr("unknown hub URL option '%1' (only sslmode)").arg(key));
        static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                       QStringLiteral("prefer"),    QStringLiteral("require"),
                                       QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        if (!modes.contains(value))
            return bad(Text::tr("sslmode '%1' is not one of %2")
                           .arg(value, modes.join(QStringLiteral(", "))));
        out.sslmode = value;
    }
    return out;
}

QString HubUrl::display() const
{
    if (kind == Kind::SqliteFile)
        return QStringLiteral("sqlite://") + path;
    QString out =
        QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    if (!sslmode.isEmpty())
        out += QStringLiteral("?sslmode=") + sslmode;
    return out;
}

} // namespace hub::sync
