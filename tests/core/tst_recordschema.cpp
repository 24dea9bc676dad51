// The record schema (core/domain/RecordSchema.cpp) describes every record kind once, and
// each path that handles records reads it. These tests fail while a field or a kind is
// missing from a path: a column the schema does not describe, a described field an archive
// loses, a personal field an erasure keeps, a synced kind without outbox triggers, a rule
// the Validator does not enforce, a schema step the hub has not been given.
#include "TempDatabase.h"
#include "archive/ArchiveLineParser.h"
#include "archive/ArchiveWriter.h"
#include "domain/ReferenceData.h"
#include "domain/Validator.h"
#include "store/ErasureRepository.h"
#include "store/Transaction.h"
#include "sync/HubSchema.h"
#include "sync/HubTrust.h"
#include "sync/ImportMigration.h"
#include "sync/RecordKinds.h"
#include "tst_recordschema_fixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QtTest>

using namespace hub;
using domain::FieldType;

namespace {

QStringList column(store::Database &db, const QString &sql, int at = 0)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        qFatal("test SQL failed: %s", qPrintable(sql));
    while (q.next())
        out << q.value(at).toString();
    return out;
}

QByteArray exportOf(store::Database &db)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto result = archive::exportArchive(db, buffer);
    if (!result.ok())
        return "export failed: " + result.error().describe().toUtf8();
    return buffer.data();
}

// Whether the member holds the C++ type the field's type asks for.
template <class T> bool typeMatches(FieldType type, const domain::Member<T> &m)
{
    switch (type) {
    case FieldType::Id:
    case FieldType::Text:
    case FieldType::Code:
        return std::holds_alternative<QString T::*>(m);
    case FieldType::Ids:
    case FieldType::Codes:
        return std::holds_alternative<QStringList T::*>(m);
    case FieldType::CodeMap:
        return std::holds_alternative<QMap<QString, QString> T::*>(m);
    case FieldType::Bool:
        return std::holds_alternative<bool T::*>(m);
    case FieldType::OptBool:
        return std::holds_alternative<std::optional<bool> T::*>(m);
    case FieldType::Int:
        return std::holds_alternative<int T::*>(m);
    case FieldType::Date:
        return std::holds_alternative<QDate T::*>(m);
    case FieldType::Time:
        return std::holds_alternative<QDateTime T::*>(m);
    case FieldType::Safety:
        return std::holds_alternative<domain::ContactSafety T::*>(m);
    }
    return false;
}

template <class T> void checkBinding()
{
    const auto &b = domain::binding<T>();
    QVERIFY(b.kind);
    QCOMPARE(b.members.size(), b.kind->fields.size());
    for (qsizetype i = 0; i < b.members.size(); ++i) {
        const auto &f = b.kind->fields.at(i);
        const auto where = QStringLiteral("%1.%2").arg(b.kind->name, f.column + f.archive);
        if (f.archived())
            QVERIFY2(!std::holds_alternative<std::monostate>(b.members.at(i)),
                     qPrintable(where + QLatin1String(" is archived but names no member")));
        if (!std::holds_alternative<std::monostate>(b.members.at(i)))
            QVERIFY2(typeMatches<T>(f.type, b.members.at(i)),
                     qPrintable(where + QLatin1String(": member and type disagree")));
    }
}

Status validate(const domain::Validator &v, const domain::Team &r)
{
    return v.team(r);
}
Status validate(const domain::Validator &v, const domain::User &r)
{
    return v.user(r);
}
Status validate(const domain::Validator &v, const domain::Person &r)
{
    return v.person(r);
}
Status validate(const domain::Validator &v, const domain::Referral &r)
{
    return v.referral(r);
}
Status validate(const domain::Validator &v, const domain::Episode &r)
{
    return v.episode(r);
}
Status validate(const domain::Validator &v, const domain::OnwardReferral &r)
{
    return v.onwardReferral(r);
}
Status validate(const domain::Validator &v, const domain::Contact &r)
{
    return v.contact(r);
}
Status validate(const domain::Validator &v, const domain::Task &r)
{
    return v.task(r);
}

