#include "Ids.h"

#include <QRegularExpression>
#include <QUuid>

namespace hub::util {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isValidId(const QString &id)
{
    static const QRegularExpression shape(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return id.size() == 36 && shape.match(id).hasMatch();
}

} // namespace hub::util
