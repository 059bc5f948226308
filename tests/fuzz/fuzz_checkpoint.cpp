// The checkpoint reader (LibTorch's pickle reader under ours) and loading its tensors into a module.
#include "FuzzInput.h"
#include "training/Checkpoint.h"

#include <torch/torch.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string path = fuzz::writeFile("checkpoint.pt", data, size);
    fuzz::expectCleanError([&] {
        const auto state = hiernet::training::loadTensors(path);
        torch::nn::Linear linear(4, 3);
        hiernet::training::loadModuleState(*linear, state, path);
    });
    return 0;
}
