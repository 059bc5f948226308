#pragma once
#include "models/HierNet.h"

#include <torch/types.h>

#include <utility>
#include <vector>

namespace hiernet::models {

/// Runs sibling tree nodes that read the same parent features and have the same structure (edge and
/// classifier block ranges) as one network: each sibling's convolution is one group of a grouped
/// convolution, batch norm runs over the stacked channels (a channel's statistics are its own, so
/// this is each sibling's BN; the running statistics are written back into each sibling), and the
/// classifier heads are one batched product with unequal output counts padded and cut off again.
/// The parameters stay the siblings' own, so gradients, checkpoints and transfer are unchanged; the
/// results equal running the siblings one by one up to float rounding.
///
/// Returns each sibling's edge features and logits, in the order given.
std::vector<std::pair<torch::Tensor, torch::Tensor>> runSiblingsFused(std::vector<TreeNode> siblings, const torch::Tensor& parentFeatures);

/// Whether siblings can run together: same edge and classifier block ranges, no stem.
bool sameStructure(const TreeNodeImpl& a, const TreeNodeImpl& b);

} // namespace hiernet::models
