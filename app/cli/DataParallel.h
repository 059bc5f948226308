#pragma once
#include <string>
#include <vector>

namespace hiernet::cli {

/// Takes `--nproc N` (or `--nproc=N`) out of `args`: the number of processes to train with on this
/// machine, 1 when absent. Throws hiernet::Error for a value that is not a whole number ≥ 1.
int takeProcessCount(std::vector<std::string>& args);

/// Starts `processes` ranks of `hiernet COMMAND ARGS` on this machine — RANK, LOCAL_RANK, WORLD_SIZE,
/// MASTER_ADDR=127.0.0.1 and a free MASTER_PORT in their environment, as torchrun sets them — and watches
/// them. Returns 0 when all finish, 130 when they were stopped with Ctrl-C (each keeps its checkpoint),
/// else 1 after saying which rank failed and how; the others are then stopped, and the run keeps its last
/// checkpoint.
int launchRanks(int processes, const std::string& command, const std::vector<std::string>& args);

/// When this process was started as one rank of a run (WORLD_SIZE and the others set, by launchRanks or a
/// cluster launcher): joins the other ranks over c10d and returns the communicator the command hands to what it
/// trains; null for a process on its own. The device is `--device` of `args` (default auto); a CUDA device
/// without an index becomes cuda:LOCAL_RANK.
std::shared_ptr<distributed::Communicator> joinRunIfLaunched(const std::vector<std::string>& args);

/// Threads for LibTorch in this process: the machine's cores shared among the ranks on it (LOCAL_WORLD_SIZE).
int threadsPerProcess();

} // namespace hiernet::cli
