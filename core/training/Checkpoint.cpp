#include "training/Checkpoint.h"

#include "util/Error.h"
#include "util/FileIo.h"

#include <malloc.h>

#include <torch/serialize.h>
#include <torch/torch.h>
#include <torch/version.h>

namespace hiernet::training {

namespace {

std::uint64_t little(const std::string& bytes, std::uint64_t at, int width)
{
    std::uint64_t value = 0;
    for (int i = width - 1; i >= 0; --i)
        value = value << 8 | std::uint8_t(bytes[std::size_t(at) + std::size_t(i)]);
    return value;
}

/// A checkpoint is a zip archive of stored (uncompressed) records, as torch::pickle_save writes it.
/// LibTorch's reader trusts the sizes and offsets in it and reads past the end of the buffer where they
/// lie (found by fuzz_checkpoint); so every record the directory names must lie inside the file, and
/// be stored, before LibTorch sees the bytes. Throws hiernet::Error naming the file.
void checkArchiveBounds(const std::string& bytes, const std::string& path)
{
    const std::uint64_t size = bytes.size();
    const auto bad = [&path](const std::string& what) { return Error(path + ": not a checkpoint (" + what + ")"); };
    const auto fits = [size](std::uint64_t at, std::uint64_t length) { return at <= size && length <= size - at; };
    if (size < 22)
        throw bad("too short for a zip archive");
    // The end-of-central-directory record: within the last 64 KiB (its comment may fill them).
    std::uint64_t end = size - 22;
    const std::uint64_t lowest = size - 22 > 65535 ? size - 22 - 65535 : 0;
    while (little(bytes, end, 4) != 0x06054b50) {
        if (end == lowest)
            throw bad("no zip directory");
        --end;
    }
    std::uint64_t entries = little(bytes, end + 10, 2), directorySize = little(bytes, end + 12, 4), directory = little(bytes, end + 16, 4);
    if (entries == 0xffff || directorySize == 0xffffffff || directory == 0xffffffff) {
        // Zip64: a locator just before, pointing at the zip64 end record with the 8-byte fields.
        if (end < 20 || little(bytes, end - 20, 4) != 0x07064b50)
            throw bad("zip64 locator missing");
        const std::uint64_t record = little(bytes, end - 20 + 8, 8);
        if (!fits(record, 56) || little(bytes, record, 4) != 0x06064b50)
            throw bad("zip64 directory record outside the file");
        entries = little(bytes, record + 32, 8);
        directorySize = little(bytes, record + 40, 8);
        directory = little(bytes, record + 48, 8);
    }
    if (!fits(directory, directorySize))
        throw bad("zip directory outside the file");
    std::uint64_t at = directory;
    for (std::uint64_t i = 0; i < entries; ++i) {
        if (!fits(at, 46) || at + 46 > directory + directorySize || little(bytes, at, 4) != 0x02014b50)
            throw bad("zip directory entry " + std::to_string(i) + " broken");
        const std::uint64_t method = little(bytes, at + 10, 2), nameLength = little(bytes, at + 28, 2),
                            extraLength = little(bytes, at + 30, 2), commentLength = little(bytes, at + 32, 2);
        std::uint64_t packed = little(bytes, at + 20, 4), unpacked = little(bytes, at + 24, 4), local = little(bytes, at + 42, 4);
        const std::uint64_t entryEnd = at + 46 + nameLength + extraLength + commentLength;
        if (entryEnd > directory + directorySize)
            throw bad("zip directory entry " + std::to_string(i) + " runs past the directory");
        // Zip64 extra field (id 1): the 8-byte values of the fields that read 0xffffffff, in this order.
        for (std::uint64_t extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength;) {
            const std::uint64_t id = little(bytes, extra, 2), length = little(bytes, extra + 2, 2);
            if (extra + 4 + length > at + 46 + nameLength + extraLength)
                throw bad("zip extra field of entry " + std::to_string(i) + " runs past its entry");
            if (id == 1) {
                std::uint64_t field = extra + 4;
                for (auto* value : {&unpacked, &packed, &local})
                    if (*value == 0xffffffff) {
                        if (field + 8 > extra + 4 + length)
                            throw bad("zip64 field of entry " + std::to_string(i) + " missing");
                        *value = little(bytes, field, 8);
                        field += 8;
                    }
            }
            extra += 4 + length;
        }
        if (method != 0 || packed != unpacked)
            throw bad("record " + std::to_string(i) + " is compressed; checkpoints store records as they are");
        if (!fits(local, 30) || little(bytes, local, 4) != 0x04034b50)
            throw bad("record " + std::to_string(i) + " header outside the file");
        const std::uint64_t data = local + 30 + little(bytes, local + 26, 2) + little(bytes, local + 28, 2);
        if (!fits(data, packed))
            throw bad("record " + std::to_string(i) + " of " + std::to_string(packed) + " bytes runs past the end of the file");
        at = entryEnd;
    }
}

/// The unpickler takes a tensor's sizes, strides, offset and storage size from the file as they are; a
/// view that reaches past the record read for it is read out of bounds by the first copy (found by
/// fuzz_checkpoint). So: a strided CPU tensor, no negative stride or offset, its last element inside
/// the memory its storage really has.
void checkTensorFitsItsData(const at::Tensor& tensor, const std::string& name, const std::string& path)
{
    const auto bad = [&](const std::string& what) { return Error(path + ": not a checkpoint (tensor " + name + " " + what + ")"); };
    if (!tensor.defined() || tensor.layout() != c10::kStrided || !tensor.device().is_cpu() || !tensor.has_storage())
        throw bad("is not a plain CPU tensor");
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
    const std::uint64_t held = data ? std::min<std::uint64_t>(tensor.storage().nbytes(), ::malloc_usable_size(const_cast<void*>(data))) : 0;
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
    checkArchiveBounds(text, path);
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
