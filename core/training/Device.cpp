#include "training/Device.h"

#include "distributed/Communicator.h"

#include "training/Checkpoint.h"
#include "util/Error.h"

#include <torch/cuda.h>

#ifdef HIERNET_WITH_CUDA
#include <ATen/cuda/CUDAContextLight.h>
#include <c10/cuda/CUDACachingAllocator.h>
#include <cuda_runtime_api.h>
#endif

namespace hiernet::training {

bool cudaAvailable()
{
    return torch::cuda::is_available();
}

c10::Device resolveDevice(const std::string& name, const distributed::Communicator* communicator)
{
    // A rank of a data-parallel run on GPUs trains on its own one (cuda:LOCAL_RANK).
    if (communicator && communicator->device().is_cuda() && (name == "auto" || name == "cuda"))
        return communicator->device();
    if (name == "auto")
        return cudaAvailable() ? c10::Device(c10::kCUDA, 0) : c10::Device(c10::kCPU);
    if (name == "cpu")
        return c10::Device(c10::kCPU);
    if (name.rfind("cuda", 0) == 0) {
        if (!cudaAvailable())
            throw Error("device '" + name + "': CUDA is not available (" + cudaUnavailableReason() + ")");
        c10::Device device(c10::kCUDA);
        try {
            device = c10::Device(name);
        } catch (const c10::Error&) {
            throw Error("device '" + name + "' is not a valid device (expected cuda or cuda:N)");
        }
        const auto count = std::int64_t(torch::cuda::device_count());
        if (device.has_index() && device.index() >= count)
            throw Error("device '" + name + "': this machine has " + std::to_string(count) + " CUDA device"
                + (count == 1 ? "" : "s") + " (cuda:0" + (count > 1 ? " … cuda:" + std::to_string(count - 1) : std::string())
                + ")");
        return device.has_index() ? device : c10::Device(c10::kCUDA, 0);
    }
    throw Error("unknown device '" + name + "' (expected auto, cpu, cuda or cuda:N)");
}

std::vector<CudaDeviceInfo> cudaDevices()
{
    // Asked by both training pages at start-up: the driver is queried once per process (the GPUs do
    // not change while it runs).
    static const std::vector<CudaDeviceInfo> devices = [] {
        std::vector<CudaDeviceInfo> list;
#ifdef HIERNET_WITH_CUDA
        if (!cudaAvailable())
            return list;
        const auto count = int(torch::cuda::device_count());
        for (int i = 0; i < count; ++i) {
            const auto* properties = at::cuda::getDeviceProperties(c10::DeviceIndex(i));
            list.push_back(
                { i, properties->name, std::int64_t(properties->totalGlobalMem), properties->major, properties->minor });
        }
#endif
        return list;
    }();
    return devices;
}

std::string cudaUnavailableReason()
{
#ifdef HIERNET_WITH_CUDA
    if (cudaAvailable())
        return {};
    int driver = 0, runtime = 0;
    cudaDriverGetVersion(&driver);
    cudaRuntimeGetVersion(&runtime);
    const auto version = [](int v) { return std::to_string(v / 1000) + "." + std::to_string(v % 1000 / 10); };
    if (driver == 0)
        return "no NVIDIA driver is installed; this LibTorch " + libtorchVersion() + " uses the CUDA " + version(runtime)
            + " runtime";
    int count = 0;
    const auto status = cudaGetDeviceCount(&count);
    if (status != cudaSuccess)
        return std::string("the CUDA runtime ") + version(runtime) + " reports: " + cudaGetErrorString(status)
            + " (driver supports CUDA " + version(driver) + ")";
    return "this LibTorch " + libtorchVersion() + " has CUDA, but no GPU is visible (check the driver and CUDA_VISIBLE_DEVICES)";
#else
    return "this LibTorch " + libtorchVersion() + " was built without CUDA; build with the `cuda` preset for a GPU";
#endif
}

std::int64_t deviceMemoryReserved(c10::Device device)
{
#ifdef HIERNET_WITH_CUDA
    if (device.is_cuda() && cudaAvailable()) {
        const auto stats = c10::cuda::CUDACachingAllocator::getDeviceStats(device.has_index() ? device.index() : 0);
        return stats.reserved_bytes[std::size_t(c10::CachingAllocator::StatType::AGGREGATE)].current;
    }
#endif
    return 0;
}

} // namespace hiernet::training
