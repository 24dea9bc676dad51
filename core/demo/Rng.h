#pragma once

#include <QString>
#include <QVector>

#include <initializer_list>
#include <utility>

namespace hub::demo {

// A small deterministic generator (SplitMix64). The standard library's distributions
// differ between implementations, so every draw here is spelled out: the same seed gives
// the same caseload with any compiler.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [lo, hi].
    int between(int lo, int hi)
    {
        const auto span = static_cast<quint64>(hi - lo) + 1;
        return lo + static_cast<int>(next() % span);
    }
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }

    template <typename T> const T &pick(const QVector<T> &items)
    {
        return items.at(between(0, int(items.size()) - 1));
    }

    // Picks a value by weight: {{value, weight}, ...}.
    template <typename T> T weighted(std::initializer_list<std::pair<T, int>> table)
    {
        int total = 0;
        for (const auto &row : table)
            total += row.second;
        int roll = between(0, total - 1);
        for (const auto &row : table) {
            if (roll < row.second)
                return row.first;
            roll -= row.second;
        }
        return table.begin()->first;
    }

    // A weighted pick among archive codes.
    QString code(std::initializer_list<std::pair<const char *, int>> table)
    {
        return QString::fromLatin1(weighted<const char *>(table));
    }

    // A version-4 UUID drawn from the stream, so ids are reproducible too.
    QString uuid()
    {
        const quint64 a = next();
        const quint64 b = next();
        const auto hex = [](quint64 v, int digits) {
            return QString::number(v, 16).rightJustified(digits, QLatin1Char('0')).right(digits);
        };
        return hex(a >> 32, 8) + QLatin1Char('-') + hex((a >> 16) & 0xffff, 4) +
               QStringLiteral("-4") + hex(a & 0xfff, 3) + QLatin1Char('-') +
               hex(0x8000 | ((b >> 48) & 0x3fff), 4) + QLatin1Char('-') +
               hex(b & 0xffffffffffffULL, 12);
    }

private:
    quint64 m_state;
};

} // namespace hub::demo
