#include "MainWindow.h"
#include "ModalHelper.h"
#include "PersonView.h"
#include "TempDatabase.h"
#include "UiFixtures.h"
#include "episodes/ClosureRequestDialog.h"
#include "episodes/EpisodePane.h"
#include "services/CaseService.h"
#include "services/DeskService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

#include <functional>

using namespace hub;

// The support episode tab of the person record, keyboard only, in the main window (so a
// saved change comes back through the change notice and the reload, as for a user).
class TestEpisodePane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<services::Services> m_services;
    std::unique_ptr<services::CaseService> m_cases;
    std::unique_ptr<ui::MainWindow> m_window;
    test::Seeded m_seed;
    domain::Episode m_episode;
    ui::EpisodePane *m_pane = nullptr;

    template <typename T> T *find(const char *name)
    {
        auto *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    domain::Episode stored()
    {
        return store::EpisodeRepository(m_db->db()).get(m_episode.id).value();
    }

    // Picks the item of a combo box by typing its first letters, as a user would.
    static void typeInto(QComboBox *combo, const QString &text)
    {
        combo->setFocus();
        QTest::keyClicks(combo, text);
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        m_seed = test::seedPeople(m_db->db(), 3);
        const auto &person = m_seed.people.at(0);
        domain::Referral r;
        r.id = util::newId();
        r.personId = person.id;
        r.receivedAt = QDateTime::currentDateTimeUtc().addDays(-20);
        r.source = QStringLiteral("police");
        r.offenceGroup = QStringLiteral("burglary_residential");
        r.status = QStringLiteral("accepted");
        r.assignedTo = m_seed.caseworker.id;
        QVERIFY(store::ReferralRepository(m_db->db()).insert(r).ok());
        m_episode.id = util::newId();
        m_episode.personId = person.id;
        m_episode.referralIds = {r.id};
        m_episode.caseworkerId = m_seed.caseworker.id;
        m_episode.openedAt = r.receivedAt.addDays(1);
        QVERIFY(store::EpisodeRepository(m_db->db()).insert(m_episode).ok());

        m_services = std::make_unique<services::Services>(m_db->db());
        m_cases = std::make_unique<services::CaseService>(m_db->db());
        const domain::Actor actor{m_seed.caseworker.id, QStringLiteral("caseworker"), QString(),
                                  QStringLiteral("test-pc")};
        m_window = std::make_unique<ui::MainWindow>(*m_services, *m_cases, actor);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openPerson(person.id);
        auto *tabs = find<QTabWidget>("personTabs");
        tabs->setFocus();
        QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
        QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 2);
        m_pane = m_window->personView()->episodePane();
        QVERIFY(m_pane->isVisible());
        QCOMPARE(m_pane->episodeId(), m_episode.id);
        QCOMPARE(m_pane->statusText(), QStringLiteral("Open"));
    }

    void cleanup()
    {
        m_window.reset();
        m_cases.reset();
        m_services.reset();
        m_db.reset();
    }

    void needsAreSavedByKeyboard()
    {
        auto *housing = find<QComboBox>("need_housing");
        auto *save = find<QPushButton>("saveNeedsButton");
        QVERIFY(housing && save);
        QVERIFY(!save->isEnabled());
        typeInto(housing, QStringLiteral("h"));
        QCOMPARE(housing->currentData().toString(), QStringLiteral("high"));
        QTest::keyClick(housing, Qt::Key_Tab); // to the next need area
        auto *next = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY(next && next != housing);
        const auto nextArea = next->objectName().mid(5);
        QTest::keyClicks(next, QStringLiteral("m"));
        QVERIFY(save->isEnabled());
        QTest::keyClick(next, Qt::Key_S, Qt::AltModifier);

        QMap<QString, QString> expected{{QStringLiteral("housing"), QStringLiteral("high")},
                                        {nextArea, QStringLiteral("medium")}};
        QTRY_COMPARE(stored().needs, expected);
        QTRY_VERIFY(!save->isEnabled());
        // After the reload the grid still shows what was saved.
        QCOMPARE(find<QComboBox>("need_housing")->currentData().toString(), QStringLiteral("high"));
        QVERIFY(!find<QWidget>("needsGroup")
                     ->property("title")
                     .toString()
                     .contains(QStringLiteral("not saved")));
    }

    void onwardReferralIsAddedAndMarkedAccepted()
    {
        auto *agency = find<QComboBox>("onwardAgencyCombo");
        auto *list = find<QTreeWidget>("onwardList");
        QVERIFY(agency && list);
        typeInto(agency, QStringLiteral("is"));
        QCOMPARE(agency->currentData().toString(), QStringLiteral("isva"));
        QTest::keyClick(agency, Qt::Key_R, Qt::AltModifier); // Refer on
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QTRY_VERIFY(!list->topLevelItem(0)->data(0, Qt::UserRole).toString().isEmpty());
        QVERIFY(list->topLevelItem(0)->text(0).startsWith(QStringLiteral("ISVA")));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Awaiting reply"));

        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QVERIFY(list->currentItem());
        auto *accepted = find<QPushButton>("onwardAcceptedButton");
        QVERIFY(accepted->isEnabled());
        QTest::keyClick(list, Qt::Key_P, Qt::AltModifier); // Accepted
        QTRY_COMPARE(find<QTreeWidget>("onwardList")->topLevelItem(0)->text(2),
                     QStringLiteral("Accepted"));
        const auto onward = store::EpisodeRepository(m_db->db()).onwardForEpisode(m_episode.id);
        QCOMPARE(onward.size(), 1);
        QCOMPARE(onward.first().agency, QStringLiteral("isva"));
        QCOMPARE(onward.first().accepted, std::optional<bool>(true));
        QVERIFY(!accepted->isEnabled()); // answered
    }

    void supportPlanActionIsAdded()
    {
        auto *title = find<QLineEdit>("actionTitleEdit");
        title->setFocus();
        QTest::keyClicks(title, QStringLiteral("Chase the housing officer"));
        QTest::keyClick(title, Qt::Key_Return);
        auto *plan = find<QTreeWidget>("planList");
        QTRY_COMPARE(plan->topLevelItemCount(), 1);
        QTRY_COMPARE(plan->topLevelItem(0)->text(1), QStringLiteral("Chase the housing officer"));
        QCOMPARE(plan->topLevelItem(0)->text(2), QStringLiteral("Open"));
        QVERIFY(title->text().isEmpty());
        const auto tasks = store::TaskRepository(m_db->db()).forPerson(m_episode.personId);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().episodeId, m_episode.id);
        QCOMPARE(tasks.first().kind, QStringLiteral("action"));
        QVERIFY(tasks.first().dueOn > QDate::currentDate());
    }

    void closureNeedsEveryOutcomeThenShowsRequested()
    {
        QStringList reasonErrors;
        QStringList outcomeErrors;
        bool accepted = false;
        test::whenModal<ui::ClosureRequestDialog>([&](ui::ClosureRequestDialog *dialog) {
            auto *confirm =
                dialog->findChild<QPushButton *>(QStringLiteral("confirmClosureButton"));
            QVERIFY(confirm && confirm->isDefault());
            // Enter with nothing chosen: the reason is asked for first.
            QTest::keyClick(dialog->reasonCombo(), Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            reasonErrors
                << dialog->findChild<QLabel *>(QStringLiteral("closureReasonError"))->text();
            QVERIFY(dialog->reasonCombo()->hasFocus());
            QTest::keyClicks(dialog->reasonCombo(), QStringLiteral("s"));
            QCOMPARE(dialog->reasonCombo()->currentData().toString(),
                     QStringLiteral("support_completed"));
            // One outcome answered, the rest not: still refused, the rest marked.
            typeInto(dialog->outcomeCombo(QStringLiteral("feel_safer")), QStringLiteral("i"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->errorText().contains(QStringLiteral("Not applicable")));
            const auto measures =
                domain::ReferenceData::builtin().codes(QStringLiteral("outcome_measure"));
            for (const auto &m : measures) {
                auto *label = dialog->findChild<QLabel *>(QStringLiteral("outcomeError_") + m);
                if (!label->isHidden())
                    outcomeErrors << m;
            }
            // Answer the rest from the keyboard, starting where the focus was put: on the
            // first one unanswered.
            QVERIFY(dialog->outcomeCombo(outcomeErrors.value(0))->hasFocus());
            for (const auto &m : measures) {
                auto *combo = dialog->outcomeCombo(m);
                if (!combo->currentData().toString().isEmpty())
                    continue;
                if (m == QLatin1String("cjs_participation")) {
                    typeInto(combo, QStringLiteral("n")); // Not improved...
                    QTest::keyClick(combo, Qt::Key_Down); // ...Not applicable
                } else {
                    typeInto(combo, QStringLiteral("i"));
                }
            }
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            accepted = !dialog->isVisible() && dialog->result() == QDialog::Accepted;
        });
        auto *request = find<QPushButton>("requestClosureButton");
        QVERIFY(request->isEnabled());
        request->setFocus();
        QTest::keyClick(request, Qt::Key_Space);

        QCOMPARE(reasonErrors, QStringList{QStringLiteral("Choose why support is ending")});
        QCOMPARE(outcomeErrors.size(), 4);
        QVERIFY(!outcomeErrors.contains(QStringLiteral("feel_safer")));
        QVERIFY(accepted);
        const auto e = stored();
        QCOMPARE(e.status, QStringLiteral("closure_requested"));
        QCOMPARE(e.closureReason, QStringLiteral("support_completed"));
        QCOMPARE(e.outcomes.value(QStringLiteral("feel_safer")), QStringLiteral("improved"));
        QCOMPARE(e.outcomes.value(QStringLiteral("cjs_participation")),
                 QStringLiteral("not_applicable"));
        QTRY_COMPARE(m_pane->statusText(),
                     QStringLiteral("Closure requested \u2014 awaiting supervisor"));
        auto *banner = find<QLabel>("closureBanner");
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("Awaiting a supervisor's approval")));
        QVERIFY(!find<QPushButton>("requestClosureButton")->isEnabled());
        QCOMPARE(find<QLabel>("episodeStatus")->text(),
                 QStringLiteral("Closure requested \u2014 awaiting supervisor"));
    }
};

QTEST_MAIN(TestEpisodePane)
#include "tst_episodepane.moc"
