#pragma once

#include "domain/AuditEvent.h"

#include <QByteArray>
#include <QString>

namespace hub::security {

// The audit trail's hash chain: every event's hash is BLAKE2b-256 over a canonical encoding
// of its fields and the previous event's hash, so an edited, removed, inserted or reordered
// event no longer matches the chain after it.
class AuditChain
{
public:
    // prev_hash of the first event.
    static const QString &genesis();

    // "len:bytes;" per field (UTF-8, length in bytes), in the order seq, at, user_id,
    // username, workstation, action, record_type, record_id, person_id, detail, prev_hash.
    // A missing value and an empty one encode alike.
    static QByteArray canonical(const domain::AuditEvent &e);

    // The hash `e` must carry.
    static QString hashOf(const domain::AuditEvent &e);
};

} // namespace hub::security
