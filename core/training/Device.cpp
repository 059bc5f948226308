#include "training/Device.h"

#include "util/Error.h"

#include <torch/cuda.h>

namespace hiernet::training {

bool cudaAvailable()
{
    return torch::cuda::is_available();
}

c10::Device resolveDevice(const std::string& name)
{
    if (name == "auto")
        return cudaAvailable() ? c10::Device(c10::kCUDA, 0) : c10::Device(c10::kCPU);
    if (name == "cpu")
        return c10::Device(c10::kCPU);
    if (name.rfind("cuda", 0) == 0) {
        if (!cudaAvailable())
            throw Error("device '" + name + "': CUDA is not available (this LibTorch was built without it, or no GPU is visible)");
        try {
            return c10::Device(name);
        } catch (const c10::Error&) {
            throw Error("device '" + name + "' is not a valid device (expected cuda or cuda:N)");
        }
    }
    throw Error("unknown device '" + name + "' (expected auto, cpu or cuda)");
}

} // namespace hiernet::training
