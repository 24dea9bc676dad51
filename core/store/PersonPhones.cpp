#include "PersonPhones.h"

#include "Transaction.h"
#include "domain/PhoneNumber.h"

#include <QStringList>
#include <QVector>

#include <algorithm>

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
    // Many rows to a statement: each statement inside a large transaction pays for the
    // savepoints of the search index and the outbox triggers, so one UPDATE a row would
    // take minutes for a 60,000-person import (BulkLoad::finish).
    constexpr int kChunk = 400;
    for (int from = 0; from < rows.size(); from += kChunk) {
        const int n = std::min(kChunk, int(rows.size()) - from);
        QStringList values;
        for (int i = 0; i < n; ++i)
            values << QStringLiteral("(?, ?)");
        auto &set = m_db.prepared(
            QStringLiteral("WITH v(num, e164) AS (VALUES %1) UPDATE person SET phone_e164 = "
                           "(SELECT e164 FROM v WHERE v.num = person.num) WHERE num IN "
                           "(SELECT num FROM v)")
                .arg(values.join(QStringLiteral(", "))));
        for (int i = from; i < from + n; ++i) {
            set.addBindValue(rows.at(i).first);
            set.addBindValue(rows.at(i).second.isEmpty() ? QStringLiteral("") : rows.at(i).second);
        }
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
