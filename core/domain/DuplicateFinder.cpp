#include "DuplicateFinder.h"

#include "Postcode.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace hub::domain {

namespace {

QString initial(const QString &folded)
{
    return folded.left(1);
}

} // namespace

DuplicateFinder::Outcome DuplicateFinder::find(const QVector<PersonMatchCandidate> &people,
                                               int threshold,
                                               const std::function<void(int, int)> &progress,
                                               const std::atomic_bool *cancel)
{
    Outcome out;
    const int n = int(people.size());
    // Block key -> indexes of the people in it.
    QHash<QString, QVector<int>> blocks;
    for (int i = 0; i < n; ++i) {
        const auto &p = people.at(i);
        const auto given = PersonMatcher::fold(p.givenName);
        const auto family = PersonMatcher::fold(p.familyName);
        if (!p.phoneE164.isEmpty())
            blocks[QStringLiteral("t:") + p.phoneE164] << i;
        if (p.dateOfBirth.isValid())
            blocks[QStringLiteral("d:") + p.dateOfBirth.toString(Qt::ISODate)] << i;
        const auto postcode = PersonMatcher::fold(p.postcode);
        if (!postcode.isEmpty() && p.postcode != QLatin1String(kNoFixedAbode)) {
            blocks[QStringLiteral("p:%1:%2").arg(postcode, initial(given))] << i;
            if (initial(family) != initial(given))
                blocks[QStringLiteral("p:%1:%2").arg(postcode, initial(family))] << i;
        }
        if (!family.isEmpty())
            blocks[QStringLiteral("n:%1:%2").arg(family, initial(given))] << i;
        if (!given.isEmpty() && given != family)
            blocks[QStringLiteral("n:%1:%2").arg(given, initial(family))] << i;
    }
    // Each person's partners: the others of their blocks with a greater index.
    QVector<QVector<int>> partners(n);
    for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
        const auto &members = it.value();
        if (members.size() < 2)
            continue;
        if (members.size() > kMaxBlock) {
            ++out.skippedBlocks;
            continue;
        }
        for (int x = 0; x < members.size(); ++x) {
            for (int y = x + 1; y < members.size(); ++y)
                partners[members.at(x)] << members.at(y);
        }
    }
    blocks.clear();

    QVector<PersonMatchCandidate> group;
    for (int i = 0; i < n; ++i) {
        if (cancel && cancel->load()) {
            out.cancelled = true;
            break;
        }
        if (progress && (i % 1000 == 0))
            progress(i, n);
        auto &mine = partners[i];
        if (mine.isEmpty())
            continue;
        std::sort(mine.begin(), mine.end());
        mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
        const auto &p = people.at(i);
        PersonMatcher::Probe probe{p.givenName, p.familyName, p.dateOfBirth, p.phone,
                                   p.postcode,  p.phoneE164,  p.e164Known};
        group.clear();
        for (int j : mine)
            group << people.at(j);
        out.comparisons += group.size();
        for (const auto &s : PersonMatcher::rank(probe, group, threshold)) {
            Pair pair{p, s.person, s.score, s.reasons};
            if (pair.b.id < pair.a.id)
                std::swap(pair.a, pair.b);
            out.pairs << pair;
        }
        mine.clear();
        mine.squeeze();
    }
    if (progress && !out.cancelled)
        progress(n, n);
    std::sort(out.pairs.begin(), out.pairs.end(), [](const Pair &x, const Pair &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return x.a.id != y.a.id ? x.a.id < y.a.id : x.b.id < y.b.id;
    });
    return out;
}

} // namespace hub::domain
