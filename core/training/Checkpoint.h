#pragma once
#include <ATen/core/Tensor.h>

#include <map>
#include <string>

namespace torch::nn {
class Module;
}

namespace hiernet::training {

using TensorDict = std::map<std::string, at::Tensor>;

/// Saves named CPU tensors as a pickled dict (readable by LibTorch 1.13, 2.x and Python's
/// torch.load), atomically: a temporary file, then rename over the old checkpoint.
void saveTensors(const std::string& path, const TensorDict& tensors);
/// Throws hiernet::Error naming the file when it is missing or not such a dict.
TensorDict loadTensors(const std::string& path);

/// Parameters and buffers (BN statistics) of a module, as CPU copies, keys prefixed.
TensorDict moduleState(const torch::nn::Module& module, const std::string& prefix = "model.");
/// Copies saved tensors into a module's parameters and buffers in place (keeps storage, so views and
/// optimizers stay valid). Throws hiernet::Error naming `source` and the key for a missing entry or a shape mismatch.
void loadModuleState(
    torch::nn::Module& module, const TensorDict& state, const std::string& source, const std::string& prefix = "model.");

/// The LibTorch version this build uses, e.g. "1.13.1".
std::string libtorchVersion();

} // namespace hiernet::training
