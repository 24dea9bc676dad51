#include "PhoneNumber.h"

#include <phonenumbers/phonenumberutil.h>

#include <QRegularExpression>

namespace hub::domain {

namespace {
using i18n::phonenumbers::PhoneNumberUtil;

// Digits and the punctuation of phone numbers, with an optional leading +.
bool onlyPhoneCharacters(const QString &text)
{
    static const QRegularExpression allowed(QStringLiteral("^[+]?[0-9 ()./\\-]+$"));
    return allowed.match(text).hasMatch();
}
} // namespace

QString PhoneNumber::defaultRegion()
{
    return QStringLiteral("GB");
}

PhoneNumber::Parsed PhoneNumber::parse(const QString &typed, const QString &region)
{
    Parsed out;
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        out.problem = Problem::Empty;
        return out;
    }
    // libphonenumber reads letters as a keypad's ("0800 FLOWERS"); a caseworker's letters
    // are a mistake (a name in the wrong box), so only digits and punctuation are numbers.
    if (!onlyPhoneCharacters(text) || digits(text).isEmpty()) {
        out.problem = Problem::NotANumber;
        return out;
    }
    const auto *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    const auto error = util->Parse(text.toStdString(), region.toStdString(), &number);
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        out.problem = Problem::UnknownCountry;
        return out;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        out.problem = Problem::TooShort;
        return out;
    case PhoneNumberUtil::TOO_LONG_NSN:
        out.problem = Problem::TooLong;
        return out;
    default:
        out.problem = Problem::NotANumber;
        return out;
    }
    switch (util->IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::IS_POSSIBLE:
        break;
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        out.problem = Problem::NeedsAreaCode;
        return out;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        out.problem = Problem::UnknownCountry;
        return out;
    case PhoneNumberUtil::TOO_SHORT:
        out.problem = Problem::TooShort;
        return out;
    case PhoneNumberUtil::TOO_LONG:
    case PhoneNumberUtil::INVALID_LENGTH:
        out.problem = Problem::TooLong;
        return out;
    }
    // A number too short for its plan keeps its trunk 0 ("07700 90" is read as the 7 digits
    // 0770090, a "possible" length): a national number that still starts with its country's
    // trunk prefix was cut short.
    if (!util->IsValidNumber(number)) {
        std::string national, trunk;
        util->GetNationalSignificantNumber(number, &national);
        std::string numberRegion;
        util->GetRegionCodeForCountryCode(number.country_code(), &numberRegion);
        util->GetNddPrefixForRegion(numberRegion, true, &trunk);
        if (!trunk.empty() && national.rfind(trunk, 0) == 0) {
            out.problem = Problem::TooShort;
            return out;
        }
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    out.e164 = QString::fromStdString(e164);
    return out;
}

QString PhoneNumber::toE164(const QString &typed, const QString &region)
{
    return parse(typed, region).e164;
}

QString PhoneNumber::describe(Problem problem, const QString &typed)
{
    const QString quoted = QStringLiteral("\u201c%1\u201d").arg(typed.trimmed().left(40));
    switch (problem) {
    case Problem::None:
    case Problem::Empty:
        break;
    case Problem::NotANumber:
        return tr("%1 is not a phone number: use digits, with spaces if you like, and + before "
                  "a country code")
            .arg(quoted);
    case Problem::UnknownCountry:
        return tr("%1 does not start with a country code in use: check the digits after +")
            .arg(quoted);
    case Problem::TooShort:
        return tr("%1 has too few digits for a phone number: a UK number has 11 digits "
                  "starting with 0")
            .arg(quoted);
    case Problem::TooLong:
        return tr("%1 has the wrong number of digits for a phone number: a UK number has 11 "
                  "digits starting with 0")
            .arg(quoted);
    case Problem::NeedsAreaCode:
        return tr("%1 needs its area code (the number as dialled from anywhere in the UK)")
            .arg(quoted);
    }
    return QString();
}

Status PhoneNumber::check(const QString &field, const QString &typed, const QString &region)
{
    const auto parsed = parse(typed, region);
    if (parsed.ok() || parsed.problem == Problem::Empty)
        return {};
    return Error::invalid(field, describe(parsed.problem, typed));
}

bool PhoneNumber::looksLikeNumber(const QString &text, int minDigits)
{
    const QString t = text.trimmed();
    return onlyPhoneCharacters(t) && digits(t).size() >= minDigits;
}

QString PhoneNumber::digits(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out += c;
    return out;
}

} // namespace hub::domain
