// victimshub: the desktop app. Opens the workstation's database, asks who is signing in
// (on a database without users: sets up the hub, FirstRunWizard) and shows the main window.
//   victimshub [--db PATH] [--user NAME] [--page NAME | --person ID [--log-contact]]
//              [--screenshot FILE]
//   victimshub --help | --version       (these two need no display)
// --user NAME with the password in the environment variable HUB_PASSWORD signs in without
// the dialog, for scripts and screenshots; --user alone only fills in the username.
// Without them, --screenshot saves the sign-in dialog (on a database without users, the
// first step of setting up the hub).
// --screenshot renders the window at 1366x768 once the caseload has painted, saves it as
// PNG, prints first_paint_ms=N (since the process started) and exits: for the docs and
// for the start-up benchmark. --page starts on a section; --log-contact opens the Log
// contact dialog over the person's record (in a screenshot, drawn over the window).
// --trigger (hidden; for tests/a11y, docs/USER_GUIDE.md "Accessibility") opens a dialog as a
// user would, in steps: picks the first row of each list (first-rows), presses a button or
// menu action by name, or types into a text box (NAME=TEXT, then Enter).

#include "CoreResources.h"
#include "MainWindow.h"
#include "PersonHeader.h"
#include "PersonView.h"
#include "admin/AdminPage.h"
#include "auth/FirstRunWizard.h"
#include "auth/SessionLock.h"
#include "auth/SignInDialog.h"
#include "contacts/LogContactDialog.h"
#include "services/AuthService.h"
#include "services/CaseService.h"
#include "services/DeskService.h"
#include "services/DirectoryService.h"
#include "services/SettingsService.h"
#include "store/Database.h"
#include "sync/SyncUi.h"
#include "widgets/Appearance.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPainter>
#include <QPalette>
#include <QPointer>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <ctime>
#include <functional>
#include <memory>
#include <optional>
#include <unistd.h>

namespace {

// Which file the app's own translation came from: QT_LOGGING_RULES="hub.i18n.info=true"
// (scripts/package-check.sh checks that the installed package finds its own).
Q_LOGGING_CATEGORY(lcI18n, "hub.i18n", QtWarningMsg)

// Milliseconds since the kernel started this process, so that dynamic loading and static
// initialisation count too. Falls back to the time since main() began.
qint64 msSinceProcessStart(const QElapsedTimer &sinceMain)
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const auto line = QString::fromLatin1(stat.readAll());
        // Field 22 (starttime, in clock ticks since boot) counts from after the ")" that
        // ends field 2, the command name, which may itself contain spaces.
        const auto fields =
            line.mid(line.lastIndexOf(QLatin1Char(')')) + 2).split(QLatin1Char(' '));
        const long ticks = sysconf(_SC_CLK_TCK);
        timespec now{};
        if (fields.size() > 19 && ticks > 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
            const double started = fields.at(19).toDouble() / double(ticks);
            const double elapsed = double(now.tv_sec) + double(now.tv_nsec) / 1e9 - started;
            if (elapsed >= 0 && elapsed < 3600)
                return qint64(elapsed * 1000.0 + 0.5);
        }
    }
    return sinceMain.elapsed();
}

void loadTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    // The app's own: installed in share/victimshub/translations beside the bin/ folder of the
    // executable (/usr/share/... from the package), or in a build tree next to the executable,
    // where lrelease writes them.
    const QDir bin(QCoreApplication::applicationDirPath());
    auto *own = new QTranslator(&app);
    for (const auto &dir :
         {QDir::cleanPath(bin.filePath(QStringLiteral(HUB_TRANSLATIONS_DIR))), bin.path()}) {
        if (own->load(QLocale::system(), QStringLiteral("victimshub"), QStringLiteral("_"), dir)) {
            qCInfo(lcI18n).noquote() << "translation:" << own->filePath();
            QApplication::installTranslator(own);
            return;
        }
    }
}

