#include "Commands.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

namespace {

const char *const kUsage = R"(usage: hubctl [--db PATH] COMMAND [options]

commands:
  init [--admin NAME [--user ADMIN]]    create or migrate the database; --admin creates the
                                        first administrator of a database with no users
                                        (password: HUB_PASSWORD or prompt); on one with
                                        users, ADMIN signs in and NAME gets a temporary
                                        password (HUB_NEW_PASSWORD or prompt)
  demo --people N --months M --seed S [--until YYYY-MM-DD|today]
                                        write a synthetic caseload into an empty database
  export FILE --user NAME               write a hub archive of the people the user may open
                                        (identifiable: supervisors only)
  import FILE [--replace] --user NAME   read a hub archive (atomic; nothing on error)
  search TEXT [--limit N] [--format text|json] --user NAME
                                        find people by name, phone, postcode or crime reference
  report monthly (--month YYYY-MM | --from YYYY-MM --to YYYY-MM) [--team NAME]
                 [--as-of TIMESTAMP] [--format json|csv|pdf|xlsx] [--out FILE]
         --user NAME                    the monthly support counts (docs/COUNTING_RULES.md)
  bench --dataset S|L [--format text|json]
                                        measure the operations of docs/PERFORMANCE.md
  settings [set KEY VALUE] --user NAME  show or change hub-wide settings
                                        (victims_code.enhanced_days, victims_code.standard_days,
                                        retention.years, referral_import.caseworkers)
  referrals import FILE --profile NAME [--accept-valid] [--dry-run] [--encoding auto|utf-8|
                   windows-1252] [--format text|json] --user NAME
                                        read a police referral file (CSV) through a saved
                                        mapping profile; every row is checked first and any
                                        error refuses the whole file unless --accept-valid,
                                        which sets the bad rows aside in FILE.rejected.csv
                                        (docs/REFERRAL_IMPORT.md)
  referrals profile add FILE.json | list | export NAME --user NAME
                                        save, list or print a mapping profile
  user add NAME --role ROLE [--team TEAM] [--display TEXT] --user ADMIN
  user passwd NAME [--user ADMIN]       without --user: change your own password
  user disable NAME --user ADMIN
  user list [--format text|json] --user ADMIN
                                        manage users (ADMIN's password: HUB_PASSWORD;
                                        a new or temporary one: HUB_NEW_PASSWORD; else a prompt)
  team add NAME | rename TEAM NEWNAME | retire TEAM --user ADMIN
  team list [--format text|json] --user NAME
                                        the hub's teams; a team with open work or active
                                        users is not retired (move them first)
  codes list [LIST] [--format text|json] --user NAME
                                        the code lists (no LIST), or one list's codes
  codes add LIST LABEL [--code CODE] | rename LIST CODE NEWLABEL | retire LIST CODE
        --user ADMIN                    change a code list (codes are retired, never deleted)
  audit verify [--hub URL] --user NAME  check the audit trail's hash chain and that it still
                                        reaches the newest event the hub holds from this desk
                                        (the hub this desk syncs with unless --hub is given)
  audit reanchor --reason TEXT [--hub URL] --user ADMIN
                                        after restoring an older backup: send this desk's
                                        trail to the hub under a new name (the old one
                                        stays on the hub as it was sent)
  backup FILE --passphrase-env VAR [--kdf-cost moderate|interactive|min] --user NAME
                                        write an encrypted snapshot of the database
                                        (safe while others are working)
  restore FILE --passphrase-env VAR [--replace] --user NAME
                                        check and restore an encrypted backup into --db
                                        (NAME signs in on the backup's own users)
  person merge KEEP OTHER --reason TEXT [--keep-field FIELD=other ...] --user NAME
                                        merge two records of one person (supervisors): every
                                        referral, episode, contact and task moves to KEEP
  person unmerge MERGE_ID --user NAME   undo a merge exactly (until KEEP is erased)
  person duplicates [--format text|json] --user NAME
                                        possible duplicate people, best match first
  erase --person ID --reason TEXT [--requested-on YYYY-MM-DD] --user ADMIN
                                        erase a person's personal data for good (UK GDPR)
  retention list [--years N] [--format text|json] --user NAME
  retention erase --years N --confirm --user NAME
                                        people with no activity for N years (default: the
                                        retention.years setting), and erasing them
  hub init --hub URL                    create or migrate a sync hub: postgresql://user@host:port/db
                                        ?sslmode=... (password: HUB_HUB_PASSWORD, the keychain
                                        or a prompt) or
                                        sqlite:///path/hub.db
  hub vacuum --hub URL                  rewrite the hub's record tables so that no value an
                                        erasure replaced stays in its files (the hub's
                                        owner, after erasures; docs/SECURITY.md)
  hub user add LOGIN --for USERNAME --hub URL
                                        (PostgreSQL hub's owner) a desk login for the hub's
                                        user USERNAME, mapped to their role and team; the
                                        password is HUB_DESK_PASSWORD or a new one, shown once
  hub user remove LOGIN --hub URL       the login can no longer log in nor receive anything
  hub user list [--format text|json] --hub URL
                                        the desk logins, and any out of step with their user
  hub enrol USERNAME [--hours N] --hub URL --user ADMIN
                                        a one-time enrolment code for USERNAME to join a new
                                        desk (valid 72 hours unless --hours; shown once)
  hub enrol list [--format text|json] --hub URL --user ADMIN
  hub enrol revoke USERNAME --hub URL --user ADMIN
                                        the codes issued and what became of them; revoking one
  desk join --hub URL                   a new desk (--db must not exist or hold nothing) joins
                                        the hub with a code: user name from HUB_ENROL_USER, code
                                        from HUB_ENROL_CODE, new password from HUB_NEW_PASSWORD,
                                        else prompts; the desk's hub password goes to the keychain
  sync --hub URL --user NAME            one push-then-pull with the hub; prints what moved
  conflicts [--format text|json] [--all] --user NAME
                                        the sync conflicts waiting for a decision
  conflicts resolve ID --keep hub|client|VALUE --user NAME
                                        decide one; the next sync sends it
  keychain store|forget --hub URL --user NAME
                                        keep a PostgreSQL hub's password in the system
                                        keychain (from HUB_HUB_PASSWORD or typed twice), or
                                        remove it; hub init and sync use it when
                                        HUB_HUB_PASSWORD is not set

Commands that read or write records (all but init, hub init, desk join, demo and bench)
sign in the user named by --user, with the password from HUB_PASSWORD or typed at a
prompt, and are recorded in the audit trail.

--db defaults to ./hub.db; only init, demo, restore and bench create it, the other commands
refuse a database that does not exist. Exit code 0 on success; otherwise one line on stderr.
)";

// `report ... --format pdf` draws its chart with widgets, so it alone gets a QApplication
// (on the offscreen platform unless QT_QPA_PLATFORM says otherwise); every other command
// stays a console program that needs no display.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray word(argv[i]);
        pdf = pdf || word == "--format=pdf" ||
              (word == "--format" && i + 1 < argc && QByteArray(argv[i + 1]) == "pdf");
    }
    if (!pdf)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hubctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("victimshub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUB_VERSION));

    // Progress chatter (migrations and the like) stays out of scripts' way; failures
    // still arrive as the one line a command prints. HUB_VERBOSE=1 shows everything.
    if (qEnvironmentVariableIntValue("HUB_VERBOSE") == 0)
        QLoggingCategory::setFilterRules(QStringLiteral("hub.*=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList words = QCoreApplication::arguments().mid(1);
    hub::cli::Context ctx{QStringLiteral("hub.db"), out, err};

    // Global options come before the command.
    while (!words.isEmpty() && words.first().startsWith(QLatin1String("--"))) {
        const auto word = words.takeFirst();
        if (word == QLatin1String("--help") || word == QLatin1String("-h")) {
            out << kUsage;
            return 0;
        }
        if (word == QLatin1String("--version")) {
            out << "hubctl " << HUB_VERSION << Qt::endl;
            return 0;
        }
        if (word == QLatin1String("--db")) {
            if (words.isEmpty())
                return ctx.fail(QCoreApplication::translate("hubctl", "--db needs a path"));
            ctx.dbPath = words.takeFirst();
        } else if (word.startsWith(QLatin1String("--db="))) {
            ctx.dbPath = word.mid(5);
        } else {
            return ctx.fail(
                QCoreApplication::translate("hubctl", "unknown option '%1' (see hubctl --help)")
                    .arg(word));
        }
    }
    if (words.isEmpty()) {
        err << kUsage;
        return 2;
    }
    const auto command = words.takeFirst();
    hub::cli::CliArgs args(words);
    using Runner = int (*)(hub::cli::Context &, hub::cli::CliArgs &);
    // Only init, demo, restore and bench may create the database file (hub init makes a
    // hub and never opens --db); every other command needs one that exists, so a mistyped
    // --db is one line and no new empty file, before any sign-in.
    const auto start = [&](Runner run) {
        const QStringList withoutDatabase{QStringLiteral("init"),    QStringLiteral("demo"),
                                          QStringLiteral("restore"), QStringLiteral("bench"),
                                          QStringLiteral("hub"),     QStringLiteral("desk")};
        if (!withoutDatabase.contains(command) && !QFileInfo(ctx.dbPath).isFile())
            return ctx.fail(QCoreApplication::translate(
                                "hubctl", "no database at %1; create one with hubctl init")
                                .arg(ctx.dbPath));
        return run(ctx, args);
    };
    const std::pair<const char *, Runner> commands[] = {
        {"init", hub::cli::runInit},           {"demo", hub::cli::runDemo},
        {"export", hub::cli::runExport},       {"import", hub::cli::runImport},
        {"search", hub::cli::runSearch},       {"bench", hub::cli::runBench},
        {"settings", hub::cli::runSettings},   {"report", hub::cli::runReport},
        {"user", hub::cli::runUser},           {"audit", hub::cli::runAudit},
        {"backup", hub::cli::runBackup},       {"restore", hub::cli::runRestore},
        {"erase", hub::cli::runErase},         {"retention", hub::cli::runRetention},
        {"referrals", hub::cli::runReferrals}, {"person", hub::cli::runPerson},
        {"team", hub::cli::runTeam},           {"codes", hub::cli::runCodes},
    };
    for (const auto &[name, run] : commands) {
        if (command == QLatin1String(name))
            return start(run);
    }
    // Sync with the hub (core/sync).
    const std::pair<const char *, Runner> syncCommands[] = {{"hub", hub::cli::runHub},
                                                            {"sync", hub::cli::runSync},
                                                            {"conflicts", hub::cli::runConflicts},
                                                            {"keychain", hub::cli::runKeychain},
                                                            {"desk", hub::cli::runDesk}};
    for (const auto &[name, run] : syncCommands) {
        if (command == QLatin1String(name))
            return start(run);
    }
    return ctx.fail(
        QCoreApplication::translate("hubctl", "unknown command '%1' (see hubctl --help)")
            .arg(command));
}
