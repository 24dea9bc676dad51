// Code lists run from the app (services::CodeListService, docs/ADMIN_GUIDE.md "Teams and
// code lists"): administrators add codes, rename labels, retire codes (never delete them:
// a retired code stays valid on the records that hold it and is offered in no new form)
// and order them; labels are unique within a list whatever their case; supervisors may
// only look.
#include "domain/Validator.h"
#include "services/CodeListService.h"
#include "tst_teams_fixture.h"

using namespace hub;
using namespace hub::test;

namespace {
const QString kAgency = QStringLiteral("agency");
}

class TestCodeLists : public AdminTest
{
    Q_OBJECT

    services::CodeListService lists() { return services::CodeListService(f->ctx); }
    QStringList codesOf(const QString &list)
    {
        const auto entries = lists().codes(admin, list);
        QStringList out;
        for (const auto &e : entries.value())
            out << e.code;
        return out;
    }

private Q_SLOTS:
    void init() { start(); }

    void theListsAreTheFiveOfTheIssue()
    {
        QCOMPARE(
            services::CodeListService::lists(),
            QStringList({QStringLiteral("source"), QStringLiteral("offence_group"),
                         QStringLiteral("need_area"), kAgency, QStringLiteral("outcome_measure")}));
        for (const auto &l : services::CodeListService::lists())
            QVERIFY2(domain::ReferenceData::builtin().isExtensible(l), qPrintable(l));
        QCOMPARE(services::CodeListService::listName(kAgency), QStringLiteral("Onward agencies"));
        auto unknown = lists().codes(admin, QStringLiteral("gender"));
        QCOMPARE(unknown.error().field, QStringLiteral("list"));
    }

    // A new code, made from its label, valid and offered at once, audited and queued for
    // the hub.
    void aCodeIsAddedFromItsLabel()
    {
        QVERIFY(w->markSynced());
        auto added = lists().add(admin, kAgency, QStringLiteral("  Café Advice (local)  "));
        QVERIFY2(added.ok(), qPrintable(added.error().describe()));
        QCOMPARE(added->code, QStringLiteral("cafe_advice_local"));
        QCOMPARE(added->label, QStringLiteral("Café Advice (local)"));
        QVERIFY(!added->builtin);
        QCOMPARE(codesOf(kAgency).last(), QStringLiteral("cafe_advice_local"));
        QVERIFY(f->ctx.codes.offered(kAgency).contains(added->code));
        // A new onward referral may name it.
        const domain::Validator v(f->ctx.codes, f->ctx.today());
        domain::OnwardReferral o{util::newId(), util::newId(), added->code,
                                 utc("2026-11-24T09:00:00Z"), std::nullopt};
        QVERIFY(v.onwardReferral(o).ok());
        QCOMPARE(lastEvent().action, QStringLiteral("code.add"));
        QCOMPARE(lastEvent().recordId, QStringLiteral("agency|cafe_advice_local"));
        QCOMPARE(
            w->outboxRows(QStringLiteral("ref_code"), QStringLiteral("agency|cafe_advice_local")),
            1);
        // Read again from the file (another window, the next start).
        const auto loaded = services::CodeListService::load(f->db());
        QCOMPARE(loaded.label(kAgency, added->code), QStringLiteral("Café Advice (local)"));
        QCOMPARE(loaded.codes(kAgency), f->ctx.codes.codes(kAgency));

        // An apostrophe leaves no gap in the code made from the label.
        QCOMPARE(lists().add(admin, kAgency, QStringLiteral("Women’s centre"))->code,
                 QStringLiteral("womens_centre"));
        // A code given by hand, which must be new and of the codes' shape.
        auto given = lists().add(admin, QStringLiteral("source"), QStringLiteral("GP surgery"),
                                 QStringLiteral("gp"));
        QVERIFY2(given.ok(), qPrintable(given.error().describe()));
        QCOMPARE(given->code, QStringLiteral("gp"));
        QCOMPARE(lists()
                     .add(admin, QStringLiteral("source"), QStringLiteral("Doctor"),
                          QStringLiteral("gp"))
                     .error()
                     .describe(),
                 QStringLiteral("field code: Referral sources already has the code gp"));
        QCOMPARE(lists()
                     .add(admin, QStringLiteral("source"), QStringLiteral("Doctor"),
                          QStringLiteral("GP!"))
                     .error()
                     .field,
                 QStringLiteral("code"));
    }

