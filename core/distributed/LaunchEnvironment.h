#pragma once
#include <chrono>
#include <optional>
#include <string>

namespace hiernet::distributed {

/// Where a process sits in a data-parallel run, read from the variables torchrun (and `hiernet … --nproc N`)
/// set: RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT.
struct LaunchEnvironment {
    int rank = 0;
    int worldSize = 1;
    int localRank = 0; ///< the process's index on its machine: which GPU it takes
    std::string masterAddress; ///< the host of rank 0, which serves the rendezvous store
    int masterPort = 0;
    /// How long a rank waits for the others (rendezvous and every collective). HIERNET_DIST_TIMEOUT (seconds).
    std::chrono::seconds timeout { 1800 };

    /// The variables of this process; std::nullopt when WORLD_SIZE is not set (a single-process run).
    /// Throws hiernet::Error naming the variable when one is missing or bad.
    static std::optional<LaunchEnvironment> fromEnvironment();
    /// The same check on given values (fromEnvironment's), for the launcher and tests.
    void validate() const;
};

/// A TCP port on 127.0.0.1 that no one listens on now (the kernel picks it), for rank 0's store on one machine.
int freeLocalPort();

} // namespace hiernet::distributed
