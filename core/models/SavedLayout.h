#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace hiernet::models {

/// One tensor as checkpoints name it, and where it lives in the module: `own` (a parameter or buffer name of
/// the module), whole or the rows [offset, offset + length) of its first dimension.
struct SavedSlice {
    std::string saved;
    std::string own;
    std::int64_t offset = 0;
    std::int64_t length = -1; ///< −1: the whole tensor
};

/// A module whose checkpoints name its tensors otherwise than its parameters are named: a HierNet keeps
/// stacked siblings (one tensor for G nodes) but saves every node under its own name and shape, so that
/// checkpoints, transfer and outside readers see one tree node at a time. training::moduleState and
/// loadModuleState go through it.
class SavedLayout {
public:
    virtual ~SavedLayout() = default;
    /// Every saved tensor (parameters and buffers), in a fixed order.
    virtual std::vector<SavedSlice> savedLayout() const = 0;
};

} // namespace hiernet::models

#include <ATen/core/Tensor.h>

#include <map>

namespace torch::nn {
class Module;
}

namespace hiernet::models {

struct SavedTensor {
    std::string name;
    at::Tensor tensor; ///< a view of the module's own tensor (detached): writing into it writes the module
    bool parameter = false;
};

/// The module's parameters and buffers as its checkpoints name them: its own names, or those of its SavedLayout.
std::vector<SavedTensor> savedTensors(const torch::nn::Module& module);

/// Tensors keyed by the module's own parameter names (momentum buffers, gradients) under the saved names, as slices.
std::map<std::string, at::Tensor> toSavedNames(const torch::nn::Module& module, const std::map<std::string, at::Tensor>& own);
/// The reverse: own-name tensors assembled from saved-name ones (rows no saved tensor covers are zero). A
/// parameter none of whose pieces is there is left out; one with some missing, or a piece of the wrong shape,
/// throws hiernet::Error naming `source` and the saved name.
std::map<std::string, at::Tensor> toOwnNames(
    const torch::nn::Module& module, const std::map<std::string, at::Tensor>& saved, const std::string& source);

} // namespace hiernet::models
