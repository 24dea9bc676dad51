#include "Repositories.h"
#include "RowAccess.h"
#include "SqlValues.h"

namespace hub::store {

using namespace detail;

namespace {
// The referral links come from a correlated group_concat so one query reads an episode.
const QString kColumns = QStringLiteral(
    "id, person_id, caseworker_id, opened_at, status, closed_at, closure_reason, "
    "closure_approved_by, needs, outcomes, closure_requested_at, closure_requested_by, "
    "(SELECT group_concat(referral_id, ' ') FROM (SELECT referral_id FROM episode_referral "
    "WHERE episode_id = episode.id ORDER BY referral_id))");

domain::Episode mapEpisode(const QSqlQuery &q)
{
    domain::Episode e;
    e.id = q.value(0).toString();
    e.personId = q.value(1).toString();
    e.caseworkerId = q.value(2).toString();
    e.openedAt = sql::toTime(q.value(3));
    e.status = q.value(4).toString();
    e.closedAt = sql::toTime(q.value(5));
    e.closureReason = q.value(6).toString();
    e.closureApprovedBy = q.value(7).toString();
    e.needs = sql::toCodeMap(q.value(8));
    e.outcomes = sql::toCodeMap(q.value(9));
    e.closureRequestedAt = sql::toTime(q.value(10));
    e.closureRequestedBy = q.value(11).toString();
    e.referralIds = q.value(12).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return e;
}

void bindEpisode(QSqlQuery &q, const domain::Episode &e)
{
    q.addBindValue(e.personId);
    q.addBindValue(e.caseworkerId);
    q.addBindValue(sql::time(e.openedAt));
    q.addBindValue(e.status);
    q.addBindValue(sql::time(e.closedAt));
    q.addBindValue(sql::text(e.closureReason));
    q.addBindValue(sql::text(e.closureApprovedBy));
    q.addBindValue(sql::codeMap(e.needs));
    q.addBindValue(sql::codeMap(e.outcomes));
    q.addBindValue(sql::time(e.closureRequestedAt));
    q.addBindValue(sql::text(e.closureRequestedBy));
    q.addBindValue(e.id);
}

const QString kOnwardColumns = QStringLiteral("id, episode_id, agency, referred_at, accepted");

domain::OnwardReferral mapOnward(const QSqlQuery &q)
{
    domain::OnwardReferral o;
    o.id = q.value(0).toString();
    o.episodeId = q.value(1).toString();
    o.agency = q.value(2).toString();
    o.referredAt = sql::toTime(q.value(3));
    o.accepted = sql::toOptionalBool(q.value(4));
    return o;
}

void bindOnward(QSqlQuery &q, const domain::OnwardReferral &o)
{
    q.addBindValue(o.episodeId);
    q.addBindValue(o.agency);
    q.addBindValue(sql::time(o.referredAt));
    q.addBindValue(sql::optionalBool(o.accepted));
    q.addBindValue(o.id);
}
} // namespace

Status EpisodeRepository::writeReferralLinks(const domain::Episode &e)
{
    auto &del = m_db.prepared(QStringLiteral("DELETE FROM episode_referral WHERE episode_id = ?"));
    del.addBindValue(e.id);
    if (!del.exec())
        return Database::storageError(del);
    del.finish();
    for (const auto &referralId : e.referralIds) {
        auto &ins = m_db.prepared(
            QStringLiteral("INSERT INTO episode_referral (episode_id, referral_id) VALUES (?, ?)"));
        ins.addBindValue(e.id);
        ins.addBindValue(referralId);
        if (auto s = execWrite(ins, "episode referral_ids"); !s.ok())
            return s;
    }
    return {};
}

Status EpisodeRepository::insert(const domain::Episode &e)
{
    auto &q = m_db.prepared(QStringLiteral(
        "INSERT INTO episode (person_id, caseworker_id, opened_at, status, closed_at, "
        "closure_reason, closure_approved_by, needs, outcomes, closure_requested_at, "
        "closure_requested_by, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindEpisode(q, e);
    if (auto s = execWrite(q, "episode"); !s.ok())
        return s;
    return writeReferralLinks(e);
}

Status EpisodeRepository::update(const domain::Episode &e)
{
    auto &q = m_db.prepared(QStringLiteral(
        "UPDATE episode SET person_id = ?, caseworker_id = ?, opened_at = ?, status = ?, "
        "closed_at = ?, closure_reason = ?, closure_approved_by = ?, needs = ?, outcomes = ?, "
        "closure_requested_at = ?, closure_requested_by = ? WHERE id = ?"));
    bindEpisode(q, e);
    if (auto s = execWrite(q, "episode"); !s.ok())
        return s;
    return writeReferralLinks(e);
}

Result<domain::Episode> EpisodeRepository::get(const QString &id)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT %1 FROM episode WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    return fetchOne<domain::Episode>(q, mapEpisode, id, "episode");
}

bool EpisodeRepository::exists(const QString &id)
{
    return detail::exists(m_db, QStringLiteral("SELECT 1 FROM episode WHERE id = ?"), id);
}

QVector<domain::Episode> EpisodeRepository::forPerson(const QString &personId)
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT %1 FROM episode WHERE person_id = ? ORDER BY opened_at DESC, id")
            .arg(kColumns));
    q.addBindValue(personId);
    return fetchAll<domain::Episode>(q, mapEpisode);
}

Status EpisodeRepository::forEach(const Visitor<domain::Episode> &visit)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT %1 FROM episode ORDER BY id").arg(kColumns));
    return forEachRow<domain::Episode>(q, mapEpisode, visit);
}

Status EpisodeRepository::insertOnward(const domain::OnwardReferral &o)
{
    auto &q = m_db.prepared(QStringLiteral("INSERT INTO onward_referral (episode_id, agency, "
                                           "referred_at, accepted, id) VALUES (?, ?, ?, ?, ?)"));
    bindOnward(q, o);
    return execWrite(q, "onward_referral");
}

Status EpisodeRepository::updateOnward(const domain::OnwardReferral &o)
{
    auto &q = m_db.prepared(QStringLiteral("UPDATE onward_referral SET episode_id = ?, agency = ?, "
                                           "referred_at = ?, accepted = ? WHERE id = ?"));
    bindOnward(q, o);
    return execWrite(q, "onward_referral");
}

Result<domain::OnwardReferral> EpisodeRepository::getOnward(const QString &id)
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT %1 FROM onward_referral WHERE id = ?").arg(kOnwardColumns));
    q.addBindValue(id);
    return fetchOne<domain::OnwardReferral>(q, mapOnward, id, "onward_referral");
}

QVector<domain::OnwardReferral> EpisodeRepository::onwardForEpisode(const QString &episodeId)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT %1 FROM onward_referral WHERE episode_id = ? "
                                           "ORDER BY referred_at, id")
                                .arg(kOnwardColumns));
    q.addBindValue(episodeId);
    return fetchAll<domain::OnwardReferral>(q, mapOnward);
}

Status EpisodeRepository::forEachOnward(const Visitor<domain::OnwardReferral> &visit)
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT %1 FROM onward_referral ORDER BY id").arg(kOnwardColumns));
    return forEachRow<domain::OnwardReferral>(q, mapOnward, visit);
}

} // namespace hub::store
