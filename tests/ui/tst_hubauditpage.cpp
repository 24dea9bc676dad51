// The audit page's hub-wide view (docs/SYNC.md "Audit trail on the hub"): on a workstation
// with a hub, an auditor switches "Events from" to every desk's trail as a real PostgreSQL
// hub holds it, signed in with their own hub login, verifies it and switches back.
#include "../core/tst_sync_fixture.h"

#include "PgServer.h"
#include "admin/AuditEventsModel.h"
#include "admin/AuditPage.h"
#include "services/AuditService.h"
#include "services/DeskService.h"
#include "sync/SyncSettings.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>

using namespace hub;
using namespace hub::test;

namespace {

qint64 trailSize(Desk &d)
{
    return d.scalar(QStringLiteral("SELECT count(*) FROM audit_event")).toLongLong();
}

QSet<QString> workstationsShown(const ui::AuditEventsModel &model)
{
    QSet<QString> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.insert(model.event(row).workstation);
    return out;
}

void saveShot(QWidget &widget, const char *name)
{
    // HUB_UI_SHOTS=folder keeps pictures of the screens to look at.
    const auto dir = qEnvironmentVariable("HUB_UI_SHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(widget.grab().save(dir + QLatin1Char('/') + QLatin1String(name), "PNG"));
}

} // namespace

class TestHubAuditPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("HUB_HUB_PASSWORD");
    }

    void init() { QSettings().remove(QStringLiteral("sync")); }

    void withoutAHubThereIsNoChoice()
    {
        SyncWorld w;
        const auto auditor = w.addActor(QStringLiteral("aud.one"), QStringLiteral("auditor"), {});
        auto a = w.desk(QStringLiteral("aud"), auditor);
        services::Services services(*a->db);
        ui::AuditPage page(services, a->actor);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.sourceBox()->isHidden());
        QVERIFY(!page.showingHub());
    }

    void auditorReadsEveryDeskFromThePostgresHub()
    {
        PgServer pg;
        QVERIFY2(pg.ok(), qPrintable(pg.errorText()));
        SyncWorld w(&pg);
        const auto auditor = w.addActor(QStringLiteral("aud.one"), QStringLiteral("auditor"), {});
        auto one = w.desk(QStringLiteral("one"), w.cw1);
        auto two = w.desk(QStringLiteral("two"), w.cw2);
        auto a = w.desk(QStringLiteral("aud"), auditor);
        one->logViews(3);
        two->logViews(4);
        QVERIFY(one->sync().ok());
        QVERIFY(two->sync().ok());
        a->logViews(1); // the auditor's own desk: one event of its own
        // Every desk's trail on the hub: these two and the office's that set up its users.
        const qint64 everyDesk =
            w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_audit")).toLongLong();
        QVERIFY(everyDesk >= trailSize(*one) + trailSize(*two));

        // The workstation's hub names a desk's login; the auditor signs in with their own.
        ui::SyncSettings().setHubUrl(one->url.display());
        services::Services services(*a->db);
        ui::AuditPage page(services, a->actor);
        QString offered;
        int asked = 0;
        page.setHubLogin([&](sync::HubUrl &url, QString *password) {
            ++asked;
            offered = url.user;
            url.user = a->url.user;
            *password = a->password;
            return true;
        });
        page.resize(1366, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.sourceBox()->isVisible());
        QCOMPARE(page.model()->total(), trailSize(*a));

        // "Events from: All desks (hub)", chosen with the keyboard.
        page.sourceBox()->setFocus();
        QTest::keyClick(page.sourceBox(), Qt::Key_Down);
        QTRY_VERIFY(page.showingHub());
        QCOMPARE(asked, 1);
        QCOMPARE(offered, one->url.user);
        QCOMPARE(page.model()->total(), everyDesk);
        QVERIFY2(
            page.summaryLabel()->text().startsWith(QStringLiteral("All desks, from the hub: ")),
            qPrintable(page.summaryLabel()->text()));
        QVERIFY(workstationsShown(*page.model())
                    .contains(QSet<QString>{w.cw1.workstation, w.cw2.workstation}));
        QVERIFY(!page.exportButton()->isEnabled());
        const int viewAction = page.actionBox()->findData(QStringLiteral("person.view"));
        QVERIFY(viewAction > 0);
        page.userBox()->setCurrentIndex(page.userBox()->findData(w.cw2.userId));
        QCOMPARE(page.model()->total(), trailSize(*two));
        page.clearFilters();
        page.verifyChain();
        QVERIFY2(page.verifyLabel()->text().startsWith(
                     QStringLiteral("Every desk's audit trail on the hub is intact: all %1 events")
                         .arg(everyDesk)),
                 qPrintable(page.verifyLabel()->text()));
        saveShot(page, "audit-hub-view.png");

        // Back to this desk's own trail.
        QTest::keyClick(page.sourceBox(), Qt::Key_Up);
        QTRY_VERIFY(!page.showingHub());
        QCOMPARE(page.model()->total(), trailSize(*a));
        QVERIFY(page.exportButton()->isEnabled());
    }

    void aCaseworkersLoginReadsNothingAndACancelStaysHere()
    {
        PgServer pg;
        QVERIFY2(pg.ok(), qPrintable(pg.errorText()));
        SyncWorld w(&pg);
        const auto auditor = w.addActor(QStringLiteral("aud.one"), QStringLiteral("auditor"), {});
        auto one = w.desk(QStringLiteral("one"), w.cw1);
        auto a = w.desk(QStringLiteral("aud"), auditor);
        one->logViews(2);
        QVERIFY(one->sync().ok());
        ui::SyncSettings().setHubUrl(one->url.display());
        services::Services services(*a->db);
        ui::AuditPage page(services, a->actor);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Signed in with the caseworker's login: the hub shows that login no event.
        page.setHubLogin([&](sync::HubUrl &, QString *password) {
            *password = one->password;
            return true;
        });
        QVERIFY(page.showHub(true));
        QCOMPARE(page.model()->total(), qint64(0));
        QCOMPARE(page.summaryLabel()->text(),
                 QStringLiteral("All desks, from the hub: No events match"));
        // A cancelled sign-in stays on this desk's trail.
        page.setHubLogin([](sync::HubUrl &, QString *) { return false; });
        QVERIFY(page.showHub(false));
        QVERIFY(!page.showHub(true));
        QVERIFY(!page.showingHub());
        QCOMPARE(page.sourceBox()->currentIndex(), 0);
        // A wrong password: one message, still this desk.
        page.setHubLogin([](sync::HubUrl &, QString *password) {
            *password = QStringLiteral("not-the-password");
            return true;
        });
        QVERIFY(!page.showHub(true));
        QVERIFY(!page.showingHub());
        QVERIFY2(page.summaryLabel()->text().startsWith(
                     QStringLiteral("The hub's audit trail could not be read: ")),
                 qPrintable(page.summaryLabel()->text()));
    }
};

QTEST_MAIN(TestHubAuditPage)
#include "tst_hubauditpage.moc"
