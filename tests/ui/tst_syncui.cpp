// The app side of sync against a real SQLite-file hub: the status indicator, Sync now (F5)
// on the worker thread, the settings dialog and the supervisors' conflict review.
#include "../core/tst_sync_fixture.h"

#include "Format.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "PgServer.h"
#include "services/CaseService.h"
#include "services/DeskService.h"
#include "sync/ConflictReviewDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncSettings.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/SyncStatusLabel.h"
#include "sync/SyncUi.h"
#include "widgets/Colours.h"

#include <QAction>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>

using namespace hub;
using namespace hub::test;

namespace {

// A desk's window as the app builds it around sync: menus, status bar and SyncUi.
struct DeskWindow
{
    explicit DeskWindow(Desk &desk) : services(*desk.db), sync(window, services, desk.actor)
    {
        window.menuBar()
            ->addMenu(QStringLiteral("Help"))
            ->setObjectName(QStringLiteral("helpMenu"));
        window.setCentralWidget(new QWidget);
        window.resize(900, 300);
        window.show();
    }
    ui::SyncController &controller() { return *sync.controller(); }
    // Runs one sync the way a person does (F5 in the window) and waits for its end.
    bool pressF5()
    {
        QSignalSpy done(&controller(), &ui::SyncController::finished);
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        QTest::keyClick(&window, Qt::Key_F5);
        // A sync that cannot start ends at once, inside the key press.
        return !done.isEmpty() || done.wait(60000);
    }
    bool statusRead()
    {
        QSignalSpy changed(&controller(), &ui::SyncController::statusChanged);
        controller().refreshStatus();
        return changed.wait(30000);
    }

    QMainWindow window;
    services::Services services;
    ui::SyncUi sync;
};

QString phoneOf(Desk &d, const QString &personId)
{
    return d.row(QStringLiteral("person"), personId).value(QLatin1String("phone")).toString();
}

// Two desks that both changed one person's phone; the second desk's sync raised a conflict.
QString makeConflict(Desk &a, Desk &b, const QString &given)
{
    const auto p = addPerson(a, given, QStringLiteral("Synthetic"));
    a.exec(QStringLiteral("UPDATE person SET phone = '07700 900000' WHERE id = ?"), {p});
    if (!a.sync().ok() || !b.sync().ok())
        qFatal("first syncs failed");
    a.exec(QStringLiteral("UPDATE person SET phone = '07700 900111' WHERE id = ?"), {p});
    b.exec(QStringLiteral("UPDATE person SET phone = '07700 900222' WHERE id = ?"), {p});
    if (!a.sync().ok())
        qFatal("sync a failed");
    auto out = b.sync();
    if (!out.ok() || out->conflicts != 1)
        qFatal("no conflict raised");
    return p;
}

void saveShot(QWidget &widget, const char *name)
{
    // HUB_UI_SHOTS=folder keeps pictures of the screens to look at.
    const auto dir = qEnvironmentVariable("HUB_UI_SHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // let the layout take in what just changed
    if (!dir.isEmpty())
        QVERIFY(widget.grab().save(dir + QLatin1Char('/') + QLatin1String(name), "PNG"));
}

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("HUB_HUB_PASSWORD");
    }

    void init() { QSettings().remove(QStringLiteral("sync")); }

