#include "ReportLayout.h"

#include "Format.h"

#include <QLocale>

namespace hub::ui {

namespace {

// The code list behind each breakdown.
QString listOf(const QString &figure)
{
    static const QHash<QString, QString> lists{
        {QStringLiteral("referrals_by_source"), QStringLiteral("source")},
        {QStringLiteral("referrals_by_offence_group"), QStringLiteral("offence_group")},
        {QStringLiteral("referrals_by_flag"), QStringLiteral("flag")},
        {QStringLiteral("onward_referrals_by_agency"), QStringLiteral("agency")},
        {QStringLiteral("outcomes"), QStringLiteral("outcome_measure")},
        {QStringLiteral("supported_by_gender"), QStringLiteral("gender")},
        {QStringLiteral("supported_by_ethnic_group"), QStringLiteral("ethnic_group")},
        {QStringLiteral("supported_by_disability"), QStringLiteral("disability")},
    };
    return lists.value(figure);
}

} // namespace

QString ReportLayout::number(qint64 n)
{
    return QLocale().toString(n);
}

QString ReportLayout::monthTitle(const QDate &month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

QString ReportLayout::periodTitle(const reports::MonthlyReport &report)
{
    if (!report.isRange())
        return monthTitle(report.month);
    return tr("%1 to %2").arg(monthTitle(report.month), monthTitle(report.lastMonth));
}

QString ReportLayout::csvLabel(const QString &figure, const QString &part)
{
    return part.isEmpty() ? fullLabel(figure) : partLabel(figure, part);
}

QStringList ReportLayout::figureKeys()
{
    return {QStringLiteral("referrals_received"),
            QStringLiteral("referrals_by_source"),
            QStringLiteral("referrals_by_offence_group"),
            QStringLiteral("referrals_by_flag"),
            QStringLiteral("referrals_enhanced"),
            QStringLiteral("people_referred"),
            QStringLiteral("people_referred_first_time"),
            QStringLiteral("first_contact"),
            QStringLiteral("people_contacted"),
            QStringLiteral("people_supported"),
            QStringLiteral("episodes_opened"),
            QStringLiteral("episodes_closed"),
            QStringLiteral("episodes_open_at_month_end"),
            QStringLiteral("onward_referrals_by_agency"),
            QStringLiteral("outcomes"),
            QStringLiteral("supported_by_age_band"),
            QStringLiteral("supported_by_gender"),
            QStringLiteral("supported_by_ethnic_group"),
            QStringLiteral("supported_by_disability"),
            QStringLiteral("contacts_logged"),
            QStringLiteral("contact_minutes"),
            QStringLiteral("referrals_received_same_month_last_year")};
}

QString ReportLayout::label(const QString &figure)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("month"), QT_TR_NOOP("Month")},
        {QStringLiteral("as_of"), QT_TR_NOOP("As of")},
        {QStringLiteral("last_month"), QT_TR_NOOP("Last month")},
        {QStringLiteral("team"), QT_TR_NOOP("Team")},
        {QStringLiteral("team_id"), QT_TR_NOOP("Team id")},
        {QStringLiteral("referrals_received"), QT_TR_NOOP("Referrals received")},
        {QStringLiteral("referrals_by_source"), QT_TR_NOOP("By source")},
        {QStringLiteral("referrals_by_offence_group"), QT_TR_NOOP("By offence group")},
        {QStringLiteral("referrals_by_flag"), QT_TR_NOOP("By flag")},
        {QStringLiteral("referrals_enhanced"), QT_TR_NOOP("Enhanced entitlement")},
        {QStringLiteral("people_referred"), QT_TR_NOOP("People referred")},
        {QStringLiteral("people_referred_first_time"), QT_TR_NOOP("People referred first time")},
        {QStringLiteral("first_contact"), QT_TR_NOOP("First contact (Victims' Code)")},
        {QStringLiteral("people_contacted"), QT_TR_NOOP("People contacted")},
        {QStringLiteral("people_supported"), QT_TR_NOOP("People supported")},
        {QStringLiteral("episodes_opened"), QT_TR_NOOP("Episodes opened")},
        {QStringLiteral("episodes_closed"), QT_TR_NOOP("Episodes closed")},
        {QStringLiteral("episodes_open_at_month_end"), QT_TR_NOOP("Open at month end")},
        {QStringLiteral("onward_referrals_by_agency"), QT_TR_NOOP("Onward referrals by agency")},
        {QStringLiteral("outcomes"), QT_TR_NOOP("Outcomes of episodes closed")},
        {QStringLiteral("supported_by_age_band"), QT_TR_NOOP("By age band")},
        {QStringLiteral("supported_by_gender"), QT_TR_NOOP("By gender")},
        {QStringLiteral("supported_by_ethnic_group"), QT_TR_NOOP("By ethnic group")},
        {QStringLiteral("supported_by_disability"), QT_TR_NOOP("By disability")},
        {QStringLiteral("contacts_logged"), QT_TR_NOOP("Contacts logged")},
        {QStringLiteral("contact_minutes"), QT_TR_NOOP("Contact minutes")},
        {QStringLiteral("referrals_received_same_month_last_year"),
         QT_TR_NOOP("Referrals, same month a year earlier")},
    };
    const auto it = labels.constFind(figure);
    return it == labels.cend() ? figure : tr(it.value());
}

