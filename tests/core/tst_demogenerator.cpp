#include "TempDatabase.h"
#include "archive/ArchiveWriter.h"
#include "demo/DemoGenerator.h"
#include "domain/ReferenceData.h"
#include "domain/Validator.h"
#include "services/CaseService.h"
#include "store/PersonMergeRepository.h"
#include "store/ReferralImportQueries.h"
#include "store/Repositories.h"
#include "util/Ids.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QtTest>

using namespace hub;

namespace {

// Everything the store holds, hashed in id order, so two databases can be compared.
QByteArray fingerprint(store::Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&](const QStringList &fields) {
        hash.addData(fields.join(QChar(0x1f)).toUtf8());
        hash.addData(QByteArrayLiteral("\x1e"));
        return Status{};
    };
    (void)store::PersonRepository(db).forEach([&](const domain::Person &p) {
        return add({p.id, p.givenName, p.familyName, p.dateOfBirth.toString(Qt::ISODate), p.phone,
                    p.postcode, p.contactNotes, p.createdAt.toString(Qt::ISODate)});
    });
    (void)store::ReferralRepository(db).forEach([&](const domain::Referral &r) {
        return add({r.id, r.personId, r.receivedAt.toString(Qt::ISODate), r.offenceGroup,
                    r.flags.join(QLatin1Char(',')), r.status, r.crimeReference});
    });
    (void)store::ContactRepository(db).forEach([&](const domain::Contact &c) {
        return add({c.id, c.personId, c.at.toString(Qt::ISODate), c.outcome, c.summary, c.amends});
    });
    (void)store::TaskRepository(db).forEach([&](const domain::Task &t) {
        return add({t.id, t.title, t.dueOn.toString(Qt::ISODate), t.doneAt.toString(Qt::ISODate)});
    });
    return hash.result().toHex();
}

