#pragma once

// Builds small hub archives (JSON Lines) for the report tests: every record reaches the
// database through the archive import, as data from another system would.

#include "TempDatabase.h"
#include "archive/ArchiveReader.h"
#include "calendar/VictimsCodeClock.h"
#include "reports/MonthlyReport.h"
#include "store/Repositories.h"
#include "util/Time.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hub::test {

using namespace Qt::StringLiterals;

struct PersonFields
{
    QString dateOfBirth; // empty: not known
    QString gender = QStringLiteral("female");
    QString ethnicGroup = QStringLiteral("white");
    QString disability = QStringLiteral("no");
};

struct ReferralFields
{
    QString source = QStringLiteral("police");
    QString offenceGroup = QStringLiteral("theft");
    QStringList flags;
    bool enhanced = false;
    bool consent = true;
};

struct ContactFields
{
    QString direction = QStringLiteral("outbound");
    QString outcome = QStringLiteral("spoke");
    int minutes = 10;
    QString recordedAt; // empty: the contact's own time
    QString amends;
};

class ReportArchive
{
public:
    ReportArchive()
    {
        add({{u"type"_s, u"team"_s}, {u"id"_s, kTeam}, {u"name"_s, u"Central Hub"_s}});
        add({{u"type"_s, u"user"_s},
             {u"id"_s, kUser},
             {u"username"_s, u"cw.central.1"_s},
             {u"display_name"_s, u"Robin Ash"_s},
             {u"role"_s, u"caseworker"_s},
             {u"team_id"_s, kTeam},
             {u"active"_s, true}});
    }

    using PersonFields = test::PersonFields;
    QString person(const PersonFields &f = {})
    {
        const QString id = uuid(3, ++m_people);
        QJsonObject o{{u"type"_s, u"person"_s},
                      {u"id"_s, id},
                      {u"given_name"_s, QStringLiteral("Test%1").arg(m_people)},
                      {u"family_name"_s, u"Person"_s},
                      {u"gender"_s, f.gender},
                      {u"ethnic_group"_s, f.ethnicGroup},
                      {u"disability"_s, f.disability},
                      {u"first_language"_s, u"en"_s},
                      {u"interpreter_needed"_s, false},
                      {u"safe_voicemail"_s, true},
                      {u"safe_letters"_s, true},
                      {u"safe_text"_s, true},
                      {u"restricted"_s, false},
                      {u"created_at"_s, u"2015-01-01T00:00:00Z"_s}};
        if (!f.dateOfBirth.isEmpty())
            o.insert(QStringLiteral("date_of_birth"), f.dateOfBirth);
        add(o);
        return id;
    }

    using ReferralFields = test::ReferralFields;
    QString referral(const QString &personId, const QString &receivedAt,
                     const ReferralFields &f = {})
    {
        const QString id = uuid(4, ++m_referrals);
        add({{u"type"_s, u"referral"_s},
             {u"id"_s, id},
             {u"person_id"_s, personId},
             {u"received_at"_s, receivedAt},
             {u"source"_s, f.source},
             {u"offence_group"_s, f.offenceGroup},
             {u"flags"_s, QJsonArray::fromStringList(f.flags)},
             {u"enhanced"_s, f.enhanced},
             {u"consent_to_contact"_s, f.consent},
             {u"status"_s, u"new"_s}});
        return id;
    }

    // closedAt empty: still open (or, with status closure_requested, awaiting approval).
    QString episode(const QString &personId, const QString &openedAt, const QString &closedAt = {},
                    const QJsonObject &outcomes = {}, const QString &openStatus = u"open"_s)
    {
        const QString id = uuid(5, ++m_episodes);
        QJsonObject o{{u"type"_s, u"episode"_s},
                      {u"id"_s, id},
                      {u"person_id"_s, personId},
                      {u"referral_ids"_s, QJsonArray()},
                      {u"caseworker_id"_s, kUser},
                      {u"opened_at"_s, openedAt},
                      {u"status"_s, closedAt.isEmpty() ? openStatus : QStringLiteral("closed")},
                      {u"needs"_s, QJsonObject()},
                      {u"outcomes"_s, outcomes}};
        if (!closedAt.isEmpty()) {
            o.insert(QStringLiteral("closed_at"), closedAt);
            o.insert(QStringLiteral("closure_reason"), QStringLiteral("support_completed"));
        }
        add(o);
        return id;
    }