    void aLabelIsUniqueInItsList()
    {
        const auto events = lastEvent().seq;
        auto dup = lists().add(admin, kAgency, QStringLiteral("victim SUPPORT"));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().describe(),
                 QStringLiteral("field label: 'Victim Support' is already the label of the code "
                                "victim_support in Onward agencies"));
        // Another list may use it.
        QVERIFY(
            lists().add(admin, QStringLiteral("source"), QStringLiteral("Victim Support")).ok());
        QCOMPARE(lastEvent().seq, events + 1);
        QCOMPARE(lists().add(admin, kAgency, QStringLiteral(" ")).error().describe(),
                 QStringLiteral("field label: a code needs a label"));
        QCOMPARE(lists().add(admin, kAgency, QString(201, QLatin1Char('x'))).error().describe(),
                 QStringLiteral("field label: is longer than 200 characters"));
    }

    void aCodeRenamedToAnExistingLabelIsRefused()
    {
        auto added = lists().add(admin, kAgency, QStringLiteral("Local charity")).value();
        const auto events = lastEvent().seq;
        auto clash = lists().rename(admin, kAgency, added.code, QStringLiteral("housing"));
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().describe(),
                 QStringLiteral("field label: 'Housing' is already the label of the code housing "
                                "in Onward agencies"));
        QCOMPARE(f->ctx.codes.label(kAgency, added.code), QStringLiteral("Local charity"));
        QCOMPARE(services::CodeListService::load(f->db()).label(kAgency, added.code),
                 QStringLiteral("Local charity"));
        QCOMPARE(lastEvent().seq, events);

        // A built-in code renamed: its code stays, its label is the administrator's.
        auto renamed = lists().rename(admin, kAgency, QStringLiteral("housing"),
                                      QStringLiteral("Housing options team"));
        QVERIFY2(renamed.ok(), qPrintable(renamed.error().describe()));
        QVERIFY(renamed->builtin);
        QCOMPARE(f->ctx.codes.label(kAgency, QStringLiteral("housing")),
                 QStringLiteral("Housing options team"));
        QCOMPARE(lastEvent().action, QStringLiteral("code.rename"));
        QCOMPARE(lastEvent().detail,
                 QStringLiteral("list=agency code=housing label=Housing options team"));
    }

    // Retired: still valid on the records that hold it, offered in no new form.
    void aRetiredCodeStaysValidButIsNotOffered()
    {
        auto retired = lists().retire(admin, kAgency, QStringLiteral("isva"));
        QVERIFY2(retired.ok(), qPrintable(retired.error().describe()));
        QVERIFY(retired->retired);
        QVERIFY(f->ctx.codes.has(kAgency, QStringLiteral("isva")));
        QVERIFY(!f->ctx.codes.offered(kAgency).contains(QStringLiteral("isva")));
        QVERIFY(f->ctx.codes.offered(kAgency, QStringLiteral("isva"))
                    .contains(QStringLiteral("isva"))); // a record that holds it keeps it
        const domain::Validator v(f->ctx.codes, f->ctx.today());
        domain::OnwardReferral o{util::newId(), util::newId(), QStringLiteral("isva"),
                                 utc("2026-11-24T09:00:00Z"), std::nullopt};
        QVERIFY(v.onwardReferral(o).ok());
        QVERIFY(
            services::CodeListService::load(f->db()).isRetired(kAgency, QStringLiteral("isva")));
        QCOMPARE(lastEvent().action, QStringLiteral("code.retire"));
        QCOMPARE(lists().retire(admin, kAgency, QStringLiteral("isva")).error().describe(),
                 QStringLiteral("field code: the code isva of Onward agencies is already retired"));

        // A retired outcome measure is no longer asked for when support ends.
        QVERIFY(lists()
                    .retire(admin, QStringLiteral("outcome_measure"),
                            QStringLiteral("cjs_participation"))
                    .ok());
        QVERIFY(!f->ctx.codes.offered(QStringLiteral("outcome_measure"))
                     .contains(QStringLiteral("cjs_participation")));
    }

    void retiringAnUnknownCodeIsRefused()
    {
        const auto events = lastEvent().seq;
        auto unknown = lists().retire(admin, kAgency, QStringLiteral("no_such_agency"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
        QCOMPARE(
            unknown.error().describe(),
            QStringLiteral("field code: there is no code 'no_such_agency' in Onward agencies"));
        QCOMPARE(f->count("ref_code"), 0);
        QCOMPARE(lastEvent().seq, events);
    }

    void codesMoveUpAndDown()
    {
        auto before = codesOf(kAgency);
        QCOMPARE(before.first(), QStringLiteral("idva"));
        QVERIFY(lists().move(admin, kAgency, QStringLiteral("isva"), -1).ok());
        auto after = codesOf(kAgency);
        QCOMPARE(after.mid(0, 2), QStringList({QStringLiteral("isva"), QStringLiteral("idva")}));
        QCOMPARE(services::CodeListService::load(f->db()).codes(kAgency), after);
        QCOMPARE(lists().move(admin, kAgency, QStringLiteral("isva"), -1).error().describe(),
                 QStringLiteral("field code: isva is already first"));
        // A code added later goes last, and moves like the others.
        const auto added = lists().add(admin, kAgency, QStringLiteral("Local charity")).value();
        QCOMPARE(codesOf(kAgency).last(), added.code);
        QVERIFY(lists().move(admin, kAgency, added.code, -1).ok());
        QCOMPARE(codesOf(kAgency).at(before.size() - 1), added.code);
        QCOMPARE(services::CodeListService::load(f->db()).codes(kAgency), codesOf(kAgency));
        QCOMPARE(lastEvent().action, QStringLiteral("code.move"));
    }

    // Built-in labels go through the "codes" translation context; typed ones show as typed.
    void builtInLabelsAreTranslatable()
    {
        const auto known = domain::ReferenceData::translatableLabels();
        const auto &codes = domain::ReferenceData::builtin();
        for (const auto &list : codes.lists()) {
            for (const auto &e : codes.entries(list))
                QVERIFY2(
                    known.contains(e.label),
                    qPrintable(
                        QStringLiteral("add \"%1\" to core/domain/CodeLabels.cpp").arg(e.label)));
        }
        QCOMPARE(services::CodeListService::displayLabel(QStringLiteral("Local charity")),
                 QStringLiteral("Local charity"));
    }

    // Refused in core, whatever the screen shows.
    void onlyAnAdministratorChangesCodeLists()
    {
        const auto added = lists().add(admin, kAgency, QStringLiteral("Local charity")).value();
        for (const auto &who : {sup, cw}) {
            QCOMPARE(lists().add(who, kAgency, QStringLiteral("Rogue")).error().message,
                     QStringLiteral("only an administrator can change the code lists"));
            QCOMPARE(lists().rename(who, kAgency, added.code, QStringLiteral("Rogue")).error().kind,
                     Error::Kind::Permission);
            QCOMPARE(lists().retire(who, kAgency, added.code).error().kind,
                     Error::Kind::Permission);
            QCOMPARE(lists().move(who, kAgency, added.code, -1).error().kind,
                     Error::Kind::Permission);
        }
        QCOMPARE(f->count("ref_code"), 1);
        QCOMPARE(f->ctx.codes.label(kAgency, added.code), QStringLiteral("Local charity"));
        QVERIFY(lists().codes(sup, kAgency).ok());
        QCOMPARE(lists().codes(cw, kAgency).error().kind, Error::Kind::Permission);
    }
};

QTEST_GUILESS_MAIN(TestCodeLists)
#include "tst_codelists.moc"
