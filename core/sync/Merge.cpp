#include "Merge.h"

#include "RecordKinds.h"
#include "domain/ContactSafety.h"
#include "domain/Validator.h"

namespace hub::sync {

QJsonValue moreRestrictive(const QString &field, const QJsonValue &a, const QJsonValue &b)
{
    if (field == QLatin1String("restricted"))
        return (a.toDouble() != 0 || b.toDouble() != 0) ? 1 : 0;
    if (field == QLatin1String("contact_notes")) {
        // Every warning survives: the longer note when it holds the other, else both.
        const auto x = a.toString();
        const auto y = b.toString();
        if (x.contains(y))
            return a;
        if (y.contains(x))
            return b;
        return x + QLatin1Char('\n') + y;
    }
    // safe_voicemail, safe_letters, safe_text: "not safe", then "not yet asked" (both block
    // the channel), then "safe"; an earlier version's 0/1 read as domain::safetyFromValue.
    auto rank = [](const QJsonValue &v) {
        switch (domain::safetyFromValue(v.toVariant())) {
        case domain::ContactSafety::NotSafe:
            return 2;
        case domain::ContactSafety::NotAsked:
            return 1;
        case domain::ContactSafety::Safe:
            break;
        }
        return 0;
    };
    return domain::safetyCode(domain::safetyFromValue((rank(a) >= rank(b) ? a : b).toVariant()));
}

bool validTransition(const QString &kind, const QString &from, const QString &to)
{
    if (from == to)
        return true;
    if (kind == QLatin1String("referral"))
        return domain::Validator::referralTransition(from, to).ok();
    static const QHash<QString, QStringList> episode{
        {QStringLiteral("open"), {QStringLiteral("closure_requested")}},
        {QStringLiteral("closure_requested"), {QStringLiteral("open"), QStringLiteral("closed")}},
    };
    return episode.value(from).contains(to);
}

MergeResult mergeRow(const QString &kind, const QJsonObject &base, bool hasBase,
                     const QJsonObject &client, const QJsonObject &hub)
{
    MergeResult out;
    out.merged = hub;
    const bool statusKind = kind == QLatin1String("referral") || kind == QLatin1String("episode");
    for (auto it = client.begin(); it != client.end(); ++it) {
        const auto &field = it.key();
        const QJsonValue c = it.value();
        const QJsonValue h = hub.value(field);
        const QJsonValue b = hasBase ? base.value(field) : h;
        if (c == b || c == h)
            continue; // the client did not change it, or both agree
        auto take = [&](const QJsonValue &v) {
            if (v != out.merged.value(field)) {
                out.merged.insert(field, v);
                out.changed = true;
            }
        };
        const bool hubChanged = hasBase ? h != b : !h.isUndefined();
        if (kind == QLatin1String("task") && field == QLatin1String("done_at") && !h.isNull() &&
            hubChanged) {
            continue; // done is sticky: the hub's completion stays
        }
        if (statusKind && field == QLatin1String("status") &&
            !validTransition(kind, h.toString(), c.toString())) {
            out.conflicts.push_back({field, QStringLiteral("invalid_transition"), b, h, c});
            continue;
        }
        if (!hubChanged) {
            take(c); // only the client changed it
            continue;
        }
        if (isSafetyField(kind, field)) {
            take(moreRestrictive(field, h, c));
            out.conflicts.push_back({field, QStringLiteral("safety_field"), b, h, c});
            continue;
        }
        take(c); // the later arrival at the hub wins; the hub's value is kept for review
        out.conflicts.push_back({field, QStringLiteral("same_field"), b, h, c});
    }
    return out;
}

} // namespace hub::sync