QString ReportLayout::partLabel(const QString &figure, const QString &part)
{
    if (figure == QLatin1String("first_contact")) {
        static const QHash<QString, const char *> parts{
            {QStringLiteral("due"), QT_TR_NOOP("Due")},
            {QStringLiteral("met"), QT_TR_NOOP("Met")},
            {QStringLiteral("missed"), QT_TR_NOOP("Missed")},
            {QStringLiteral("pending"), QT_TR_NOOP("Pending")}};
        const auto it = parts.constFind(part);
        return it == parts.cend() ? part : tr(it.value());
    }
    if (figure == QLatin1String("outcomes")) {
        const auto dot = part.indexOf(QLatin1Char('.'));
        const QString measure = Format::code(listOf(figure), part.left(dot));
        const QString which = part.mid(dot + 1);
        return which == QLatin1String("improved") ? tr("%1: improved").arg(measure)
                                                  : tr("%1: assessed").arg(measure);
    }
    if (figure == QLatin1String("supported_by_age_band"))
        return part == QLatin1String("unknown") ? tr("Age unknown") : part;
    const QString list = listOf(figure);
    return list.isEmpty() ? part : Format::code(list, part);
}

QString ReportLayout::fullLabel(const QString &figure)
{
    if (figure.startsWith(QLatin1String("referrals_by_")))
        return tr("Referrals, %1").arg(label(figure).toLower());
    if (figure.startsWith(QLatin1String("supported_by_")))
        return tr("People supported, %1").arg(label(figure).toLower());
    return label(figure);
}

QString ReportLayout::describe(const QString &figure, const QString &breakdown)
{
    if (breakdown.isEmpty())
        return fullLabel(figure);
    return tr("%1: %2").arg(fullLabel(figure), partLabel(figure, breakdown));
}

QString ReportLayout::definition(const QString &figure)
{
    static const QHash<QString, const char *> text{
        {QStringLiteral("referrals_received"),
         QT_TR_NOOP("Referrals whose received time falls in the month (Europe/London).")},
        {QStringLiteral("referrals_by_source"), QT_TR_NOOP("Those referrals, by source.")},
        {QStringLiteral("referrals_by_offence_group"),
         QT_TR_NOOP("Those referrals, by offence group.")},
        {QStringLiteral("referrals_by_flag"),
         QT_TR_NOOP("Those referrals, by flag; a referral with several flags counts under "
                    "each.")},
        {QStringLiteral("referrals_enhanced"),
         QT_TR_NOOP("Those referrals with enhanced entitlement.")},
        {QStringLiteral("people_referred"), QT_TR_NOOP("Distinct people among those referrals.")},
        {QStringLiteral("people_referred_first_time"),
         QT_TR_NOOP("Those people whose earliest referral ever falls in the month.")},
        {QStringLiteral("first_contact"),
         QT_TR_NOOP("Referrals with consent to contact (due). Met: first contact by the Nth "
                    "working day after receipt (2 enhanced, 5 otherwise); missed: later, or "
                    "none and the day has passed; pending: none yet, still in time.")},
        {QStringLiteral("people_contacted"),
         QT_TR_NOOP("Distinct people with a contact in the month where the hub spoke to "
                    "them.")},
        {QStringLiteral("people_supported"),
         QT_TR_NOOP("Those people spoken to while they had a support episode open.")},
        {QStringLiteral("episodes_opened"), QT_TR_NOOP("Support episodes opened in the month.")},
        {QStringLiteral("episodes_closed"),
         QT_TR_NOOP("Support episodes closed (approved) in the month.")},
        {QStringLiteral("episodes_open_at_month_end"),
         QT_TR_NOOP("Support episodes open when the month ended.")},
        {QStringLiteral("onward_referrals_by_agency"),
         QT_TR_NOOP("Onward referrals made in the month, by agency.")},
        {QStringLiteral("outcomes"),
         QT_TR_NOOP("For episodes closed in the month, per measure: improved, and assessed "
                    "(improved or not improved).")},
        {QStringLiteral("supported_by_age_band"),
         QT_TR_NOOP("People supported, by age on the last day of the month.")},
        {QStringLiteral("supported_by_gender"), QT_TR_NOOP("People supported, by gender.")},
        {QStringLiteral("supported_by_ethnic_group"),
         QT_TR_NOOP("People supported, by ethnic group.")},
        {QStringLiteral("supported_by_disability"), QT_TR_NOOP("People supported, by disability.")},
        {QStringLiteral("contacts_logged"),
         QT_TR_NOOP("Contacts made in the month, as corrected; corrections are not counted "
                    "on their own.")},
        {QStringLiteral("contact_minutes"), QT_TR_NOOP("The total length of those contacts.")},
        {QStringLiteral("referrals_received_same_month_last_year"),
         QT_TR_NOOP("Referrals received in the same month one year earlier.")},
    };
    const auto it = text.constFind(figure);
    return it == text.cend() ? QString() : tr(it.value());
}

