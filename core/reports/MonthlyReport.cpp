#include "MonthlyReport.h"

#include "calendar/VictimsCodeClock.h"
#include "store/ReportQueries.h"
#include "store/Repositories.h"
#include "util/Time.h"

#include <QRegularExpression>
#include <QSet>
#include <QTime>

#include <algorithm>

namespace hub::reports {

namespace {

using store::ReportQueries;

QDateTime wholeSeconds(const QDateTime &t)
{
    return util::parseRfc3339(util::toIsoUtc(t));
}

QDate lastDayOf(const QDate &month)
{
    return month.addMonths(1).addDays(-1);
}

// Met, missed or pending, per COUNTING_RULES.md, on the shared Victims' Code clock: a
// first contact (already limited to `asOf`) on or before the due date is met; a late one
// or none once the due date has passed in London is missed; anything else is pending.
void countFirstContact(FirstContact &out, const ReportQueries::Referral &r,
                       const calendar::VictimsCodeClock &clock, const QDateTime &asOf)
{
    if (!r.consentToContact)
        return;
    ++out.due;
    using S = calendar::ClockState::Status;
    switch (clock.state(r.receivedAt, r.enhanced, true, r.firstContactAt, asOf).status) {
    case S::Met:
        ++out.met;
        break;
    case S::Missed:
    case S::Overdue:
        ++out.missed;
        break;
    case S::Running:
    case S::NotApplicable:
        ++out.pending;
        break;
    }
}

} // namespace

Breakdown::Breakdown(const QStringList &codes)
{
    m_entries.reserve(codes.size());
    for (const auto &code : codes)
        m_entries.push_back({code, 0});
    m_listed = int(m_entries.size());
}

void Breakdown::add(const QString &code, int n)
{
    for (auto &entry : m_entries) {
        if (entry.first == code) {
            entry.second += n;
            return;
        }
    }
    // Not in the list: kept after the listed codes, alphabetically, so nothing is lost.
    m_entries.push_back({code, n});
    std::sort(m_entries.begin() + m_listed, m_entries.end());
}

int Breakdown::value(const QString &code) const
{
    for (const auto &entry : m_entries) {
        if (entry.first == code)
            return entry.second;
    }
    return 0;
}

int Breakdown::total() const
{
    int sum = 0;
    for (const auto &entry : m_entries)
        sum += entry.second;
    return sum;
}

std::optional<double> TrendPoint::firstContactMetPercent() const
{
    if (firstContact.due == 0)
        return std::nullopt;
    return 100.0 * firstContact.met / firstContact.due;
}

const QStringList &ageBands()
{
    static const QStringList bands{QStringLiteral("0-17"),  QStringLiteral("18-24"),
                                   QStringLiteral("25-34"), QStringLiteral("35-44"),
                                   QStringLiteral("45-54"), QStringLiteral("55-64"),
                                   QStringLiteral("65+"),   QStringLiteral("unknown")};
    return bands;
}

QString ageBand(int years)
{
    static const int upper[] = {17, 24, 34, 44, 54, 64};
    if (years < 0)
        return ageBands().last();
    for (int i = 0; i < 6; ++i) {
        if (years <= upper[i])
            return ageBands().at(i);
    }
    return ageBands().at(6);
}

QDate parseMonth(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(R"(^(\d{4})-(\d{2})$)"));
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
}

