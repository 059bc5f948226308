#include "training/Checkpoint.h"

#include "util/Error.h"
#include "util/FileIo.h"

#include <torch/serialize.h>
#include <torch/torch.h>
#include <torch/version.h>

namespace hiernet::training {

void saveTensors(const std::string& path, const TensorDict& tensors)
{
    c10::Dict<std::string, at::Tensor> dict;
    for (const auto& [key, value] : tensors)
        dict.insert(key, value.detach().to(torch::kCPU).contiguous());
    const auto bytes = torch::pickle_save(dict);
    io::writeAtomically(path, std::string(bytes.begin(), bytes.end()));
}

TensorDict loadTensors(const std::string& path)
{
    if (!io::fileExists(path))
        throw Error(path + ": checkpoint not found");
    const auto text = io::readText(path);
    torch::IValue value;
    try {
        value = torch::pickle_load(std::vector<char>(text.begin(), text.end()));
    } catch (const c10::Error& e) {
        throw Error(path + ": not a readable checkpoint (" + e.what_without_backtrace() + ")");
    }
    if (!value.isGenericDict())
        throw Error(path + ": not a checkpoint (expected a dict of tensors)");
    TensorDict out;
    for (const auto& entry : value.toGenericDict()) {
        if (!entry.key().isString() || !entry.value().isTensor())
            throw Error(path + ": not a checkpoint (entries must be name → tensor)");
        out[entry.key().toStringRef()] = entry.value().toTensor();
    }
    return out;
}

TensorDict moduleState(const torch::nn::Module& module, const std::string& prefix)
{
    TensorDict out;
    for (const auto& p : module.named_parameters())
        out[prefix + p.key()] = p.value().detach().to(torch::kCPU).clone();
    for (const auto& b : module.named_buffers())
        out[prefix + b.key()] = b.value().detach().to(torch::kCPU).clone();
    return out;
}

void loadModuleState(torch::nn::Module& module, const TensorDict& state, const std::string& source, const std::string& prefix)
{
    torch::NoGradGuard noGrad;
    auto copyInto = [&](const std::string& name, at::Tensor target) {
        const auto it = state.find(prefix + name);
        if (it == state.end())
            throw Error(source + ": no entry for '" + name + "'; the checkpoint is for another model");
        if (it->second.sizes() != target.sizes())
            throw Error(source + ": '" + name + "' has shape " + c10::str(it->second.sizes()) + " but the model expects "
                        + c10::str(target.sizes()) + "; the checkpoint is for another model");
        target.copy_(it->second);
    };
    for (const auto& p : module.named_parameters())
        copyInto(p.key(), p.value());
    for (const auto& b : module.named_buffers())
        copyInto(b.key(), b.value());
}

std::string libtorchVersion()
{
    return std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) + "." + std::to_string(TORCH_VERSION_PATCH);
}

} // namespace hiernet::training
