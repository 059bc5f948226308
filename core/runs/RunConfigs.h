#pragma once
// The configurations that define a run (run.json's "config"), read and written by the jobs, RunFolder and the CLI.
#include "models/Backbone.h"
#include "models/HierNet.h"
#include "training/Trainer.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace hiernet::runs {

/// What every run's configuration holds: the data and its split, the network's block kind and depth, its layer
/// conventions, and the trainer's settings (run.json "config": "dataset", "split_seed", "arch", "n",
/// "batch_norm", "initialization", "trainer").
struct RunModelConfig {
    std::string dataset = "fashion-mnist";
    std::uint64_t splitSeed = 0;
    models::BlockKind kind = models::BlockKind::ResNet;
    int n = 1;
    models::LayerConventions layers; ///< batch-norm constants and initialisation (PyTorch's, or the paper code's Keras ones)
    training::TrainerConfig trainer;

protected:
    void writeModel(nlohmann::json& json) const;
    void readModel(const nlohmann::json& json);
};

/// Everything that defines a backbone run (saved in run.json as "config").
struct BackboneRunConfig : RunModelConfig {
    /// Start from this backbone run's trained weights instead of He-normal ones (a same-budget baseline:
    /// the backbone trained on for as long as a HierNet trained after the transfer).
    std::string continueFrom;

    nlohmann::json toJson() const;
    static BackboneRunConfig fromJson(const nlohmann::json& json);
    /// The configuration of a backbone run, continuing from it (its data, split, block kind, n, trainer).
    static BackboneRunConfig continuing(const std::string& backboneDirectory);
};

/// Read "batch_norm" and "initialization" from a run's config (absent: PyTorch's, as runs were built before they were choices).
models::LayerConventions layerConventionsFrom(const nlohmann::json& config);

/// Everything that defines a HierNet run (run.json "config"); the hierarchy itself is hierarchy.json in the run.
struct HierNetRunConfig : RunModelConfig {
    models::TreeLayout layout;
    std::string backboneRun; ///< transfer from this backbone run ("" = start from He-normal weights)
    bool seedLeafHeads = false; ///< leaf FCs start from the backbone FC rows of their classes (the paper's code: fresh)
    /// Root pre-training before the conditional loss, as the paper's code: the root's whole network (stem,
    /// edge, classifier blocks, head) trained on group labels with the main schedule, for this many
    /// iterations (0: none).
    std::int64_t rootPretrainIterations = 0;
    /// The other variant: only the root's classifier blocks and head, over the frozen trunk (`quick` cosine).
    bool rootPretrainFrozenTrunk = false;
    bool fusedSiblings = false; ///< run same-structure siblings as grouped convolutions (same results, fewer kernels)

    nlohmann::json toJson() const;
    static HierNetRunConfig fromJson(const nlohmann::json& json);
    /// The configuration that continues a backbone run: its dataset, split seed, block kind and n, the
    /// paper's layout for them, transfer from it; trainer settings at their defaults. Throws
    /// hiernet::Error naming the directory when it is not a backbone run.
    static HierNetRunConfig continuing(const std::string& backboneDirectory);
};

} // namespace hiernet::runs