QString monthKey(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QDateTime monthStart(const QDate &month)
{
    // London midnight always exists (the clocks change at 01:00 UTC).
    return QDateTime(QDate(month.year(), month.month(), 1), QTime(0, 0), util::london()).toUTC();
}

QDateTime monthEnd(const QDate &month)
{
    return monthStart(QDate(month.year(), month.month(), 1).addMonths(1));
}

domain::ReferenceData codesOf(store::Database &db)
{
    return store::ReferenceCodeRepository(db).lists(); // as administrators left them
}

Result<MonthlyReport> monthly(store::Database &db, const QDate &month, const QDateTime &asOf,
                              const domain::ReferenceData &codes,
                              const calendar::VictimsCodeClock &clock)
{
    return counted(db, ReportScope::month(month), asOf, codes, clock);
}

Result<MonthlyReport> counted(store::Database &db, const ReportScope &scope, const QDateTime &asOf,
                              const domain::ReferenceData &codes,
                              const calendar::VictimsCodeClock &clock)
{
    const QDate &month = scope.firstMonth;
    const QDate last = scope.lastMonth.isValid() ? scope.lastMonth : month;
    if (!month.isValid() || !asOf.isValid())
        return Error::invalid(month.isValid() ? QStringLiteral("as_of") : QStringLiteral("month"),
                              QStringLiteral("is not a valid date"));
    MonthlyReport r;
    r.month = QDate(month.year(), month.month(), 1);
    r.lastMonth = QDate(last.year(), last.month(), 1);
    if (r.lastMonth < r.month)
        return Error::invalid(QStringLiteral("to"), QStringLiteral("is before the first month"));
    const int span =
        (r.lastMonth.year() - r.month.year()) * 12 + r.lastMonth.month() - r.month.month() + 1;
    if (span > kMaxMonths)
        return Error::invalid(QStringLiteral("to"),
                              QStringLiteral("more than %1 months").arg(kMaxMonths));
    r.teamId = scope.teamId;
    r.teamName = scope.teamName;
    r.asOf = wholeSeconds(asOf);
    const QDateTime from = monthStart(r.month);
    const QDateTime to = monthEnd(r.lastMonth);
    ReportQueries queries(db, r.teamId);

    // Referrals received in the month.
    auto referrals = queries.referralsReceived(from, to, r.asOf);
    if (!referrals.ok())
        return referrals.error();
    r.referralsBySource = Breakdown(codes.codes(QStringLiteral("source")));
    r.referralsByOffenceGroup = Breakdown(codes.codes(QStringLiteral("offence_group")));
    r.referralsByFlag = Breakdown(codes.codes(QStringLiteral("flag")));
    QSet<QString> referred, firstTime;
    for (const auto &ref : referrals.value()) {
        ++r.referralsReceived;
        r.referralsBySource.add(ref.source);
        r.referralsByOffenceGroup.add(ref.offenceGroup);
        // A flag listed twice on one referral still counts once under it.
        for (const auto &flag : QSet<QString>(ref.flags.begin(), ref.flags.end()))
            r.referralsByFlag.add(flag);
        if (ref.enhanced)
            ++r.referralsEnhanced;
        referred.insert(ref.personId);
        if (ref.personsFirstEver)
            firstTime.insert(ref.personId);
        countFirstContact(r.firstContact, ref, clock, r.asOf);
    }
    r.peopleReferred = int(referred.size());
    r.peopleReferredFirstTime = int(firstTime.size());

    // Contacts made in the month, as corrected, and the people supported.
    auto totals = queries.contactTotals(from, to);
    if (!totals.ok())
        return totals.error();
    r.contactsLogged = totals->contacts;
    r.contactMinutes = totals->minutes;
    r.peopleContacted = totals->peopleSpokenTo;
    auto supported = queries.supportedPeople(from, to);
    if (!supported.ok())
        return supported.error();
    r.peopleSupported = int(supported->size());
    r.supportedByAgeBand = Breakdown(ageBands());
    r.supportedByGender = Breakdown(codes.codes(QStringLiteral("gender")));
    r.supportedByEthnicGroup = Breakdown(codes.codes(QStringLiteral("ethnic_group")));
    r.supportedByDisability = Breakdown(codes.codes(QStringLiteral("disability")));
    const QDate lastDay = lastDayOf(r.lastMonth);
    for (const auto &person : supported.value()) {
        const QDate dob = person.dateOfBirth;
        r.supportedByAgeBand.add(dob.isValid() ? ageBand(util::ageOn(dob, lastDay))
                                               : ageBands().last());
        r.supportedByGender.add(person.gender);
        r.supportedByEthnicGroup.add(person.ethnicGroup);
        r.supportedByDisability.add(person.disability);
    }

    // Episodes and what came of them.
    auto episodes = queries.episodes(from, to);
    if (!episodes.ok())
        return episodes.error();
    r.episodesOpened = episodes->opened;
    r.episodesClosed = episodes->closed;
    r.episodesOpenAtMonthEnd = episodes->openAtEnd;
    for (const auto &measure : codes.codes(QStringLiteral("outcome_measure")))
        r.outcomes.push_back({measure, {}});
    for (const auto &outcomes : episodes->closedOutcomes) {
        for (auto &[measure, count] : r.outcomes) {
            const QString result = outcomes.value(measure);
            if (result == QLatin1String("improved"))
                ++count.improved;
            if (result == QLatin1String("improved") || result == QLatin1String("not_improved"))
                ++count.assessed;
        }
    }

    auto onward = queries.onwardReferralsByAgency(from, to);
    if (!onward.ok())
        return onward.error();
    r.onwardReferralsByAgency = Breakdown(codes.codes(QStringLiteral("agency")));
    for (auto it = onward->begin(); it != onward->end(); ++it)
        r.onwardReferralsByAgency.add(it.key(), it.value());

    auto lastYearCount = queries.referralCount(monthStart(r.month.addMonths(-12)),
                                               monthEnd(r.lastMonth.addMonths(-12)));
    if (!lastYearCount.ok())
        return lastYearCount.error();
    r.referralsReceivedSameMonthLastYear = lastYearCount.value();
    return r;
}

Result<QVector<TrendPoint>> trend(store::Database &db, const QDate &lastMonth,
                                  const QDateTime &asOf, const calendar::VictimsCodeClock &clock,
                                  int months, const QString &teamId)
{
    if (!lastMonth.isValid() || !asOf.isValid())
        return Error::invalid(lastMonth.isValid() ? QStringLiteral("as_of")
                                                  : QStringLiteral("month"),
                              QStringLiteral("is not a valid date"));
    const QDateTime at = wholeSeconds(asOf);
    ReportQueries queries(db, teamId);
    QVector<TrendPoint> out;
    const QDate last(lastMonth.year(), lastMonth.month(), 1);
    for (int i = months - 1; i >= 0; --i) {
        TrendPoint point;
        point.month = last.addMonths(-i);
        const QDateTime from = monthStart(point.month);
        const QDateTime to = monthEnd(point.month);
        auto referrals = queries.referralsReceived(from, to, at);
        if (!referrals.ok())
            return referrals.error();
        for (const auto &ref : referrals.value()) {
            ++point.referralsReceived;
            countFirstContact(point.firstContact, ref, clock, at);
        }
        auto supported = queries.supportedCount(from, to);
        if (!supported.ok())
            return supported.error();
        point.peopleSupported = supported.value();
        out.push_back(point);
    }
    return out;
}

} // namespace hub::reports
