// The PostgreSQL hub trusts no desk (hub schema 3, docs/SYNC.md "Hub schema 3"): a desk
// login writes nothing by hand-written SQL, and the hub's write functions refuse forged
// payloads; conflict decisions are validated, scoped and audited at the desk.

#include "store/ErasureRepository.h"
#include "store/Transaction.h"
#include "tst_sync_fixture.h"

#include <QJsonArray>
#include <QSqlError>

using namespace hub;
using namespace hub::test;

namespace {

// Empty when the desk's sync went through, else why not.
QString syncError(Desk &d)
{
    const auto out = d.sync();
    return out.ok() ? QString() : out.error().describe();
}

QString json(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray()
                                 ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QString insertContact()
{
    return QStringLiteral("INSERT INTO contact (id, person_id, at, direction, channel, outcome, "
                          "duration_minutes, summary, recorded_by, recorded_at) VALUES (?, ?, "
                          "'2026-03-01T10:00:00Z', 'outbound', 'phone', 'spoke', 5, ?, ?, "
                          "'2026-03-01T10:05:00Z')");
}

// For the set-up, where a failed sync leaves nothing to test.
void mustSync(Desk &d)
{
    if (const auto e = syncError(d); !e.isEmpty())
        qFatal("a desk's sync failed: %s", qPrintable(e));
}

} // namespace

class TestHubTrust : public QObject
{
    Q_OBJECT

public:
    explicit TestHubTrust(PgServer *pg) : m_pg(pg) {}

private:
    PgServer *m_pg;

    // A world with: person `mine` (held by caseworker one, with a contact), a restricted
    // person `hidden` held by caseworker two, and one open conflict about `mine`.
    struct Setup
    {
        std::unique_ptr<SyncWorld> w;
        std::unique_ptr<Desk> cw;  // caseworker one
        std::unique_ptr<Desk> sup; // team one's supervisor
        QString mine;
        QString referral;
        QString contact;
        QString hidden;
    };

    Setup world()
    {
        Setup s;
        s.w = std::make_unique<SyncWorld>(m_pg);
        auto &w = *s.w;
        s.cw = w.desk(QStringLiteral("cw"), w.cw1);
        s.sup = w.desk(QStringLiteral("sup"), w.sup1);
        auto two = w.desk(QStringLiteral("two"), w.cw2);
        s.mine = addPerson(*s.cw, QStringLiteral("Ada"), QStringLiteral("Synthetic"));
        s.referral = addReferral(*s.cw, s.mine, w.cw1.userId);
        s.contact = util::newId();
        s.cw->exec(insertContact(),
                   {s.contact, s.mine, QStringLiteral("synthetic call"), w.cw1.userId});
        s.hidden = addPerson(*two, QStringLiteral("Bea"), QStringLiteral("Synthetic"));
        two->exec(QStringLiteral("UPDATE person SET restricted = 1 WHERE id = ?"), {s.hidden});
        addReferral(*two, s.hidden, w.cw2.userId);
        for (auto *d : {s.cw.get(), two.get(), s.sup.get()})
            mustSync(*d);
        // Both desks change the phone: one same_field conflict on the hub.
        s.cw->exec(QStringLiteral("UPDATE person SET phone = '07700 900101' WHERE id = ?"),
                   {s.mine});
        s.sup->exec(QStringLiteral("UPDATE person SET phone = '07700 900202' WHERE id = ?"),
                    {s.mine});
        for (auto *d : {s.cw.get(), s.sup.get(), s.cw.get()})
            mustSync(*d);
        return s;
    }

