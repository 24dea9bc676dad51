#include "AuditChain.h"

#include "PasswordHasher.h"

namespace hub::security {

const QString &AuditChain::genesis()
{
    static const QString zeros(64, QLatin1Char('0'));
    return zeros;
}

QByteArray AuditChain::canonical(const domain::AuditEvent &e)
{
    QByteArray out;
    auto field = [&out](const QString &value) {
        const QByteArray bytes = value.toUtf8();
        out += QByteArray::number(bytes.size());
        out += ':';
        out += bytes;
        out += ';';
    };
    field(QString::number(e.seq));
    for (const QString *value : {&e.at, &e.userId, &e.username, &e.workstation, &e.action,
                                 &e.recordType, &e.recordId, &e.personId, &e.detail, &e.prevHash})
        field(*value);
    return out;
}

QString AuditChain::hashOf(const domain::AuditEvent &e)
{
    return blake2bHex(canonical(e));
}

} // namespace hub::security
