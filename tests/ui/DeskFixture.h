#pragma once

// The set-up the caseworker desk tests share: a fresh database file, the services with the
// clock fixed at Wednesday 10 June 2026, 11:00 in London (10:00 UTC), the main window of
// the acting caseworker, and records written straight through the repositories.

#include "MainWindow.h"
#include "SafeContact.h"
#include "TempDatabase.h"
#include "services/CaseService.h"
#include "services/DeskService.h"
#include "store/Repositories.h"
#include "util/Ids.h"
#include "util/Time.h"

#include <QtTest>

#include <memory>
#include <tuple>
#include <utility>

namespace hub::test {

class DeskFixture
{
protected:
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<util::FixedClock> m_clock;
    std::unique_ptr<services::Services> m_services;
    std::unique_ptr<services::CaseService> m_cases;
    std::unique_ptr<ui::MainWindow> m_window;
    domain::Actor m_worker;

    static QDateTime utc(const char *text) { return util::parseRfc3339(QString::fromLatin1(text)); }

    void openDatabase()
    {
        m_db = std::make_unique<TempDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
    }

    void startServices()
    {
        m_clock = std::make_unique<util::FixedClock>(utc("2026-06-10T10:00:00Z"));
        m_services = std::make_unique<services::Services>(m_db->db(), *m_clock);
        m_cases = std::make_unique<services::CaseService>(m_db->db());
    }

    // The main window of m_worker, shown and active.
    void showWindow()
    {
        m_window = std::make_unique<ui::MainWindow>(*m_services, *m_cases, m_worker);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void closeAll()
    {
        m_window.reset();
        m_cases.reset();
        m_services.reset();
        m_clock.reset();
        m_db.reset();
    }

    // A team's desk with work for a supervisor: an accepted police referral for `held` and
    // their support episode with `caseworkerId`, its closure waiting for approval; and a new
    // referral for `waiting`, unassigned in the queue. Returns the episode and the new
    // referral's id.
    std::pair<domain::Episode, QString> addClosureAndNewReferral(const domain::Person &held,
                                                                 const domain::Person &waiting,
                                                                 const QString &caseworkerId)
    {
        domain::Referral r;
        r.id = util::newId();
        r.personId = held.id;
        r.receivedAt = utc("2026-06-01T09:00:00Z");
        r.source = QStringLiteral("police");
        r.offenceGroup = QStringLiteral("burglary_residential");
        r.status = QStringLiteral("accepted");
        r.assignedTo = caseworkerId;
        domain::Episode episode;
        episode.id = util::newId();
        episode.personId = held.id;
        episode.referralIds = {r.id};
        episode.caseworkerId = caseworkerId;
        episode.openedAt = utc("2026-06-02T09:00:00Z");
        episode.status = QStringLiteral("closure_requested");
        episode.closureReason = QStringLiteral("support_completed");
        episode.closureRequestedAt = utc("2026-06-09T15:00:00Z");
        episode.closureRequestedBy = caseworkerId;
        episode.outcomes = {{QStringLiteral("feel_safer"), QStringLiteral("improved")}};
        domain::Referral b = r;
        b.id = util::newId();
        b.personId = waiting.id;
        b.status = QStringLiteral("new");
        b.assignedTo.clear();
        if (!store::ReferralRepository(m_db->db()).insert(r).ok() ||
            !store::EpisodeRepository(m_db->db()).insert(episode).ok() ||
            !store::ReferralRepository(m_db->db()).insert(b).ok())
            qFatal("cannot add the referrals and the episode");
        return {episode, b.id};
    }

    domain::User addUser(const QString &username, const QString &name, const QString &teamId = {})
    {
        domain::User u{util::newId(), username, name, QStringLiteral("caseworker"), teamId, true};
        if (!store::UserRepository(m_db->db()).insert(u).ok())
            qFatal("cannot add a user");
        return u;
    }

    static domain::Actor actorOf(const domain::User &user)
    {
        return domain::Actor{user.id, user.role, user.teamId, QStringLiteral("test-pc")};
    }

    domain::Person addPerson(const QString &given, const QString &family, bool safeVoicemail = true,
                             const QDate &dateOfBirth = {})
    {
        domain::Person p;
        p.id = util::newId();
        p.givenName = given;
        p.familyName = family;
        p.dateOfBirth = dateOfBirth;
        answerAllSafe(p);
        p.safeVoicemail = safeIf(safeVoicemail);
        p.createdAt = utc("2026-01-05T09:00:00Z");
        if (!store::PersonRepository(m_db->db()).insert(p).ok())
            qFatal("cannot add a person");
        return p;
    }

    // A police referral received on Monday 8 June 2026, with `status`, assigned to
    // `assignee` (nobody when empty); returns its id.
    QString addReferral(const domain::Person &p, const QString &status, const QString &assignee)
    {
        domain::Referral r;
        r.id = util::newId();
        r.personId = p.id;
        r.receivedAt = utc("2026-06-08T09:00:00Z");
        r.source = QStringLiteral("police");
        r.offenceGroup = QStringLiteral("burglary_residential");
        r.status = status;
        r.assignedTo = assignee;
        if (!store::ReferralRepository(m_db->db()).insert(r).ok())
            qFatal("cannot add a referral");
        return r.id;
    }
};

} // namespace hub::test
