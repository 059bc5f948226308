#include "distributed/Communicator.h"

#include "util/Error.h"

#include <torch/torch.h>
#include <torch/version.h>

// Gloo (CPU ranks) where the build found its headers (libgloo-dev); without it only NCCL (GPU ranks) is there.
#ifdef USE_C10D_GLOO
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#elif TORCH_VERSION_MAJOR >= 2
#include <torch/csrc/distributed/c10d/Backend.hpp>
#else
#include <torch/csrc/distributed/c10d/ProcessGroup.hpp>
#endif
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#ifdef USE_C10D_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#include <c10/cuda/CUDAFunctions.h>
#endif

#include <cstdlib>
#include <sstream>

namespace hiernet::distributed {

// LibTorch 2 moved the collectives from ProcessGroup into per-backend Backend classes.
#if TORCH_VERSION_MAJOR >= 2
using GroupBackend = c10d::Backend;
#else
using GroupBackend = c10d::ProcessGroup;
#endif

struct Communicator::Impl {
    LaunchEnvironment env;
    std::string backend;
    c10::Device device = c10::Device(c10::kCPU);
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<GroupBackend> group;
};

namespace {

std::string causeOf(const std::exception& e)
{
    if (const auto* torchError = dynamic_cast<const c10::Error*>(&e))
        return torchError->what_without_backtrace();
    return e.what();
}

} // namespace

Communicator::Communicator(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

Communicator::~Communicator() = default;

std::shared_ptr<Communicator> Communicator::connect(const LaunchEnvironment& env, c10::Device device)
{
    env.validate();
    auto impl = std::make_unique<Impl>();
    impl->env = env;
    const auto where = "rank " + std::to_string(env.rank) + " of " + std::to_string(env.worldSize);
    try {
        c10d::TCPStoreOptions options;
        options.port = std::uint16_t(env.masterPort);
        options.isServer = env.rank == 0;
        options.numWorkers = std::size_t(env.worldSize);
        options.waitWorkers = true;
        options.timeout = std::chrono::duration_cast<std::chrono::milliseconds>(env.timeout);
        impl->store = c10::make_intrusive<c10d::TCPStore>(env.masterAddress, options);
    } catch (const std::exception& e) {
        throw Error(where + ": cannot meet the other ranks at MASTER_ADDR:MASTER_PORT " + env.masterAddress + ":"
            + std::to_string(env.masterPort) + " (" + causeOf(e) + ")");
    }
    try {
        if (device.is_cuda()) {
#ifdef USE_C10D_NCCL
            c10::cuda::set_device(device.index());
            auto options = c10d::ProcessGroupNCCL::Options::create();
            options->timeout = std::chrono::duration_cast<std::chrono::milliseconds>(env.timeout);
            impl->group = c10::make_intrusive<c10d::ProcessGroupNCCL>(impl->store, env.rank, env.worldSize, options);
            impl->backend = "nccl";
            impl->device = device;
#else
            throw Error(where + ": training on " + device.str() + " needs NCCL, which this build has not (a CUDA build has)");
#endif
        } else {
#ifndef USE_C10D_GLOO
            throw Error(where + ": training on the CPU needs Gloo, which this build has not (libgloo-dev was missing when "
                + "it was configured: install it, e.g. with packaging/install-deps.sh, and configure again)");
#else
            auto options
                = c10d::ProcessGroupGloo::Options::create(std::chrono::duration_cast<std::chrono::milliseconds>(env.timeout));
            // GLOO_SOCKET_IFNAME names the network interfaces to use, as in PyTorch; else loopback for a
            // single machine, and the interface the host name resolves to for several.
            if (const char* interfaces = std::getenv("GLOO_SOCKET_IFNAME"); interfaces && *interfaces) {
                std::istringstream names(interfaces);
                for (std::string name; std::getline(names, name, ',');)
                    options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(name));
            } else if (env.masterAddress == "127.0.0.1" || env.masterAddress == "localhost") {
                options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname(env.masterAddress));
            } else {
                options->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
            }
            impl->group = c10::make_intrusive<c10d::ProcessGroupGloo>(impl->store, env.rank, env.worldSize, options);
            impl->backend = "gloo";
            impl->device = c10::Device(c10::kCPU);
#endif
        }
    } catch (const hiernet::Error&) {
        throw;
    } catch (const std::exception& e) {
        throw Error(where + ": cannot set up the process group with the other ranks (" + causeOf(e) + ")");
    }
    return std::shared_ptr<Communicator>(new Communicator(std::move(impl)));
}

