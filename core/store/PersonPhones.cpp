#include "PersonPhones.h"

#include "Transaction.h"
#include "domain/PhoneNumber.h"

#include <QVector>

#include <utility>

namespace hub::store {

Status PersonPhones::catchUp()
{
    auto &pending = m_db.prepared(QStringLiteral(
        "SELECT num, phone FROM person WHERE phone_e164 IS NULL AND phone IS NOT NULL"));
    if (!pending.exec())
        return Database::storageError(pending);
    QVector<std::pair<qint64, QString>> rows;
    while (pending.next())
        rows.push_back({pending.value(0).toLongLong(),
                        domain::PhoneNumber::toE164(pending.value(1).toString())});
    pending.finish();
    if (rows.isEmpty())
        return {};

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    // The outbox triggers stay quiet while sync applies rows; so they do for this column,
    // which no other desk needs (each works it out for itself).
    auto &state = m_db.prepared(QStringLiteral("SELECT applying FROM sync_state"));
    const int applying = state.exec() && state.next() ? state.value(0).toInt() : 0;
    state.finish();
    auto &quiet = m_db.prepared(QStringLiteral("UPDATE sync_state SET applying = ?"));
    quiet.addBindValue(1);
    if (!quiet.exec())
        return Database::storageError(quiet);
    auto &set = m_db.prepared(QStringLiteral("UPDATE person SET phone_e164 = ? WHERE num = ?"));
    for (const auto &[num, e164] : rows) {
        set.addBindValue(e164.isEmpty() ? QStringLiteral("") : e164);
        set.addBindValue(num);
        if (!set.exec())
            return Database::storageError(set);
    }
    auto &restore = m_db.prepared(QStringLiteral("UPDATE sync_state SET applying = ?"));
    restore.addBindValue(applying);
    if (!restore.exec())
        return Database::storageError(restore);
    return tx.commit();
}

} // namespace hub::store
