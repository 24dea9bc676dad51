#include "DemoGenerator.h"

#include "PoliceCsv.h"
#include "Rng.h"
#include "Vocabulary.h"
#include "store/BulkLoad.h"
#include "store/Database.h"
#include "store/PersonMergeRepository.h"
#include "store/ReferralImportQueries.h"
#include "store/Repositories.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace hub::demo {

namespace {

using namespace domain;

// "Dąbrowski" -> "dabrowski", for e-mail addresses.
QString asciiWord(const QString &text)
{
    QString out;
    for (const QChar ch : text.normalized(QString::NormalizationForm_KD).toLower()) {
        if (ch.unicode() < 128 && ch.isLetterOrNumber())
            out += ch;
        else if (ch == u'ł')
            out += u'l';
    }
    return out;
}

struct Staff
{
    QString teamId;
    QString supervisorId;
    QVector<QString> caseworkers;
};

// Builds one caseload; split into steps so each stays readable.
class Builder
{
public:
    Builder(store::Database &db, const DemoOptions &o)
        : m_db(db), m_options(o), m_rng(o.seed ^ 0x5eedc0ffee123457ULL), m_words(Vocabulary::get()),
          m_teams(db), m_users(db), m_people(db), m_referrals(db), m_episodes(db), m_contacts(db),
          m_tasks(db)
    {
        m_end = QDateTime(o.until.addDays(1), QTime(0, 0), Qt::UTC);
        m_start = QDateTime(o.until.addMonths(-o.months).addDays(1), QTime(0, 0), Qt::UTC);
        if (o.notAfter.isValid() && o.notAfter.toUTC() < m_end && o.notAfter.toUTC() > m_start)
            m_end = o.notAfter.toUTC();
        m_spanSeconds = m_start.secsTo(m_end);
    }

    Status staff();
    Status person(int index);
    // About one person in 200 was referred twice by the police under a misspelt name and
    // the two records merged by their team's supervisor (a tombstone and a person_merge).
    Status merges();
    DemoCounts counts() const { return m_counts; }

private:
    QDateTime randomTime(const QDateTime &from, const QDateTime &to);
    QDateTime officeHours(QDateTime t);
    Person makePerson(const QDateTime &createdAt);
    Referral makeReferral(const Person &p, const QDateTime &at, const Staff &team);
    Status episodeFor(const Person &p, QVector<Referral> &referrals, const Staff &team);
    Status contactsFor(const Person &p, const Referral &r, const QString &episodeId,
                       const QString &worker, QDateTime from, const QDateTime &until, int count);
    Status tasksFor(const Person &p, const Episode &e);

