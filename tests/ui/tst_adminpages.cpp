// The Administration pages of issue 15 driven as a person would, offscreen, on real SQLite
// files (and a real PostgreSQL hub for the desk logins): hub settings, backup and restore,
// archives and the hub's desk logins.

#include "ModalHelper.h"
#include "TempDatabase.h"
#include "UiFixtures.h"
#include "admin/AdminPage.h"
#include "admin/HubSettingsPage.h"
#include "auth/SessionLock.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/DeskService.h"
#include "services/SettingsService.h"
#include "widgets/FieldErrors.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QtTest>


using namespace hub;
using services::SettingsService;

namespace {

const QString kAdminPassword = QStringLiteral("synthetic-admin-pass-1");

} // namespace

class TestAdminPages : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<services::Services> m_services;
    domain::Actor m_admin, m_supervisor;

    // The Admin section of `actor`, shown at the docs' size, on the tab whose page is `name`.
    std::unique_ptr<ui::AdminPage> show(const domain::Actor &actor, const QString &name)
    {
        auto page = std::make_unique<ui::AdminPage>(*m_services, actor);
        page->resize(1366, 768);
        page->show();
        if (!QTest::qWaitForWindowActive(page.get()))
            qWarning("the page was not shown");
        auto *tabs = page->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->objectName() == name)
                QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                                  tabs->tabBar()->tabRect(i).center());
        }
        return page;
    }

    static void picture(QWidget *w, const QString &name)
    {
        if (const auto dir = qEnvironmentVariable("HUB_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(w->grab().save(dir + QStringLiteral("/h15-pages-%1.png").arg(name)));
    }

    // Replaces what is in `edit` with `text`, typed.
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    qint64 settingsEvents()
    {
        services::AuditQuery q;
        q.action = QStringLiteral("settings.change");
        auto n = services::AuditService(m_services->context).count(m_admin, q);
        return n.ok() ? n.value() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY(m_db->ok());
        m_services = std::make_unique<services::Services>(m_db->db());
        services::AuthService auth(m_services->context, security::PasswordHasher::Cost::Minimum);
        auto admin = auth.createFirstAdmin(QStringLiteral("admin1"), QStringLiteral("Ada Admin"),
                                           kAdminPassword, QStringLiteral("test-pc"));
        QVERIFY2(admin.ok(), qPrintable(admin.error().describe()));
        m_admin = admin.value();
        auto sup = auth.addUser(m_admin, QStringLiteral("sup1"), QStringLiteral("Sam Super"),
                                QStringLiteral("supervisor"), QString(),
                                QStringLiteral("synthetic-temp-pass-2"));
        QVERIFY(sup.ok());
        m_supervisor = {sup->id, QStringLiteral("supervisor"), QString(),
                        QStringLiteral("test-pc")};
        test::seedPeople(m_db->db(), 12);
    }

    void cleanup()
    {
        m_services.reset();
        m_db.reset();
    }

    // An administrator types new values and saves: the core's values change, on the audit
    // trail; the page shows them again after Revert.
    void settingsSavedReachTheCore()
    {
        auto admin = show(m_admin, QStringLiteral("hubSettingsPage"));
        auto *page = admin->findChild<ui::HubSettingsPage *>();
        QVERIFY(page);
        QCOMPARE(admin->tabs()->currentWidget(), page);
        QVERIFY(!page->isReadOnly());
        QCOMPARE(page->field(SettingsService::standardDaysKey())->text(), QStringLiteral("5"));
        QCOMPARE(page->field(SettingsService::lockMinutesKey())->text(), QStringLiteral("10"));
        picture(admin.get(), QStringLiteral("settings"));
        const auto before = settingsEvents();

        retype(page->field(SettingsService::enhancedDaysKey()), QStringLiteral("3"));
        retype(page->field(SettingsService::standardDaysKey()), QStringLiteral("7"));
        retype(page->field(SettingsService::lockMinutesKey()), QStringLiteral("5"));
        retype(page->field(SettingsService::retentionYearsKey()), QStringLiteral("8"));
        page->caseworkersImportBox()->setFocus();
        QTest::keyClick(page->caseworkersImportBox(), Qt::Key_Space);
        QTest::keyClick(page, Qt::Key_S, Qt::ControlModifier);

        QCOMPARE(page->errors().summary(), QString());
        const auto now = SettingsService::hubSettings(m_db->db());
        QCOMPARE(now.days, (services::VictimsCodeDays{3, 7}));
        QCOMPARE(now.lockMinutes, 5);
        QCOMPARE(now.retentionYears, 8);
        QVERIFY(now.caseworkersMayImport);
        QCOMPARE(now.massDeletePercent, 30);
        QCOMPARE(SettingsService::storedLockMinutes(m_db->db()), std::optional<int>(5));
        // The open context's clock follows at once.
        QCOMPARE(m_services->context.victimsCode.daysFor(false), 7);
        QCOMPARE(settingsEvents(), before + 1);
        QVERIFY(page->statusLabel()->text().contains(QLatin1String("Saved")));

        // Typed but not saved, then Revert: the stored values again.
        retype(page->field(SettingsService::massDeletePercentKey()), QStringLiteral("50"));
        QTest::mouseClick(page->revertButton(), Qt::LeftButton);
        QCOMPARE(page->field(SettingsService::massDeletePercentKey())->text(),
                 QStringLiteral("30"));
        QCOMPARE(SettingsService::massDeletePercent(m_db->db()), 30);
    }

    // A value the service refuses: the field is named, the typed text kept, nothing saved.
    void badValueIsRefusedWithTheFieldNamed_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("words");
        QTest::newRow("days too long")
            << SettingsService::standardDaysKey() << "45"
            << "Standard (working days) must be between 1 and 30 working days, not 45";
        QTest::newRow("enhanced longer") << SettingsService::enhancedDaysKey() << "6"
                                         << "cannot allow longer (6 days) than the standard";
        QTest::newRow("lock zero") << SettingsService::lockMinutesKey() << "0"
                                   << "Lock after (minutes) must be between 1 and 60 minutes";
        QTest::newRow("not a number") << SettingsService::retentionYearsKey() << "six"
                                      << "Retention (years) must be a whole number, not \"six\"";
        QTest::newRow("percent") << SettingsService::massDeletePercentKey() << "101"
                                 << "between 1 and 100 per cent, not 101";
    }

    void badValueIsRefusedWithTheFieldNamed()
    {
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(QString, words);
        auto admin = show(m_admin, QStringLiteral("hubSettingsPage"));
        auto *page = admin->findChild<ui::HubSettingsPage *>();
        const auto before = SettingsService::hubSettings(m_db->db());
        const auto events = settingsEvents();
        // Another field changed too: nothing at all is saved.
        retype(page->field(SettingsService::retentionYearsKey()) == page->field(key)
                   ? page->field(SettingsService::lockMinutesKey())
                   : page->field(SettingsService::retentionYearsKey()),
               QStringLiteral("9"));
        retype(page->field(key), typed);
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QVERIFY2(page->errors().text(key).contains(words), qPrintable(page->errors().text(key)));
        QVERIFY(page->errors().summary().startsWith(QLatin1String("Nothing was saved")));
        QCOMPARE(page->field(key)->text(), typed);
        QVERIFY(page->field(key)->hasFocus());
        const auto after = SettingsService::hubSettings(m_db->db());
        QCOMPARE(after.retentionYears, before.retentionYears);
        QCOMPARE(after.lockMinutes, before.lockMinutes);
        QCOMPARE(after.days, before.days);
        QCOMPARE(settingsEvents(), events);
        if (QByteArray(QTest::currentDataTag()) == "days too long")
            picture(admin.get(), QStringLiteral("settings-error"));
    }

    // The hub's inactivity lock is the longest a desk waits; a desk may only shorten it.
    void hubLockCapsTheDesk()
    {
        const auto key = QStringLiteral("security/lockMinutes");
        QSettings().setValue(key, 30);
        QCOMPARE(ui::SessionLock::configuredMinutes(std::nullopt), 30);
        QCOMPARE(ui::SessionLock::configuredMinutes(5), 5);
        QSettings().setValue(key, 3);
        QCOMPARE(ui::SessionLock::configuredMinutes(5), 3);
        QSettings().remove(key);
        QCOMPARE(ui::SessionLock::configuredMinutes(7), 7);
        QCOMPARE(ui::SessionLock::configuredMinutes(std::nullopt), 10);
    }

    // A supervisor reads the settings and cannot change them.
    void supervisorReadsOnly()
    {
        auto sup = show(m_supervisor, QStringLiteral("hubSettingsPage"));
        auto *page = sup->findChild<ui::HubSettingsPage *>();
        QVERIFY(page);
        QVERIFY(page->isReadOnly());
        QVERIFY(page->field(SettingsService::standardDaysKey())->isReadOnly());
        QVERIFY(!page->caseworkersImportBox()->isEnabled());
        QVERIFY(!page->saveButton()->isVisible());
        QCOMPARE(page->field(SettingsService::standardDaysKey())->text(), QStringLiteral("5"));
        QVERIFY(!page->save());
        // Nor can the service be made to.
        SettingsService::HubSettings s;
        s.days.standard = 9;
        QVERIFY(!SettingsService(m_services->context).setHubSettings(m_supervisor, s).ok());
        QCOMPARE(SettingsService::victimsCodeDays(m_db->db()).standard, 5);
    }
};

QTEST_MAIN(TestAdminPages)
#include "tst_adminpages.moc"