    void f5SyncsOnTheWorkerAndTheIndicatorFollows()
    {
        SyncWorld w;
        ui::SyncSettings().setHubUrl(QStringLiteral("sqlite://") + w.url.path);
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        const auto p = addPerson(*a, QStringLiteral("Ida"), QStringLiteral("Synthetic"));

        DeskWindow wa(*a);
        QVERIFY(wa.statusRead());
        const int pending = a->service().status().pendingChanges;
        QVERIFY(pending > 0);
        auto *label = wa.sync.statusLabel();
        QCOMPARE(label->text(), QStringLiteral("Not synced yet · %1 changes to send").arg(pending));
        QCOMPARE(label->accessibleName(), QStringLiteral("Sync status: ") + label->text());

        QSignalSpy started(&wa.controller(), &ui::SyncController::started);
        QVERIFY(wa.pressF5());
        QCOMPARE(started.count(), 1);
        QVERIFY2(wa.controller().lastOk(), qPrintable(wa.controller().lastMessage()));
        QCOMPARE(a->outbox(), 0);
        const auto status = a->service().status();
        QVERIFY(status.lastSuccess.isValid());
        QCOMPARE(label->text(),
                 QStringLiteral("Synced %1").arg(ui::Format::localDateTime(status.lastSuccess)));
        QCOMPARE(wa.window.statusBar()->currentMessage(), wa.controller().lastMessage());
        QVERIFY(wa.controller().lastMessage().startsWith(QLatin1String("Synced: ")));
        saveShot(wa.window, "sync-status-ok.png");

        // A local edit shows as a change to send, without a sync.
        a->exec(QStringLiteral("UPDATE person SET phone = '07700 900333' WHERE id = ?"), {p});
        QVERIFY(wa.statusRead());
        QVERIFY2(label->text().endsWith(QStringLiteral(" · 1 change to send")),
                 qPrintable(label->text()));

        // The other desk receives the person, and its lists are told to reload.
        DeskWindow wb(*b);
        QSignalSpy reload(&wb.sync, &ui::SyncUi::dataChanged);
        QVERIFY(wb.pressF5());
        QVERIFY2(wb.controller().lastOk(), qPrintable(wb.controller().lastMessage()));
        QCOMPARE(reload.count(), 1);
        QCOMPARE(b->row(QStringLiteral("person"), p).value(QLatin1String("given_name")).toString(),
                 QStringLiteral("Ida"));
    }

    void failuresAreShownInWordsAndNothingIsLost()
    {
        SyncWorld w;
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        addPerson(*a, QStringLiteral("Jo"), QStringLiteral("Synthetic"));
        DeskWindow wa(*a);
        QVERIFY(wa.statusRead());
        const int pending = a->outbox();

        // No hub set: the background run says nothing and the indicator is not red (every
        // caseworker would see it all day); F5, asked for, says what to do, once.
        QSignalSpy backgroundDone(&wa.controller(), &ui::SyncController::finished);
        wa.controller().syncInBackground();
        QVERIFY(!backgroundDone.isEmpty() || backgroundDone.wait(5000));
        QCOMPARE(wa.window.statusBar()->currentMessage(), QString());
        QCOMPARE(wa.sync.statusLabel()->text(), QStringLiteral("Sync not set up"));
        QCOMPARE(wa.sync.statusLabel()->styleSheet(), QString());
        QVERIFY(wa.pressF5());
        QVERIFY(!wa.controller().lastOk());
        QVERIFY(wa.window.statusBar()->currentMessage().startsWith(
            QLatin1String("No hub is set for this workstation")));
        QCOMPARE(wa.sync.statusLabel()->styleSheet(), QString());

        // A hub file that is not there (a folder that does not exist).
        ui::SyncSettings().setHubUrl(QStringLiteral("sqlite://") + w.dir.path() +
                                     QStringLiteral("/missing/hub.db"));
        QVERIFY(wa.pressF5());
        QVERIFY(!wa.controller().lastOk());
        QVERIFY2(wa.sync.statusLabel()->text().startsWith(QLatin1String("Sync failed: ")),
                 qPrintable(wa.sync.statusLabel()->text()));
        QCOMPARE(wa.sync.statusLabel()->styleSheet(),
                 ui::Colours::textStyle(ui::Colours::Tone::Danger));
        QCOMPARE(a->outbox(), pending);
        QCOMPARE(a->service().status().lastError.isEmpty(), false);
        saveShot(wa.window, "sync-status-failed.png");

        // A PostgreSQL hub with no password: the background never prompts.
        ui::SyncSettings().setHubUrl(QStringLiteral("postgresql://desk1@127.0.0.1:1/hub"));
        int prompts = 0;
        wa.controller().setPasswordPrompt([&prompts](const QString &, QString *) {
            ++prompts;
            return false;
        });
        QSignalSpy done(&wa.controller(), &ui::SyncController::finished);
        wa.controller().syncInBackground();
        QVERIFY(done.count() == 1 || done.wait(30000));
        QCOMPARE(prompts, 0);
        QCOMPARE(wa.controller().lastMessage(),
                 QStringLiteral("Waiting for the hub password: press F5 to sync and enter it"));
        // F5 asks; cancelling runs nothing.
        QVERIFY(wa.pressF5());
        QCOMPARE(prompts, 1);
        QCOMPARE(wa.controller().lastMessage(),
                 QStringLiteral("Sync cancelled: no hub password given"));
        QCOMPARE(a->outbox(), pending);
    }