    void onwardReferral(const QString &episodeId, const QString &agency, const QString &at)
    {
        add({{u"type"_s, u"onward_referral"_s},
             {u"id"_s, uuid(6, ++m_onward)},
             {u"episode_id"_s, episodeId},
             {u"agency"_s, agency},
             {u"referred_at"_s, at}});
    }

    using ContactFields = test::ContactFields;
    QString contact(const QString &personId, const QString &at, const ContactFields &f = {})
    {
        return contactWithId(uuid(7, ++m_contacts), personId, at, f);
    }
    QString contactWithId(const QString &id, const QString &personId, const QString &at,
                          const ContactFields &f)
    {
        QJsonObject o{{u"type"_s, u"contact"_s},
                      {u"id"_s, id},
                      {u"person_id"_s, personId},
                      {u"at"_s, at},
                      {u"direction"_s, f.direction},
                      {u"channel"_s, u"phone"_s},
                      {u"outcome"_s, f.outcome},
                      {u"duration_minutes"_s, f.minutes},
                      {u"summary"_s, u"Call."_s},
                      {u"recorded_by"_s, kUser},
                      {u"recorded_at"_s, f.recordedAt.isEmpty() ? at : f.recordedAt}};
        if (!f.amends.isEmpty())
            o.insert(QStringLiteral("amends"), f.amends);
        add(o);
        return id;
    }

    QByteArray bytes() const
    {
        QByteArray out(R"({"type":"archive","format":"victims-hub-archive","version":1})"
                       "\n");
        for (const auto &line : m_lines)
            out += line + '\n';
        return out;
    }

    // Imports the archive; empty on success, else the importer's message.
    QString importInto(store::Database &db) const
    {
        QBuffer buffer;
        buffer.setData(bytes());
        buffer.open(QIODevice::ReadOnly);
        archive::ImportOptions options;
        options.today = QDate(2030, 1, 1);
        auto result = archive::importArchive(db, buffer, options);
        return result.ok() ? QString() : result.error().describe();
    }

    static QString uuid(int kind, int n)
    {
        return QStringLiteral("%1-0000-4000-8000-%2")
            .arg(kind * 10000000, 8, 10, QLatin1Char('0'))
            .arg(n, 12, 10, QLatin1Char('0'));
    }

private:
    void add(const QJsonObject &o) { m_lines << QJsonDocument(o).toJson(QJsonDocument::Compact); }

    inline static const QString kTeam = uuid(1, 1);
    inline static const QString kUser = uuid(2, 1);
    QByteArrayList m_lines;
    int m_people = 0, m_referrals = 0, m_episodes = 0, m_onward = 0, m_contacts = 0;
};

// The hub's standard Victims' Code clock: England & Wales working days, N = 2 and 5.
inline const calendar::VictimsCodeClock &standardClock()
{
    static const calendar::VictimsCodeClock clock(calendar::WorkingDayCalendar::englandAndWales());
    return clock;
}

inline reports::MonthlyReport reportFor(store::Database &db, const QString &month,
                                        const QString &asOf = u"2030-01-01T00:00:00Z"_s)
{
    auto r = reports::monthly(db, reports::parseMonth(month), util::parseRfc3339(asOf),
                              reports::codesOf(db), standardClock());
    if (!r.ok())
        qFatal("report failed: %s", qPrintable(r.error().describe()));
    return r.value();
}

} // namespace hub::test
