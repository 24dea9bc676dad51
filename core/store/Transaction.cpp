#include "Transaction.h"

#include <QCoreApplication>

#include "Database.h"

namespace hub::store {

Transaction::Transaction(Database &db) : m_db(db)
{
    m_level = m_db.m_depth;
    // IMMEDIATE takes the write lock up front, so two writers wait instead of deadlocking.
    const auto sql = m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                  : QStringLiteral("SAVEPOINT sp%1").arg(m_level);
    if (auto s = m_db.exec(sql); !s.ok()) {
        // Nothing may be written without its transaction (and so without its audit event):
        // every caller returns this error before its first write.
        m_error = s.error();
        m_error.message = QCoreApplication::translate(
                              "hub::store::Database",
                              "nothing was saved: the database is busy or cannot be written "
                              "just now (%1); try again")
                              .arg(s.error().message);
        return;
    }
    m_active = true;
    ++m_db.m_depth;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error.message.isEmpty()
                   ? Error::make(Error::Kind::Storage,
                                 QCoreApplication::translate("hub::store::Database",
                                                             "no transaction is open"))
                   : m_error;
    const auto sql =
        m_level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_level);
    if (auto s = m_db.exec(sql); !s.ok()) {
        rollback();
        return s;
    }
    m_active = false;
    --m_db.m_depth;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_level == 0) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_level));
        (void)m_db.exec(QStringLiteral("RELEASE sp%1").arg(m_level));
    }
    m_active = false;
    --m_db.m_depth;
}

} // namespace hub::store
