#pragma once

#include "CliArgs.h"

#include <QTextStream>

#include <optional>

namespace hub::store {
class Database;
}

namespace hub::cli {

// What every command gets: the database path and where to write. A command returns the
// process exit code; on failure it has written exactly one line to `err`.
struct Context
{
    QString dbPath;
    QTextStream &out;
    QTextStream &err;

    int fail(const QString &message) const
    {
        err << "hubctl: " << message << Qt::endl;
        return 1;
    }
};

// True (with `code` set and one line written) when the arguments had an error or words
// that no option took.
bool leftover(Context &ctx, const CliArgs &args, int &code);

int runInit(Context &ctx, CliArgs &args);
int runDemo(Context &ctx, CliArgs &args);
int runExport(Context &ctx, CliArgs &args);
int runImport(Context &ctx, CliArgs &args);
int runSearch(Context &ctx, CliArgs &args);
int runBench(Context &ctx, CliArgs &args);
int runSettings(Context &ctx, CliArgs &args);
int runReport(Context &ctx, CliArgs &args);
int runUser(Context &ctx, CliArgs &args);
int runAudit(Context &ctx, CliArgs &args);
int runBackup(Context &ctx, CliArgs &args);
int runRestore(Context &ctx, CliArgs &args);
int runErase(Context &ctx, CliArgs &args);
int runRetention(Context &ctx, CliArgs &args);
int runHub(Context &ctx, CliArgs &args);
int runHubUser(Context &ctx, CliArgs &args);  // hub user add|remove|list
int runHubEnrol(Context &ctx, CliArgs &args); // hub enrol USERNAME|list|revoke (EnrolCommands.cpp)
int runDesk(Context &ctx, CliArgs &args);     // desk join --hub URL
int runSync(Context &ctx, CliArgs &args);
int runConflicts(Context &ctx, CliArgs &args);
int runKeychain(Context &ctx, CliArgs &args);
int runReferrals(Context &ctx, CliArgs &args); // ReferralCommands.cpp
int runPerson(Context &ctx, CliArgs &args);
int runTeam(Context &ctx, CliArgs &args);  // TeamCommands.cpp: team add|rename|retire|list
int runCodes(Context &ctx, CliArgs &args); // TeamCommands.cpp: codes list|add|rename|retire
// hubctl init --admin NAME [--user ADMIN]: the first administrator of a database with no
// users, or another one made by an administrator who signs in, once the database is open.
int initAdmin(Context &ctx, store::Database &db, const QString &name,
              const std::optional<QString> &signedInAs);

} // namespace hub::cli