    store::Database &m_db;
    DemoOptions m_options;
    Rng m_rng;
    const Vocabulary &m_words;
    store::TeamRepository m_teams;
    store::UserRepository m_users;
    store::PersonRepository m_people;
    store::ReferralRepository m_referrals;
    store::EpisodeRepository m_episodes;
    store::ContactRepository m_contacts;
    store::TaskRepository m_tasks;
    QVector<Staff> m_staff;
    // Every 200th person with their team and first referral: the ones merges() duplicates.
    struct MergeCandidate
    {
        Person person;
        int team = 0;
        QString referralId;
        QDateTime at;
    };
    QVector<MergeCandidate> m_mergeCandidates;
    QDateTime m_start, m_end;
    qint64 m_spanSeconds = 0;
    DemoCounts m_counts;
};

QDateTime Builder::randomTime(const QDateTime &from, const QDateTime &to)
{
    const qint64 span = std::max<qint64>(1, from.secsTo(to));
    const auto offset = static_cast<qint64>(m_rng.next() % static_cast<quint64>(span));
    return from.addSecs(offset);
}

// Moves a time onto a weekday between 08:30 and 18:00 UTC, as caseworkers keep.
QDateTime Builder::officeHours(QDateTime t)
{
    while (t.date().dayOfWeek() > 5)
        t = t.addDays(1);
    const int minute = m_rng.between(8 * 60 + 30, 18 * 60);
    return QDateTime(t.date(), QTime(minute / 60, minute % 60, m_rng.between(0, 59)), Qt::UTC);
}

Status Builder::staff()
{
    static const char *const kTeams[] = {"Peterborough", "Cambridge", "Huntingdon", "Fenland"};
    int number = 0;
    // Caseload per worker stays near 150 people a year, as in a real hub.
    const int perTeam = std::clamp(m_options.people / 600, 3, 12);
    for (const char *name : kTeams) {
        Staff s;
        s.teamId = m_rng.uuid();
        const auto teamName = QString::fromLatin1(name);
        if (auto st = m_teams.insert(Team{s.teamId, teamName}); !st.ok())
            return st;
        ++m_counts.teams;
        auto addUser = [&](const QString &role, const QString &username, const QString &display) {
            User u{m_rng.uuid(), username, display, role, s.teamId, true};
            ++m_counts.users;
            auto st = m_users.insert(u);
            return std::make_pair(u.id, st);
        };
        const auto lower = teamName.toLower();
        auto [sup, st] = addUser(QStringLiteral("supervisor"), QStringLiteral("sup.%1").arg(lower),
                                 QStringLiteral("Supervisor, %1").arg(teamName));
        if (!st.ok())
            return st;
        s.supervisorId = sup;
        for (int i = 1; i <= perTeam; ++i) {
            auto [cw, cst] =
                addUser(QStringLiteral("caseworker"), QStringLiteral("cw.%1.%2").arg(lower).arg(i),
                        QStringLiteral("Caseworker %1, %2").arg(++number).arg(teamName));
            if (!cst.ok())
                return cst;
            s.caseworkers.push_back(cw);
        }
        m_staff.push_back(s);
    }
    for (const auto &[role, name, display] : {std::tuple{"admin", "admin", "Administrator"},
                                              std::tuple{"auditor", "auditor", "Auditor"}}) {
        User u{m_rng.uuid(),
               QString::fromLatin1(name),
               QString::fromLatin1(display),
               QString::fromLatin1(role),
               QString(),
               true};
        if (auto st = m_users.insert(u); !st.ok())
            return st;
        ++m_counts.users;
    }
    return {};
}

Person Builder::makePerson(const QDateTime &createdAt)
{
    Person p;
    p.id = m_rng.uuid();
    p.gender = m_rng.code(
        {{"female", 56}, {"male", 40}, {"non_binary", 1}, {"other", 1}, {"not_stated", 2}});
    const auto &given = p.gender == QLatin1String("female") ? m_words.givenFemale
                        : p.gender == QLatin1String("male") ? m_words.givenMale
                                                            : m_words.givenNeutral;
    p.givenName = m_rng.pick(given);
    p.familyName = m_rng.pick(m_words.family);
    if (m_rng.chance(0.04)) // double-barrelled names
        p.familyName += QLatin1Char('-') + m_rng.pick(m_words.family);
    if (!m_rng.chance(0.07)) {
        const int age = m_rng.weighted<int>({{m_rng.between(10, 17), 9},
                                             {m_rng.between(18, 24), 16},
                                             {m_rng.between(25, 34), 22},
                                             {m_rng.between(35, 44), 19},
                                             {m_rng.between(45, 54), 15},
                                             {m_rng.between(55, 64), 10},
                                             {m_rng.between(65, 95), 9}});
        p.dateOfBirth = createdAt.date().addYears(-age).addDays(-m_rng.between(0, 364));
    }
    p.ethnicGroup = m_rng.code(
        {{"white", 78}, {"asian", 9}, {"black", 4}, {"mixed", 3}, {"other", 2}, {"not_stated", 4}});
    p.disability = m_rng.code({{"no", 62}, {"yes", 18}, {"not_stated", 20}});
    if (m_rng.chance(0.12)) {
        p.firstLanguage = m_rng.pick(m_words.languages);
        p.interpreterNeeded = m_rng.chance(0.45);
    }
    if (m_rng.chance(0.88))
        p.phone =
            m_rng.chance(0.8)
                ? QStringLiteral("07700 900%1").arg(m_rng.between(0, 999), 3, 10, QLatin1Char('0'))
                : QStringLiteral("01632 960%1").arg(m_rng.between(0, 999), 3, 10, QLatin1Char('0'));
    if (m_rng.chance(0.4))
        p.email = QStringLiteral("%1.%2%3@example.org")
                      .arg(asciiWord(p.givenName.left(1)), asciiWord(p.familyName))
                      .arg(m_rng.between(1, 99));
    if (m_rng.chance(0.9)) {
        const auto area = m_rng.pick(m_words.postcodeAreas);
        // The inward code's letters never include C, I, K, M, O or V.
        static const QString inward = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");
        const int last = int(inward.size()) - 1;
        p.postcode = QStringLiteral("%1 %2%3%4")
                         .arg(area)
                         .arg(m_rng.between(1, 9))
                         .arg(inward.at(m_rng.between(0, last)))
                         .arg(inward.at(m_rng.between(0, last)));
        p.address = QStringLiteral("%1 %2, %3")
                        .arg(m_rng.between(1, 240))
                        .arg(m_rng.pick(m_words.streets), m_rng.pick(m_words.towns));
    }
    // Safe contact: people referred in the last fortnight mostly not yet asked (some asked
    // only about texts), the rest asked and answered; about one person in five has a
    // safety-of-contact limit.
    using domain::ContactSafety;
    const bool recent = createdAt.daysTo(m_end) < 14;
    if (m_rng.chance(recent ? 0.75 : 0.08)) {
        if (m_rng.chance(0.3))
            p.safeText = ContactSafety::Safe;
    } else {
        p.safeVoicemail = p.safeLetters = p.safeText = ContactSafety::Safe;
        if (m_rng.chance(0.22)) {
            auto answer = [this](double notSafe) {
                return m_rng.chance(notSafe) ? ContactSafety::NotSafe : ContactSafety::Safe;
            };
            p.safeVoicemail = answer(0.6);
            p.safeLetters = answer(0.5);
            p.safeText = answer(0.3);
            if (m_rng.chance(0.6))
                p.contactNotes = m_rng.pick(m_words.contactNotes);
            if (!p.hasSafetyLimits())
                p.safeVoicemail = ContactSafety::NotSafe;
        }
    }
    p.restricted = m_rng.chance(0.01);
    p.createdAt = createdAt;
    return p;
}

Referral Builder::makeReferral(const Person &p, const QDateTime &at, const Staff &team)
{
    Referral r;
    r.id = m_rng.uuid();
    r.personId = p.id;
    r.receivedAt = at;
    r.source = m_rng.code({{"police", 78}, {"self", 10}, {"partner_agency", 9}, {"other", 3}});
    if (r.source == QLatin1String("police"))
        r.crimeReference = QStringLiteral("CF%1/%2")
                               .arg(m_rng.between(0, 9999999), 7, 10, QLatin1Char('0'))
                               .arg(at.date().year() % 100, 2, 10, QLatin1Char('0'));
    r.offenceGroup = m_rng.code({{"violence_without_injury", 220},
                                 {"violence_with_injury", 150},
                                 {"stalking_harassment", 140},
                                 {"theft", 90},
                                 {"criminal_damage_arson", 80},
                                 {"sexual_offences", 70},
                                 {"burglary_residential", 60},
                                 {"public_order", 50},
                                 {"fraud", 40},
                                 {"non_crime", 30},
                                 {"robbery", 20},
                                 {"vehicle_offences", 20},
                                 {"burglary_business", 10},
                                 {"misc_crimes_against_society", 8},
                                 {"possession_of_weapons", 5},
                                 {"death_serious_injury_unlawful_driving", 3},
                                 {"drug_offences", 3},
                                 {"homicide", 2}});
    const auto &g = r.offenceGroup;
    const bool violent =
        g.startsWith(QLatin1String("violence")) || g == QLatin1String("stalking_harassment");
    if (violent && m_rng.chance(0.45))
        r.flags << QStringLiteral("domestic_abuse");
    if (g == QLatin1String("sexual_offences"))
        r.flags << QStringLiteral("sexual_violence");
    if ((violent || g == QLatin1String("public_order") ||
         g == QLatin1String("criminal_damage_arson")) &&
        m_rng.chance(0.08))
        r.flags << QStringLiteral("hate_crime");
    if (g == QLatin1String("fraud"))
        r.flags << QStringLiteral("fraud");
    if (g == QLatin1String("non_crime"))
        r.flags << QStringLiteral("antisocial_behaviour");
    if (g == QLatin1String("death_serious_injury_unlawful_driving"))
        r.flags << QStringLiteral("road_traffic_ksi");
    if (g == QLatin1String("homicide"))
        r.flags << QStringLiteral("bereaved");
    if (m_rng.chance(0.006))
        r.flags << QStringLiteral("modern_slavery");
    if (m_rng.chance(0.005))
        r.flags << QStringLiteral("child_sexual_exploitation");
    if (m_rng.chance(0.005))
        r.flags << QStringLiteral("missing_from_home");
    r.flags.sort();
    const bool child = p.dateOfBirth.isValid() && p.dateOfBirth.addYears(18) > at.date();
    if (g == QLatin1String("homicide") || g == QLatin1String("sexual_offences") ||
        r.flags.contains(QLatin1String("modern_slavery"))) {
        r.enhanced = true;
        r.enhancedReason = QStringLiteral("most_serious_crime");
    } else if (child || p.disability == QLatin1String("yes") || m_rng.chance(0.08)) {
        r.enhanced = true;
        r.enhancedReason = QStringLiteral("vulnerable_or_intimidated");
    } else if (r.flags.contains(QLatin1String("domestic_abuse")) || m_rng.chance(0.04)) {
        r.enhanced = true;
        r.enhancedReason = QStringLiteral("persistently_targeted");
    }
    r.consentToContact = !m_rng.chance(0.07);
    r.assignedTo = m_rng.pick(team.caseworkers);
    return r;
}

Status Builder::contactsFor(const Person &p, const Referral &r, const QString &episodeId,
                            const QString &worker, QDateTime from, const QDateTime &until,
                            int count)
{
    QVector<Contact> made;
    for (int i = 0; i < count && from < until; ++i) {
        Contact c;
        c.id = m_rng.uuid();
        c.personId = p.id;
        c.referralId = r.id;
        c.episodeId = episodeId;
        // The first contact usually lands within a few days; later ones every week or two.
        const int gapHours =
            i == 0 ? m_rng.between(1, m_rng.chance(0.85) ? 96 : 240) : m_rng.between(12, 24 * 9);
        c.at = officeHours(from.addSecs(gapHours * 3600LL));
        if (c.at >= until)
            break;
        from = c.at;
        c.direction = m_rng.chance(0.82) ? QStringLiteral("outbound") : QStringLiteral("inbound");
        c.channel = m_rng.code({{"phone", 70},
                                {"sms", 9},
                                {"email", 7},
                                {"letter", 5},
                                {"face_to_face", 6},
                                {"video", 3}});
        const auto &ch = c.channel;
        if (ch == QLatin1String("letter")) {
            c.outcome = QStringLiteral("letter_sent");
            c.direction = QStringLiteral("outbound");
        } else if (ch == QLatin1String("sms") || ch == QLatin1String("email")) {
            c.outcome = c.direction == QLatin1String("inbound") ? QStringLiteral("spoke")
                                                                : QStringLiteral("message_sent");
        } else if (c.direction == QLatin1String("inbound") || ch != QLatin1String("phone")) {
            c.outcome = QStringLiteral("spoke");
        } else {
            c.outcome = m_rng.code({{"spoke", 60},
                                    {"no_answer", 22},
                                    {"voicemail_left", 12},
                                    {"wrong_number", 2},
                                    {"declined", 4}});
        }
        // Respect the person's safety flags, as a careful caseworker does.
        using domain::ContactSafety;
        if (c.outcome == QLatin1String("voicemail_left") && p.safeVoicemail != ContactSafety::Safe)
            c.outcome = QStringLiteral("no_answer");
        if ((ch == QLatin1String("letter") && p.safeLetters != ContactSafety::Safe) ||
            (ch == QLatin1String("sms") && p.safeText != ContactSafety::Safe)) {
            c.channel = QStringLiteral("phone");
            c.outcome = QStringLiteral("no_answer");
        }
        const bool spoke = c.outcome == QLatin1String("spoke");
        c.durationMinutes =
            spoke ? m_rng.between(4, 65) : (c.channel == QLatin1String("phone") ? 1 : 0);
        c.summary =
            spoke ? m_rng.pick(m_words.summariesSpoke) : m_rng.pick(m_words.summariesNoAnswer);
        if (spoke && m_rng.chance(0.03)) // a few long notes, as after a difficult call
            c.summary = (c.summary + QLatin1Char('\n')).repeated(m_rng.between(10, 40)).trimmed();
        c.recordedBy = worker;
        c.recordedAt =
            c.at.addSecs(60LL * m_rng.between(c.durationMinutes, c.durationMinutes + 90));
        if (auto st = m_contacts.insert(c); !st.ok())
            return st;
        ++m_counts.contacts;
        made.push_back(c);
    }
    // About 2% of contacts get a correction, recorded later by the same worker.
    for (const auto &original : made) {
        if (!m_rng.chance(0.02))
            continue;
        Contact a = original;
        a.id = m_rng.uuid();
        a.amends = original.id;
        a.durationMinutes = original.durationMinutes + m_rng.between(0, 10);
        a.summary = QStringLiteral("Correction: ") + original.summary;
        a.recordedAt = original.recordedAt.addSecs(3600LL * m_rng.between(1, 72));
        if (auto st = m_contacts.insert(a); !st.ok())
            return st;
        ++m_counts.contacts;
    }
    return {};
}

Status Builder::tasksFor(const Person &p, const Episode &e)
{
    const int count = m_rng.between(2, 6);
    for (int i = 0; i < count; ++i) {
        Task t;
        t.id = m_rng.uuid();
        t.personId = p.id;
        t.episodeId = e.id;
        t.title = m_rng.pick(m_words.taskTitles);
        const QDate opened = e.openedAt.date();
        t.dueOn = opened.addDays(m_rng.between(2, 60));
        t.ownerId = e.caseworkerId;
        const QDateTime due(t.dueOn, QTime(17, 0), Qt::UTC);
        // One task in ten runs late, but only recently: a caseworker's list holds a few
        // weeks of overdue work, not years of it.
        const bool late = m_rng.chance(0.1) && due.daysTo(m_end) <= 21;
        if (due < m_end && !late)
            t.doneAt = officeHours(due.addDays(-m_rng.between(0, 3)));
        if (t.doneAt.isValid() && t.doneAt >= m_end)
            t.doneAt = QDateTime();
        if (auto st = m_tasks.insert(t); !st.ok())
            return st;
        ++m_counts.tasks;
    }
    return {};
}

Status Builder::episodeFor(const Person &p, QVector<Referral> &referrals, const Staff &team)
{
    // The first referral decides whether support is accepted; a repeat referral while an
    // episode is open joins it (the episode lists both).
    Referral &first = referrals.front();
    const double roll = m_rng.unit();
    const bool recent = first.receivedAt.daysTo(m_end) < 10;
    const bool stale = first.receivedAt.daysTo(m_end) < 35;
    if (!first.consentToContact) {
        first.status = QStringLiteral("declined");
    } else if ((recent && roll < 0.5) || (!recent && stale && roll < 0.05)) {
        // Recent referrals still waiting, and a few older ones past their Victims' Code
        // deadline, so the clocks show both what is due and what has been missed.
        first.status =
            m_rng.chance(0.5) ? QStringLiteral("new") : QStringLiteral("contact_attempted");
    } else if (roll < 0.66) {
        first.status = QStringLiteral("accepted");
    } else if (roll < 0.84) {
        first.status = QStringLiteral("declined");
    } else {
        first.status = QStringLiteral("no_contact");
    }

    if (first.status != QLatin1String("accepted")) {
        for (auto &r : referrals) {
            if (&r != &first)
                r.status = first.status == QLatin1String("new") ? QStringLiteral("new")
                                                                : QStringLiteral("declined");
            if (auto st = m_referrals.insert(r); !st.ok())
                return st;
            ++m_counts.referrals;
            const int attempts = r.status == QLatin1String("new") ? 0 : m_rng.between(1, 4);
            if (auto st = contactsFor(p, r, QString(), r.assignedTo, r.receivedAt, m_end, attempts);
                !st.ok())
                return st;
        }
        return {};
    }

    Episode e;
    e.id = m_rng.uuid();
    e.personId = p.id;
    e.caseworkerId = first.assignedTo;
    e.openedAt = officeHours(first.receivedAt.addSecs(3600LL * m_rng.between(2, 120)));
    if (e.openedAt >= m_end)
        e.openedAt = m_end.addSecs(-3600);
    const int lengthDays = m_rng.between(21, 200);
    QDateTime closeAt = officeHours(e.openedAt.addDays(lengthDays));
    const bool closes = closeAt < m_end;
    static const QStringList kAreas = {
        QStringLiteral("health_wellbeing"), QStringLiteral("safety_security"),
        QStringLiteral("housing"),          QStringLiteral("finance"),
        QStringLiteral("cjs_information"),  QStringLiteral("emotional_support"),
        QStringLiteral("practical_help"),   QStringLiteral("children_family"),
        QStringLiteral("substance_misuse"), QStringLiteral("employment_education")};
    for (const auto &area : kAreas) {
        if (m_rng.chance(0.5))
            e.needs.insert(area, m_rng.code({{"none", 2}, {"low", 4}, {"medium", 4}, {"high", 2}}));
    }
    for (auto &r : referrals) {
        const bool joins =
            &r == &first || (r.receivedAt >= e.openedAt && (!closes || r.receivedAt < closeAt));
        if (joins) {
            r.status = closes ? QStringLiteral("closed") : QStringLiteral("accepted");
            e.referralIds << r.id;
        } else {
            r.status =
                m_rng.chance(0.5) ? QStringLiteral("declined") : QStringLiteral("no_contact");
        }
    }
    e.referralIds.sort();
    if (closes) {
        // The caseworker asks for closure a few working hours to days before it is decided.
        e.closureRequestedBy = e.caseworkerId;
        e.closureRequestedAt = std::max(e.openedAt.addSecs(3600), closeAt.addSecs(-3600LL * 24));
        if (closeAt.daysTo(m_end) < 14 && m_rng.chance(0.4)) {
            e.status = QStringLiteral("closure_requested");
            e.closureRequestedAt = closeAt;
        } else {
            e.status = QStringLiteral("closed");
            e.closedAt = closeAt;
            e.closureApprovedBy = team.supervisorId;
        }
        e.closureReason = m_rng.code({{"support_completed", 60},
                                      {"declined_further_support", 14},
                                      {"unable_to_contact", 10},
                                      {"referred_on", 9},
                                      {"moved_away", 3},
                                      {"other", 4}});
        static const QStringList kMeasures = {
            QStringLiteral("health_wellbeing"), QStringLiteral("cope_everyday_life"),
            QStringLiteral("feel_safer"), QStringLiteral("informed_empowered"),
            QStringLiteral("cjs_participation")};
        for (const auto &m : kMeasures)
            e.outcomes.insert(
                m, m_rng.code({{"improved", 62}, {"not_improved", 18}, {"not_applicable", 20}}));
    }
    for (const auto &r : referrals) {
        if (auto st = m_referrals.insert(r); !st.ok())
            return st;
        ++m_counts.referrals;
    }
    if (auto st = m_episodes.insert(e); !st.ok())
        return st;
    ++m_counts.episodes;
    // 1-30 contacts while the episode runs.
    const int contacts = std::min(30, 1 + static_cast<int>(std::pow(m_rng.unit(), 0.7) * 30));
    if (auto st = contactsFor(p, first, e.id, e.caseworkerId, first.receivedAt,
                              closes ? closeAt : m_end, contacts);
        !st.ok())
        return st;
    if (m_rng.chance(0.4)) {
        const int n = m_rng.between(1, 2);
        for (int i = 0; i < n; ++i) {
            OnwardReferral o;
            o.id = m_rng.uuid();
            o.episodeId = e.id;
            o.agency = m_rng.code({{"idva", 25},
                                   {"isva", 8},
                                   {"mental_health", 15},
                                   {"housing", 12},
                                   {"citizens_advice", 12},
                                   {"restorative_justice", 5},
                                   {"victim_support", 10},
                                   {"childrens_services", 5},
                                   {"modern_slavery_support", 1},
                                   {"other", 7}});
            o.referredAt = officeHours(e.openedAt.addDays(m_rng.between(1, 20)));
            if (o.referredAt >= m_end)
                continue;
            if (o.referredAt.daysTo(m_end) > 14)
                o.accepted = m_rng.chance(0.8);
            if (auto st = m_episodes.insertOnward(o); !st.ok())
                return st;
            ++m_counts.onwardReferrals;
        }
    }
    return tasksFor(p, e);
}

Status Builder::person(int index)
{
    const Staff &team = m_staff.at(index % m_staff.size());
    QVector<Referral> referrals;
    // Steady arrivals over the span, so every month has a similar intake.
    QDateTime firstAt = officeHours(randomTime(m_start, m_end.addDays(-1)));
    if (firstAt >= m_end) // office hours moved it past the end (a caseload made "now")
        firstAt = m_end.addSecs(-3600);
    Person p = makePerson(firstAt.addSecs(-60));
    if (auto st = m_people.insert(p); !st.ok())
        return st;
    ++m_counts.people;
    referrals.push_back(makeReferral(p, firstAt, team));
    if (index % 200 == 199)
        m_mergeCandidates.push_back(
            {p, int(index % m_staff.size()), referrals.first().id, firstAt});
    // Repeat victims: about one person in eight is referred again.
    if (m_rng.chance(0.13)) {
        const int more = m_rng.between(1, 3);
        QDateTime at = firstAt;
        for (int i = 0; i < more; ++i) {
            at = officeHours(at.addDays(m_rng.between(3, 200)));
            if (at >= m_end)
                break;
            referrals.push_back(makeReferral(p, at, team));
        }
    }
    return episodeFor(p, referrals, team);
}

Status Builder::merges()
{
    store::PersonMergeRepository merges(m_db);
    for (const auto &c : m_mergeCandidates) {
        // The second record: the family name misspelt (a letter dropped), the number typed
        // without spaces, entered with the referral; merged the next working day.
        Person dup = c.person;
        dup.id = m_rng.uuid();
        if (dup.familyName.size() > 3)
            dup.familyName.remove(dup.familyName.size() - 2, 1);
        dup.phone.remove(QLatin1Char(' '));
        dup.createdAt = c.person.createdAt;
        dup.mergedInto = c.person.id;
        if (auto st = m_people.insert(dup); !st.ok())
            return st;
        PersonMerge m;
        m.id = m_rng.uuid();
        m.personId = c.person.id;
        m.otherId = dup.id;
        m.reason = QStringLiteral("Referred twice by the police; family name misspelt on the "
                                  "second referral");
        // The referral came in under the second record and moved to the kept one.
        m.moved = QStringLiteral("{\"contact\":[],\"episode\":[],\"onward_referral\":[],"
                                 "\"referral\":[\"%1\"],\"task\":[]}")
                      .arg(c.referralId);
        m.prior = QStringLiteral("{}");
        m.mergedBy = m_staff.at(c.team).supervisorId;
        m.mergedAt = std::min(c.at.addDays(1), m_end.addSecs(-60));
        if (auto st = merges.insert(m); !st.ok())
            return st;
    }
    return {};
}

} // namespace

