#include "ServiceFixtures.h"
#include "archive/ArchiveWriter.h"
#include "backup/Backup.h"
#include "demo/PoliceCsv.h"
#include "security/Permissions.h"
#include "services/Access.h"
#include "services/ArchiveService.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/CaseService.h"
#include "services/ContactService.h"
#include "services/DuplicateService.h"
#include "services/EpisodeService.h"
#include "services/ErasureService.h"
#include "services/PersonMergeService.h"
#include "services/PersonService.h"
#include "services/ReferralImportService.h"
#include "services/ReferralService.h"
#include "services/ReportService.h"
#include "services/SettingsService.h"
#include "services/SupervisorService.h"
#include "store/AuditRepository.h"
#include "store/PersonFilter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QSqlError>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

using hub::Status;
using hub::domain::Actor;
using hub::security::Action;
using namespace hub::services;
using hub::test::utc;
using Kind = hub::Error::Kind;

Q_DECLARE_METATYPE(hub::security::Action)

namespace {

// Any Result as a Status, so every service call can be checked the same way.
template <typename T> Status asStatus(const hub::Result<T> &r)
{
    if (r.ok())
        return {};
    return r.error();
}

const char *actionKey(Action a)
{
    static const char *names[] = {"ViewPerson",
                                  "EditPerson",
                                  "LogContact",
                                  "AmendContact",
                                  "Intake",
                                  "Triage",
                                  "Assign",
                                  "ManageEpisode",
                                  "RequestClosure",
                                  "ApproveClosure",
                                  "Reassign",
                                  "SetPriority",
                                  "CreateTask",
                                  "CompleteTask",
                                  "ViewReports",
                                  "SaveSnapshot",
                                  "ExportIdentifiable",
                                  "ManageUsers",
                                  "ChangeSettings",
                                  "ViewAudit",
                                  "Erase",
                                  "Backup",
                                  "Sync",
                                  "ResolveConflict",
                                  "EraseRetention",
                                  "ImportArchive",
                                  "ImportReferrals",
                                  "ManageReferralProfiles",
                                  "MergePeople",
                                  "FindDuplicates"};
    static_assert(sizeof(names) / sizeof(names[0]) == int(Action::ActionCount));
    return names[int(a)];
}

} // namespace