    QSqlDatabase loginAs(SyncWorld &w, const domain::Actor &a, const QString &name)
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_pg->host());
        db.setPort(m_pg->port());
        db.setDatabaseName(w.url.database);
        db.setUserName(SyncWorld::roleOf(a));
        db.setPassword(SyncWorld::rolePassword());
        if (!db.open())
            qFatal("cannot log in as a desk");
        return db;
    }

    // Everything a desk could want to change, as the hub's owner reads it.
    // `versions`: with each row's version (a refused row is stamped again, so its desk
    // pulls the hub's word back).
    static QString hubState(SyncWorld &w, bool versions = true)
    {
        return w
            .hubScalar(
                QStringLiteral(
                    "SELECT concat_ws('/', (SELECT md5(string_agg(concat_ws('|', kind, id, data, "
                    "person_id, coalesce(teams, 'NULL'), holders, restricted, %1, hlc, author, "
                    "deleted), ',' ORDER BY kind, id)) FROM hub_record), (SELECT md5(string_agg("
                    "concat_ws('|', id, kind, row_id, person_id, field, reason, base, hub, client, "
                    "resolution, resolved_by, ver), ',' ORDER BY id)) FROM hub_conflict), (SELECT "
                    "count(*) FROM hub_batch), (SELECT count(*) FROM hub_skew), (SELECT count(*) "
                    "FROM hub_erasure), (SELECT string_agg(key || '=' || value, ',' ORDER BY key) "
                    "FROM hub_meta), (SELECT count(*) FROM hub_user))")
                    .arg(versions ? QStringLiteral("ver") : QStringLiteral("''")))
            .toString();
    }

    static QJsonObject hubRow(SyncWorld &w, const QString &kind, const QString &id)
    {
        return QJsonDocument::fromJson(
                   w.hubScalar(QStringLiteral("SELECT data FROM hub_record WHERE kind = '%1' AND "
                                              "id = '%2'")
                                   .arg(kind, id))
                       .toString()
                       .toUtf8())
            .object();
    }

    // hub_push_rows as the desk login: its answer, or the error's text.
    static QString pushRows(QSqlDatabase &db, const QJsonArray &rows)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT hub_push_rows(CAST(? AS jsonb), '')"));
        q.addBindValue(json(rows));
        if (!q.exec() || !q.next())
            return QStringLiteral("error: ") + q.lastError().databaseText();
        return q.value(0).toString();
    }

    static QJsonObject row(const QString &kind, const QString &id, const QJsonObject &data)
    {
        return {{QStringLiteral("k"), kind},
                {QStringLiteral("i"), id},
                {QStringLiteral("d"), json(data)},
                {QStringLiteral("h"), QStringLiteral("001780000000000")}};
    }

