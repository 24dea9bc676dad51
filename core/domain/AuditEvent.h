#pragma once

#include <QString>

namespace hub::domain {

// One entry of the audit trail: who did what to which record, when and from where, sealed
// into a hash chain (security/AuditChain). Text fields are empty when they do not apply.
struct AuditEvent
{
    qint64 seq = 0;
    QString at; // UTC ISO-8601, as stored
    QString userId;
    QString username;
    QString workstation;
    QString action; // e.g. "contact.log", "person.view", "login.failed"
    QString recordType;
    QString recordId;
    QString personId;
    QString detail; // field names and codes; never a password, never a note's text
    QString prevHash;
    QString hash;
};

} // namespace hub::domain
