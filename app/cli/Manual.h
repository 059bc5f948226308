#pragma once
#include "cli/Commands.h"

#include <set>
#include <string>
#include <vector>

namespace hiernet::cli {

/// The options a command knows: those its usage names, and the trainer's where it takes them too.
std::set<std::string> knownOptions(const Command& command);

/// `man hiernet`, written from the same command table as `--help` (so the two never disagree): every
/// command's summary and usage as `hiernet COMMAND --help` prints it, and the options it accepts.
std::string manPage(const std::vector<Command>& commands, const std::string& version);

/// A bash completion script for `hiernet`: its commands, then each command's options.
std::string bashCompletion(const std::vector<Command>& commands);

} // namespace hiernet::cli
