#include "Repositories.h"
#include "RowAccess.h"
#include "SqlValues.h"

namespace hub::store {

using namespace detail;

namespace {
const QString kColumns = QStringLiteral(
    "id, given_name, family_name, date_of_birth, gender, ethnic_group, disability, "
    "first_language, interpreter_needed, phone, email, address, postcode, safe_voicemail, "
    "safe_letters, safe_text, contact_notes, restricted, created_at, safe_times, merged_into");

domain::Person mapPerson(const QSqlQuery &q)
{
    domain::Person p;
    p.id = q.value(0).toString();
    p.givenName = q.value(1).toString();
    p.familyName = q.value(2).toString();
    p.dateOfBirth = sql::toDate(q.value(3));
    p.gender = q.value(4).toString();
    p.ethnicGroup = q.value(5).toString();
    p.disability = q.value(6).toString();
    p.firstLanguage = q.value(7).toString();
    p.interpreterNeeded = q.value(8).toInt() != 0;
    p.phone = q.value(9).toString();
    p.email = q.value(10).toString();
    p.address = q.value(11).toString();
    p.postcode = q.value(12).toString();
    p.safeVoicemail = domain::safetyFromValue(q.value(13));
    p.safeLetters = domain::safetyFromValue(q.value(14));
    p.safeText = domain::safetyFromValue(q.value(15));
    p.contactNotes = q.value(16).toString();
    p.restricted = q.value(17).toInt() != 0;
    p.createdAt = sql::toTime(q.value(18));
    p.safeTimes = q.value(19).toString();
    p.mergedInto = q.value(20).toString();
    return p;
}

// Binds every column but id, then id: the shape of both the INSERT and the UPDATE below.
void bindPerson(QSqlQuery &q, const domain::Person &p)
{
    q.addBindValue(p.givenName);
    q.addBindValue(p.familyName);
    q.addBindValue(sql::date(p.dateOfBirth));
    q.addBindValue(p.gender);
    q.addBindValue(p.ethnicGroup);
    q.addBindValue(p.disability);
    q.addBindValue(p.firstLanguage);
    q.addBindValue(sql::boolean(p.interpreterNeeded));
    q.addBindValue(sql::text(p.phone));
    q.addBindValue(sql::text(p.email));
    q.addBindValue(sql::text(p.address));
    q.addBindValue(sql::text(p.postcode));
    q.addBindValue(domain::safetyCode(p.safeVoicemail));
    q.addBindValue(domain::safetyCode(p.safeLetters));
    q.addBindValue(domain::safetyCode(p.safeText));
    q.addBindValue(sql::text(p.contactNotes));
    q.addBindValue(sql::boolean(p.restricted));
    q.addBindValue(sql::time(p.createdAt));
    q.addBindValue(sql::text(p.safeTimes));
    q.addBindValue(p.id);
}
} // namespace

Status PersonRepository::insert(const domain::Person &p)
{
    auto &q = m_db.prepared(QStringLiteral(
        "INSERT INTO person (given_name, family_name, date_of_birth, gender, ethnic_group, "
        "disability, first_language, interpreter_needed, phone, email, address, postcode, "
        "safe_voicemail, safe_letters, safe_text, contact_notes, restricted, created_at, "
        "safe_times, id, merged_into) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindPerson(q, p);
    q.addBindValue(sql::text(p.mergedInto));
    return execWrite(q, "person");
}

Status PersonRepository::update(const domain::Person &p)
{
    auto &q = m_db.prepared(QStringLiteral(
        "UPDATE person SET given_name = ?, family_name = ?, date_of_birth = ?, gender = ?, "
        "ethnic_group = ?, disability = ?, first_language = ?, interpreter_needed = ?, "
        "phone = ?, email = ?, address = ?, postcode = ?, safe_voicemail = ?, "
        "safe_letters = ?, safe_text = ?, contact_notes = ?, restricted = ?, created_at = ?, "
        "safe_times = ? "
        "WHERE id = ?"));
    bindPerson(q, p);
    return execWrite(q, "person");
}

Result<domain::Person> PersonRepository::get(const QString &id)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT %1 FROM person WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    return fetchOne<domain::Person>(q, mapPerson, id, "person");
}

Status PersonRepository::setMergedInto(const QString &id, const QString &keptId)
{
    auto &q = m_db.prepared(QStringLiteral("UPDATE person SET merged_into = ? WHERE id = ?"));
    q.addBindValue(sql::text(keptId));
    q.addBindValue(id);
    return execWrite(q, "person");
}

bool PersonRepository::exists(const QString &id)
{
    return detail::exists(m_db, QStringLiteral("SELECT 1 FROM person WHERE id = ?"), id);
}

int PersonRepository::count()
{
    auto &q = m_db.prepared(QStringLiteral("SELECT count(*) FROM person"));
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

Status PersonRepository::forEach(const Visitor<domain::Person> &visit)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT %1 FROM person ORDER BY id").arg(kColumns));
    return forEachRow<domain::Person>(q, mapPerson, visit);
}

} // namespace hub::store
