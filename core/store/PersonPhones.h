#pragma once

#include "Database.h"

namespace hub::store {

// person.phone_e164, the E.164 form of person.phone (domain::PhoneNumber), derived on this
// desk. Writers leave it NULL ("not worked out yet"): a new person, an update that changes
// the number (trigger person_phone_e164_stale), a synced or imported row. catchUp() works
// out the pending ones ('' when the phone is not a number), so every reader that compares
// numbers calls it first; it costs one index probe when nothing is pending. It writes with
// the sync outbox quiet: the column is never sent to the hub.
class PersonPhones
{
public:
    explicit PersonPhones(Database &db) : m_db(db) {}

    Status catchUp();

private:
    Database &m_db;
};

} // namespace hub::store