    void postgresHubPasswordIsAskedOncePerSession()
    {
        PgServer pg;
        QVERIFY2(pg.ok(), qPrintable(pg.errorText()));
        // The desk logs in as its own role, mapped to its app user (docs/SYNC.md).
        SyncWorld w(&pg);
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        addPerson(*a, QStringLiteral("Pia"), QStringLiteral("Synthetic"));
        ui::SyncSettings().setHubUrl(a->url.display());
        DeskWindow wa(*a);
        const QStringList answers{QStringLiteral("wrong"), SyncWorld::rolePassword()};
        int prompts = 0;
        wa.controller().setPasswordPrompt([&](const QString &hub, QString *password) {
            if (hub != a->url.display())
                return false;
            *password = answers.value(prompts++);
            return true;
        });

        QVERIFY(wa.pressF5());
        QCOMPARE(prompts, 1);
        QVERIFY(!wa.controller().lastOk());
        QVERIFY2(wa.controller().lastMessage().contains(QLatin1String("password")),
                 qPrintable(wa.controller().lastMessage()));
        QVERIFY(a->outbox() > 0);

        // A refused password is forgotten: F5 asks again.
        QVERIFY(wa.pressF5());
        QCOMPARE(prompts, 2);
        QVERIFY2(wa.controller().lastOk(), qPrintable(wa.controller().lastMessage()));
        QCOMPARE(a->outbox(), 0);

        // Kept for the session: neither F5 nor the background asks again.
        QVERIFY(wa.pressF5());
        QSignalSpy done(&wa.controller(), &ui::SyncController::finished);
        wa.controller().syncInBackground();
        QVERIFY(done.wait(60000));
        QVERIFY2(wa.controller().lastOk(), qPrintable(wa.controller().lastMessage()));
        QCOMPARE(prompts, 2);
    }

