#include "Format.h"

#include "Result.h"
#include "domain/Postcode.h"
#include "domain/ReferenceData.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QLocale>

namespace hub::ui {

QString Format::date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString Format::dateOrUnknown(const QDate &d)
{
    return d.isValid() ? date(d) : tr("Unknown");
}

QString Format::localDate(const QDateTime &t)
{
    return t.isValid() ? date(util::londonDate(t)) : QString();
}

QString Format::localDateTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toTimeZone(util::london()).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

namespace {
const domain::ReferenceData *g_codes = nullptr;
}

void Format::useCodes(const domain::ReferenceData *codes)
{
    g_codes = codes;
}

const domain::ReferenceData &Format::codes()
{
    return g_codes ? *g_codes : domain::ReferenceData::builtin();
}

QString Format::code(const QString &list, const QString &code)
{
    if (code.isEmpty())
        return {};
    // A built-in label is translated; one an administrator typed has no translation and
    // shows as typed (services::CodeListService::displayLabel).
    const auto label = codes().label(list, code);
    return QCoreApplication::translate("codes", label.toUtf8().constData());
}

QString Format::postcode(const QString &postcode)
{
    if (postcode == QLatin1String(domain::kNoFixedAbode))
        return tr("No fixed abode / overseas");
    return postcode;
}

QString Format::safety(domain::ContactSafety answer)
{
    return code(QStringLiteral("contact_safety"), domain::safetyCode(answer));
}

QString Format::language(const QString &isoCode)
{
    if (isoCode.isEmpty())
        return {};
    const QLocale locale(isoCode);
    if (locale.language() == QLocale::C)
        return isoCode;
    return QLocale::languageToString(locale.language());
}

QDate Format::todayInLondon()
{
    return util::londonDate(util::Clock::system().now());
}

int Format::ageToday(const QDate &dob)
{
    return dob.isValid() ? util::ageOn(dob, todayInLondon()) : -1;
}

QString Format::error(const Error &e)
{
    switch (e.kind) {
    case Error::Kind::NotFound:
        return tr("This record was not found. It may have been erased, or the list may be "
                  "out of date: press F5 to refresh. (%1)")
            .arg(e.describe());
    case Error::Kind::Permission:
        return tr("You do not have permission to open this record. Ask a supervisor if you "
                  "need it. (%1)")
            .arg(e.describe());
    case Error::Kind::Storage:
    case Error::Kind::Io:
        return tr("The record could not be read from this computer's database: %1")
            .arg(e.describe());
    case Error::Kind::Version:
        return tr("This database was written by a newer version of Victims' Hub: %1")
            .arg(e.describe());
    case Error::Kind::Invalid:
    case Error::Kind::Conflict:
        break;
    }
    return tr("The record could not be opened: %1").arg(e.describe());
}

} // namespace hub::ui
