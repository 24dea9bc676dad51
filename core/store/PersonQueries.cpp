#include "PersonQueries.h"

#include "PersonPhones.h"
#include "SqlValues.h"
#include "domain/PhoneNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace hub::store {

namespace {
// Summary columns over `person p`; the correlated parts run only for the rows returned.
const QString kSummaryColumns = QStringLiteral(
    "p.id, p.given_name, p.family_name, p.date_of_birth, p.postcode, p.phone, "
    "p.safe_voicemail, p.safe_letters, p.safe_text, p.restricted, "
    "(SELECT received_at || ' ' || offence_group FROM referral r WHERE r.person_id = p.id "
    "  ORDER BY received_at DESC LIMIT 1), "
    "(SELECT e.status || ' ' || coalesce(u.display_name, '') FROM episode e "
    "  LEFT JOIN app_user u ON u.id = e.caseworker_id WHERE e.person_id = p.id "
    "  ORDER BY e.opened_at DESC LIMIT 1), "
    "(SELECT max(at) FROM contact c WHERE c.person_id = p.id)");

domain::PersonSummary mapSummary(const QSqlQuery &q)
{
    domain::PersonSummary s;
    s.id = q.value(0).toString();
    s.givenName = q.value(1).toString();
    s.familyName = q.value(2).toString();
    s.dateOfBirth = sql::toDate(q.value(3));
    s.postcode = q.value(4).toString();
    s.phone = q.value(5).toString();
    s.safeVoicemail = domain::safetyFromValue(q.value(6));
    s.safeLetters = domain::safetyFromValue(q.value(7));
    s.safeText = domain::safetyFromValue(q.value(8));
    s.restricted = q.value(9).toInt() != 0;
    const auto referral = q.value(10).toString();
    if (!referral.isEmpty()) {
        s.lastReferralAt = util::parseRfc3339(referral.section(QLatin1Char(' '), 0, 0));
        s.lastOffenceGroup = referral.section(QLatin1Char(' '), 1, 1);
    }
    const auto episode = q.value(11).toString();
    if (!episode.isEmpty()) {
        s.episodeStatus = episode.section(QLatin1Char(' '), 0, 0);
        s.caseworkerName = episode.section(QLatin1Char(' '), 1);
    }
    s.lastContactAt = sql::toTime(q.value(12));
    return s;
}

Result<QVector<domain::PersonSummary>> collect(QSqlQuery &q)
{
    if (!q.exec())
        return Database::storageError(q);
    QVector<domain::PersonSummary> out;
    while (q.next())
        out.push_back(mapSummary(q));
    q.finish();
    return out;
}
} // namespace