    void timerFollowsTheSettings()
    {
        SyncWorld w;
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        DeskWindow wa(*a);
        QCOMPARE(ui::SyncSettings().intervalMinutes(), 5);
        wa.controller().setBackgroundEnabled(true);
        auto *timer = wa.controller().findChild<QTimer *>();
        QVERIFY(timer);
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), 5 * 60 * 1000);
        ui::SyncSettings().setIntervalMinutes(0); // only on demand
        wa.controller().setBackgroundEnabled(true);
        QVERIFY(!timer->isActive());
        ui::SyncSettings().setIntervalMinutes(1000);
        QCOMPARE(ui::SyncSettings().intervalMinutes(), ui::SyncSettings::kMaxMinutes);
    }

    void settingsDialogRefusesABadAddress()
    {
        ui::SyncSettings().setHubUrl(QStringLiteral("sqlite:///srv/office/hub.db"));
        ui::SyncSettingsDialog dialog;
        dialog.show();
        QCOMPARE(dialog.urlEdit()->text(), QStringLiteral("sqlite:///srv/office/hub.db"));
        dialog.urlEdit()->setText(QStringLiteral("postgresql://desk1:secret@hub/victims"));
        dialog.minutesBox()->setValue(15);
        dialog.save();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorFor(QStringLiteral("hub")).contains(QLatin1String("password")));
        QVERIFY(!dialog.errorFor(QStringLiteral("hub")).contains(QLatin1String("secret")));
        QCOMPARE(ui::SyncSettings().hubUrl(), QStringLiteral("sqlite:///srv/office/hub.db"));
        QCOMPARE(ui::SyncSettings().intervalMinutes(), 5);
        saveShot(dialog, "sync-settings-error.png");

        dialog.urlEdit()->setText(
            QStringLiteral("postgresql://desk1@hub.example:5432/victims?sslmode=verify-full"));
        dialog.save();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ui::SyncSettings().hubUrl(),
                 QStringLiteral("postgresql://desk1@hub.example:5432/victims?sslmode=verify-full"));
        QCOMPARE(ui::SyncSettings().intervalMinutes(), 15);
        // The password is never among the settings.
        for (const auto &key : QSettings().allKeys())
            QVERIFY2(!key.contains(QLatin1String("password"), Qt::CaseInsensitive),
                     qPrintable(key));
    }

    void conflictReviewOneKeyEach()
    {
        SyncWorld w;
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        const auto p1 = makeConflict(*a, *b, QStringLiteral("Kit"));
        const auto p2 = makeConflict(*a, *b, QStringLiteral("Lee"));
        const auto p3 = makeConflict(*a, *b, QStringLiteral("Max"));

        ui::ConflictReviewDialog dialog(*b->db, b->actor);
        dialog.resize(900, 520);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.table()->rowCount(), 3);
        const auto *hubBox = dialog.findChild<QLabel *>(QStringLiteral("hubValue"));
        const auto *clientBox = dialog.findChild<QLabel *>(QStringLiteral("clientValue"));
        const auto *baseBox = dialog.findChild<QLabel *>(QStringLiteral("baseValue"));
        const auto first = dialog.conflicts().first();
        QCOMPARE(baseBox->text(), QStringLiteral("07700 900000"));
        QCOMPARE(hubBox->text(), ui::ConflictReviewDialog::valueText(first.hub));
        QCOMPARE(clientBox->text(), ui::ConflictReviewDialog::valueText(first.client));
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("Phone"));
        saveShot(dialog, "sync-conflicts.png");

        // C keeps this desk's value: it becomes a local edit the next sync sends.
        QSignalSpy resolved(&dialog, &ui::ConflictReviewDialog::resolved);
        const auto clientValue = first.client.toString();
        QTest::keyClick(&dialog, Qt::Key_C);
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(phoneOf(*b, first.recordId), clientValue);

        // H keeps the hub's.
        const auto second = dialog.conflicts().first();
        QTest::keyClick(&dialog, Qt::Key_H);
        QCOMPARE(resolved.count(), 2);
        QCOMPARE(phoneOf(*b, second.recordId), second.hub.toString());

        // E edits a value of one's own; Enter keeps it.
        const auto third = dialog.conflicts().first().recordId;
        QCOMPARE(QSet<QString>({first.recordId, second.recordId, third}),
                 QSet<QString>({p1, p2, p3}));
        QTest::keyClick(&dialog, Qt::Key_E);
        QVERIFY(dialog.valueEdit()->hasFocus());
        dialog.valueEdit()->clear();
        QTest::keyClicks(dialog.valueEdit(), QStringLiteral("07700 900999"));
        QTest::keyClick(dialog.valueEdit(), Qt::Key_Return);
        QCOMPARE(resolved.count(), 3);
        QCOMPARE(dialog.table()->rowCount(), 0);
        QCOMPARE(phoneOf(*b, third), QStringLiteral("07700 900999"));
        QVERIFY(dialog.errorText().isEmpty());

        // The choices reach the hub and the other desk.
        QVERIFY(b->sync().ok());
        QVERIFY(a->sync().ok());
        QCOMPARE(phoneOf(*a, first.recordId), clientValue);
        QCOMPARE(phoneOf(*a, third), QStringLiteral("07700 900999"));
        QCOMPARE(b->service().status().openConflicts, 0);
    }

    // An edit from a desk whose user lost the person (handed to another team while that
    // desk was offline) waits for the new team's supervisor; on PostgreSQL the sending
    // login could not read the hub's row, so the hub side says it was left unchanged.
    void conflictReviewOfAnEditFromADeskThatLostThePerson()
    {
        PgServer pg;
        QVERIFY2(pg.ok(), qPrintable(pg.errorText()));
        SyncWorld w(&pg);
        const auto all = w.addActor(QStringLiteral("sup.all"), QStringLiteral("supervisor"), {});
        auto head = w.desk(QStringLiteral("head"), all);
        auto two = w.desk(QStringLiteral("two"), w.cw2);
        const auto p = addPerson(*head, QStringLiteral("Ola"), QStringLiteral("Synthetic"));
        const auto r = addReferral(*head, p, w.cw2.userId);
        QVERIFY(head->sync().ok());
        QVERIFY(two->sync().ok());
        head->exec(QStringLiteral("UPDATE referral SET assigned_to = ? WHERE id = ?"),
                   {w.cw1.userId, r});
        QVERIFY(head->sync().ok());
        two->exec(QStringLiteral("UPDATE person SET phone = '07700 900444' WHERE id = ?"), {p});
        QVERIFY(two->sync().ok());
        QVERIFY(head->sync().ok());

        ui::ConflictReviewDialog dialog(*head->db, head->actor);
        dialog.resize(900, 520);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(
            dialog.table()->item(0, 2)->text(),
            ui::ConflictReviewDialog::tr("Not applied: from a desk that no longer holds them"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("hubValue"))->text(),
                 ui::ConflictReviewDialog::tr("(unchanged on the hub)"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("clientValue"))->text(),
                 QStringLiteral("07700 900444"));
        saveShot(dialog, "sync-conflict-out-of-scope.png");
        QTest::keyClick(&dialog, Qt::Key_C);
        QCOMPARE(dialog.table()->rowCount(), 0);
        QCOMPARE(phoneOf(*head, p), QStringLiteral("07700 900444"));
        QVERIFY(head->sync().ok());
        QCOMPARE(w.hubDump(all).value(QStringLiteral("person/") + p).value(QLatin1String("phone")),
                 QJsonValue(QStringLiteral("07700 900444")));
    }

    void conflictReviewOpensThePerson()
    {
        SyncWorld w;
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        const auto p = makeConflict(*a, *b, QStringLiteral("Noor"));
        DeskWindow wb(*b);
        QSignalSpy open(&wb.sync, &ui::SyncUi::openPersonRequested);
        whenModal<ui::ConflictReviewDialog>([](ui::ConflictReviewDialog *dialog) {
            QCOMPARE(dialog->table()->rowCount(), 1);
            QTest::keyClick(dialog, Qt::Key_O);
        });
        wb.sync.conflictsAction()->trigger();
        QVERIFY(open.count() == 1 || open.wait(5000));
        QCOMPARE(open.first().first().toString(), p);
        QCOMPARE(b->service().status().openConflicts, 1); // looked at, not decided
    }

    void whoSeesWhat()
    {
        SyncWorld w;
        auto sup = w.desk(QStringLiteral("s"), w.sup1);
        auto cw = w.desk(QStringLiteral("c"), w.cw1);
        DeskWindow ws(*sup);
        DeskWindow wc(*cw);
        QVERIFY(ws.sync.conflictsAction()->isVisible());
        QVERIFY(!wc.sync.conflictsAction()->isVisible());
        QVERIFY(wc.sync.syncNowAction()->isVisible());
        QVERIFY(wc.sync.statusLabel()->isVisible());
        // The Sync menu sits before Help.
        const auto menus = wc.window.menuBar()->actions();
        QCOMPARE(menus.size(), 2);
        QCOMPARE(menus.at(0)->menu()->objectName(), QStringLiteral("syncMenu"));

        // A caseworker's desk that has a conflict cannot resolve it: core refuses, the screen
        // says why and the conflict stays open.
        makeConflict(*sup, *cw, QStringLiteral("Oli"));
        ui::ConflictReviewDialog dialog(*cw->db, cw->actor);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QTest::keyClick(&dialog, Qt::Key_C);
        QVERIFY2(dialog.errorText().contains(QLatin1String("caseworker")),
                 qPrintable(dialog.errorText()));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(cw->service().status().openConflicts, 1);
    }

    void mainWindowF5IsSyncAndCtrlRReloads()
    {
        SyncWorld w;
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        services::Services services(*a->db);
        services::CaseService cases(*a->db);
        ui::MainWindow window(services, cases, a->actor);
        auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(refresh);
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QVERIFY(window.syncUi());
        QCOMPARE(window.syncUi()->syncNowAction()->shortcut(), QKeySequence(Qt::Key_F5));
        auto *label = window.statusBar()->findChild<ui::SyncStatusLabel *>();
        QVERIFY(label);
        QSignalSpy read(window.syncUi()->controller(), &ui::SyncController::statusChanged);
        QVERIFY(read.count() > 0 || read.wait(30000));              // the status read at start
        QCOMPARE(label->text(), QStringLiteral("Sync not set up")); // no hub set: not red
        QCOMPARE(label->styleSheet(), QString());
        window.resize(1366, 768);
        window.show();
        saveShot(window, "sync-mainwindow.png");
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
