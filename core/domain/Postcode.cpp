#include "Postcode.h"

#include <QRegularExpression>

namespace hub::domain {

bool isUkPostcode(const QString &postcode)
{
    // The Royal Mail's shapes (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA) with
    // the letters each position never uses, and the one historic exception GIR 0AA.
    static const QRegularExpression shape(
        QStringLiteral("^(GIR 0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|"
                       "[A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2})$"));
    return shape.match(postcode).hasMatch();
}

QString normalisePostcode(const QString &typed)
{
    const auto trimmed = typed.trimmed();
    if (trimmed.compare(QLatin1String(kNoFixedAbode), Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(kNoFixedAbode);
    QString compact = trimmed.toUpper();
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    if (compact.size() < 5 || compact.size() > 7)
        return trimmed;
    const auto normal = compact.left(compact.size() - 3) + QLatin1Char(' ') + compact.right(3);
    return isUkPostcode(normal) ? normal : trimmed;
}

} // namespace hub::domain