Result<DemoCounts> generate(store::Database &db, const DemoOptions &options,
                            const std::function<void(int)> &progress)
{
    if (options.people < 1 || options.months < 1 || !options.until.isValid())
        return Error::invalid(QStringLiteral("people"),
                              QCoreApplication::translate("hub::demo::DemoGenerator",
                                                          "people and months must be at least 1"));
    if (store::PersonRepository(db).count() > 0)
        return Error::make(
            Error::Kind::Conflict,
            QCoreApplication::translate(
                "hub::demo::DemoGenerator",
                "the database already holds people; demo data goes into an empty one"));
    store::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    store::BulkLoad bulk(db);
    Builder builder(db, options);
    if (auto st = builder.staff(); !st.ok())
        return st.error();
    int lastPercent = -1;
    for (int i = 0; i < options.people; ++i) {
        if (auto st = builder.person(i); !st.ok())
            return st.error();
        const int percent = static_cast<int>(100LL * (i + 1) / options.people);
        if (progress && percent != lastPercent)
            progress(lastPercent = percent);
    }
    if (auto st = builder.merges(); !st.ok())
        return st.error();
    // The sample police profile (resources/referral_profiles/demo_police.json), so that a
    // demo hub reads the police files `hubctl demo --police-csv` writes; saved on the
    // demo's last day, by the system.
    const auto profile = policeProfile();
    QDateTime saved(options.until, QTime(9, 0), Qt::UTC);
    if (options.notAfter.isValid() && saved > options.notAfter)
        saved = options.notAfter;
    if (auto st = store::ReferralImportQueries(db).saveProfile(
            {profile.name, profile.source, QString::fromUtf8(profile.toJson()), saved, QString()});
        !st.ok())
        return st.error();
    if (auto st = bulk.finish(); !st.ok())
        return st.error();
    if (auto st = tx.commit(); !st.ok())
        return st.error();
    return builder.counts();
}

} // namespace hub::demo
