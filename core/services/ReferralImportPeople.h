#pragma once

// The people on file as a referral file's preview matches them (ReferralImportService).

#include "domain/PersonMatcher.h"
#include "domain/Records.h"
#include "store/ReferralImportQueries.h"
#include "util/Time.h"

#include <QHash>
#include <QVector>
#include <algorithm>

namespace hub::services::importrows {

// Everyone on file, indexed by what the intake matcher's search looks for (date of birth,
// phone, postcode, the first letters of the names either way round), so that a file of
// thousands of rows is matched in memory; the best few candidates go to PersonMatcher.
class PeopleIndex
{
public:
    explicit PeopleIndex(QVector<store::MatchRow> rows) : m_rows(std::move(rows))
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            const auto &r = m_rows.at(i);
            if (r.dateOfBirth.isValid())
                m_keys[QStringLiteral("d:") + util::toIsoDate(r.dateOfBirth)] << i;
            if (!r.phoneE164.isEmpty())
                m_keys[QStringLiteral("t:") + r.phoneE164] << i;
            if (const auto pc = domain::PersonMatcher::fold(r.postcode); !pc.isEmpty())
                m_keys[QStringLiteral("p:") + pc] << i;
            m_keys[nameKey(r.givenName, r.familyName)] << i;
            m_keys[QStringLiteral("f:") + domain::PersonMatcher::fold(r.familyName)] << i;
        }
    }

    QVector<domain::PersonMatchCandidate> candidates(const domain::Person &p,
                                                     const QString &e164) const
    {
        QHash<int, int> hits; // row -> how many keys it shares with the probe
        const auto add = [&](const QString &key) {
            for (const int i : m_keys.value(key))
                ++hits[i];
        };
        if (p.dateOfBirth.isValid())
            add(QStringLiteral("d:") + util::toIsoDate(p.dateOfBirth));
        if (!e164.isEmpty())
            add(QStringLiteral("t:") + e164);
        if (const auto pc = domain::PersonMatcher::fold(p.postcode); !pc.isEmpty())
            add(QStringLiteral("p:") + pc);
        add(nameKey(p.givenName, p.familyName));
        add(nameKey(p.familyName, p.givenName)); // swapped
        add(QStringLiteral("f:") + domain::PersonMatcher::fold(p.familyName));
        QVector<std::pair<int, int>> ranked;
        for (auto it = hits.begin(); it != hits.end(); ++it)
            ranked.push_back({it.value(), it.key()});
        std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a > b; });
        if (ranked.size() > kCandidates)
            ranked.resize(kCandidates);
        QVector<domain::PersonMatchCandidate> out;
        for (const auto &[count, i] : ranked) {
            const auto &r = m_rows.at(i);
            // The matcher compares numbers as E.164, given here as the store worked them
            // out; a number other than the row's is no match either way, so it is left out.
            const bool samePhone = !e164.isEmpty() && r.phoneE164 == e164;
            const QString phone = samePhone ? r.phoneE164 : QString();
            out.push_back(
                {r.id, r.givenName, r.familyName, r.dateOfBirth, phone, r.postcode, phone, true});
        }
        return out;
    }

private:
    static constexpr int kCandidates = 12;
    static QString nameKey(const QString &given, const QString &family)
    {
        return QStringLiteral("n:") + domain::PersonMatcher::fold(family).left(2) +
               QLatin1Char('|') + domain::PersonMatcher::fold(given).left(2);
    }
    QVector<store::MatchRow> m_rows;
    QHash<QString, QVector<int>> m_keys;
};

} // namespace hub::services::importrows