// Every role against every action, each through the real service method on a real
// database: allowed calls succeed, refused ones fail as Permission and write nothing. Then
// restricted people and other teams' records.
class TestPermissions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<hub::test::ServiceFixture> f;
    QString teamA, teamB;
    Actor cwA, cwA2, cwB, supA, supB, supHub, admin, auditor;
    QString p, r1, e, c, t; // a person held by cwA: a new referral, an open episode
    QString p2, e2;         // a closure awaiting approval, held by cwA
    QString q, qe;          // a restricted person held by cwA

    // Wed 17 June 2026, 11:00 BST.
    static QDateTime now() { return utc("2026-06-17T10:00:00Z"); }

    Actor actorFor(const QString &name) const
    {
        static const QHash<QString, const Actor TestPermissions::*> all{
            {QStringLiteral("caseworker"), &TestPermissions::cwA},
            {QStringLiteral("caseworker of the team"), &TestPermissions::cwA2},
            {QStringLiteral("caseworker of another team"), &TestPermissions::cwB},
            {QStringLiteral("supervisor"), &TestPermissions::supA},
            {QStringLiteral("supervisor of another team"), &TestPermissions::supB},
            {QStringLiteral("hub supervisor"), &TestPermissions::supHub},
            {QStringLiteral("admin"), &TestPermissions::admin},
            {QStringLiteral("auditor"), &TestPermissions::auditor}};
        return this->*all.value(name);
    }

    hub::domain::Contact contactDraft(const QString &personId) const
    {
        hub::domain::Contact d;
        d.personId = personId;
        d.at = now().addSecs(-3600);
        d.direction = QStringLiteral("outbound");
        d.channel = QStringLiteral("phone");
        d.outcome = QStringLiteral("spoke");
        d.summary = QStringLiteral("Talked through the next court date");
        return d;
    }

    QMap<QString, QString> allOutcomes() const
    {
        QMap<QString, QString> out;
        for (const auto &m : f->ctx.codes.codes(QStringLiteral("outcome_measure")))
            out.insert(m, QStringLiteral("not_applicable"));
        return out;
    }

    // Every row of every table, hashed: equal before and after means nothing was written.
    QByteArray fingerprint()
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery tables(f->db().connection());
        if (!tables.exec(QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
            qFatal("cannot list tables");
        while (tables.next()) {
            const auto name = tables.value(0).toString();
            QSqlQuery rows(f->db().connection());
            if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name)))
                qFatal("cannot read %s", qPrintable(name));
            hash.addData(name.toUtf8());
            while (rows.next()) {
                for (int i = 0; i < rows.record().count(); ++i)
                    hash.addData(rows.value(i).toString().toUtf8() + '\x1f');
                hash.addData(QByteArrayView("\x1e"));
            }
        }
        return hash.result();
    }

    // The real service call behind each action, on the seeded caseload.
    Status perform(Action action, const Actor &a)
    {
        auto &ctx = f->ctx;
        switch (action) {
        case Action::ViewPerson:
            return asStatus(CaseService(f->db(), f->clock).openPerson(a, p));
        case Action::EditPerson: {
            auto person = hub::store::PersonRepository(f->db()).get(p);
            auto edited = person.value();
            edited.phone = QStringLiteral("01632 960123");
            return asStatus(PersonService(ctx).update(a, edited));
        }
        case Action::LogContact:
            return asStatus(ContactService(ctx).log(a, contactDraft(p)));
        case Action::AmendContact: {
            auto corrected = contactDraft(p);
            corrected.summary = QStringLiteral("Talked through the trial date");
            return asStatus(ContactService(ctx).amend(a, c, corrected));
        }
        case Action::Intake: {
            Intake in;
            in.personId = p;
            in.referral.receivedAt = now().addSecs(-600);
            in.referral.source = QStringLiteral("police");
            in.referral.offenceGroup = QStringLiteral("burglary_residential");
            return asStatus(ReferralService(ctx).intake(a, in));
        }
        case Action::Triage:
            return asStatus(ReferralService(ctx).triage(
                a, r1, {TriageDecision::Action::Accept, QStringLiteral("Wants support"), e}));
        case Action::Assign:
            return ReferralService(ctx).assign(a, r1, cwA2.userId);
        case Action::ManageEpisode:
            return EpisodeService(ctx).assessNeeds(
                a, e, {{QStringLiteral("emotional_support"), QStringLiteral("high")}});
        case Action::RequestClosure:
            return EpisodeService(ctx).requestClosure(a, e, QStringLiteral("support_completed"),
                                                      allOutcomes());
        case Action::ApproveClosure:
            return SupervisorService(ctx).approveClosure(a, e2);
        case Action::Reassign:
            return asStatus(SupervisorService(ctx).reassign(a, {{QStringLiteral("episode"), e}},
                                                            cwA2.userId, QStringLiteral("Leave")));
        case Action::SetPriority:
            return SupervisorService(ctx).setPriority(a, {{QStringLiteral("referral"), r1}},
                                                      QStringLiteral("high"));
        case Action::CreateTask: {
            hub::domain::Task draft;
            draft.personId = p;
            draft.episodeId = e;
            draft.title = QStringLiteral("Ring back about the hearing");
            draft.dueOn = QDate(2026, 6, 19);
            return asStatus(TaskService(ctx).create(a, draft));
        }
        case Action::CompleteTask:
            return asStatus(TaskService(ctx).complete(a, t));
        case Action::ViewReports:
            return asStatus(ReportService(ctx).monthly(a, QDate(2026, 5, 1)));
        case Action::SaveSnapshot:
            return asStatus(ReportService(ctx).saveSnapshot(a, QDate(2026, 5, 1)));
        case Action::ManageUsers:
            return asStatus(AuthService(ctx, hub::security::PasswordHasher::Cost::Minimum)
                                .addUser(a, QStringLiteral("cw.new"), QStringLiteral("New Worker"),
                                         QStringLiteral("caseworker"), teamA,
                                         QStringLiteral("temporary-secret-1")));
        case Action::ChangeSettings:
            return SettingsService(ctx).setVictimsCodeDays(a, {3, 6});
        case Action::ViewAudit:
            return asStatus(AuditService(ctx).verify(a));
        case Action::ExportIdentifiable: {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            return asStatus(ArchiveService(ctx).exportAll(a, out, QStringLiteral("all.hub")));
        }
        case Action::ImportReferrals: { // a one-row police file, previewed and written
            hub::demo::PoliceCsvOptions one;
            one.rows = 1;
            one.receivedFrom = QDate(2026, 6, 15);
            ReferralImportService service(ctx);
            auto preview =
                service.preview(a, hub::demo::policeCsv(one), hub::demo::policeProfile());
            if (!preview.ok())
                return preview.error();
            return asStatus(service.import(a, preview.value()));
        }
        case Action::ManageReferralProfiles:
            return ReferralImportService(ctx).saveProfile(a, hub::demo::policeProfile());
        case Action::ImportArchive: {
            QBuffer archive;
            archive.open(QIODevice::WriteOnly);
            if (auto s = asStatus(hub::archive::exportArchive(f->db(), archive)); !s.ok())
                return s;
            archive.close();
            archive.open(QIODevice::ReadOnly);
            return asStatus(ArchiveService(ctx).importAll(a, archive, QStringLiteral("all.hub")));
        }
        case Action::Backup: {
            QTemporaryDir dir;
            return asStatus(
                hub::backup::Backup::write(a, f->db(), dir.filePath(QStringLiteral("hub.vhubbak")),
                                           "a long passphrase", hub::backup::KdfCost::Minimum));
        }
        case Action::Erase: // the lookup before an erasure: the same permission, no write
            return asStatus(ErasureService(ctx).find(a, p));
        case Action::EraseRetention: // the review list before a retention erasure
            return asStatus(ErasureService(ctx).retentionList(a, 6));
        case Action::MergePeople: // p2 (no referrals left open) into p, both held by cwA
            return asStatus(PersonMergeService(ctx).merge(
                a, {p, p2, QStringLiteral("Same date of birth and phone"), {}}));
        case Action::FindDuplicates:
            return asStatus(DuplicateService(ctx).run(a));
        case Action::Sync:
        case Action::ResolveConflict:
            return hub::security::check(a, action);
        case Action::ActionCount:
            break;
        }
        return hub::Error::make(Kind::Invalid, QStringLiteral("no such action"));
    }

    // The person's row of the "All people" list as `a` sees it.
    hub::domain::PersonSummary allPeopleRow(const Actor &a, const QString &personId)
    {
        auto page =
            CaseService(f->db(), f->clock)
                .caseloadPage(a, hub::domain::CaseloadSort::Name, Qt::AscendingOrder, 0, 1000);
        if (!page.ok())
            qFatal("caseload page refused: %s", qPrintable(page.error().describe()));
        for (const auto &row : page.value()) {
            if (row.id == personId)
                return row;
        }
        qFatal("the person's row is missing");
    }

    // A row that says only why it is hidden.
    static void verifyMasked(const hub::domain::PersonSummary &row, const QString &label)
    {
        QCOMPARE(row.familyName, label);
        QVERIFY(row.givenName.isEmpty());
        QVERIFY(row.phone.isEmpty() && row.postcode.isEmpty());
        QVERIFY(!row.dateOfBirth.isValid());
        QVERIFY(row.lastOffenceGroup.isEmpty() && row.caseworkerName.isEmpty());
        QVERIFY(row.hidden);
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<hub::test::ServiceFixture>(now());
        teamA = f->addTeam(QStringLiteral("North"));
        teamB = f->addTeam(QStringLiteral("South"));
        cwA = f->addUser(QStringLiteral("cw.north.1"), QStringLiteral("caseworker"), teamA);
        cwA2 = f->addUser(QStringLiteral("cw.north.2"), QStringLiteral("caseworker"), teamA);
        cwB = f->addUser(QStringLiteral("cw.south.1"), QStringLiteral("caseworker"), teamB);
        supA = f->addUser(QStringLiteral("sup.north"), QStringLiteral("supervisor"), teamA);
        supB = f->addUser(QStringLiteral("sup.south"), QStringLiteral("supervisor"), teamB);
        supHub = f->addUser(QStringLiteral("sup.hub"), QStringLiteral("supervisor")); // no team
        admin = f->addUser(QStringLiteral("admin.hub"), QStringLiteral("admin"));
        auditor = f->addUser(QStringLiteral("audit.hub"), QStringLiteral("auditor"));

        // Seeded through the services, acting as the caseworker who holds the work.
        p = f->addPerson(QStringLiteral("Ada"), QStringLiteral("Quill"));
        auto accepted = f->referral(p, utc("2026-06-01T09:00:00Z"), QStringLiteral("accepted"));
        accepted.assignedTo = cwA.userId;
        f->addReferral(accepted);
        e = f->addEpisode(p, cwA.userId, {accepted.id}).id;
        auto fresh = f->referral(p, utc("2026-06-16T09:00:00Z"));
        fresh.assignedTo = cwA.userId;
        r1 = f->addReferral(fresh);
        ContactService contacts(f->ctx);
        auto logged = contacts.log(cwA, contactDraft(p));
        QVERIFY2(logged.ok(), qPrintable(logged.error().describe()));
        c = logged->id;
        hub::domain::Task draft;
        draft.episodeId = e;
        draft.title = QStringLiteral("Send the leaflet");
        draft.dueOn = QDate(2026, 6, 18);
        auto task = TaskService(f->ctx).create(cwA, draft);
        QVERIFY2(task.ok(), qPrintable(task.error().describe()));
        t = task->id;

        p2 = f->addPerson(QStringLiteral("Bram"), QStringLiteral("Ostler"));
        e2 = f->addEpisode(p2, cwA.userId).id;
        auto requested = EpisodeService(f->ctx).requestClosure(
            cwA, e2, QStringLiteral("support_completed"), allOutcomes());
        QVERIFY2(requested.ok(), qPrintable(requested.error().describe()));

        auto restricted = f->person(QStringLiteral("Cleo"), QStringLiteral("Marsh"));
        restricted.restricted = true;
        q = f->addPerson(restricted);
        qe = f->addEpisode(q, cwA.userId).id;
    }

    void cleanup() { f.reset(); }

    void matrix_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("allowed");
        // What PRODUCT.md gives each role, written out in full (Y allowed, . refused):
        //                          caseworker supervisor admin auditor
        const QMap<Action, const char *> expected{
            {Action::ViewPerson, "YY.."},
            {Action::EditPerson, "YY.."},
            {Action::LogContact, "YY.."},
            {Action::AmendContact, "YY.."},
            {Action::Intake, "YY.."},
            {Action::Triage, "YY.."},
            {Action::Assign, "YY.."},
            {Action::ManageEpisode, "YY.."},
            {Action::RequestClosure, "YY.."},
            {Action::ApproveClosure, ".Y.."},
            {Action::Reassign, ".Y.."},
            {Action::SetPriority, ".Y.."},
            {Action::CreateTask, "YY.."},
            {Action::CompleteTask, "YY.."},
            {Action::ViewReports, ".YYY"},
            {Action::SaveSnapshot, ".YY."},
            {Action::ExportIdentifiable, ".Y.."},
            {Action::ManageUsers, "..Y."},
            {Action::ChangeSettings, "..Y."},
            {Action::ViewAudit, "..YY"},
            {Action::Erase, "..Y."},
            {Action::Backup, "..Y."},
            {Action::Sync, "YY.."},
            {Action::ResolveConflict, ".Y.."},
            {Action::EraseRetention, ".YY."},
            {Action::ImportArchive, ".YY."},
            {Action::ImportReferrals, ".Y.."},
            {Action::ManageReferralProfiles, ".YY."},
            {Action::MergePeople, ".Y.."},
            {Action::FindDuplicates, ".Y.."},
        };
        QCOMPARE(expected.size(), int(Action::ActionCount));
        const QStringList roles{QStringLiteral("caseworker"), QStringLiteral("supervisor"),
                                QStringLiteral("admin"), QStringLiteral("auditor")};
        for (int a = 0; a < int(Action::ActionCount); ++a) {
            const auto action = Action(a);
            for (int r = 0; r < roles.size(); ++r)
                QTest::addRow("%s %s", qPrintable(roles[r]), actionKey(action))
                    << roles[r] << action << (expected.value(action)[r] == 'Y');
        }
    }

    void matrix()
    {
        QFETCH(QString, role);
        QFETCH(Action, action);
        QFETCH(bool, allowed);
        const Actor a = actorFor(role);
        QCOMPARE(a.role, role);
        const auto before = fingerprint();
        const auto s = perform(action, a);
        if (allowed) {
            QVERIFY2(s.ok(), qPrintable(s.error().describe()));
            // Every allowed call on personal data leaves a trace (a change, an audit event),
            // which is what makes "fingerprint unchanged" mean "nothing written".
            const bool readsOnly = action == Action::ViewAudit || action == Action::Erase ||
                                   action == Action::Sync || action == Action::ResolveConflict ||
                                   action == Action::EraseRetention;
            if (!readsOnly)
                QVERIFY(fingerprint() != before);
        } else {
            QVERIFY(!s.ok());
            QCOMPARE(s.error().kind, Kind::Permission);
            QVERIFY2(!s.error().message.isEmpty(), "a refusal says why");
            QCOMPARE(fingerprint(), before);
        }
    }

    void refusalSaysWhoCannotDoWhat()
    {
        const auto s = SupervisorService(f->ctx).approveClosure(cwA, e2);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message, QStringLiteral("a caseworker cannot approve a closure"));
        const auto audit = AuditService(f->ctx).verify(cwA);
        QCOMPARE(audit.error().message, QStringLiteral("a caseworker cannot read the audit trail"));
    }

    // Restricted people and other teams' records, for the actions at hand there.
    void scoped_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("restricted");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("allowed");
        const auto named = QStringLiteral("caseworker");
        const auto colleague = QStringLiteral("caseworker of the team");
        const auto otherTeam = QStringLiteral("caseworker of another team");
        const auto sup = QStringLiteral("supervisor");
        const auto otherSup = QStringLiteral("supervisor of another team");
        for (auto action :
             {Action::ViewPerson, Action::LogContact, Action::EditPerson, Action::ManageEpisode}) {
            QTest::addRow("restricted, holder, %s", actionKey(action))
                << named << true << action << true;
            QTest::addRow("restricted, colleague, %s", actionKey(action))
                << colleague << true << action << false;
            QTest::addRow("restricted, supervisor, %s", actionKey(action))
                << sup << true << action << true;
            QTest::addRow("restricted, supervisor of another team, %s", actionKey(action))
                << otherSup << true << action << false;
        }
        // Every action about one person's records, from the rule itself (a supervisor of a
        // team reaches neither nobody nor everyone with them), so a new one is tested too.
        const QList<Action> personal{
            Action::ViewPerson,     Action::EditPerson,    Action::LogContact,
            Action::AmendContact,   Action::Intake,        Action::Triage,
            Action::Assign,         Action::ManageEpisode, Action::RequestClosure,
            Action::ApproveClosure, Action::Reassign,      Action::SetPriority,
            Action::CreateTask,     Action::CompleteTask,  Action::MergePeople};
        QList<Action> fromRule;
        for (int i = 0; i < int(Action::ActionCount); ++i) {
            const auto reach = hub::security::Permissions::reach(supA, Action(i));
            if (!reach.nobody && !reach.everyone)
                fromRule << Action(i);
        }
        QCOMPARE(fromRule, personal);
        for (auto action : personal) {
            if (hub::security::Permissions::allows(QStringLiteral("caseworker"), action)) {
                QTest::addRow("other team, %s", actionKey(action))
                    << otherTeam << false << action << false;
                QTest::addRow("same team, %s", actionKey(action))
                    << colleague << false << action << true;
            } else {
                QTest::addRow("supervisor, %s", actionKey(action))
                    << sup << false << action << true;
            }
            // A supervisor of a team acts on that team's records only; one with no team on
            // the whole hub's.
            QTest::addRow("supervisor of another team, %s", actionKey(action))
                << otherSup << false << action << false;
            QTest::addRow("hub supervisor, %s", actionKey(action))
                << QStringLiteral("hub supervisor") << false << action << true;
        }
    }

    void scoped()
    {
        QFETCH(QString, who);
        QFETCH(bool, restricted);
        QFETCH(Action, action);
        QFETCH(bool, allowed);
        const Actor a = actorFor(who);
        if (restricted) {
            // The same calls on the restricted person's file and episode.
            p = q;
            e = qe;
        }
        const auto before = fingerprint();
        const auto s = perform(action, a);
        if (allowed) {
            QVERIFY2(s.ok(), qPrintable(s.error().describe()));
        } else {
            QVERIFY(!s.ok());
            QCOMPARE(s.error().kind, Kind::Permission);
            QCOMPARE(fingerprint(), before);
        }
    }

    void searchFindsRestrictedPeopleOnlyForThoseWhoMayOpenThem()
    {
        CaseService cases(f->db(), f->clock);
        auto count = [&](const Actor &a) {
            auto found = cases.search(a, QStringLiteral("Marsh"));
            return found.ok() ? found->size() : -1;
        };
        QCOMPARE(count(cwA), 1);
        QCOMPARE(count(supA), 1);
        QCOMPARE(count(cwA2), 0);
        QCOMPARE(count(cwB), 0);
        QCOMPARE(count(admin), -1);
    }

    // The "All people" list keeps a row for the restricted person (so its count and paging
    // stay true) but only those who may open the file see who it is.
    void caseloadListMasksRestrictedPeople()
    {
        CaseService cases(f->db(), f->clock);
        QCOMPARE(allPeopleRow(cwA, q).familyName, QStringLiteral("Marsh"));
        QCOMPARE(allPeopleRow(supA, q).familyName, QStringLiteral("Marsh"));
        for (const auto &other : {cwA2, cwB}) {
            const auto row = allPeopleRow(other, q);
            verifyMasked(row, QStringLiteral("Restricted record"));
            QVERIFY(row.restricted);
        }
        QCOMPARE(cases.caseloadCount(cwA2), cases.caseloadCount(supA));
    }

    // A supervisor of a team moves work to their own team's workers only, and only their
    // team's work; a supervisor with no team moves anything to anyone.
    void reassignmentStaysInTheSupervisorsTeam()
    {
        SupervisorService service(f->ctx);
        const auto before = fingerprint();
        auto toOtherTeam = service.reassign(supA, {{QStringLiteral("episode"), e}}, cwB.userId,
                                            QStringLiteral("Moving south"));
        QVERIFY(!toOtherTeam.ok());
        QCOMPARE(toOtherTeam.error().kind, Kind::Permission);
        QCOMPARE(toOtherTeam.error().field, QStringLiteral("to_user"));
        QCOMPARE(toOtherTeam.error().message,
                 QStringLiteral("a supervisor can only move work to their own team's workers"));
        // To their own worker, but another team's work.
        auto othersWork = service.reassign(supB, {{QStringLiteral("episode"), e}}, cwB.userId,
                                           QStringLiteral("Moving south"));
        QVERIFY(!othersWork.ok());
        QCOMPARE(othersWork.error().kind, Kind::Permission);
        QCOMPARE(fingerprint(), before);

        auto names = [&](const Actor &a) {
            QStringList out;
            for (const auto &u : service.reassignTargets(a))
                out << u.username;
            out.sort();
            return out.join(QLatin1Char(','));
        };
        QCOMPARE(names(supA), QStringLiteral("cw.north.1,cw.north.2,sup.north"));
        QCOMPARE(names(supHub),
                 QStringLiteral("cw.north.1,cw.north.2,cw.south.1,sup.hub,sup.north,sup.south"));
        QCOMPARE(names(cwA), QString());

        auto moved = service.reassign(supHub, {{QStringLiteral("episode"), e}}, cwB.userId,
                                      QStringLiteral("Moving south"));
        QVERIFY2(moved.ok(), qPrintable(moved.error().describe()));
        QCOMPARE(hub::store::EpisodeRepository(f->db()).get(e)->caseworkerId, cwB.userId);
    }

    // Reading a closure request names the person and shows the caseworker's reasons: it is
    // a view of their records, audited, and only for the supervisor of the team.
    void readingAClosureRequestIsAudited()
    {
        SupervisorService service(f->ctx);
        hub::store::AuditRepository audit(f->db());
        const auto seqBefore = audit.last().value()->seq;
        auto refused = service.closureRequest(supB, e2);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Kind::Permission);
        QCOMPARE(audit.last().value()->seq, seqBefore);

        auto request = service.closureRequest(supA, e2);
        QVERIFY2(request.ok(), qPrintable(request.error().describe()));
        QCOMPARE(request->personName, QStringLiteral("Bram Ostler"));
        const auto last = audit.last();
        QVERIFY(last.ok() && last.value().has_value());
        const hub::domain::AuditEvent event = *last.value();
        QCOMPARE(event.seq, seqBefore + 1);
        QCOMPARE(event.action, QStringLiteral("closure.view"));
        QCOMPARE(event.userId, supA.userId);
        QCOMPARE(event.recordType, QStringLiteral("episode"));
        QCOMPARE(event.recordId, e2);
        QCOMPARE(event.personId, p2);
    }

    // The SQL condition the lists filter with (store::PersonFilter) and Permissions::check
    // over services::personScope agree, person by person, for every kind of reader, on
    // people held in every way the scope knows.
    void listFilterAgreesWithCheck()
    {
        using hub::domain::Episode;
        const auto closedEpisode = [&](const QString &person, const Actor &holder) {
            Episode ep;
            ep.id = hub::util::newId();
            ep.personId = person;
            ep.caseworkerId = holder.userId;
            ep.status = QStringLiteral("closed");
            ep.openedAt = utc("2026-03-01T09:00:00Z");
            ep.closedAt = utc("2026-05-01T09:00:00Z");
            ep.closureApprovedBy = supA.userId;
            if (!hub::store::EpisodeRepository(f->db()).insert(ep).ok())
                qFatal("cannot add a closed episode");
        };
        const auto referralOf = [&](const QString &person, const Actor *holder,
                                    const QString &status) {
            auto r = f->referral(person, utc("2026-06-10T09:00:00Z"), status);
            r.assignedTo = holder ? holder->userId : QString();
            f->addReferral(r);
        };
        const auto restrictedPerson = [&](const QString &given) {
            auto person = f->person(given, QStringLiteral("Hidden"));
            person.restricted = true;
            return f->addPerson(person);
        };
        // p, p2 and q (init): held by cwA, one of them restricted.
        const auto nobodys = f->addPerson(QStringLiteral("Nel"), QStringLiteral("Nobody"));
        referralOf(nobodys, nullptr, QStringLiteral("new"));
        f->addPerson(QStringLiteral("Nat"), QStringLiteral("Norecords"));
        const auto restrictedNew = restrictedPerson(QStringLiteral("Rue"));
        referralOf(restrictedNew, nullptr, QStringLiteral("new"));
        const auto south = f->addPerson(QStringLiteral("Sol"), QStringLiteral("South"));
        f->addEpisode(south, cwB.userId);
        const auto restrictedSouth = restrictedPerson(QStringLiteral("Ros"));
        f->addEpisode(restrictedSouth, cwB.userId);
        // Nothing open: who last held them counts.
        const auto closedSouth = f->addPerson(QStringLiteral("Cal"), QStringLiteral("Closed"));
        closedEpisode(closedSouth, cwB);
        const auto declinedSouth = f->addPerson(QStringLiteral("Dee"), QStringLiteral("Declined"));
        referralOf(declinedSouth, &cwB, QStringLiteral("declined"));
        // Something open: only its holders count.
        const auto movedNorth = f->addPerson(QStringLiteral("Mo"), QStringLiteral("Moved"));
        closedEpisode(movedNorth, cwB);
        referralOf(movedNorth, &cwA2, QStringLiteral("new"));
        const auto both = f->addPerson(QStringLiteral("Bo"), QStringLiteral("Both"));
        f->addEpisode(both, cwB.userId);
        referralOf(both, &cwA, QStringLiteral("contact_attempted"));
        // Held by a supervisor with no team: no team of theirs matches a team's.
        const auto hubHeld = f->addPerson(QStringLiteral("Hal"), QStringLiteral("Hubheld"));
        f->addEpisode(hubHeld, supHub.userId);
        const auto restrictedHub = restrictedPerson(QStringLiteral("Rex"));
        f->addEpisode(restrictedHub, supHub.userId);

        QStringList everyone;
        {
            QSqlQuery all(f->db().connection());
            QVERIFY(all.exec(QStringLiteral("SELECT id FROM person ORDER BY id")));
            while (all.next())
                everyone << all.value(0).toString();
        }
        QCOMPARE(everyone.size(), 14);
        const QList<Actor> readers{cwA,    cwA2,  cwB,     supA,           supB,
                                   supHub, admin, auditor, Actor::system()};
        for (const auto &reader : readers) {
            const hub::store::PersonFilter filter = viewablePeople(reader);
            QSqlQuery sql(f->db().connection());
            QVERIFY(sql.prepare(QStringLiteral("SELECT p.id FROM person p WHERE %1 ORDER BY p.id")
                                    .arg(filter.condition(QStringLiteral("p.id")))));
            filter.bind(sql);
            QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
            QStringList bySql;
            while (sql.next())
                bySql << sql.value(0).toString();
            QStringList byCheck;
            for (const auto &id : everyone) {
                if (checkPerson(f->db(), reader, Action::ViewPerson, id).ok())
                    byCheck << id;
            }
            QVERIFY2(bySql == byCheck, qPrintable(QStringLiteral("%1 (%2): SQL %3, check %4")
                                                      .arg(reader.role, reader.teamId)
                                                      .arg(bySql.size())
                                                      .arg(byCheck.size())));
        }
        // And the rule is not trivial on this set: each kind of reader sees a different part.
        const auto seen = [&](const Actor &a) {
            int n = 0;
            for (const auto &id : everyone)
                n += checkPerson(f->db(), a, Action::ViewPerson, id).ok() ? 1 : 0;
            return n;
        };
        // cwA: p, p2, q (holder), nobody's, no records, moved north, both.
        QCOMPARE(seen(cwA), 7);
        QCOMPARE(seen(cwA2), 6); // not restricted q
        QCOMPARE(seen(cwB), 7);  // nobody's, no records, south x2, closed, declined, both
        QCOMPARE(seen(supA), 8); // cwA's, restricted new
        QCOMPARE(seen(supB), 8); // cwB's, restricted new
        QCOMPARE(seen(supHub), 14);
        QCOMPARE(seen(admin), 0);
    }

    // Search finds only people the reader may open, another team's included; the "All
    // people" list keeps their row, masked, so its count and paging stay those of the file.
    void listsLeaveOutOrMaskAnotherTeamsPeople()
    {
        CaseService cases(f->db(), f->clock);
        auto found = [&](const Actor &a) {
            auto rows = cases.search(a, QStringLiteral("Quill"));
            return rows.ok() ? int(rows->size()) : -1;
        };
        QCOMPARE(found(cwA2), 1);
        QCOMPARE(found(supHub), 1);
        QCOMPARE(found(cwB), 0);
        QCOMPARE(found(supB), 0);
        // The limit counts people shown: fifty newer South people named Quill do not push
        // North's Ada out of a North caseworker's results.
        for (int i = 0; i < 50; ++i) {
            const auto id = f->addPerson(QStringLiteral("Sam%1").arg(i), QStringLiteral("Quill"));
            f->addEpisode(id, cwB.userId);
        }
        auto limited = cases.search(cwA2, QStringLiteral("Quill"), 50);
        QVERIFY(limited.ok());
        QCOMPARE(limited->size(), 1);
        QCOMPARE(limited->first().id, p);

        QCOMPARE(allPeopleRow(cwA2, p).familyName, QStringLiteral("Quill"));
        QCOMPARE(allPeopleRow(supHub, p).familyName, QStringLiteral("Quill"));
        for (const auto &other : {cwB, supB})
            verifyMasked(allPeopleRow(other, p), QStringLiteral("Another team's record"));
        QCOMPARE(cases.caseloadCount(cwB), cases.caseloadCount(supHub));
    }

    // A supervisor of a team reads that team's inbox; one with no team any team's.
    void inboxIsTheReadersOwnTeam()
    {
        ReferralService referrals(f->ctx);
        for (const auto &reader : {supB, cwB}) {
            auto refused = referrals.inbox(reader, teamA);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind, Kind::Permission);
        }
        QVERIFY(referrals.inbox(supA, teamA).ok());
        QVERIFY(!referrals.inbox(supA, QString()).ok()); // every team's: the hub's view
        QVERIFY(referrals.inbox(supHub, teamA).ok());
        QVERIFY(referrals.inbox(supHub, QString()).ok());
    }

    // The team inbox lists every referral awaiting triage in the team's queue, but a person
    // the reader may not open shows no name, date of birth or crime reference.
    void inboxMasksPeopleTheReaderMayNotOpen()
    {
        // An unassigned referral of the restricted person held by cwA, and of a person
        // South holds: both wait in every team's unassigned queue.
        auto toQ = f->referral(q, utc("2026-06-16T10:00:00Z"));
        toQ.crimeReference = QStringLiteral("CF0123450626");
        const auto forQ = f->addReferral(toQ);
        auto southPerson = f->person(QStringLiteral("Sol"), QStringLiteral("South"));
        southPerson.dateOfBirth = QDate(1979, 7, 8);
        const auto south = f->addPerson(southPerson);
        f->addEpisode(south, cwB.userId);
        auto toSouth = f->referral(south, utc("2026-06-16T11:00:00Z"));
        toSouth.crimeReference = QStringLiteral("CF0987650626");
        const auto forSouth = f->addReferral(toSouth);

        auto rowFor = [&](const Actor &reader, const QString &referralId) {
            auto items = ReferralService(f->ctx).inbox(reader, reader.teamId);
            if (!items.ok())
                qFatal("inbox refused: %s", qPrintable(items.error().describe()));
            for (const auto &item : items.value()) {
                if (item.row.referral.id == referralId)
                    return item.row;
            }
            qFatal("the referral's row is missing");
        };
        const auto shown = rowFor(cwA, forQ);
        QCOMPARE(shown.personName, QStringLiteral("Cleo Marsh"));
        QCOMPARE(shown.referral.crimeReference, QStringLiteral("CF0123450626"));
        QVERIFY(!shown.personHidden);

        const auto restricted = rowFor(cwA2, forQ);
        QCOMPARE(restricted.personName, QStringLiteral("Restricted record"));
        QVERIFY(restricted.personHidden);
        QVERIFY(restricted.referral.crimeReference.isEmpty());
        QVERIFY(!restricted.personDateOfBirth.isValid());

        for (const auto &reader : {cwA, supA}) {
            const auto other = rowFor(reader, forSouth);
            QCOMPARE(other.personName, QStringLiteral("Another team's record"));
            QVERIFY(other.referral.crimeReference.isEmpty());
            QVERIFY(!other.personDateOfBirth.isValid());
            QVERIFY(!other.personSafetyLimits);
            // What the team must act on stays: the referral, its crime type and clock.
            QCOMPARE(other.referral.offenceGroup, QStringLiteral("burglary_residential"));
        }
        const auto own = rowFor(cwB, forSouth);
        QCOMPARE(own.personName, QStringLiteral("Sol South"));
        QCOMPARE(own.personDateOfBirth, QDate(1979, 7, 8));
        QCOMPARE(rowFor(supHub, forSouth).personName, QStringLiteral("Sol South"));
    }

    // The supervisor desk's lists of records behind a number keep every row (the number and
    // the list agree) but do not name a person the supervisor may not open.
    void reviewListsMaskAnotherTeamsPeople()
    {
        // cwA called Ivy this week; then Ivy's support moved to South.
        SupervisorService service(f->ctx);
        const auto ivy = f->addPerson(QStringLiteral("Ivy"), QStringLiteral("Ives"));
        const auto ivyEpisode = f->addEpisode(ivy, cwA.userId).id;
        auto called = ContactService(f->ctx).log(cwA, contactDraft(ivy));
        QVERIFY2(called.ok(), qPrintable(called.error().describe()));
        auto moved = service.reassign(supHub, {{QStringLiteral("episode"), ivyEpisode}}, cwB.userId,
                                      QStringLiteral("Moved house"));
        QVERIFY2(moved.ok(), qPrintable(moved.error().describe()));

        auto contacts = service.records(supA, teamA, QString(), ReviewMeasure::ContactsThisWeek);
        QVERIFY2(contacts.ok(), qPrintable(contacts.error().describe()));
        QCOMPARE(contacts->size(), 2); // Ada's and Ivy's: the number stays 2
        int masked = 0;
        for (const auto &rec : contacts.value()) {
            if (rec.personId == ivy) {
                QCOMPARE(rec.personName, QStringLiteral("Another team's record"));
                ++masked;
            } else {
                QCOMPARE(rec.personName, QStringLiteral("Ada Quill"));
            }
        }
        QCOMPARE(masked, 1);
        auto theirs = service.records(supB, teamB, QString(), ReviewMeasure::OpenEpisodes);
        QVERIFY(theirs.ok());
        QCOMPARE(theirs->size(), 1);
        QCOMPARE(theirs->first().personName, QStringLiteral("Ivy Ives"));
    }

    // The command line's actor: every action, never a stored user's role.
    void systemActor()
    {
        const auto sys = Actor::system();
        QCOMPARE(sys.role, QStringLiteral("system"));
        for (int a = 0; a < int(Action::ActionCount); ++a)
            QVERIFY(hub::security::check(sys, Action(a)).ok());
        Actor claimed{cwA.userId, QStringLiteral("system"), teamA, QStringLiteral("test-pc")};
        QCOMPARE(hub::security::check(claimed, Action::ViewPerson).error().kind, Kind::Permission);
        QVERIFY(CaseService(f->db(), f->clock).search(sys, QStringLiteral("Quill")).ok());
        QVERIFY(SettingsService(f->ctx).setVictimsCodeDays(sys, {2, 4}).ok());
        QCOMPARE(hub::security::check(Actor{}, Action::ViewReports).error().kind, Kind::Permission);
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
