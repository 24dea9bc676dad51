#pragma once

#include "Commands.h"

#include "Result.h"
#include "domain/Actor.h"

#include <memory>
#include <optional>

namespace hub::cli {

// Who runs a hubctl command that reads or writes personal data: `--user NAME`, with the
// password from HUB_PASSWORD or a hidden prompt on a terminal.
//
// The two steps, in a command:
//   auto user = requireUser(args, QStringLiteral("export"));   // with the other options,
//   if (!user.ok())                                            // before the leftover check
//       return ctx.fail(user.error().describe());              // and before opening --db
//   ... open the database ...
//   auto actor = signInUser(ctx, *db.value(), *user);
//   if (!actor.ok())
//       return ctx.fail(actor.error().describe());

// Takes --user NAME from `args`; a Permission error naming `command` when it is missing.
Result<QString> requireUser(CliArgs &args, const QString &command);

// Signs `username` in through AuthService::login (so failures and lockouts are audited and
// counted as at a desk) with the password from HUB_PASSWORD or a prompt.
Result<domain::Actor> signInUser(Context &ctx, store::Database &db, const QString &username);

// signInUser on a database just opened, or the error that opening it gave:
//   auto db = store::Database::open(ctx.dbPath);
//   auto actor = signInTo(ctx, db, *user);
Result<domain::Actor> signInTo(Context &ctx, Result<std::unique_ptr<store::Database>> &db,
                               const QString &username);

// "hubctl@HOST": the workstation hubctl's sign-ins are recorded under.
QString workstation();

// A password from the environment variable `env`, or typed (twice when `confirm`) on a
// terminal. Nullopt with `error` set otherwise.
std::optional<QString> readSecret(Context &ctx, const char *env, const QString &prompt,
                                  bool confirm, QString &error);

} // namespace hub::cli