private slots:
    // Every direct write of the issue, by a real desk login: refused by PostgreSQL itself,
    // and the hub is as it was.
    void handWrittenSqlIsRefused()
    {
        auto s = world();
        auto &w = *s.w;
        QVERIFY(w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_conflict")).toInt() > 0);
        const auto before = hubState(w);
        {
            auto db = loginAs(w, w.cw1, QStringLiteral("raw"));
            QSqlQuery q(db);
            const QStringList attempts{
                // Rewrite an append-only contact.
                QStringLiteral("UPDATE hub_record SET data = replace(data, 'synthetic call', "
                               "'rewritten') WHERE kind = 'contact'"),
                // Open a restricted person to every desk.
                QStringLiteral("UPDATE hub_record SET teams = NULL, restricted = 0 WHERE "
                               "person_id = '%1'")
                    .arg(s.hidden),
                QStringLiteral("UPDATE hub_record SET teams = NULL WHERE kind = 'person'"),
                // Make an administrator.
                QStringLiteral("INSERT INTO hub_record (kind, id, data, holders, restricted, "
                               "ver, hlc, deleted) VALUES ('app_user', '%1', '{\"id\":\"%1\","
                               "\"username\":\"forged\",\"display_name\":\"Forged\",\"role\":"
                               "\"admin\",\"active\":1}', ',', 0, pg_current_xact_id(), "
                               "'001780000000000', 0)")
                    .arg(util::newId()),
                // Remove the conflicts, and other traces.
                QStringLiteral("DELETE FROM hub_conflict"),
                QStringLiteral("UPDATE hub_conflict SET resolution = 'client'"),
                QStringLiteral("DELETE FROM hub_record WHERE kind = 'contact'"),
                QStringLiteral("INSERT INTO hub_batch VALUES ('x', 'y', '{}', 'now')"),
                QStringLiteral("INSERT INTO hub_skew VALUES ('x', 'now', 1)"),
                QStringLiteral("INSERT INTO hub_erasure VALUES ('%1', 'now', "
                               "pg_current_xact_id())")
                    .arg(s.mine),
                QStringLiteral("UPDATE hub_meta SET value = '0' WHERE key = 'min_client_version'"),
                QStringLiteral("INSERT INTO hub_user VALUES ('x', 'y', 'admin', NULL)"),
                QStringLiteral("TRUNCATE hub_conflict"),
            };
            for (const auto &sql : attempts) {
                QVERIFY2(!q.exec(sql), qPrintable(sql));
                QVERIFY2(q.lastError().databaseText().contains(QLatin1String("permission denied")),
                         qPrintable(q.lastError().databaseText()));
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QCOMPARE(hubState(w), before);
    }

    // The same writes through the hub's own functions with forged payloads: each refused
    // (one letter r or h per row, or one clear error), nothing changed.
    void forgedPayloadsAreRefused()
    {
        auto s = world();
        auto &w = *s.w;
        const auto before = hubState(w, false);
        auto db = loginAs(w, w.cw1, QStringLiteral("forge"));

        // A contact rewritten: contacts are insert-only.
        auto contact = hubRow(w, QStringLiteral("contact"), s.contact);
        QVERIFY(!contact.isEmpty());
        contact.insert(QStringLiteral("summary"), QStringLiteral("rewritten"));
        QCOMPARE(pushRows(db, {row(QStringLiteral("contact"), s.contact, contact)}),
                 QStringLiteral("r"));
        QJsonObject gone = row(QStringLiteral("contact"), s.contact, contact);
        gone.remove(QStringLiteral("d"));
        gone.insert(QStringLiteral("x"), 1);
        QCOMPARE(pushRows(db, {gone}), QStringLiteral("r"));

        // The restricted person of another team: not this login's to write.
        auto hidden = hubRow(w, QStringLiteral("person"), s.hidden);
        hidden.insert(QStringLiteral("restricted"), 0);
        QCOMPARE(pushRows(db, {row(QStringLiteral("person"), s.hidden, hidden)}),
                 QStringLiteral("h"));

        // A new administrator, a changed setting, a new code, a team: administrators only.
        const auto forged = util::newId();
        const QJsonObject admin{{QStringLiteral("id"), forged},
                                {QStringLiteral("username"), QStringLiteral("forged")},
                                {QStringLiteral("display_name"), QStringLiteral("Forged")},
                                {QStringLiteral("role"), QStringLiteral("admin")},
                                {QStringLiteral("team_id"), QJsonValue::Null},
                                {QStringLiteral("active"), 1}};
        auto me = hubRow(w, QStringLiteral("app_user"), w.cw1.userId);
        me.insert(QStringLiteral("role"), QStringLiteral("supervisor"));
        me.insert(QStringLiteral("team_id"), QJsonValue::Null);
        const QJsonObject setting{
            {QStringLiteral("key"), QStringLiteral("sync.mass_delete_percent")},
            {QStringLiteral("value"), QStringLiteral("100")}};
        const QJsonObject code{{QStringLiteral("list"), QStringLiteral("source")},
                               {QStringLiteral("code"), QStringLiteral("forged")},
                               {QStringLiteral("label"), QStringLiteral("Forged")}};
        const QJsonObject team{{QStringLiteral("id"), util::newId()},
                               {QStringLiteral("name"), QStringLiteral("Forged team")}};
        QCOMPARE(
            pushRows(db, {row(QStringLiteral("app_user"), forged, admin),
                          row(QStringLiteral("app_user"), w.cw1.userId, me),
                          row(QStringLiteral("hub_setting"),
                              QStringLiteral("sync.mass_delete_percent"), setting),
                          row(QStringLiteral("ref_code"), QStringLiteral("source|forged"), code),
                          row(QStringLiteral("team"), team.value(QLatin1String("id")).toString(),
                              team)}),
            QStringLiteral("rrrrr"));

        // Work given to another caseworker: a caseworker only takes work or hands it back.
        auto referral = hubRow(w, QStringLiteral("referral"), s.referral);
        referral.insert(QStringLiteral("assigned_to"), w.cw2.userId);
        QCOMPARE(pushRows(db, {row(QStringLiteral("referral"), s.referral, referral)}),
                 QStringLiteral("r"));
        // A referral moved to the hidden person.
        referral = hubRow(w, QStringLiteral("referral"), s.referral);
        referral.insert(QStringLiteral("person_id"), s.hidden);
        QCOMPARE(pushRows(db, {row(QStringLiteral("referral"), s.referral, referral)}),
                 QStringLiteral("r"));

        // A referral of a person the hub does not have: every desk's pull would break on it.
        auto orphan = hubRow(w, QStringLiteral("referral"), s.referral);
        const auto orphanId = util::newId();
        orphan.insert(QStringLiteral("id"), orphanId);
        orphan.insert(QStringLiteral("person_id"), util::newId());
        QCOMPARE(pushRows(db, {row(QStringLiteral("referral"), orphanId, orphan)}),
                 QStringLiteral("r"));

        // Rows that break the desk's validation: refused, with one line saying why.
        auto person = hubRow(w, QStringLiteral("person"), s.mine);
        const QVector<std::pair<QString, QJsonValue>> broken{
            {QStringLiteral("gender"), QStringLiteral("forged")},
            {QStringLiteral("given_name"), QStringLiteral("   ")},
            {QStringLiteral("postcode"), QStringLiteral("AB1 2CD EF3 4GH")},
            {QStringLiteral("first_language"), QStringLiteral("not a language")},
            {QStringLiteral("id"), util::newId()},
            // Contact safety is one of not_asked, safe, not_safe (hub schema 6): not a
            // made-up answer, nor the 0/1 of an earlier program, nor left out.
            {QStringLiteral("safe_voicemail"), QStringLiteral("maybe")},
            {QStringLiteral("safe_text"), 1},
            {QStringLiteral("safe_letters"), QJsonValue(QJsonValue::Null)},
        };
        for (const auto &[field, value] : broken) {
            auto bad = person;
            bad.insert(field, value);
            const auto answer = pushRows(db, {row(QStringLiteral("person"), s.mine, bad)});
            QVERIFY2(
                answer.startsWith(QLatin1String("v\nrefused: person")) &&
                    answer.contains(field == QLatin1String("id") ? QStringLiteral("id") : field),
                qPrintable(answer));
        }

        // Forged conflicts and decisions.
        auto call = [&](const QString &sql, const QString &arg) {
            QSqlQuery q(db);
            q.prepare(sql);
            q.addBindValue(arg);
            const bool ok = q.exec();
            return ok ? QString() : q.lastError().databaseText();
        };
        const QJsonObject fake{{QStringLiteral("k"), QStringLiteral("person")},
                               {QStringLiteral("i"), util::newId()},
                               {QStringLiteral("f"), QStringLiteral("phone")},
                               {QStringLiteral("r"), QStringLiteral("same_field")},
                               {QStringLiteral("b"), QStringLiteral("[null]")},
                               {QStringLiteral("c"), QStringLiteral("[\"x\"]")}};
        QVERIFY(call(QStringLiteral("SELECT hub_raise(CAST(? AS jsonb))"), json(QJsonArray{fake}))
                    .contains(QLatin1String("refused")));
        auto aboutHidden = fake;
        aboutHidden.insert(QStringLiteral("i"), s.hidden);
        QVERIFY(call(QStringLiteral("SELECT hub_raise(CAST(? AS jsonb))"),
                     json(QJsonArray{aboutHidden}))
                    .contains(QLatin1String("refused")));
        const auto conflict =
            w.hubScalar(QStringLiteral("SELECT id FROM hub_conflict LIMIT 1")).toString();
        QVERIFY(call(QStringLiteral("SELECT hub_resolve(CAST(? AS jsonb))"),
                     json(QJsonArray{QJsonObject{{QStringLiteral("i"), conflict},
                                                 {QStringLiteral("r"), QStringLiteral("client")}}}))
                    .contains(QLatin1String("supervisor")));
        // Functions that only the hub's own functions may call.
        QVERIFY(
            call(QStringLiteral("SELECT hub_sees('supervisor', '', ?, NULL, ',', 0)"), w.cw1.userId)
                .contains(QLatin1String("permission denied")));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("forge"));

        // Team two's supervisor: team one's person is not theirs to write, nor the conflict
        // about them theirs to decide (refused, counted as 0 decisions written).
        {
            auto other = loginAs(w, w.sup2, QStringLiteral("forge2"));
            QCOMPARE(pushRows(other, {row(QStringLiteral("person"), s.mine, person)}),
                     QStringLiteral("h"));
            QSqlQuery q(other);
            q.prepare(QStringLiteral("SELECT hub_resolve(CAST(? AS jsonb))"));
            q.addBindValue(
                json(QJsonArray{QJsonObject{{QStringLiteral("i"), conflict},
                                            {QStringLiteral("r"), QStringLiteral("client")}}}));
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            q.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("forge2"));

        // Nothing the calls refused was written (refused rows are only stamped again).
        QCOMPARE(hubState(w, false), before);
        QCOMPARE(hubRow(w, QStringLiteral("contact"), s.contact)
                     .value(QLatin1String("summary"))
                     .toString(),
                 QStringLiteral("synthetic call"));
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_record WHERE kind = "
                                            "'app_user' AND data LIKE '%forged%'"))
                     .toInt(),
                 0);
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_record WHERE teams IS "
                                            "NULL AND person_id IS NOT NULL"))
                     .toInt(),
                 0);
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT restricted FROM hub_record WHERE kind = "
                                            "'person' AND id = '%1'")
                                 .arg(s.hidden))
                     .toInt(),
                 1);
        QCOMPARE(hubRow(w, QStringLiteral("referral"), s.referral)
                     .value(QLatin1String("assigned_to"))
                     .toString(),
                 w.cw1.userId);
    }

    // Hub schema 6 on a hub made at schema 4: the contact_safety codes and the three rules
    // are the hub's data now, its people's 0/1 became codes (0 a deliberate "not safe", 1
    // the old default nobody asked about), and a forged answer is refused.
    void safetyAnswersAreCheckedAfterMigrating()
    {
        SyncWorld w(m_pg, 4);
        // Two people as an earlier program pushed them: every column, the answers as 0/1.
        const auto person = [&](const QString &id, int voicemail) {
            const QJsonObject data{
                {QStringLiteral("id"), id},
                {QStringLiteral("given_name"), QStringLiteral("Old")},
                {QStringLiteral("family_name"), QStringLiteral("Synthetic")},
                {QStringLiteral("gender"), QStringLiteral("not_stated")},
                {QStringLiteral("ethnic_group"), QStringLiteral("not_stated")},
                {QStringLiteral("disability"), QStringLiteral("not_stated")},
                {QStringLiteral("first_language"), QStringLiteral("en")},
                {QStringLiteral("interpreter_needed"), 0},
                {QStringLiteral("safe_voicemail"), voicemail},
                {QStringLiteral("safe_letters"), 1},
                {QStringLiteral("safe_text"), 0},
                {QStringLiteral("restricted"), 0},
                {QStringLiteral("created_at"), QStringLiteral("2026-01-05T09:00:00Z")}};
            return QStringLiteral("INSERT INTO hub_record (kind, id, data, person_id, teams, ver, "
                                  "hlc) VALUES ('person', '%1', '%2', '%1', ',%3,', "
                                  "pg_current_xact_id(), '001780000000000')")
                .arg(id, json(data), w.team2);
        };
        const auto asked = util::newId();
        const auto unticked = util::newId();
        w.hubExec(person(asked, 1));
        w.hubExec(person(unticked, 0));
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_field_rule WHERE list = "
                                            "'contact_safety'"))
                     .toInt(),
                 0);
        QVERIFY(w.hub()->init().ok());
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT value FROM hub_meta WHERE key = "
                                            "'schema_version'"))
                     .toInt(),
                 sync::kHubSchema);
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT string_agg(code, ' ' ORDER BY code) FROM "
                                            "hub_code WHERE list = 'contact_safety'"))
                     .toString(),
                 QStringLiteral("not_asked not_safe safe"));
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT string_agg(field, ' ' ORDER BY field) FROM "
                                            "hub_field_rule WHERE list = 'contact_safety' AND "
                                            "rule = 'code' AND required"))
                     .toString(),
                 QStringLiteral("safe_letters safe_text safe_voicemail"));
        auto answers = [&](const QString &id) {
            const auto o = hubRow(w, QStringLiteral("person"), id);
            return QStringList{o.value(QLatin1String("safe_voicemail")).toString(),
                               o.value(QLatin1String("safe_letters")).toString(),
                               o.value(QLatin1String("safe_text")).toString()};
        };
        QCOMPARE(answers(asked),
                 (QStringList{QStringLiteral("not_asked"), QStringLiteral("not_asked"),
                              QStringLiteral("not_safe")}));
        QCOMPARE(answers(unticked),
                 (QStringList{QStringLiteral("not_safe"), QStringLiteral("not_asked"),
                              QStringLiteral("not_safe")}));

        // A caseworker's desk: its person goes up with codes; a forged answer does not.
        auto cw = w.desk(QStringLiteral("cw"), w.cw1);
        const auto mine = addPerson(*cw, QStringLiteral("Ada"), QStringLiteral("Synthetic"));
        addReferral(*cw, mine, w.cw1.userId);
        mustSync(*cw);
        QCOMPARE(answers(mine), (QStringList{QStringLiteral("safe"), QStringLiteral("safe"),
                                             QStringLiteral("safe")}));
        const auto before = hubState(w, false);
        auto db = loginAs(w, w.cw1, QStringLiteral("forge6"));
        auto forged = hubRow(w, QStringLiteral("person"), mine);
        forged.insert(QStringLiteral("safe_voicemail"), QStringLiteral("probably"));
        const auto answer = pushRows(db, {row(QStringLiteral("person"), mine, forged)});
        QVERIFY2(answer.startsWith(QLatin1String("v\nrefused: person")) &&
                     answer.contains(QLatin1String("safe_voicemail: unknown code")),
                 qPrintable(answer));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("forge6"));
        QCOMPARE(hubState(w, false), before);
        QCOMPARE(answers(mine).first(), QStringLiteral("safe"));
    }

    // A desk whose own user is changed there (an administrator's work done at a
    // caseworker's desk) gets the hub's word back: the hub keeps users from administrators'
    // logins only, and the desk converges on the hub.
    void deskConvergesOnRefusedRows()
    {
        auto s = world();
        auto &w = *s.w;
        s.cw->exec(QStringLiteral("UPDATE app_user SET role = 'admin' WHERE id = ?"),
                   {w.cw1.userId});
        auto out = s.cw->sync();
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().describe()));
        QCOMPARE(out->refused, 1);
        QCOMPARE(
            s.cw->scalar(QStringLiteral("SELECT role FROM app_user WHERE id = ?"), {w.cw1.userId})
                .toString(),
            QStringLiteral("caseworker"));
        QCOMPARE(s.cw->dump(), w.hubDump(w.cw1));
    }

    // Deciding a conflict: a supervisor of the person's team only, a value the desk's
    // validation takes, and an audit event with the decision but no value.
    void resolutionIsValidatedScopedAndAudited()
    {
        auto s = world();
        auto &w = *s.w;
        auto list = s.sup->service().conflicts();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        const auto id = list->first().id;
        const auto tooLong = QJsonValue(QString(41, QLatin1Char('7')));
        auto bad = s.sup->service().resolve(id, sync::Keep::Value, tooLong);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QLatin1String("phone")),
                 qPrintable(bad.error().message));
        // A list is no value of a single field.
        QVERIFY(!s.sup->service().resolve(id, sync::Keep::Value, QJsonArray{1, 2}).ok());
        QVERIFY(
            s.sup->service().resolve(id, sync::Keep::Value, QStringLiteral("07700 900303")).ok());
        QCOMPARE(s.sup
                     ->scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = "
                                             "'sync.resolve' AND detail LIKE '%keep=value%' AND "
                                             "detail NOT LIKE '%07700%'"))
                     .toInt(),
                 1);
        QCOMPARE(syncError(*s.sup), QString());
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT resolution || '/' || resolved_by FROM "
                                            "hub_conflict WHERE id = '%1'")
                                 .arg(id))
                     .toString(),
                 QStringLiteral("value/") + w.sup1.userId);
        // A caseworker's desk may not decide at all, and its hub login may not either.
        QVERIFY(!s.cw->service().resolve(id, sync::Keep::Hub).ok());
    }

    // Every sync leaves its counts on the desk's audit trail: what was pushed, pulled and
    // erased, never a name or a value.
    void syncsAreAudited()
    {
        auto s = world();
        auto &w = *s.w;
        const int pushes = s.cw->scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE "
                                                       "action = 'sync.push'"))
                               .toInt();
        QVERIFY(pushes >= 3);
        QCOMPARE(s.cw->scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = "
                                             "'sync.pull'"))
                     .toInt(),
                 pushes);
        QCOMPARE(s.cw->scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action "
                                             "LIKE 'sync.%' AND (detail LIKE '%Ada%' OR detail "
                                             "LIKE '%07700%')"))
                     .toInt(),
                 0);
        // The supervisor erases the person; caseworker one's desk receives the erasure.
        {
            store::Transaction tx(*s.sup->db);
            QVERIFY(store::ErasureRepository(*s.sup->db)
                        .erasePerson({s.mine, QDate(2026, 3, 1), QStringLiteral("request"),
                                      w.sup1.userId, s.sup->clock.now()})
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(syncError(*s.sup), QString());
        auto out = s.cw->sync();
        QVERIFY(out.ok());
        QCOMPARE(out->erased, 1);
        QCOMPARE(s.cw->scalar(QStringLiteral("SELECT detail FROM audit_event WHERE action = "
                                             "'sync.erasures_received'"))
                     .toString(),
                 QStringLiteral("people=1"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    PgServer pg;
    if (!pg.ok()) {
        qWarning("PostgreSQL 15 test server: %s", qPrintable(pg.errorText()));
        return 1;
    }
    TestHubTrust t(&pg);
    return QTest::qExec(&t, argc, argv);
}

#include "tst_hubtrust.moc"
