#pragma once
#include "distributed/LaunchEnvironment.h"

#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace hiernet::distributed {

/// One process's link to the other ranks of a data-parallel run, over PyTorch's c10d: a TCPStore
/// rendezvous at MASTER_ADDR:MASTER_PORT (rank 0 serves it) and a process group — NCCL when the
/// ranks train on CUDA devices (CUDA builds), Gloo on CPUs. No communication code of our own.
///
/// Every call is collective: all ranks make the same calls in the same order. A rank that stopped or
/// cannot be reached makes the call throw hiernet::Error saying so (never a silent hang past the timeout).
///
///     auto comm = Communicator::connect(*LaunchEnvironment::fromEnvironment(), device);
///     comm->allreduceSum(gradients);
class Communicator {
public:
    /// Joins the run: waits (up to env.timeout) for all WORLD_SIZE ranks at the store. `device` is
    /// where this rank trains; a CUDA device selects NCCL.
    static std::shared_ptr<Communicator> connect(const LaunchEnvironment& env, c10::Device device);
    /// Whether this build has Gloo, the backend of ranks on CPUs (found at configure time; NCCL's are GPUs).
    static bool hasGloo();
    ~Communicator();
    Communicator(const Communicator&) = delete;
    Communicator& operator=(const Communicator&) = delete;

    int rank() const;
    int size() const;
    /// "gloo" or "nccl".
    const std::string& backend() const;
    /// Where tensors must be for the process group (the CPU for Gloo, this rank's GPU for NCCL).
    c10::Device device() const;

    /// An operation in flight; wait() returns when its result is in the tensor (or throws).
    class Pending {
    public:
        Pending() = default;
        void wait();
        bool valid() const { return static_cast<bool>(m_wait); }

    private:
        friend class Communicator;
        std::function<void()> m_wait;
    };

    /// Starts summing `tensor` (on device()) over all ranks, in place.
    Pending allreduceSumAsync(at::Tensor tensor, const std::string& what);
    /// Sums in place over all ranks; any device (copied through device() when elsewhere).
    void allreduceSum(at::Tensor& tensor, const std::string& what);
    /// Sums host numbers over all ranks.
    std::vector<double> sum(const std::vector<double>& values, const std::string& what);
    /// Copies rank `root`'s tensors into every rank's (same shapes and types on all ranks), in place.
    void broadcast(const std::vector<at::Tensor>& tensors, int root, const std::string& what);
    /// Returns when every rank has called it.
    void barrier(const std::string& what);

private:
    struct Impl;
    explicit Communicator(std::unique_ptr<Impl> impl);
    [[noreturn]] void fail(const std::string& what, const std::string& cause) const;
    std::unique_ptr<Impl> m_impl;
};

// A process that is not a rank of a data-parallel run has no communicator: these take null for it. The
// communicator is handed to whatever trains (TrainingJob, Trainer, the bench) as PyTorch's C++ frontend
// passes a process group; nothing reads a process-wide one.

/// True for a single process (null) and for rank 0: only it writes the run directory.
bool leads(const Communicator* communicator);
/// The number of ranks (1 for null).
int worldSize(const Communicator* communicator);
/// A barrier over the ranks; nothing for null.
void barrier(Communicator* communicator, const std::string& what);

} // namespace hiernet::distributed