// --help and --version answer on a terminal without a display (over SSH, in a package check).
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray word(argv[i]);
        if (word == "-h" || word == "--help" || word == "-?" || word == "--help-all" ||
            word == "-v" || word == "--version")
            return true;
    }
    return false;
}

QString defaultDatabasePath(bool createFolder)
{
    const auto dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (createFolder)
        QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("hub.db"));
}

// One --trigger step in the window: "first-rows" picks the first row of every list shown
// without a current one; NAME=TEXT types TEXT into the text box NAME and presses Enter; NAME
// presses the button or triggers the action NAME. False if there is none.
bool triggerStep(QWidget &window, const QString &step)
{
    if (step == QLatin1String("first-rows")) {
        for (auto *view : window.findChildren<QAbstractItemView *>()) {
            if (view->isVisible() && view->model() && view->model()->rowCount() > 0 &&
                !view->currentIndex().isValid())
                view->setCurrentIndex(view->model()->index(0, 0));
        }
        return true;
    }
    const auto name = step.section(QLatin1Char('='), 0, 0);
    if (step.contains(QLatin1Char('='))) {
        auto *edit = window.findChild<QLineEdit *>(name);
        if (!edit)
            return false;
        edit->setText(step.section(QLatin1Char('='), 1));
        Q_EMIT edit->returnPressed();
        return true;
    }
    if (auto *button = window.findChild<QAbstractButton *>(name); button && button->isEnabled()) {
        button->click();
        return true;
    }
    // The window's own actions too (Lock now is the session lock's).
    auto actions = window.findChildren<QAction *>(name);
    for (auto *action : window.actions())
        if (action->objectName() == name)
            actions.append(action);
    for (auto *action : actions) {
        if (action->isEnabled()) {
            action->trigger();
            return true;
        }
    }
    return false;
}

