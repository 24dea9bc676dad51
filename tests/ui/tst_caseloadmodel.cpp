#include "TempDatabase.h"
#include "UiFixtures.h"
#include "models/CaseloadModel.h"
#include "models/SearchResultsModel.h"
#include "services/CaseService.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace hub;
using ui::CaseloadModel;
using ui::SearchResultsModel;
using ui::SummaryColumn;

class TestCaseloadModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<services::CaseService> m_service;
    test::Seeded m_seed;

    static int col(SummaryColumn c) { return CaseloadModel::sectionOf(c); }

    // A referral, an episode and a contact for `person`, at fixed instants.
    void addHistory(const domain::Person &person)
    {
        domain::Referral r;
        r.id = util::newId();
        r.personId = person.id;
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST): the list shows 01/07/2026.
        r.receivedAt = QDateTime(QDate(2026, 6, 30), QTime(23, 30), Qt::UTC);
        r.source = QStringLiteral("police");
        r.crimeReference = QStringLiteral("CF0001234/26");
        r.offenceGroup = QStringLiteral("violence_with_injury");
        r.status = QStringLiteral("accepted");
        QVERIFY(store::ReferralRepository(m_db->db()).insert(r).ok());
        domain::Episode e;
        e.id = util::newId();
        e.personId = person.id;
        e.referralIds = {r.id};
        e.caseworkerId = m_seed.caseworker.id;
        e.openedAt = r.receivedAt.addDays(1);
        QVERIFY(store::EpisodeRepository(m_db->db()).insert(e).ok());
        domain::Contact c;
        c.id = util::newId();
        c.personId = person.id;
        c.episodeId = e.id;
        c.at = QDateTime(QDate(2026, 7, 3), QTime(10, 0), Qt::UTC);
        c.direction = QStringLiteral("outbound");
        c.channel = QStringLiteral("phone");
        c.outcome = QStringLiteral("spoke");
        c.durationMinutes = 12;
        c.summary = QStringLiteral("First call.");
        c.recordedBy = m_seed.caseworker.id;
        c.recordedAt = c.at;
        QVERIFY(store::ContactRepository(m_db->db()).insert(c).ok());
    }

    QVector<domain::Person> sortedByName() const
    {
        auto people = m_seed.people;
        std::sort(people.begin(), people.end(), test::nameOrder);
        return people;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        m_seed = test::seedPeople(m_db->db(), 700);
        m_service = std::make_unique<services::CaseService>(m_db->db());
    }

    void cleanup()
    {
        m_service.reset();
        m_db.reset();
    }

    void passesTheModelTester()
    {
        CaseloadModel model(*m_service, domain::Actor::system());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(col(SummaryColumn::DateOfBirth), Qt::DescendingOrder);
        model.sort(col(SummaryColumn::LatestReferral), Qt::AscendingOrder);
        model.refresh();
        QCOMPARE(model.rowCount(), 700);
    }

    void fetchesOnlyThePagesItShows()
    {
        CaseloadModel model(*m_service, domain::Actor::system());
        QCOMPARE(model.rowCount(), 700);
        QCOMPARE(model.pagesFetched(), 0);

        const auto expected = sortedByName();
        const auto last = model.index(699, col(SummaryColumn::Name));
        QCOMPARE(last.data().toString(), test::listName(expected.last()));
        QCOMPARE(last.data(ui::SummaryColumns::PersonIdRole).toString(), expected.last().id);
        QCOMPARE(model.pagesFetched(), 1);
        // Every column of the same row comes from the same page.
        QVERIFY(model.index(699, col(SummaryColumn::Postcode)).data().isValid());
        QCOMPARE(model.pagesFetched(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), test::listName(expected.first()));
        QCOMPARE(model.pagesFetched(), 2);
        QVERIFY(!model.index(700, 0).isValid());
    }

    void forgetsTheLeastRecentlyUsedPage()
    {
        CaseloadModel model(*m_service, domain::Actor::system());
        model.setPaging(10, 3); // 70 pages of 10 rows, 3 kept
        for (int page = 0; page < 4; ++page)
            QVERIFY(model.index(page * 10, 0).data().isValid());
        QCOMPARE(model.pagesFetched(), 4);
        QVERIFY(model.index(35, 0).data().isValid()); // page 3: still kept
        QCOMPARE(model.pagesFetched(), 4);
        QVERIFY(model.index(5, 0).data().isValid()); // page 0: was dropped
        QCOMPARE(model.pagesFetched(), 5);
    }

    void sortsByName()
    {
        CaseloadModel model(*m_service, domain::Actor::system());
        const auto expected = sortedByName();
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(model.index(row, 0).data(ui::SummaryColumns::PersonIdRole).toString(),
                     expected.at(row).id);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(col(SummaryColumn::Name), Qt::DescendingOrder);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
        // Names are unique, so descending is exactly the reverse.
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(model.index(row, 0).data().toString(),
                     test::listName(expected.at(expected.size() - 1 - row)));
    }

    void sortsByDateOfBirthWithUnknownFirst()
    {
        CaseloadModel model(*m_service, domain::Actor::system());
        model.sort(col(SummaryColumn::DateOfBirth), Qt::AscendingOrder);
        const int dob = col(SummaryColumn::DateOfBirth);
        const int unknown =
            int(std::count_if(m_seed.people.begin(), m_seed.people.end(),
                              [](const auto &p) { return !p.dateOfBirth.isValid(); }));
        QVERIFY(unknown > 0);
        for (int row = 0; row < unknown; ++row)
            QCOMPARE(model.index(row, dob).data().toString(), QStringLiteral("Unknown"));
        QDate previous;
        for (int row = unknown; row < model.rowCount(); ++row) {
            const auto d = QDate::fromString(model.index(row, dob).data().toString(),
                                             QStringLiteral("dd/MM/yyyy"));
            QVERIFY2(d.isValid() && d >= previous, qPrintable(QString::number(row)));
            previous = d;
        }
    }

    void ignoresColumnsThatCannotBeSorted()
    {
        CaseloadModel model(*m_service, domain::Actor::system());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(col(SummaryColumn::Offence), Qt::DescendingOrder);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.sortColumn(), col(SummaryColumn::Name));
        QVERIFY(!CaseloadModel::isSortable(col(SummaryColumn::Safety)));
        QVERIFY(CaseloadModel::isSortable(col(SummaryColumn::Postcode)));
    }

    void showsHistoryInLondonTimeAndSafetyLimits()
    {
        const auto &person = m_seed.people.at(2); // i % 5 == 2: no voicemail
        QCOMPARE(person.safeVoicemail, domain::ContactSafety::NotSafe);
        addHistory(person);
        CaseloadModel model(*m_service, domain::Actor::system());
        const auto expected = sortedByName();
        const int row = int(std::find_if(expected.begin(), expected.end(),
                                         [&](const auto &p) { return p.id == person.id; }) -
                            expected.begin());
        auto cell = [&](SummaryColumn c, int role = Qt::DisplayRole) {
            return model.index(row, col(c)).data(role);
        };
        QCOMPARE(cell(SummaryColumn::Name).toString(), test::listName(person));
        QCOMPARE(cell(SummaryColumn::LatestReferral).toString(), QStringLiteral("01/07/2026"));
        QCOMPARE(cell(SummaryColumn::Offence).toString(), QStringLiteral("Violence with injury"));
        QCOMPARE(cell(SummaryColumn::Episode).toString(), QStringLiteral("Open"));
        QCOMPARE(cell(SummaryColumn::Caseworker).toString(), QStringLiteral("Aleksandra Nowak"));
        QCOMPARE(cell(SummaryColumn::LastContact).toString(), QStringLiteral("03/07/2026"));
        QCOMPARE(cell(SummaryColumn::Safety).toString(), QStringLiteral("No voicemail"));
        QVERIFY(cell(SummaryColumn::Safety, ui::SummaryColumns::HasSafetyLimitsRole).toBool());
        QVERIFY(!cell(SummaryColumn::Safety, Qt::DecorationRole).isNull());
        QCOMPARE(cell(SummaryColumn::DateOfBirth).toString(),
                 person.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")));
    }

    void refreshesWhenTheServiceSaysSo()
    {
        CaseloadModel model(*m_service, domain::Actor::system());
        QVERIFY(model.index(0, 0).data().isValid());
        domain::Person p;
        p.id = util::newId();
        p.givenName = QStringLiteral("Aaron");
        p.familyName = QStringLiteral("Aardvark");
        p.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store::PersonRepository(m_db->db()).insert(p).ok());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Q_EMIT m_service->caseloadReset();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 701);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Aardvark, Aaron"));
    }

    void searchResultsPassTheModelTester()
    {
        SearchResultsModel model(*m_service, domain::Actor::system());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setQuery(QStringLiteral("Patel")));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.setQuery(QString()));
        QCOMPARE(model.rowCount(), 0);
    }

    void searchFindsByNameAndPostcode()
    {
        SearchResultsModel model(*m_service, domain::Actor::system());
        const auto &target = m_seed.people.at(123);
        QVERIFY(model.setQuery(target.givenName + QLatin1Char(' ') + target.familyName));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.personId(0), target.id);
        const int name = SearchResultsModel::sectionOf(SummaryColumn::Name);
        QCOMPARE(model.index(0, name).data().toString(), test::listName(target));
        const int phone = SearchResultsModel::sectionOf(SummaryColumn::Phone);
        QCOMPARE(model.index(0, phone).data().toString(), target.phone);

        QVERIFY(model.setQuery(target.postcode));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, SearchResultsModel::sectionOf(SummaryColumn::Postcode))
                         .data()
                         .toString(),
                     target.postcode);

        QVERIFY(model.setQuery(QStringLiteral("Nobodyhasthisname")));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.lastError().isEmpty());
    }
};

QTEST_MAIN(TestCaseloadModel)
#include "tst_caseloadmodel.moc"