QVector<FigureGroup> ReportLayout::groups(const reports::MonthlyReport &r)
{
    auto plain = [](const char *key, qint64 n) {
        return FigureRow{QLatin1String(key), {}, label(QLatin1String(key)), number(n), {}};
    };
    auto breakdown = [](const char *key, const reports::Breakdown &b) {
        const QString figure = QLatin1String(key);
        FigureRow row{figure, {}, label(figure), {}, {}};
        for (const auto &[code, n] : b.entries())
            row.parts.push_back({figure, code, partLabel(figure, code), number(n), {}});
        return row;
    };
    const QString fc = QStringLiteral("first_contact");
    FigureRow firstContact{fc, {}, label(fc), {}, {}};
    const std::pair<const char *, int> parts[] = {{"due", r.firstContact.due},
                                                  {"met", r.firstContact.met},
                                                  {"missed", r.firstContact.missed},
                                                  {"pending", r.firstContact.pending}};
    for (const auto &[part, n] : parts)
        firstContact.parts.push_back(
            {fc, QLatin1String(part), partLabel(fc, QLatin1String(part)), number(n), {}});
    const QString oc = QStringLiteral("outcomes");
    FigureRow outcomes{oc, {}, label(oc), {}, {}};
    for (const auto &[measure, count] : r.outcomes) {
        for (const auto &[which, n] : {std::pair<const char *, int>{"improved", count.improved},
                                       std::pair<const char *, int>{"assessed", count.assessed}}) {
            const QString part = measure + QLatin1Char('.') + QLatin1String(which);
            outcomes.parts.push_back({oc, part, partLabel(oc, part), number(n), {}});
        }
    }
    return {
        {tr("Referrals"),
         {plain("referrals_received", r.referralsReceived),
          breakdown("referrals_by_source", r.referralsBySource),
          breakdown("referrals_by_offence_group", r.referralsByOffenceGroup),
          breakdown("referrals_by_flag", r.referralsByFlag),
          plain("referrals_enhanced", r.referralsEnhanced),
          plain("people_referred", r.peopleReferred),
          plain("people_referred_first_time", r.peopleReferredFirstTime)}},
        {tr("First contact"), {firstContact}},
        {tr("Contact and support"),
         {plain("people_contacted", r.peopleContacted),
          plain("people_supported", r.peopleSupported)}},
        {tr("Support episodes"),
         {plain("episodes_opened", r.episodesOpened), plain("episodes_closed", r.episodesClosed),
          plain("episodes_open_at_month_end", r.episodesOpenAtMonthEnd),
          breakdown("onward_referrals_by_agency", r.onwardReferralsByAgency), outcomes}},
        {tr("People supported"),
         {breakdown("supported_by_age_band", r.supportedByAgeBand),
          breakdown("supported_by_gender", r.supportedByGender),
          breakdown("supported_by_ethnic_group", r.supportedByEthnicGroup),
          breakdown("supported_by_disability", r.supportedByDisability)}},
        {tr("Contacts"),
         {plain("contacts_logged", r.contactsLogged), plain("contact_minutes", r.contactMinutes)}},
        {tr("Last year"),
         {plain("referrals_received_same_month_last_year", r.referralsReceivedSameMonthLastYear)}},
    };
}

} // namespace hub::ui