demo::DemoOptions small(quint64 seed)
{
    demo::DemoOptions o;
    o.people = 600;
    o.months = 12;
    o.seed = seed;
    return o;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedGivesSameCaseload()
    {
        test::TempDatabase a, b, c;
        QVERIFY(demo::generate(a.db(), small(42)).ok());
        QVERIFY(demo::generate(b.db(), small(42)).ok());
        QVERIFY(demo::generate(c.db(), small(43)).ok());
        QCOMPARE(fingerprint(a.db()), fingerprint(b.db()));
        QVERIFY(fingerprint(a.db()) != fingerprint(c.db()));
        // The words: same seed, identical export.
        const auto exported = [](store::Database &db) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            auto written = archive::exportArchive(db, buffer);
            return written.ok() ? buffer.data() : QByteArray();
        };
        const auto first = exported(a.db());
        QVERIFY(first.size() > 100000);
        QCOMPARE(exported(b.db()), first);
        QVERIFY(exported(c.db()) != first);
    }

    // The generator rebuilds the search index once at the end instead of row by row; after
    // it, both the generated people and people added later must be found.
    void searchIndexIsCompleteAfterBulkLoad()
    {
        test::TempDatabase t;
        QVERIFY(demo::generate(t.db(), small(5)).ok());
        services::CaseService cases(t.db());
        int checked = 0;
        QVERIFY(store::PersonRepository(t.db())
                    .forEach([&](const domain::Person &p) {
                        if (checked++ % 97 != 0)
                            return Status{};
                        auto found =
                            cases.search(domain::Actor::system(),
                                         p.givenName + QLatin1Char(' ') + p.familyName, 1000);
                        if (!found.ok() || std::none_of(found->begin(), found->end(),
                                                        [&](const domain::PersonSummary &s) {
                                                            return s.id == p.id;
                                                        }))
                            return Status(Error::make(Error::Kind::NotFound, p.displayName()));
                        return Status{};
                    })
                    .ok());
        domain::Person later;
        later.id = util::newId();
        later.givenName = QStringLiteral("Zebedee");
        later.familyName = QStringLiteral("Quillfeather");
        later.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store::PersonRepository(t.db()).insert(later).ok());
        auto found = cases.search(domain::Actor::system(), QStringLiteral("quillf"), 10);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, later.id);
    }

    // One person in 200 was referred twice and merged: a tombstone pointing at the kept
    // record and a person_merge by the team's supervisor, undoable; the caseload, search
    // and the counts see one person. The sample police profile is installed.
    void demoHasMergesAndThePoliceProfile()
    {
        test::TempDatabase t;
        const auto made = demo::generate(t.db(), small(42));
        QVERIFY2(made.ok(), qPrintable(made.error().describe()));
        QCOMPARE(made->people, 600);
        int tombstones = 0;
        QVERIFY(store::PersonRepository(t.db())
                    .forEach([&](const domain::Person &p) {
                        if (p.mergedInto.isEmpty())
                            return Status();
                        ++tombstones;
                        auto kept = store::PersonRepository(t.db()).get(p.mergedInto);
                        if (!kept.ok() || !kept->mergedInto.isEmpty())
                            return Status(Error::make(Error::Kind::Invalid, p.id));
                        return Status();
                    })
                    .ok());
        QCOMPARE(tombstones, 3);
        int merged = 0;
        QVERIFY(store::PersonMergeRepository(t.db())
                    .forEach([&](const domain::PersonMerge &m) {
                        ++merged;
                        auto user = store::UserRepository(t.db()).get(m.mergedBy);
                        if (!user.ok() || user->role != QLatin1String("supervisor") ||
                            !m.moved.contains(QLatin1String("\"referral\":[\"")))
                            return Status(Error::make(Error::Kind::Invalid, m.id));
                        return Status();
                    })
                    .ok());
        QCOMPARE(merged, 3);
        services::CaseService cases(t.db());
        QCOMPARE(cases.caseloadCount(domain::Actor::system()), 600);
        auto profile =
            store::ReferralImportQueries(t.db()).profile(QStringLiteral("Demo Constabulary"));
        QVERIFY(profile.ok());
        QCOMPARE(profile->source, QStringLiteral("police"));
    }

    void refusesADatabaseThatHoldsPeople()
    {
        test::TempDatabase t;
        QVERIFY(demo::generate(t.db(), small(1)).ok());
        auto again = demo::generate(t.db(), small(1));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
    }

    // The dataset must look like a hub's: PERFORMANCE.md lists what "realistic" means.
    void caseloadIsRealistic()
    {
        test::TempDatabase t;
        auto made = demo::generate(t.db(), small(1));
        QVERIFY2(made.ok(), qPrintable(made.error().describe()));
        const auto counts = made.value();
        QCOMPARE(counts.people, 600);
        QVERIFY2(counts.referrals > 620 && counts.referrals < 800,
                 qPrintable(QString::number(counts.referrals)));
        QVERIFY(counts.episodes > 250 && counts.episodes < 500);
        QVERIFY(counts.contacts > 10 * counts.episodes / 2);

        const domain::Validator validator(domain::ReferenceData::builtin(), QDate(2026, 10, 31));
        int noDob = 0, safety = 0, nonAscii = 0, longNames = 0, notAsked = 0, allSafe = 0;
        QVERIFY(store::PersonRepository(t.db())
                    .forEach([&](const domain::Person &p) {
                        noDob += p.dateOfBirth.isValid() ? 0 : 1;
                        safety += p.hasSafetyLimits() ? 1 : 0;
                        notAsked += p.safetyNotAsked() ? 1 : 0;
                        allSafe += !p.safetyNotAsked() && !p.hasSafetyLimits() ? 1 : 0;
                        const auto name = p.displayName();
                        nonAscii += std::any_of(name.begin(), name.end(),
                                                [](QChar ch) { return ch.unicode() > 127; })
                                        ? 1
                                        : 0;
                        longNames += name.size() > 30 ? 1 : 0;
                        return validator.person(p);
                    })
                    .ok());
        QVERIFY2(noDob > 10 && noDob < 90, qPrintable(QString::number(noDob)));
        QVERIFY2(safety > 80 && safety < 170, qPrintable(QString::number(safety))); // about 1 in 5
        // A realistic mix: most people asked and answered, the newest mostly not yet asked.
        QVERIFY2(notAsked > 20 && notAsked < allSafe,
                 qPrintable(QStringLiteral("%1 not asked, %2 safe").arg(notAsked).arg(allSafe)));
        QVERIFY(nonAscii > 20);
        QVERIFY(longNames > 0);

        QHash<QString, int> referralsPerPerson;
        QHash<QString, int> flagged;
        QVERIFY(store::ReferralRepository(t.db())
                    .forEach([&](const domain::Referral &r) {
                        ++referralsPerPerson[r.personId];
                        for (const auto &f : r.flags)
                            ++flagged[f];
                        return validator.referral(r);
                    })
                    .ok());
        const auto repeats = std::count_if(referralsPerPerson.begin(), referralsPerPerson.end(),
                                           [](int n) { return n > 1; });
        QVERIFY2(repeats > 30, qPrintable(QString::number(repeats)));
        QVERIFY(flagged.value(QStringLiteral("domestic_abuse")) > 60);

        QHash<QString, int> contactsPerEpisode;
        int amendments = 0;
        QVERIFY(store::ContactRepository(t.db())
                    .forEach([&](const domain::Contact &c) {
                        if (!c.episodeId.isEmpty() && c.amends.isEmpty())
                            ++contactsPerEpisode[c.episodeId];
                        amendments += c.amends.isEmpty() ? 0 : 1;
                        return validator.contact(c);
                    })
                    .ok());
        QVERIFY(amendments > 0);
        for (int n : contactsPerEpisode)
            QVERIFY(n >= 1 && n <= 30);
        QVERIFY(store::EpisodeRepository(t.db())
                    .forEach([&](const domain::Episode &e) { return validator.episode(e); })
                    .ok());
    }

    // A caseload made "today" teaches the right thing: nothing happens after the moment it
    // is made, every closure request says when and why it was asked for, and the Victims'
    // Code clocks show referrals both still due and already past their deadline.
    void caseloadMadeNowHasNoFutureAndRealClocks()
    {
        test::TempDatabase t;
        auto o = small(11);
        const QDateTime now(QDate(2026, 10, 28), QTime(10, 30), Qt::UTC);
        o.until = now.date();
        o.notAfter = now;
        QVERIFY(demo::generate(t.db(), o).ok());

        int future = 0;
        QVERIFY(store::ContactRepository(t.db())
                    .forEach([&](const domain::Contact &c) {
                        future += c.at > now ? 1 : 0;
                        return Status{};
                    })
                    .ok());
        QVERIFY(store::ReferralRepository(t.db())
                    .forEach([&](const domain::Referral &r) {
                        future += r.receivedAt > now ? 1 : 0;
                        return Status{};
                    })
                    .ok());
        QCOMPARE(future, 0);

        int requests = 0, requestsWithoutDateOrReason = 0;
        QVERIFY(store::EpisodeRepository(t.db())
                    .forEach([&](const domain::Episode &e) {
                        if (e.status == QLatin1String("closure_requested")) {
                            ++requests;
                            if (!e.closureRequestedAt.isValid() || e.closureReason.isEmpty() ||
                                e.closureRequestedBy.isEmpty() || e.closureRequestedAt > now)
                                ++requestsWithoutDateOrReason;
                        }
                        return Status{};
                    })
                    .ok());
        QVERIFY(requests > 0);
        QCOMPARE(requestsWithoutDateOrReason, 0);

        // Waiting referrals: some received in the last week (due soon), some weeks old
        // (their first-contact deadline long gone).
        int dueSoon = 0, overdue = 0;
        QVERIFY(store::ReferralRepository(t.db())
                    .forEach([&](const domain::Referral &r) {
                        if (r.status == QLatin1String("new") ||
                            r.status == QLatin1String("contact_attempted")) {
                            const auto age = r.receivedAt.daysTo(now);
                            dueSoon += age <= 7 ? 1 : 0;
                            overdue += age >= 14 ? 1 : 0;
                        }
                        return Status{};
                    })
                    .ok());
        QVERIFY2(dueSoon > 0, qPrintable(QString::number(dueSoon)));
        QVERIFY2(overdue > 0, qPrintable(QString::number(overdue)));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
