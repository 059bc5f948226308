#include "models/SavedLayout.h"

#include "util/Error.h"

#include <torch/torch.h>

namespace hiernet::models {
namespace {

struct OwnTensor {
    at::Tensor tensor;
    bool parameter = false;
};

std::map<std::string, OwnTensor> ownTensors(const torch::nn::Module& module)
{
    std::map<std::string, OwnTensor> out;
    for (const auto& p : module.named_parameters())
        out[p.key()] = { p.value(), true };
    for (const auto& b : module.named_buffers())
        out[b.key()] = { b.value(), false };
    return out;
}

std::vector<SavedSlice> layoutOf(const torch::nn::Module& module)
{
    if (const auto* layout = dynamic_cast<const SavedLayout*>(&module))
        return layout->savedLayout();
    std::vector<SavedSlice> out;
    for (const auto& p : module.named_parameters())
        out.push_back({ p.key(), p.key() });
    for (const auto& b : module.named_buffers())
        out.push_back({ b.key(), b.key() });
    return out;
}

at::Tensor sliceOf(const at::Tensor& tensor, const SavedSlice& slice)
{
    return slice.length < 0 ? tensor : tensor.narrow(0, slice.offset, slice.length);
}

} // namespace

std::vector<SavedTensor> savedTensors(const torch::nn::Module& module)
{
    const auto own = ownTensors(module);
    std::vector<SavedTensor> out;
    for (const auto& slice : layoutOf(module)) {
        const auto it = own.find(slice.own);
        if (it == own.end())
            throw Error("saved layout: '" + slice.saved + "' refers to '" + slice.own + "', which the model does not have");
        out.push_back({ slice.saved, sliceOf(it->second.tensor.detach(), slice), it->second.parameter });
    }
    return out;
}

std::map<std::string, at::Tensor> toSavedNames(const torch::nn::Module& module, const std::map<std::string, at::Tensor>& own)
{
    std::map<std::string, at::Tensor> out;
    for (const auto& slice : layoutOf(module))
        if (const auto it = own.find(slice.own); it != own.end())
            out[slice.saved] = sliceOf(it->second, slice);
    return out;
}

std::map<std::string, at::Tensor> toOwnNames(
    const torch::nn::Module& module, const std::map<std::string, at::Tensor>& saved, const std::string& source)
{
    const auto own = ownTensors(module);
    std::map<std::string, std::vector<SavedSlice>> pieces; // own name → its saved slices
    for (const auto& slice : layoutOf(module))
        pieces[slice.own].push_back(slice);
    std::map<std::string, at::Tensor> out;
    torch::NoGradGuard noGrad;
    for (const auto& [name, slices] : pieces) {
        std::size_t present = 0;
        for (const auto& s : slices)
            present += saved.count(s.saved);
        if (present == 0)
            continue;
        const auto& target = own.at(name).tensor;
        auto assembled = torch::zeros(target.sizes(), saved.at(slices.front().saved).options());
        for (const auto& s : slices) {
            const auto it = saved.find(s.saved);
            if (it == saved.end())
                throw Error(source + ": no entry for '" + s.saved + "' beside the other parts of '" + name + "'");
            auto part = sliceOf(assembled, s);
            if (it->second.sizes() != part.sizes())
                throw Error(source + ": '" + s.saved + "' has shape " + c10::str(it->second.sizes()) + " but the model expects "
                    + c10::str(part.sizes()));
            part.copy_(it->second);
        }
        out[name] = assembled;
    }
    return out;
}

} // namespace hiernet::models
