#pragma once

#include "Result.h"

namespace hub::store {

class Database;

// One RAII transaction: rolled back unless commit() succeeds. Nested use becomes a
// savepoint, so a service may call another service's write inside its own transaction.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN itself failed; error() says why.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }

    Status commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    int m_level = 0;
    Error m_error;
};

} // namespace hub::store
