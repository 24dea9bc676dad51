#pragma once

#include "Commands.h"

#include "sync/SyncService.h"

#include <optional>

namespace hub::cli {

// --hub URL from `args`, parsed; nullopt with one line written and `code` set when it is
// missing or wrong. `command` names the command in the message.
std::optional<sync::HubUrl> hubOption(Context &ctx, CliArgs &args, const QString &command,
                                      int &code);

// The hub password for a PostgreSQL hub (empty for a SQLite file): HUB_HUB_PASSWORD, else
// the system keychain (hubctl keychain store), else a prompt on a terminal. Never from
// settings or the URL. False with one line written and `code` set when there is none.
bool hubPassword(Context &ctx, const sync::HubUrl &url, QString &password, int &code);

} // namespace hub::cli
