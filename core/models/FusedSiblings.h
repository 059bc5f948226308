#pragma once
#include "models/Backbone.h"
#include "models/SavedLayout.h"

#include <torch/nn/modules/container/modulelist.h>

#include <string>
#include <vector>

namespace hiernet::models {

class TreeNodeImpl;

/// G sibling tree nodes of the same structure (same parent, edge and classifier block ranges, no stem) that
/// own their parameters together: one tensor per layer holding every sibling's (sibling g's filters, batch-norm
/// channels and head rows are the g-th block of the first dimension), batch norm over G·C channels with its
/// own running statistics (a channel's statistics are its own, so this is each sibling's batch norm), and the
/// heads as one (G·K)×C weight, K the widest head, the rows past a narrower head zero and masked out.
///
/// `forward` runs the G siblings as one network (grouped convolutions, the first dense over the shared parent
/// features, one batched head); `bind` points a sibling's own TreeNode at its slices, so that the node runs
/// alone (routing, Grad-CAM, the branch-by-branch path) on the same tensors, gradients included.
class SiblingSetImpl : public torch::nn::Module {
public:
    /// `outputs[g]`: sibling g's number of children; `leaf`: the siblings classify classes (ELU before an ELU-ResNet's head).
    SiblingSetImpl(
        const BackboneSpec& spec, int edgeFrom, int edgeTo, int classifierBlockCount, std::vector<int> outputs, bool leaf);

    struct Output {
        torch::Tensor edge; ///< N×(G·C)×H×W: every sibling's edge features, sibling g's the g-th block of C channels
        torch::Tensor logits; ///< N×G×K, −inf past a sibling's own outputs
    };
    Output forward(const torch::Tensor& parentFeatures);

    int size() const { return int(m_outputs.size()); }
    int widest() const { return m_widest; }
    int outputs(int g) const { return m_outputs[std::size_t(g)]; }
    /// Channels of one sibling's edge features.
    int edgeChannels() const { return m_edgeChannels; }

    /// Points node (sibling g, built with the same structure) at its slices of these tensors, in the current
    /// grad mode and this set's training mode. Call again after the set moved or changed memory format.
    void bind(int g, TreeNodeImpl& node);
    /// Sibling g's saved tensors, named as its TreeNode names them (`nodePrefix` + "edge.0.conv1.weight", …),
    /// on this set's tensors (`ownPrefix` + their names).
    std::vector<SavedSlice> savedSlices(int g, const std::string& ownPrefix, const std::string& nodePrefix) const;

    torch::nn::ModuleList edgeBlocks { nullptr };
    torch::nn::ModuleList classifierBlocks { nullptr };
    torch::Tensor headWeight; ///< (G·K)×C
    torch::Tensor headBias; ///< G·K
    bool eluBefore;

private:
    std::vector<int> m_outputs;
    int m_widest = 0;
    int m_edgeChannels = 0;
    std::vector<bool> m_released; ///< sibling g's own TreeNode tensors freed (at its first bind)
    torch::Tensor m_padding; ///< G×K, true past a sibling's outputs (on the features' device after the first forward)
};
TORCH_MODULE(SiblingSet);

/// Whether siblings can be stacked: same edge (non-empty) and classifier block ranges, no stem, the same head.
bool sameStructure(const TreeNodeImpl& a, const TreeNodeImpl& b);

} // namespace hiernet::models