// Moves the database a workstation joined into `target`'s place (nothing holds either
// open); empty on success, else what went wrong.
QString swapInJoinedDatabase(const QString &joined, const QString &target)
{
    for (const auto *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(target + QLatin1String(suffix));
    for (const auto *suffix : {"-wal", "-shm"})
        if (QFile::exists(joined + QLatin1String(suffix)))
            QFile::rename(joined + QLatin1String(suffix), target + QLatin1String(suffix));
    if (QFile::rename(joined, target))
        return {};
    return QApplication::tr("Could not move the joined database %1 to %2: move it there, then "
                            "start Victims' Hub again.")
        .arg(QDir::toNativeSeparators(joined), QDir::toNativeSeparators(target));
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && onlyPrints(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Stable names: they choose where settings and the default database live
    // (~/.config/victimshub/victimshub.conf, ~/.local/share/victimshub/victimshub/hub.db).
    QApplication::setOrganizationName(QStringLiteral("victimshub"));
    QApplication::setApplicationName(QStringLiteral("victimshub"));
    QApplication::setApplicationDisplayName(QApplication::tr("Victims' Hub"));
    QApplication::setApplicationVersion(QStringLiteral(HUB_VERSION));
    // The menu entry and icon the package installs (resources/desktop, resources/icons).
    QGuiApplication::setDesktopFileName(QStringLiteral(HUB_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(HUB_APP_ID)));
    hub::initCoreResources();
    loadTranslations(app);
    // The user's high-contrast and text-size choice, over the platform's palette and font.
    hub::ui::Appearance::apply(hub::ui::Appearance::stored());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::tr("Case management for a Victims' Hub."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::tr("The database file (default: %1).")
            .arg(QDir::toNativeSeparators(defaultDatabasePath(false))),
        QApplication::tr("PATH"));
    const QCommandLineOption shotOption(
        QStringLiteral("screenshot"),
        QApplication::tr("Save a picture of the window once the caseload has painted, print "
                         "first_paint_ms, and exit."),
        QApplication::tr("FILE"));
    const QCommandLineOption personOption(QStringLiteral("person"),
                                          QApplication::tr("Open this person's record at start."),
                                          QApplication::tr("ID"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QApplication::tr("Sign in as this user with the password in the environment variable "
                         "HUB_PASSWORD, without the dialog (for scripts); without HUB_PASSWORD, "
                         "the sign-in dialog starts with this username."),
        QApplication::tr("USERNAME"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::tr("Start on this section: caseload, referrals, search, reports, admin or "
                         "team (supervisors); admin/audit, admin/users or admin/erasure for a tab "
                         "of Admin."),
        QApplication::tr("NAME"));
    const QCommandLineOption contactOption(
        QStringLiteral("log-contact"),
        QApplication::tr("With --person: open the Log contact dialog over the record."));
    parser.addOption(userOption);
    parser.addOption(pageOption);
    parser.addOption(contactOption);
    parser.addOption(dbOption);
    parser.addOption(personOption);
    parser.addOption(shotOption);
    QCommandLineOption triggerOption(QStringLiteral("trigger"), QStringLiteral("test only"),
                                     QStringLiteral("NAME"));
    triggerOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(triggerOption);
    parser.process(app);

    const bool screenshot = parser.isSet(shotOption);
    const auto dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath(true);
    // A workstation that joins a hub on its first run gets its database built beside the
    // empty one it opened (FirstRunWizard::joinedDatabasePath); once runDesk has let go of
    // everything holding the empty one, the joined one takes its place and the desk starts
    // again on it, at the sign-in.
    const auto joined = hub::ui::FirstRunWizard::joinedDatabasePath(dbPath);
    constexpr int kJoined = -1;
    const auto runDesk = [&]() -> int {
        auto opened = hub::store::Database::open(dbPath);
        if (!opened.ok()) {
            const auto message =
                QApplication::tr("Could not open the database %1: %2")
                    .arg(QDir::toNativeSeparators(dbPath), opened.error().describe());
            QTextStream(stderr) << "victimshub: " << message << Qt::endl;
            if (!screenshot)
                QMessageBox::critical(nullptr, QApplication::tr("Victims' Hub"), message);
            return 1;
        }
        auto db = std::move(opened).value();

        hub::services::Services services(*db);
        hub::services::CaseService service(*db);
        hub::services::AuthService auth(services.context);
        const auto workstation = QSysInfo::machineHostName();
        const auto fail = [&](const QString &message) {
            QTextStream(stderr) << "victimshub: " << message << Qt::endl;
            if (!screenshot)
                QMessageBox::critical(nullptr, QApplication::tr("Victims' Hub"), message);
            return 1;
        };
        const auto password = qEnvironmentVariable("HUB_PASSWORD");
        std::optional<hub::domain::Actor> signedIn;
        if (parser.isSet(userOption) && !password.isEmpty()) {
            // Scripted runs: the same sign-in as the dialog, without it.
            auto actor = auth.login(parser.value(userOption), password, workstation);
            if (!actor.ok())
                return fail(QApplication::tr("Could not sign in as %1: %2")
                                .arg(parser.value(userOption), actor.error().message));
            signedIn = actor.value();
        } else if (screenshot) {
            // The first dialog, as it appears when the app starts, for the docs: the sign-in
            // dialog, or the set-up wizard on a database without users.
            std::unique_ptr<QDialog> dialog;
            if (auth.hasUsers()) {
                auto signIn = std::make_unique<hub::ui::SignInDialog>(auth, workstation);
                signIn->setUsername(parser.value(userOption));
                dialog = std::move(signIn);
            } else {
                dialog = std::make_unique<hub::ui::FirstRunWizard>(auth, workstation);
            }
            dialog->show();
            QPixmap shot(1366, 768);
            shot.fill(dialog->palette().color(QPalette::Window).darker(115));
            QTimer::singleShot(100, &app, [&] {
                QPainter painter(&shot);
                const QPixmap picture = dialog->grab();
                painter.drawPixmap((shot.width() - picture.width()) / 2,
                                   (shot.height() - picture.height()) / 2, picture);
                painter.end();
                const auto ms = msSinceProcessStart(sinceMain);
                if (!shot.save(parser.value(shotOption), "PNG")) {
                    QTextStream(stderr)
                        << "victimshub: could not write " << parser.value(shotOption) << Qt::endl;
                    QApplication::exit(1);
                    return;
                }
                QTextStream(stdout) << "first_paint_ms=" << ms << Qt::endl;
                QApplication::exit(0);
            });
            return app.exec();
        } else {
            signedIn = hub::ui::askForSignIn(auth, workstation, parser.value(userOption));
            if (!signedIn)
                return QFile::exists(joined) ? kJoined : 0;
        }
        // One session per signed-in user; Sign out / switch user starts the next one.
        for (bool first = true;; first = false) {
            const auto user = hub::services::DirectoryService(*db).user(signedIn->userId);
            if (!user.ok())
                return fail(user.error().describe());
            hub::ui::MainWindow window(services, service, *signedIn);
            hub::ui::SessionLock sessionLock(&window, auth, user->username, user->displayName,
                                             workstation);
            sessionLock.setHubMinutes(hub::services::SettingsService::storedLockMinutes(*db));
            if (screenshot)
                window.resize(1366, 768); // not the saved size: pictures for the docs must repeat
            else
                window.restoreLayout();
            window.show();
            // Sync in the background (Sync settings): soon after start, then on its timer. Pictures
            // for the docs never sync.
            if (!screenshot)
                window.syncUi()->startBackground();
            // Sign out and Quit end every event loop at once, the open dialogs' too, without asking
            // about what is typed in them: they may be under the lock, and must not show.
            bool signOut = false;
            const auto endSession = [&](bool again) {
                signOut = again;
                QApplication::exit(0);
            };
            QObject::connect(&window, &hub::ui::MainWindow::signOutRequested, &window,
                             [&] { endSession(true); });
            QObject::connect(&sessionLock, &hub::ui::SessionLock::signOutRequested, &window,
                             [&] { endSession(true); });
            QObject::connect(&sessionLock, &hub::ui::SessionLock::quitRequested, &window,
                             [&] { endSession(false); });
            // The start page, person and dialog asked for on the command line: the first session's.
            if (first && parser.isSet(pageOption)) {
                const QStringList pages{QStringLiteral("caseload"), QStringLiteral("referrals"),
                                        QStringLiteral("search"),   QStringLiteral("reports"),
                                        QStringLiteral("admin"),    QStringLiteral("team")};
                // admin/TAB starts on one tab of the Admin section: audit, users or erasure.
                const auto [name, tab] = [&] {
                    const auto parts = parser.value(pageOption).toLower().split(QLatin1Char('/'));
                    return std::pair{parts.value(0), parts.value(1)};
                }();
                const int page = pages.indexOf(name);
                QWidget *tabPage = tab.isEmpty() || page != hub::ui::MainWindow::Admin
                                       ? nullptr
                                       : window.adminPage()->section(tab + QStringLiteral("Page"));
                if (page < 0 || (!tab.isEmpty() && !tabPage)) {
                    QTextStream(stderr)
                        << "victimshub: "
                        << QApplication::tr("Unknown page %1; choose one of: %2")
                               .arg(parser.value(pageOption), pages.join(QLatin1String(", ")))
                        << Qt::endl;
                    return 1;
                }
                window.showPage(page);
                if (tabPage)
                    window.adminPage()->tabs()->setCurrentWidget(tabPage);
            }
            if (first && parser.isSet(personOption))
                window.openPerson(parser.value(personOption));
            std::unique_ptr<hub::ui::LogContactDialog> contact;
            if (first && parser.isSet(contactOption) &&
                !window.personView()->personId().isEmpty() && !window.actor().userId.isEmpty()) {
                contact = std::make_unique<hub::ui::LogContactDialog>(
                    services, window.actor(), window.personView()->file(), QString(), &window);
                contact->setModal(true);
                contact->show();
            }

            if (first && parser.isSet(triggerOption)) {
                // Once the window is up; the last step may open a dialog and wait in it.
                QTimer::singleShot(0, &window, [&window, steps = parser.values(triggerOption)] {
                    for (const auto &step : steps) {
                        if (!triggerStep(window, step)) {
                            QTextStream(stderr) << "victimshub: nothing enabled to trigger named "
                                                << step << Qt::endl;
                            QApplication::exit(2);
                            return;
                        }
                    }
                });
            }

            if (!screenshot) {
                const int code = app.exec();
                window.close(); // remembers its size and columns
                if (!signOut)
                    return code;
                signedIn = hub::ui::askForSignIn(auth, workstation, QString());
                if (!signedIn)
                    return 0;
                continue;
            }

            // Wait for the first paint of the list (or the person), then let it finish before
            // grabbing.
            const auto file = parser.value(shotOption);
            QWidget *view = window.personView()->header();
            if (!parser.isSet(personOption)) {
                // Caseworker desk: a user starts on My caseload (its list, or its empty state);
                // without one, on All people ("caseloadView").
                view = nullptr;
                for (const auto *name : {"myCaseloadView", "caseloadView", "inboxView"}) {
                    auto *table = window.findChild<QTableView *>(QString::fromLatin1(name));
                    if (!view && table && table->isVisibleTo(&window))
                        view = table->viewport();
                }
                for (const auto *name : {"myCaseloadEmpty", "inboxEmpty"}) {
                    auto *empty = window.findChild<QWidget *>(QString::fromLatin1(name));
                    if (!view && empty && empty->isVisibleTo(&window))
                        view = empty;
                }
                if (!view) // a section without a list
                    view = window.centralWidget();
            }
            struct PaintWatch : QObject
            {
                std::function<void()> onPaint;
                bool eventFilter(QObject *, QEvent *event) override
                {
                    if (event->type() == QEvent::Paint && onPaint) {
                        auto done = std::move(onPaint);
                        onPaint = nullptr;
                        QTimer::singleShot(0, done);
                    }
                    return false;
                }
            } watch;
            int exitCode = 0;
            bool finished = false;
            auto finish = [&] {
                if (finished)
                    return;
                finished = true;
                const auto ms = msSinceProcessStart(sinceMain);
                QPixmap shot = window.grab();
                if (contact) {
                    // The dialog as it appears over the window: centred, the window dimmed behind.
                    QPainter painter(&shot);
                    painter.fillRect(shot.rect(), QColor(0, 0, 0, 70));
                    const QPixmap dialog = contact->grab();
                    painter.drawPixmap((shot.width() - dialog.width()) / 2,
                                       (shot.height() - dialog.height()) / 2, dialog);
                }
                if (!shot.save(file, "PNG")) {
                    QTextStream(stderr) << "victimshub: could not write " << file << Qt::endl;
                    exitCode = 1;
                } else {
                    QTextStream(stdout) << "first_paint_ms=" << ms << Qt::endl;
                }
                QApplication::exit(exitCode);
            };
            watch.onPaint = finish;
            if (view)
                view->installEventFilter(&watch);
            QTimer::singleShot(10000, &app, finish); // never hang a script if nothing paints
            app.exec();
            if (view)
                view->removeEventFilter(&watch);
            return exitCode;
        }
    };
    for (;;) {
        const int code = runDesk();
        if (code != kJoined)
            return code;
        if (const auto moved = swapInJoinedDatabase(joined, dbPath); !moved.isEmpty()) {
            QTextStream(stderr) << "victimshub: " << moved << Qt::endl;
            QMessageBox::critical(nullptr, QApplication::tr("Victims' Hub"), moved);
            return 1;
        }
    }
}
