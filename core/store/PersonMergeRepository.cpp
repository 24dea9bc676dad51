#include "PersonMergeRepository.h"

#include "NotErased.h"
#include "PersonPhones.h"
#include "RowAccess.h"
#include "SqlValues.h"

namespace hub::store {

using namespace detail;

namespace {
const QString kColumns = QStringLiteral(
    "id, person_id, other_id, reason, from_other, moved, prior, merged_by, merged_at");

domain::PersonMerge mapMerge(const QSqlQuery &q)
{
    domain::PersonMerge m;
    m.id = q.value(0).toString();
    m.personId = q.value(1).toString();
    m.otherId = q.value(2).toString();
    m.reason = q.value(3).toString();
    m.fromOther = sql::toCodes(q.value(4));
    m.moved = q.value(5).toString();
    m.prior = q.value(6).toString();
    m.mergedBy = q.value(7).toString();
    m.mergedAt = sql::toTime(q.value(8));
    return m;
}
} // namespace

Status PersonMergeRepository::insert(const domain::PersonMerge &m)
{
    auto &q = m_db.prepared(
        QStringLiteral("INSERT INTO person_merge (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kColumns));
    q.addBindValue(m.id);
    q.addBindValue(m.personId);
    q.addBindValue(m.otherId);
    q.addBindValue(m.reason);
    q.addBindValue(sql::codes(m.fromOther));
    q.addBindValue(m.moved);
    q.addBindValue(m.prior);
    q.addBindValue(m.mergedBy);
    q.addBindValue(sql::time(m.mergedAt));
    return execWrite(q, "person_merge");
}

Status PersonMergeRepository::remove(const QString &id)
{
    auto &q = m_db.prepared(QStringLiteral("DELETE FROM person_merge WHERE id = ?"));
    q.addBindValue(id);
    return execWrite(q, "person_merge");
}

Result<domain::PersonMerge> PersonMergeRepository::get(const QString &id)
{
    auto &q =
        m_db.prepared(QStringLiteral("SELECT %1 FROM person_merge WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    return fetchOne<domain::PersonMerge>(q, mapMerge, id, "person_merge");
}

Result<domain::PersonMerge> PersonMergeRepository::byOther(const QString &otherId)
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT %1 FROM person_merge WHERE other_id = ?").arg(kColumns));
    q.addBindValue(otherId);
    return fetchOne<domain::PersonMerge>(q, mapMerge, otherId, "person_merge");
}

QVector<domain::PersonMerge> PersonMergeRepository::forPerson(const QString &personId)
{
    auto &q = m_db.prepared(
        QStringLiteral(
            "SELECT %1 FROM person_merge WHERE person_id = ? ORDER BY merged_at DESC, id")
            .arg(kColumns));
    q.addBindValue(personId);
    return fetchAll<domain::PersonMerge>(q, mapMerge);
}

Status PersonMergeRepository::forEach(const Visitor<domain::PersonMerge> &visit)
{
    auto &q =
        m_db.prepared(QStringLiteral("SELECT %1 FROM person_merge ORDER BY id").arg(kColumns));
    return forEachRow<domain::PersonMerge>(q, mapMerge, visit);
}

Result<PersonItems> PersonMergeRepository::itemsOf(const QString &personId)
{
    static const QList<QPair<QString, QString>> queries{
        {QStringLiteral("referral"), QStringLiteral("SELECT id FROM referral WHERE person_id = ?")},
        {QStringLiteral("episode"), QStringLiteral("SELECT id FROM episode WHERE person_id = ?")},
        {QStringLiteral("onward_referral"),
         QStringLiteral("SELECT o.id FROM onward_referral o JOIN episode e ON e.id = o.episode_id "
                        "WHERE e.person_id = ?")},
        {QStringLiteral("contact"), QStringLiteral("SELECT id FROM contact WHERE person_id = ?")},
        {QStringLiteral("task"), QStringLiteral("SELECT id FROM task WHERE person_id = ?")},
    };
    PersonItems out;
    for (const auto &[kind, sqlText] : queries) {
        auto &q = m_db.prepared(sqlText + QStringLiteral(" ORDER BY 1"));
        q.addBindValue(personId);
        if (!q.exec())
            return Database::storageError(q);
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        q.finish();
        out.insert(kind, ids);
    }
    return out;
}

Status PersonMergeRepository::move(const PersonItems &items, const QString &from, const QString &to)
{
    for (const char *table : {"referral", "episode", "task"}) {
        const QString kind = QString::fromLatin1(table);
        for (const auto &id : items.value(kind)) {
            auto &q = m_db.prepared(
                QStringLiteral("UPDATE %1 SET person_id = ? WHERE id = ? AND person_id = ?")
                    .arg(kind));
            q.addBindValue(to);
            q.addBindValue(id);
            q.addBindValue(from);
            if (auto s = execWrite(q, table); !s.ok())
                return s;
        }
    }
    return {};
}

Result<QVector<domain::PersonMatchCandidate>>
PersonMergeRepository::candidates(const PersonFilter &reader)
{
    if (auto s = PersonPhones(m_db).catchUp(); !s.ok())
        return s.error();
    auto &q = m_db.prepared(
        QStringLiteral("SELECT id, given_name, family_name, date_of_birth, phone, postcode, "
                       "phone_e164 FROM person p WHERE p.merged_into IS NULL AND %1 AND %2 "
                       "ORDER BY p.id")
            .arg(notErased(QStringLiteral("p.id")), reader.condition(QStringLiteral("p.id"))));
    reader.bind(q);
    if (!q.exec())
        return Database::storageError(q);
    QVector<domain::PersonMatchCandidate> out;
    while (q.next()) {
        domain::PersonMatchCandidate c;
        c.id = q.value(0).toString();
        c.givenName = q.value(1).toString();
        c.familyName = q.value(2).toString();
        c.dateOfBirth = sql::toDate(q.value(3));
        c.phone = q.value(4).toString();
        c.postcode = q.value(5).toString();
        c.phoneE164 = q.value(6).toString();
        c.e164Known = true;
        out.push_back(c);
    }
    q.finish();
    return out;
}

} // namespace hub::store