// Every field the schema says the Validator checks (domain::Checked) is refused by it
// when broken the way its rule forbids, naming the field.
template <class T> void checkRules(const T &valid, const domain::Validator &v)
{
    const auto &b = domain::binding<T>();
    QVERIFY2(validate(v, valid).ok(), qPrintable(b.kind->name));
    for (qsizetype i = 0; i < b.members.size(); ++i) {
        const auto &f = b.kind->fields.at(i);
        if (!f.has(domain::Checked))
            continue;
        QList<T> broken;
        if (const auto *m = std::get_if<QString T::*>(&b.members.at(i))) {
            T r = valid;
            if (f.type == FieldType::Id)
                r.*(*m) = QStringLiteral("not-an-id");
            else if (f.type == FieldType::Code)
                r.*(*m) = QStringLiteral("no_such_code");
            else if (f.maxLength > 0)
                r.*(*m) = QString(f.maxLength + 1, QLatin1Char('x'));
            broken << r;
            if (f.has(domain::Required)) {
                r.*(*m) = QString();
                broken << r;
            }
        } else if (const auto *t = std::get_if<QDateTime T::*>(&b.members.at(i))) {
            T r = valid;
            r.*(*t) = QDateTime();
            broken << r;
        } else if (const auto *d = std::get_if<QDate T::*>(&b.members.at(i))) {
            T r = valid;
            r.*(*d) = QDate();
            broken << r;
        }
        if (std::holds_alternative<domain::ContactSafety T::*>(b.members.at(i)))
            continue; // the enum holds only the list's three codes: the rule is the hub's
        QVERIFY2(!broken.isEmpty(), qPrintable(f.column));
        for (const auto &r : broken) {
            const auto s = validate(v, r);
            QVERIFY2(!s.ok(), qPrintable(QStringLiteral("the Validator takes a broken %1.%2")
                                             .arg(b.kind->name, f.column)));
            QCOMPARE(s.error().field, f.archive);
        }
    }
}

// `now` (made from the record schema) against `frozen` (what a shipped schema step wrote):
// the same items, or a message naming those a new step must bring.
void sameItems(QStringList now, QStringList frozen, const char *step)
{
    now.sort();
    frozen.sort();
    QStringList added;
    QStringList gone;
    for (const auto &i : now) {
        if (!frozen.contains(i))
            added << i;
    }
    for (const auto &i : frozen) {
        if (!now.contains(i))
            gone << i;
    }
    QVERIFY2(added.isEmpty() && gone.isEmpty(),
             qPrintable(QStringLiteral("the record schema differs from %1: new [%2], gone [%3]; "
                                       "add a hub schema step that brings the change to "
                                       "PostgreSQL hubs and compare with its copy here")
                            .arg(QLatin1String(step), added.join(QStringLiteral("; ")),
                                 gone.join(QStringLiteral("; ")))));
}

template <class T> T parsed(const QByteArray &line)
{
    auto r = archive::lines::parseRecord(line);
    if (!r.ok())
        qFatal("fixture line: %s", qPrintable(r.error().describe()));
    return std::get<T>(*r);
}

} // namespace

class TestRecordSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Hub schema 7 shipped with these statements for the referral_profile kind and its
    // rules; sharing kindInsert and ruleInsert with the other steps must not change a byte.
    void hubSchema7StatementsAreUnchanged()
    {
        const auto steps = sync::hubImportMigration(true, QStringLiteral("\"hub\""));
        const QStringList shipped{
            QStringLiteral(
                "INSERT INTO hub_kind VALUES ('referral_profile', ARRAY['name']::text[], "
                "NULL, NULL, NULL, false, true) ON CONFLICT (kind) DO NOTHING"),
            QStringLiteral("INSERT INTO hub_field_rule VALUES ('referral_profile', 'name', 'text', "
                           "NULL, 100, true) ON CONFLICT (kind, field) DO NOTHING"),
            QStringLiteral("INSERT INTO hub_field_rule VALUES ('referral_profile', 'source', "
                           "'code', 'source', 0, true) ON CONFLICT (kind, field) DO NOTHING"),
            QStringLiteral("INSERT INTO hub_field_rule VALUES ('referral_profile', 'body', 'text', "
                           "NULL, 100000, true) ON CONFLICT (kind, field) DO NOTHING"),
            QStringLiteral("INSERT INTO hub_field_rule VALUES ('referral_profile', 'updated_at', "
                           "'time', NULL, 0, true) ON CONFLICT (kind, field) DO NOTHING"),
            QStringLiteral("INSERT INTO hub_field_rule VALUES ('referral_profile', 'updated_by', "
                           "'id', NULL, 0, false) ON CONFLICT (kind, field) DO NOTHING"),
            QStringLiteral("INSERT INTO hub_field_rule VALUES ('referral', 'force_referral_id', "
                           "'text', NULL, 64, false) ON CONFLICT (kind, field) DO NOTHING"),
            QStringLiteral("INSERT INTO hub_field_rule VALUES ('referral', 'force_person_id', "
                           "'text', NULL, 64, false) ON CONFLICT (kind, field) DO NOTHING")};
        QVERIFY(steps.size() > shipped.size());
        QCOMPARE(steps.mid(0, shipped.size()), shipped);
    }

    // The description is whole: every archived field names the struct member that holds
    // it, with the type the field says; every reference names a kind; each archive record
    // type is one kind.
    void everyDescribedFieldIsBound()
    {
        checkBinding<domain::Team>();
        checkBinding<domain::User>();
        checkBinding<domain::Person>();
        checkBinding<domain::Referral>();
        checkBinding<domain::Episode>();
        checkBinding<domain::OnwardReferral>();
        checkBinding<domain::Contact>();
        checkBinding<domain::Task>();
        int archived = 0;
        for (const auto &k : domain::recordSchema()) {
            archived += k.archiveType.isEmpty() ? 0 : 1;
            for (const auto &f : k.fields) {
                if (!f.refersTo.isEmpty())
                    QVERIFY2(domain::kindSpec(f.refersTo), qPrintable(f.refersTo));
                if (f.type == FieldType::Code || f.type == FieldType::Codes)
                    QVERIFY2(f.codeList.isEmpty() ||
                                 domain::ReferenceData::builtin().lists().contains(f.codeList),
                             qPrintable(f.codeList));
            }
        }
        QCOMPARE(archived, archive::kRecordTypeCount);
        for (int i = 0; i < archive::kRecordTypeCount; ++i) {
            const auto name = archive::typeName(static_cast<archive::RecordType>(i));
            QVERIFY2(domain::kindOfArchiveType(QString(name)), name.data());
        }
    }

    // Every column of every table of a freshly migrated database is a described field or
    // one of its kind's internal columns, and every table holds a kind or is listed as
    // internal: a column added by a migration fails here until the schema has it.
    void everyColumnIsDescribed()
    {
        test::TempDatabase t;
        QVERIFY(t.ok());
        const auto tables =
            column(t.db(), QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        QSet<QString> seen;
        for (const auto &table : tables) {
            if (domain::internalTables().contains(table) ||
                table.startsWith(QLatin1String("person_search_"))) // the index's own tables
                continue;
            const auto *k = domain::kindSpec(table);
            QVERIFY2(k, qPrintable(QStringLiteral("table %1 is neither a record kind of "
                                                  "core/domain/RecordSchema.cpp nor internal")
                                       .arg(table)));
            seen.insert(table);
            QSet<QString> described(k->internalColumns.begin(), k->internalColumns.end());
            for (const auto &f : k->fields) {
                if (!f.column.isEmpty())
                    described.insert(f.column);
            }
            const auto columns =
                column(t.db(), QStringLiteral("PRAGMA table_info(%1)").arg(table), 1);
            for (const auto &c : columns)
                QVERIFY2(described.contains(c),
                         qPrintable(QStringLiteral("column %1.%2 is not described in "
                                                   "core/domain/RecordSchema.cpp")
                                        .arg(table, c)));
            for (const auto &c : described)
                QVERIFY2(
                    columns.contains(c),
                    qPrintable(QStringLiteral("%1.%2 is described but no column").arg(table, c)));
        }
        for (const auto &k : domain::recordSchema())
            QVERIFY2(seen.contains(k.table), qPrintable(k.table));
    }

    // After every migration, each synced kind has exactly the outbox triggers its
    // description asks for: a kind added, or a change to the columns its outbox watches,
    // fails here until a schema step runs sync::outboxTriggers() for it.
    void outboxTriggersMatchTheSchema()
    {
        test::TempDatabase t;
        QVERIFY(t.ok());
        for (const auto &k : sync::recordKinds()) {
            QStringList want;
            for (const auto &s : sync::outboxTriggers({k.table})) {
                if (s.startsWith(QLatin1String("CREATE ")))
                    want << s;
            }
            QVERIFY(!want.isEmpty());
            const auto have = column(
                t.db(), QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND "
                                       "tbl_name = '%1' AND name LIKE 'sync\\_%' ESCAPE '\\' "
                                       "ORDER BY name")
                            .arg(k.table));
            want.sort();
            QStringList sorted = have;
            sorted.sort();
            QCOMPARE(sorted, want);
        }
    }

    // The PostgreSQL hub holds what its schema steps wrote: frozen copies of the field
    // rules (schema 3), the erasure's fields (schema 2) and the kinds (schema 3). A rule,
    // an erased field or a kind added to the record schema fails here until a hub schema
    // step brings it to PostgreSQL hubs (and this comparison moves to that step's copy).
    void hubStepsHoldTheSchema()
    {
        const auto rules = [](const QVector<sync::FieldRule> &list) {
            QStringList out;
            for (const auto &r : list)
                out << QStringLiteral("%1.%2 %3 %4 %5 %6")
                           .arg(QLatin1String(r.kind), QLatin1String(r.field),
                                QLatin1String(r.rule), QLatin1String(r.list ? r.list : ""))
                           .arg(r.maxLength)
                           .arg(r.required);
            out.sort();
            return out;
        };
        sameItems(rules(sync::fieldRules()),
                  rules(sync::fieldRulesOfHubSchema3() + sync::fieldRulesAddedByHubSchema6() +
                        sync::fieldRulesAddedByHubSchema7() + sync::fieldRulesAddedByHubSchema9() +
                        sync::fieldRulesAddedByHubSchema10()),
                  "hub schema 3's, 6's, 7's, 9's and 10's hub_field_rule");
        const auto scrub = [](const QVector<sync::ScrubField> &list) {
            QStringList out;
            for (const auto &f : list)
                out << QStringLiteral("%1.%2=%3")
                           .arg(QLatin1String(f.kind), QLatin1String(f.field),
                                QString::fromUtf8(
                                    QJsonDocument(QJsonObject{{QStringLiteral("v"), f.value}})
                                        .toJson(QJsonDocument::Compact)));
            out.sort();
            return out;
        };
        sameItems(scrub(sync::scrubFields()), scrub(sync::scrubFieldsOfHubSchema9()),
                  "hub schema 9's hub_erase");
        const auto kinds = [](const QVector<sync::RecordKind> &list) {
            QStringList out;
            for (const auto &k : list)
                out << QStringList{k.table,
                                   k.key.join(QLatin1Char(',')),
                                   k.personField,
                                   k.viaField,
                                   k.viaKinds.join(QLatin1Char(',')),
                                   k.appendOnly ? QStringLiteral("append-only") : QString(),
                                   k.updateOf.join(QLatin1Char(','))}
                           .join(QLatin1Char(' '));
            return out;
        };
        sameItems(kinds(sync::recordKinds()),
                  kinds(sync::hubKindsOfSchema3() + sync::hubKindsAddedBySchema7() +
                        sync::hubKindsAddedBySchema9()),
                  "hub schema 3's, 7's and 9's hub_kind (and local schema 10's, 13's and 14's "
                  "outbox triggers)");
    }

    // Each personal or free-text field of a record about a person is blanked by erasure,
    // or its kind's records are removed.
    void everyPersonalFieldIsErased()
    {
        for (const auto &k : domain::recordSchema()) {
            if (k.reach == domain::Reach::None || k.erasureDeletes)
                continue;
            for (const auto &f : k.fields) {
                if (f.has(domain::Personal) || f.has(domain::FreeText))
                    QVERIFY2(f.erase != domain::Erase::Keep,
                             qPrintable(QStringLiteral("%1.%2 is personal but erasure keeps it")
                                            .arg(k.name, f.column)));
            }
        }
    }

    // An archive with every field of every record type set reads into an empty database
    // and writes out byte for byte: every described field survives the reader, the
    // repositories and the writer.
    void everyFieldSurvivesAnArchiveRoundTrip()
    {
        const auto lines = test::schema::staffLines() + test::schema::caseLines();
        // The fixture names every archived field of every type at least once.
        QMap<QString, QSet<QString>> keys;
        for (const auto &l : lines) {
            const auto o = QJsonDocument::fromJson(l).object();
            for (auto it = o.begin(); it != o.end(); ++it)
                keys[o.value(QLatin1String("type")).toString()].insert(it.key());
        }
        for (const auto &k : domain::recordSchema()) {
            if (k.archiveType.isEmpty())
                continue;
            for (const auto &f : k.fields) {
                if (f.archived())
                    QVERIFY2(keys[k.archiveType].contains(f.archive),
                             qPrintable(QStringLiteral("fill %1.%2 in tst_recordschema_fixture.h")
                                            .arg(k.archiveType, f.archive)));
                if (!f.archiveCode.isEmpty())
                    QVERIFY2(keys[k.archiveType].contains(f.archiveCode),
                             qPrintable(QStringLiteral("fill %1.%2 in tst_recordschema_fixture.h")
                                            .arg(k.archiveType, f.archiveCode)));
            }
        }
        test::TempDatabase t;
        QVERIFY(t.ok());
        const auto bytes = test::schema::archiveOf(lines);
        const auto in = test::schema::importInto(t.db(), bytes);
        QVERIFY2(in.ok(), in.ok() ? "" : qPrintable(in.error().describe()));
        QCOMPARE(in->inserted.total(), lines.size());
        QCOMPARE(exportOf(t.db()), bytes);
    }

    // The Validator enforces every rule the schema gives the hub (sync::fieldRules()).
    void theValidatorEnforcesEveryDescribedRule()
    {
        const auto &codes = domain::ReferenceData::builtin();
        const domain::Validator v(codes, QDate(2026, 11, 24));
        const auto staff = test::schema::staffLines();
        const auto c = test::schema::caseLines();
        checkRules(parsed<domain::Team>(staff[0]), v);
        checkRules(parsed<domain::User>(staff[2]), v);
        // c[0] and c[1] are the records the person was merged into and from.
        checkRules(parsed<domain::Person>(c[2]), v);
        checkRules(parsed<domain::Referral>(c[3]), v);
        checkRules(parsed<domain::Episode>(c[4]), v);
        checkRules(parsed<domain::OnwardReferral>(c[5]), v);
        checkRules(parsed<domain::Contact>(c[7]), v);
        checkRules(parsed<domain::Task>(c[8]), v);
    }

    // Erasure on the desk blanks every field the schema erases, in every kind that
    // reaches the person, and removes the kinds it deletes.
    void erasureBlanksEveryErasedFieldOnTheDesk()
    {
        test::TempDatabase t;
        QVERIFY(t.ok());
        const auto in =
            test::schema::importInto(t.db(), test::schema::archiveOf(test::schema::staffLines() +
                                                                     test::schema::caseLines()));
        QVERIFY2(in.ok(), in.ok() ? "" : qPrintable(in.error().describe()));
        QVERIFY(test::schema::addUnarchivedRows(t.db(), test::schema::kWorker,
                                                test::schema::kSupervisor));
        const auto rowsOf = [&](const sync::RecordKind &k, const QString &col) {
            QSqlQuery q(t.db().connection());
            if (!q.exec(QStringLiteral("SELECT %1 FROM %2 t WHERE %3 = '%4'")
                            .arg(col, k.table, k.personSql, test::schema::kPerson)))
                qFatal("test SQL failed");
            QVariantList out;
            while (q.next())
                out << q.value(0);
            return out;
        };
        // Before: every kind has rows of the person, each erased field holds a value.
        for (const auto &k : domain::recordSchema()) {
            if (k.reach == domain::Reach::None)
                continue;
            const auto *kind = sync::recordKind(k.name);
            QVERIFY(kind);
            QVERIFY2(!rowsOf(*kind, QStringLiteral("1")).isEmpty(), qPrintable(k.name));
            for (const auto &f : k.fields) {
                if (f.column.isEmpty())
                    continue;
                bool filled = false;
                bool erasable = false;
                for (const auto &v : rowsOf(*kind, f.column)) {
                    filled = filled || !v.isNull();
                    erasable = erasable || !test::schema::isErased(f, v);
                }
                QVERIFY2(filled && (erasable || f.erase == domain::Erase::Keep),
                         qPrintable(QStringLiteral("fill %1.%2 in tst_recordschema_fixture.h")
                                        .arg(k.name, f.column)));
            }
        }
        {
            store::Transaction tx(t.db());
            QVERIFY(store::ErasureRepository(t.db())
                        .erasePerson({test::schema::kPerson, QDate(2026, 11, 20),
                                      QStringLiteral("Asked by letter"), test::schema::kSupervisor,
                                      QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC)})
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        for (const auto &k : domain::recordSchema()) {
            if (k.reach == domain::Reach::None)
                continue;
            const auto *kind = sync::recordKind(k.name);
            if (k.erasureDeletes) {
                QVERIFY2(rowsOf(*kind, QStringLiteral("1")).isEmpty(), qPrintable(k.name));
                continue;
            }
            for (const auto &f : k.fields) {
                if (f.erase == domain::Erase::Keep || f.column.isEmpty())
                    continue;
                for (const auto &v : rowsOf(*kind, f.column))
                    QVERIFY2(test::schema::isErased(f, v),
                             qPrintable(QStringLiteral("%1.%2 still holds %3 after erasure")
                                            .arg(k.name, f.column, v.toString())));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRecordSchema)
#include "tst_recordschema.moc"
