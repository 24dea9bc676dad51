#include "PersonMatcher.h"
#include "Postcode.h"

#include "PhoneNumber.h"

#include <algorithm>
#include <vector>

namespace hub::domain {

QString PersonMatcher::fold(const QString &text)
{
    const auto decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.isLetterOrNumber())
            out += ch;
        else if (ch == u'ł') // does not decompose
            out += u'l';
    }
    return out;
}

QString PersonMatcher::digits(const QString &text)
{
    QString out;
    for (const QChar ch : text) {
        if (ch.isDigit())
            out += ch;
    }
    // +44 7700 ... and 07700 ... are the same number.
    if (out.startsWith(QLatin1String("44")) && out.size() == 12)
        out = QLatin1Char('0') + out.mid(2);
    return out;
}

double PersonMatcher::similarity(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    if (a == b)
        return 1.0;
    // Optimal string alignment distance (Damerau-Levenshtein without repeated edits).
    const int n = int(a.size()), m = int(b.size());
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (int i = 0; i <= n; ++i)
        d[size_t(i)][0] = i;
    for (int j = 0; j <= m; ++j)
        d[0][size_t(j)] = j;
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            auto &cell = d[size_t(i)][size_t(j)];
            cell = std::min({d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                             d[size_t(i - 1)][size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                cell = std::min(cell, d[size_t(i - 2)][size_t(j - 2)] + 1);
        }
    }
    const double distance = d[size_t(n)][size_t(m)];
    return std::max(0.0, 1.0 - distance / std::max(n, m));
}

QVector<PersonMatcher::Scored> PersonMatcher::rank(const Probe &probe,
                                                   const QVector<PersonMatchCandidate> &candidates,
                                                   int threshold)
{
    const auto given = fold(probe.givenName);
    const auto family = fold(probe.familyName);
    const auto phone = digits(probe.phone);
    // "No fixed abode / overseas" says nothing about who someone is.
    const auto postcode =
        probe.postcode == QLatin1String(kNoFixedAbode) ? QString() : fold(probe.postcode);
    const auto phoneE164 = probe.e164Known ? probe.phoneE164 : PhoneNumber::toE164(probe.phone);
    QVector<Scored> out;
    for (const auto &c : candidates) {
        Scored s{c, 0, {}};
        const auto cg = fold(c.givenName);
        const auto cf = fold(c.familyName);
        const double straight = (similarity(given, cg) + similarity(family, cf)) / 2;
        const double swapped = (similarity(given, cf) + similarity(family, cg)) / 2;
        const double names = std::max(straight, swapped * 0.95);
        // Names carry half the weight, and only when they are close enough to mean it.
        if (names >= 0.6) {
            s.score += int(50 * names);
            s.reasons << QStringLiteral("name");
        }
        if (probe.dateOfBirth.isValid() && c.dateOfBirth.isValid()) {
            if (probe.dateOfBirth == c.dateOfBirth) {
                s.score += 25;
                s.reasons << QStringLiteral("date_of_birth");
            } else if (probe.dateOfBirth.year() == c.dateOfBirth.year() &&
                       probe.dateOfBirth.month() == c.dateOfBirth.day() &&
                       probe.dateOfBirth.day() == c.dateOfBirth.month()) {
                s.score += 12; // day and month swapped
                s.reasons << QStringLiteral("date_of_birth");
            } else {
                s.score -= 10;
            }
        }
        // One number in any format ("+44 7700 900642" is "07700 900642"); as digits when
        // either is not a number libphonenumber can read.
        const auto candidateE164 = c.e164Known ? c.phoneE164 : PhoneNumber::toE164(c.phone);
        const bool samePhone = !phoneE164.isEmpty() && !candidateE164.isEmpty()
                                   ? phoneE164 == candidateE164
                                   : !phone.isEmpty() && phone == digits(c.phone);
        if (samePhone) {
            s.score += 20;
            s.reasons << QStringLiteral("phone");
        }
        if (!postcode.isEmpty() && postcode == fold(c.postcode)) {
            s.score += 15;
            s.reasons << QStringLiteral("postcode");
        }
        s.score = std::clamp(s.score, 0, 100);
        if (s.score >= threshold)
            out.push_back(s);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Scored &a, const Scored &b) { return a.score > b.score; });
    return out;
}

} // namespace hub::domain