QString PersonQueries::matchExpression(const QString &text)
{
    // Split on anything the tokenizer would split on, then quote each word and make it a
    // prefix, so punctuation typed by the user can never become FTS5 syntax.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const auto &word : text.split(separators, Qt::SkipEmptyParts))
        terms.push_back(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

Result<QVector<domain::PersonSummary>> PersonQueries::search(const QString &text, int limit,
                                                             const PersonFilter &reader,
                                                             const QString &heldByUser,
                                                             const QString &heldByTeam)
{
    const auto match = matchExpression(text);
    if (match.isEmpty())
        return QVector<domain::PersonSummary>{};
    // What was typed may be a phone number in any format, or its last digits: those are
    // compared in E.164 (person.phone_e164), beside the index of the numbers as typed.
    const bool phone = domain::PhoneNumber::looksLikeNumber(text);
    if (phone) {
        if (auto s = PersonPhones(m_db).catchUp(); !s.ok())
            return s.error();
    }
    // Only the people whose open work `heldByUser` (or a worker of `heldByTeam`) holds: a
    // short list read from the holders' side, then matched.
    const bool held = !heldByUser.isEmpty() || !heldByTeam.isEmpty();
    const QString holders = QStringLiteral(
        "((coalesce(:held_user, '') <> '' AND %h = :held_user) OR %h IN (SELECT id FROM app_user "
        "WHERE coalesce(:held_team, '') <> '' AND team_id = :held_team))");
    const QString heldCondition =
        QStringLiteral("p.id IN (SELECT person_id FROM referral WHERE %1 AND status NOT IN "
                       "('closed', 'declined', 'no_contact') UNION SELECT person_id FROM episode "
                       "WHERE %2 AND status <> 'closed')")
            .arg(QString(holders).replace(QLatin1String("%h"), QLatin1String("assigned_to")),
                 QString(holders).replace(QLatin1String("%h"), QLatin1String("caseworker_id")));
    QString sql;
    if (phone || held) {
        QString found = QStringLiteral("p.num IN (SELECT rowid FROM person_search WHERE "
                                       "person_search MATCH :match)");
        if (phone)
            found = QStringLiteral("(%1 OR p.phone_e164 = :e164 OR p.phone_e164 LIKE :tail)")
                        .arg(found);
        sql = QStringLiteral("SELECT %1 FROM person p WHERE %2 AND %3 AND %4 AND p.merged_into IS "
                             "NULL ORDER BY p.num DESC "
                             "LIMIT :limit")
                  .arg(kSummaryColumns, found, held ? heldCondition : QStringLiteral("1"),
                       reader.condition(QStringLiteral("p.id")));
    } else if (reader.reach().everyone) {
        // Newest people first: the FTS index walks its rowids (person.num, in order of
        // creation) backwards and stops at the limit, so a one-letter prefix that matches
        // every second person costs the same as a full surname. Ranking by bm25 would score
        // every match first (tens of milliseconds on a 60,000-person caseload), and for a
        // short prefix the "best" match means little; the caseworker narrows by typing on.
        sql = QStringLiteral(
                  "SELECT %1 FROM (SELECT rowid AS num FROM person_search WHERE person_search "
                  "MATCH :match ORDER BY rowid DESC LIMIT :limit) m JOIN person p ON p.num = "
                  "m.num ORDER BY p.num DESC")
                  .arg(kSummaryColumns);
    } else {
        // Those the reader may not open are left out inside the walk, so the limit counts
        // the people shown (the system and a supervisor with no team need no condition).
        sql = QStringLiteral("SELECT %1 FROM person_search JOIN person p ON p.num = "
                             "person_search.rowid WHERE person_search MATCH :match AND %2 "
                             "ORDER BY person_search.rowid DESC LIMIT :limit")
                  .arg(kSummaryColumns, reader.condition(QStringLiteral("p.id")));
    }
    auto &q = m_db.prepared(sql);
    q.bindValue(QStringLiteral(":match"), match);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (phone) {
        const auto e164 = domain::PhoneNumber::toE164(text);
        // An unparsable number compares with nothing (no E.164 form is "-").
        q.bindValue(QStringLiteral(":e164"), e164.isEmpty() ? QStringLiteral("-") : e164);
        q.bindValue(QStringLiteral(":tail"), QLatin1Char('%') + domain::PhoneNumber::digits(text));
    }
    if (held) {
        q.bindValue(QStringLiteral(":held_user"), heldByUser);
        q.bindValue(QStringLiteral(":held_team"), heldByTeam);
    }
    reader.bind(q);
    return collect(q);
}

int PersonQueries::caseloadCount()
{
    // Erased people (their anonymous remainder, kept for the reports) are not listed.
    auto &q = m_db.prepared(
        QStringLiteral("SELECT (SELECT count(*) FROM person WHERE merged_into IS NULL) - "
                       "(SELECT count(*) FROM erasure WHERE person_id IN (SELECT id FROM person "
                       "WHERE merged_into IS NULL))"));
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

Result<QVector<domain::PersonSummary>> PersonQueries::caseloadPage(domain::CaseloadSort sort,
                                                                   Qt::SortOrder order, int offset,
                                                                   int limit,
                                                                   const PersonFilter &reader)
{
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString orderBy;
    switch (sort) {
    case domain::CaseloadSort::Name:
        orderBy = QStringLiteral("p.family_name COLLATE NOCASE %1, p.given_name COLLATE NOCASE %1");
        break;
    case domain::CaseloadSort::DateOfBirth:
        orderBy = QStringLiteral("p.date_of_birth %1");
        break;
    case domain::CaseloadSort::Postcode:
        orderBy = QStringLiteral("p.postcode %1");
        break;
    case domain::CaseloadSort::LastReferral:
        orderBy =
            QStringLiteral("(SELECT max(received_at) FROM referral r WHERE r.person_id = p.id) %1");
        break;
    }
    auto &q =
        m_db.prepared(QStringLiteral("SELECT %1 FROM person p WHERE p.merged_into IS NULL AND NOT "
                                     "EXISTS (SELECT 1 FROM erasure x WHERE x.person_id = p.id) "
                                     "ORDER BY %2, p.id "
                                     "LIMIT ? OFFSET ?")
                          .arg(kSummaryColumns, orderBy.arg(dir)));
    q.addBindValue(limit);
    q.addBindValue(offset);
    auto page = collect(q);
    if (!page.ok() || reader.reach().everyone)
        return page;
    // Who the reader may not open, asked for the page's rows only: a sort without an index
    // (date of birth, postcode) computes its columns for every person before the limit.
    QJsonArray ids;
    for (const auto &row : page.value())
        ids << row.id;
    auto &h =
        m_db.prepared(QStringLiteral("SELECT p.id FROM person p WHERE p.id IN (SELECT value FROM "
                                     "json_each(:ids)) AND NOT %1")
                          .arg(reader.condition(QStringLiteral("p.id"))));
    h.bindValue(QStringLiteral(":ids"),
                QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    reader.bind(h);
    if (!h.exec())
        return Database::storageError(h);
    QSet<QString> hidden;
    while (h.next())
        hidden.insert(h.value(0).toString());
    h.finish();
    for (auto &row : page.value())
        row.hidden = hidden.contains(row.id);
    return page;
}

} // namespace hub::store
