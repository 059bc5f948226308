#pragma once
#include <c10/core/Device.h>

#include <cstdint>
#include <string>
#include <vector>

namespace hiernet::distributed {
class Communicator;
}

namespace hiernet::training {

/// "auto" (CUDA when this LibTorch has it and a GPU is there), "cpu", "cuda" or "cuda:N"; for a rank of a
/// data-parallel run on GPUs (`communicator`), "auto" and "cuda" are its own GPU (cuda:LOCAL_RANK).
/// Throws hiernet::Error for CUDA on a build or machine without it, or a GPU index that is not there.
c10::Device resolveDevice(const std::string& name, const distributed::Communicator* communicator = nullptr);
bool cudaAvailable();

/// One GPU this process can train on.
struct CudaDeviceInfo {
    int index = 0;
    std::string name; ///< as the driver reports it, e.g. "NVIDIA H200"
    std::int64_t totalMemoryBytes = 0;
    int computeMajor = 0, computeMinor = 0;

    std::string id() const { return "cuda:" + std::to_string(index); }
};

/// Every visible GPU, empty where there is none (then cudaUnavailableReason() says why).
std::vector<CudaDeviceInfo> cudaDevices();
/// Why no GPU can be used ("this LibTorch 1.13.1 was built without CUDA", the driver's own error, ...);
/// empty when CUDA is available.
std::string cudaUnavailableReason();
/// Bytes of device memory this process holds on `device` (the caching allocator's reserved pool,
/// what nvidia-smi attributes to it, less the CUDA context); 0 on the CPU.
std::int64_t deviceMemoryReserved(c10::Device device);

} // namespace hiernet::training
