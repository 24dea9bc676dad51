// The Join a hub page (ui/setup/JoinHubPage) in a QWizard of its own, driven offscreen with
// the keyboard against a real PostgreSQL hub and a real Secret Service: a new desk joins
// with an enrolment code, and refusals show beside their field with nothing made.
#include "../core/tst_sync_fixture.h"

#include "KeyringSession.h"
#include "PgServer.h"
#include "UiShots.h"
#include "setup/JoinHubPage.h"
#include "sync/HubEnrolment.h"
#include "sync/HubKeychain.h"
#include "sync/SyncSettings.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QProgressBar>
#include <QWizard>

using namespace hub;
using namespace hub::test;

namespace {

const QString kNewPassword = QStringLiteral("synthetic-page-password");

// A wizard of one page, as the first-run wizard would host it.
struct JoinWizard
{
    explicit JoinWizard(const QString &dbPath) : page(new ui::JoinHubPage(dbPath))
    {
        wizard.addPage(page);
        wizard.setWizardStyle(QWizard::ClassicStyle);
        wizard.resize(1366, 768);
        wizard.show();
    }
    void fill(const QString &hub, const QString &user, const QString &code, const QString &password,
              const QString &repeat)
    {
        for (auto *e : {page->hubEdit(), page->userEdit(), page->codeEdit(), page->passwordEdit(),
                        page->repeatEdit()})
            e->clear();
        QTest::keyClicks(page->hubEdit(), hub);
        QTest::keyClicks(page->userEdit(), user);
        QTest::keyClicks(page->codeEdit(), code);
        QTest::keyClicks(page->passwordEdit(), password);
        QTest::keyClicks(page->repeatEdit(), repeat);
    }
    // Finish, as the keyboard presses it.
    void finish()
    {
        auto *button = wizard.button(QWizard::FinishButton);
        QVERIFY(button->isEnabled());
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
    }

    QWizard wizard;
    ui::JoinHubPage *page;
};

} // namespace

class TestJoinHubPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_keyring.ok(), qPrintable(m_keyring.errorText()));
        QVERIFY2(m_pg.ok(), qPrintable(m_pg.errorText()));
    }

    void joinsFromAWizard()
    {
        SyncWorld w(&m_pg);
        auto sup = w.desk(QStringLiteral("sup"), w.sup1);
        const auto kit = addPerson(*sup, QStringLiteral("Kit"), QStringLiteral("Synthetic"));
        addReferral(*sup, kit, w.cw1.userId);
        QVERIFY(sup->sync().ok());
        auto hub = w.hub();
        const auto issued = sync::HubEnrolment(*hub).issue(QStringLiteral("cw.one"));
        QVERIFY(issued.ok());

        const auto path = w.dir.filePath(QStringLiteral("joined.db"));
        JoinWizard j(path);
        QVERIFY(!j.page->isComplete());
        // A hub address typed without a user, as an administrator gives it out.
        auto address = w.url;
        const auto typed = QStringLiteral("postgresql://%1:%2/%3")
                               .arg(address.host)
                               .arg(address.port)
                               .arg(address.database);
        j.fill(typed, QStringLiteral("cw.one"), issued->code, kNewPassword, kNewPassword);
        QVERIFY(j.page->isComplete());
        saveUiShot(j.wizard, "h15-join-page.png");
        j.finish();
        QVERIFY2(j.page->joined().has_value(),
                 qPrintable(j.page->errorText(QStringLiteral("code")) +
                            j.page->errorText(QStringLiteral("hub")) +
                            j.page->errorText(QStringLiteral("database"))));
        QCOMPARE(j.wizard.result(), int(QDialog::Accepted));
        QCOMPARE(j.page->progressBar()->value(), j.page->progressBar()->maximum());
        QVERIFY(QFile::exists(path));
        // The typed password and code are gone from the page.
        QCOMPARE(j.page->passwordEdit()->text(), QString());
        QCOMPARE(j.page->codeEdit()->text(), QString());
        // This workstation now syncs as the desk's own login, its password in the keychain.
        const auto deskUrl = j.page->joined()->deskUrl;
        QCOMPARE(ui::SyncSettings().hubUrl(), deskUrl.display());
        QVERIFY(ui::SyncSettings().rememberPassword());
        QVERIFY(sync::HubKeychain().read(deskUrl).ok());
        auto db = store::Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(!LocalRowsHas(*db.value(), QStringLiteral("person"), kit).isEmpty());
        QVERIFY(sync::HubKeychain().forget(deskUrl).ok());
    }

    void refusalsShowBesideTheField()
    {
        SyncWorld w(&m_pg);
        auto office = w.desk(QStringLiteral("first"), w.cw1);
        auto hub = w.hub();
        const auto issued = sync::HubEnrolment(*hub).issue(QStringLiteral("cw.two"));
        QVERIFY(issued.ok());
        const auto path = w.dir.filePath(QStringLiteral("new.db"));
        JoinWizard j(path);

        j.fill(w.url.display(), QStringLiteral("cw.two"), issued->code, kNewPassword,
               QStringLiteral("something-else-typed"));
        j.finish();
        QVERIFY(j.page->errorText(QStringLiteral("repeat_password"))
                    .contains(QLatin1String("does not match")));

        j.fill(w.url.display(), QStringLiteral("cw.two"), QStringLiteral("2222-3333-4444-5555"),
               kNewPassword, kNewPassword);
        j.finish();
        QVERIFY2(
            j.page->errorText(QStringLiteral("code")).contains(QLatin1String("did not accept")),
            qPrintable(j.page->errorText(QStringLiteral("code"))));
        QCOMPARE(j.page->progressBar()->value(), 0);
        saveUiShot(j.wizard, "h15-join-refused.png");

        j.fill(QStringLiteral("sqlite:///tmp/hub.db"), QStringLiteral("cw.two"), issued->code,
               kNewPassword, kNewPassword);
        j.finish();
        QVERIFY(j.page->errorText(QStringLiteral("hub")).contains(QLatin1String("PostgreSQL")));

        QVERIFY(!j.page->joined().has_value());
        QCOMPARE(j.wizard.result(), int(QDialog::Rejected));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT state FROM hub_enrolment")).toString(),
                 QStringLiteral("open"));
    }

private:
    static QJsonObject LocalRowsHas(store::Database &db, const QString &kind, const QString &id)
    {
        sync::LocalRows rows(db);
        auto r = rows.read(*sync::recordKind(kind), id);
        return r.ok() ? *r : QJsonObject();
    }

    KeyringSession m_keyring; // before anything in the process uses D-Bus
    PgServer m_pg;
};

QTEST_MAIN(TestJoinHubPage)
#include "tst_joinhubpage.moc"
