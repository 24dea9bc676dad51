#pragma once

#include <QDateTime>
#include <QString>

namespace hub::sync {

// Hybrid logical clock times as sortable text: milliseconds since 1970 (UTC), 15 digits.
// tick() never goes back and never repeats: max(wall clock, last + 1 ms).
inline QString hlcText(qint64 ms)
{
    return QStringLiteral("%1").arg(ms, 15, 10, QLatin1Char('0'));
}

inline qint64 hlcMs(const QString &text)
{
    return text.toLongLong();
}

inline QString hlcTick(const QString &last, const QDateTime &now)
{
    return hlcText(std::max(now.toMSecsSinceEpoch(), hlcMs(last) + 1));
}

inline QString hlcMax(const QString &a, const QString &b)
{
    return hlcMs(a) >= hlcMs(b) ? a : b;
}

} // namespace hub::sync
