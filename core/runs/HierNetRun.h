#pragma once
#include "data/Dataset.h"
#include "data/Preprocessing.h"
#include "evaluation/HierNetEvaluation.h"
#include "grouping/Hierarchy.h"
#include "models/HierNet.h"
#include "runs/BackboneRun.h"
#include "runs/RunDirectory.h"
#include "runs/TrainingJob.h"
#include "training/ClassifierModel.h"

#include <memory>
#include <string>

namespace hiernet::runs {

/// Everything that defines a HierNet run (run.json "config"); the hierarchy itself is hierarchy.json in the run.
struct HierNetRunConfig {
    std::string dataset = "fashion-mnist";
    std::uint64_t splitSeed = 0;
    models::BlockKind kind = models::BlockKind::ResNet;
    int n = 1;
    models::LayerConventions layers; ///< as the backbone's (continuing() copies them)
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
    training::TrainerConfig trainer;

    nlohmann::json toJson() const;
    static HierNetRunConfig fromJson(const nlohmann::json& json);
    /// The configuration that continues a backbone run: its dataset, split seed, block kind and n, the
    /// paper's layout for them, transfer from it; trainer settings at their defaults. Throws
    /// hiernet::Error naming the directory when it is not a backbone run.
    static HierNetRunConfig continuing(const std::string& backboneDirectory);
};

/// The model root pre-training trains: the root node's output on group labels. With `frozenTrunk` only its
/// classifier blocks and head take part (the trunk keeps its transferred weights and BN statistics); without,
/// every parameter of the root node does (the paper's code). `net` is shared: training changes it.
std::unique_ptr<training::ClassifierModel> rootPretrainingModel(models::HierNet net, bool frozenTrunk);

/// A HierNet as a ClassifierModel: conditional log-probabilities; validation adds routing and node accuracy.
class HierNetClassifier : public training::ClassifierModel {
public:
    HierNetClassifier(const models::BackboneSpec& spec, const grouping::Hierarchy& hierarchy, const models::TreeLayout& layout);
    torch::nn::Module& module() override;
    at::Tensor logProbabilities(const at::Tensor& input) override;
    nlohmann::json validationExtras(
        const data::ImageSet& val, const data::Preprocessor& preprocessor, c10::Device device) override;
    models::HierNet net;
};

/// Trains a HierNet into a run directory (transfer from a backbone run, optional root pre-training,
/// end-to-end training on the conditional cross-entropy), then evaluates it on the validation split.
class HierNetTrainingJob : public TrainingJob {
public:
    HierNetTrainingJob(std::string directory, HierNetRunConfig config, grouping::Hierarchy hierarchy);
    static std::unique_ptr<HierNetTrainingJob> resume(const std::string& directory);
    training::TrainingResult run() override;

private:
    HierNetTrainingJob() = default;
    HierNetRunConfig m_config;
    grouping::Hierarchy m_hierarchy;
    bool m_resume = false;
};

struct LoadedHierNetRun {
    RunDirectory run;
    HierNetRunConfig config;
    data::Dataset dataset;
    data::Preprocessor preprocessor;
    std::shared_ptr<HierNetClassifier> model;
    c10::Device device = c10::Device(c10::kCPU);
};
LoadedHierNetRun loadHierNetRun(const std::string& directory, const std::string& device = "auto");

/// The backbone this HierNet was transferred from (config.backboneRun) on the run's device, or nullptr with
/// the reason in `why` when the run has none or it cannot be loaded (moved, deleted, another dataset).
std::shared_ptr<BackboneClassifier> loadTransferredBackbone(const LoadedHierNetRun& loaded, std::string* why = nullptr);

/// The run's evaluation on a split, made once per checkpoint: cached in the run as explore-<split>.json,
/// tied to the checkpoint's iteration, size and time, and made again when any of them changed or the file
/// is damaged. The transferred backbone's predictions on the same images are attached where its run is at hand
/// (HierNetEvaluation::backbone; its checkpoint is part of the stamp). Shared by the Explore page and `hiernet route
/// --first-misrouted`. `fromCache` (when given) says whether the file answered. `transferredBackbone`, when given, is the run's
/// backbone already loaded (else it is loaded when needed).
evaluation::HierNetEvaluation evaluateCached(LoadedHierNetRun& loaded, data::Split split, bool* fromCache = nullptr,
    const std::shared_ptr<BackboneClassifier>& transferredBackbone = nullptr);

} // namespace hiernet::runs
