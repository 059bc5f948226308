#pragma once
#include <nlohmann/json.hpp>

#include <chrono>

namespace hiernet::runs {

/// This process as run.json's "writer" records it while it trains the run: host, pid, the process's
/// start (so a pid the kernel gave to another process later is not taken for it) and the boot.
nlohmann::json currentWriter();

/// Whether the process that run.json's "writer" names is still there.
enum class WriterState {
    Alive,
    Gone,
    Unknown, ///< no writer recorded (a run made before writers were), or another host with a fresh heartbeat
};

/// On this machine: by pid and process start time. On another machine (a shared folder): gone once the
/// "heartbeat" (written at least every heartbeatInterval while training) is older than `staleAfter`.
WriterState writerState(const nlohmann::json& runInfo, std::chrono::seconds staleAfter = std::chrono::minutes(10));

/// How often a training process refreshes run.json's "heartbeat".
constexpr std::chrono::seconds heartbeatInterval { 30 };

/// run.json's status as a reader should show it: "interrupted" for a "running" run whose writer is gone
/// (killed, crashed, machine rebooted), else the status as written.
std::string effectiveStatus(const nlohmann::json& runInfo);

} // namespace hiernet::runs