bool Communicator::hasGloo()
{
#ifdef USE_C10D_GLOO
    return true;
#else
    return false;
#endif
}

int Communicator::rank() const
{
    return m_impl->env.rank;
}

int Communicator::size() const
{
    return m_impl->env.worldSize;
}

const std::string& Communicator::backend() const
{
    return m_impl->backend;
}

c10::Device Communicator::device() const
{
    return m_impl->device;
}

void Communicator::fail(const std::string& what, const std::string& cause) const
{
    std::ostringstream msg;
    msg << "rank " << rank() << " of " << size() << ": " << what
        << " failed — another rank stopped or cannot be reached, so this rank stops too (" << cause << ")";
    throw Error(msg.str());
}

void Communicator::Pending::wait()
{
    if (m_wait)
        m_wait();
    m_wait = nullptr;
}

Communicator::Pending Communicator::allreduceSumAsync(at::Tensor tensor, const std::string& what)
{
    Pending pending;
    try {
        std::vector<at::Tensor> tensors { tensor };
        c10d::AllreduceOptions options;
        options.reduceOp = c10d::ReduceOp::SUM;
        auto work = m_impl->group->allreduce(tensors, options);
        pending.m_wait = [this, work, what]() {
            try {
                work->wait();
            } catch (const std::exception& e) {
                fail(what, causeOf(e));
            }
        };
    } catch (const std::exception& e) {
        fail(what, causeOf(e));
    }
    return pending;
}

void Communicator::allreduceSum(at::Tensor& tensor, const std::string& what)
{
    auto onGroup = tensor.to(device()).contiguous();
    allreduceSumAsync(onGroup, what).wait();
    if (!onGroup.is_same(tensor))
        tensor.copy_(onGroup);
}

std::vector<double> Communicator::sum(const std::vector<double>& values, const std::string& what)
{
    auto tensor = torch::tensor(values, torch::kFloat64);
    allreduceSum(tensor, what);
    const auto cpu = tensor.to(torch::kCPU);
    return { cpu.data_ptr<double>(), cpu.data_ptr<double>() + cpu.numel() };
}

void Communicator::broadcast(const std::vector<at::Tensor>& tensors, int root, const std::string& what)
{
    if (tensors.empty())
        return;
    torch::NoGradGuard noGrad;
    // One flat buffer per dtype: a handful of messages instead of one per tensor.
    std::map<c10::ScalarType, std::vector<at::Tensor>> byType;
    for (const auto& t : tensors)
        byType[t.scalar_type()].push_back(t);
    for (auto& [type, group] : byType) {
        std::vector<at::Tensor> flat;
        for (const auto& t : group)
            flat.push_back(t.detach().reshape({ -1 }).to(device()));
        std::vector<at::Tensor> buffer { torch::cat(flat) };
        try {
            c10d::BroadcastOptions options;
            options.rootRank = root;
            m_impl->group->broadcast(buffer, options)->wait();
        } catch (const std::exception& e) {
            fail(what, causeOf(e));
        }
        std::int64_t offset = 0;
        for (auto& t : group) {
            const auto n = t.numel();
            t.copy_(buffer[0].narrow(0, offset, n).view(t.sizes()));
            offset += n;
        }
    }
}

void Communicator::barrier(const std::string& what)
{
    // A summed scalar is a barrier on every backend (NCCL's own needs a device guess).
    auto one = torch::ones({ 1 }, torch::TensorOptions().dtype(torch::kFloat32).device(device()));
    allreduceSumAsync(one, what).wait();
}

bool leads(const Communicator* communicator)
{
    return !communicator || communicator->rank() == 0;
}

int worldSize(const Communicator* communicator)
{
    return communicator ? communicator->size() : 1;
}

void barrier(Communicator* communicator, const std::string& what)
{
    if (communicator)
        communicator->barrier(what);
}

} // namespace hiernet::distributed
