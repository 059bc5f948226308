#include "training/Checkpoint.h"

#include "models/SavedLayout.h"

#include "training/CheckpointArchive.h"

#include "util/Error.h"
#include "util/FileIo.h"

#include <malloc.h>

#include <torch/serialize.h>
#include <torch/torch.h>
#include <torch/version.h>

namespace hiernet::training {

namespace {

/// The unpickler takes a tensor's sizes, strides, offset and storage size from the file as they are; a
/// view that reaches past the record read for it is read out of bounds by the first copy (found by
/// fuzz_checkpoint). So: a strided CPU tensor, no negative stride or offset, its last element inside
/// the memory its storage really has.
void checkTensorFitsItsData(const at::Tensor& tensor, const std::string& name, const std::string& path)
{
    const auto bad
        = [&](const std::string& what) { return Error(path + ": not a checkpoint (tensor " + name + " " + what + ")"); };
    if (!tensor.defined() || tensor.layout() != c10::kStrided || !tensor.device().is_cpu() || !tensor.has_storage())
        throw bad("is not a plain CPU tensor");
    // Checkpoints hold real numbers; LibTorch aborts on some copies out of the others (found by fuzz_checkpoint).
    if (tensor.is_quantized() || tensor.is_complex())
        throw bad("is stored as " + std::string(c10::toString(tensor.scalar_type())) + ", which no checkpoint holds");
    if (tensor.numel() == 0)
        return;
    std::uint64_t last = 0; // the element index of the last element, from the storage's start
    if (tensor.storage_offset() < 0)
        throw bad("has a negative offset");
    last = std::uint64_t(tensor.storage_offset());
    for (std::int64_t d = 0; d < tensor.dim(); ++d) {
        if (tensor.stride(d) < 0)
            throw bad("has a negative stride");
        const auto reach = std::uint64_t(tensor.size(d) - 1) * std::uint64_t(tensor.stride(d));
        if (tensor.stride(d) != 0 && reach / std::uint64_t(tensor.stride(d)) != std::uint64_t(tensor.size(d) - 1))
            throw bad("has sizes and strides that overflow");
        last += reach;
    }
    // The storage's size is the file's word too (numel × element size, whatever the record holds); the
    // record LibTorch read is a block of the CPU allocator (posix_memalign), whose usable size is the truth.
    const void* data = tensor.storage().data(); // null for an empty record
    const std::uint64_t held
        = data ? std::min<std::uint64_t>(tensor.storage().nbytes(), ::malloc_usable_size(const_cast<void*>(data))) : 0;
    if (last >= held / std::uint64_t(tensor.element_size()))
        throw bad("reaches past its data (" + std::to_string(held) + " bytes)");
}

} // namespace

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
    checkCheckpointArchive(text, path);
    torch::IValue value;
    try {
        value = torch::pickle_load(std::vector<char>(text.begin(), text.end()));
    } catch (const c10::Error& e) {
        throw Error(path + ": not a readable checkpoint (" + e.what_without_backtrace() + ")");
    } catch (const std::exception& e) {
        // LibTorch's unpickler also throws the TorchScript type parser's errors (found by fuzz_checkpoint).
        throw Error(path + ": not a readable checkpoint (" + e.what() + ")");
    }
    if (!value.isGenericDict())
        throw Error(path + ": not a checkpoint (expected a dict of tensors)");
    TensorDict out;
    for (const auto& entry : value.toGenericDict()) {
        if (!entry.key().isString() || !entry.value().isTensor())
            throw Error(path + ": not a checkpoint (entries must be name → tensor)");
        const auto& tensor = entry.value().toTensor();
        checkTensorFitsItsData(tensor, entry.key().toStringRef(), path);
        out[entry.key().toStringRef()] = tensor;
    }
    return out;
}

TensorDict moduleState(const torch::nn::Module& module, const std::string& prefix)
{
    TensorDict out;
    for (const auto& t : models::savedTensors(module))
        out[prefix + t.name] = t.tensor.to(torch::kCPU).clone();
    return out;
}

void loadModuleState(torch::nn::Module& module, const TensorDict& state, const std::string& source, const std::string& prefix)
{
    torch::NoGradGuard noGrad;
    for (auto& t : models::savedTensors(module)) {
        const auto it = state.find(prefix + t.name);
        if (it == state.end())
            throw Error(source + ": no entry for '" + t.name + "'; the checkpoint is for another model");
        if (it->second.sizes() != t.tensor.sizes())
            throw Error(source + ": '" + t.name + "' has shape " + c10::str(it->second.sizes()) + " but the model expects "
                + c10::str(t.tensor.sizes()) + "; the checkpoint is for another model");
        // A quantized or complex tensor does not convert (LibTorch aborts on some of those copies): named instead.
        const auto& saved = it->second;
        if (saved.is_quantized() || saved.is_complex() || saved.scalar_type() == at::kBool)
            throw Error(source + ": '" + t.name + "' is stored as " + std::string(c10::toString(saved.scalar_type()))
                + ", which the model's " + std::string(c10::toString(t.tensor.scalar_type())) + " cannot take");
        t.tensor.copy_(saved);
    }
}

std::string libtorchVersion()
{
    return std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) + "."
        + std::to_string(TORCH_VERSION_PATCH);
}

} // namespace hiernet::training
