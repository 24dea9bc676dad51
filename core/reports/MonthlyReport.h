#pragma once

#include "Result.h"
#include "calendar/VictimsCodeClock.h"
#include "domain/ReferenceData.h"

#include <QDate>
#include <QDateTime>
#include <QPair>
#include <QString>
#include <QVector>

#include <optional>

namespace hub::store {
class Database;
}

namespace hub::reports {

// Counts by code, in the order of the code list, every code present (zero included).
// Codes met in the data but missing from the list (none, while the store validates
// codes) follow in alphabetical order, so that the breakdown still adds up.
class Breakdown
{
public:
    Breakdown() = default;
    explicit Breakdown(const QStringList &codes);

    void add(const QString &code, int n = 1);
    int value(const QString &code) const;
    int total() const;
    const QVector<QPair<QString, int>> &entries() const { return m_entries; }

private:
    QVector<QPair<QString, int>> m_entries;
    int m_listed = 0;
};

struct FirstContact
{
    int due = 0, met = 0, missed = 0, pending = 0;
};

struct OutcomeCount
{
    int improved = 0;
    int assessed = 0; // improved + not_improved
};

// What a report counts: a run of whole Europe/London months and, optionally, one team
// (COUNTING_RULES.md "Months and teams").
struct ReportScope
{
    QDate firstMonth; // any day of the first month
    QDate lastMonth;  // any day of the last month; null: the first month alone
    QString teamId;   // empty: the whole hub
    QString teamName; // the team's name, for titles and the files written

    static ReportScope month(const QDate &month) { return {month, month, {}, {}}; }
};

// The figures of COUNTING_RULES.md for one Europe/London month (or a run of months), in
// the order listed there.
struct MonthlyReport
{
    QDate month;     // the first day of the (first) month
    QDate lastMonth; // the first day of the last month counted; the same as month for one
    QString teamId;  // the team counted; empty for the whole hub
    QString teamName;
    QDateTime asOf; // UTC, whole seconds
    int referralsReceived = 0;
    Breakdown referralsBySource;
    Breakdown referralsByOffenceGroup;
    Breakdown referralsByFlag;
    int referralsEnhanced = 0;
    int peopleReferred = 0;
    int peopleReferredFirstTime = 0;
    FirstContact firstContact;
    int peopleContacted = 0;
    int peopleSupported = 0;
    int episodesOpened = 0;
    int episodesClosed = 0;
    int episodesOpenAtMonthEnd = 0;
    Breakdown onwardReferralsByAgency;
    QVector<QPair<QString, OutcomeCount>> outcomes; // by measure, in list order
    Breakdown supportedByAgeBand;
    Breakdown supportedByGender;
    Breakdown supportedByEthnicGroup;
    Breakdown supportedByDisability;
    int contactsLogged = 0;
    qint64 contactMinutes = 0;
    int referralsReceivedSameMonthLastYear = 0;

    // More than one month counted.
    bool isRange() const { return lastMonth.isValid() && lastMonth != month; }
    // The last month counted (month itself for one month).
    QDate last() const { return lastMonth.isValid() ? lastMonth : month; }
};

// One month of the trend chart.
struct TrendPoint
{
    QDate month; // the first day of the month
    int referralsReceived = 0;
    int peopleSupported = 0;
    FirstContact firstContact;
    // met / due * 100; empty when nothing was due.
    std::optional<double> firstContactMetPercent() const;
};

// The age bands of supported_by_age_band, in order; "unknown" last.
const QStringList &ageBands();
// The band for an age in whole years; "unknown" for a negative age.
QString ageBand(int years);

// "YYYY-MM" -> the first day of that month; null when malformed.
QDate parseMonth(const QString &text);
QString monthKey(const QDate &month);

// The UTC instants a Europe/London month starts and ends (half-open).
QDateTime monthStart(const QDate &month);
QDateTime monthEnd(const QDate &month);

// The built-in code lists plus the codes administrators added (kept in the database).
domain::ReferenceData codesOf(store::Database &db);

// Computes every figure for `month` (any day of it) at `asOf` (UTC; milliseconds
// dropped). `clock` is the hub's Victims' Code clock (working days and N).
Result<MonthlyReport> monthly(store::Database &db, const QDate &month, const QDateTime &asOf,
                              const domain::ReferenceData &codes,
                              const calendar::VictimsCodeClock &clock);

// The same figures over the scope's months (one window from the start of the first to
// the end of the last), for the whole hub or one team. At most kMaxMonths months.
Result<MonthlyReport> counted(store::Database &db, const ReportScope &scope, const QDateTime &asOf,
                              const domain::ReferenceData &codes,
                              const calendar::VictimsCodeClock &clock);
constexpr int kMaxMonths = 120;

// The trend chart: `months` months ending with `lastMonth`, oldest first (of one team
// when `teamId` is set).
Result<QVector<TrendPoint>> trend(store::Database &db, const QDate &lastMonth,
                                  const QDateTime &asOf, const calendar::VictimsCodeClock &clock,
                                  int months = 12, const QString &teamId = {});

} // namespace hub::reports
