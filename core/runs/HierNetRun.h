#pragma once
#include "data/Dataset.h"
#include "data/Preprocessing.h"
#include "evaluation/HierNetEvaluation.h"
#include "grouping/Hierarchy.h"
#include "models/HierNet.h"
#include "runs/BackboneRun.h"
#include "runs/RunConfigs.h"
#include "runs/RunDirectory.h"
#include "runs/LoadedRun.h"
#include "runs/RunFolder.h"
#include "runs/TrainingJob.h"
#include "training/ClassifierModel.h"

#include <memory>
#include <string>

namespace hiernet::runs {

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
    HierNetTrainingJob(std::string directory, HierNetRunConfig config, grouping::Hierarchy hierarchy,
        std::shared_ptr<distributed::Communicator> communicator = nullptr);
    static std::unique_ptr<HierNetTrainingJob> resume(
        const std::string& directory, std::shared_ptr<distributed::Communicator> communicator = nullptr);
    training::TrainingResult run() override;

private:
    HierNetTrainingJob() = default;
    HierNetRunConfig m_config;
    grouping::Hierarchy m_hierarchy;
    bool m_resume = false;
};

/// A HierNet run loaded for evaluation: its folder, configuration, data and trained network.
using LoadedHierNetRun = LoadedRun<HierNetRunConfig, HierNetClassifier>;
/// Throws hiernet::Error naming the file for a run that is not a HierNet's, or a missing or unreadable checkpoint.
LoadedHierNetRun loadHierNetRun(const std::string& directory, const std::string& device = "auto");
LoadedHierNetRun loadHierNetRun(RunFolder folder, const std::string& device = "auto");

/// A backbone run as a tree of one node — the root, a leaf group over every class, its weights transferred
/// from the backbone: the same network and the same answers (tst_hiernet aOneNodeTreeIsItsBackbone), so that
/// the Explore page, routes, Grad-CAM and the cached evaluation treat a backbone like any tree. Its config
/// names no backbone (the tree is the backbone). Throws hiernet::Error as loadBackboneRun does.
LoadedHierNetRun loadBackboneRunAsTree(RunFolder folder, const std::string& device = "auto");
/// The one-node hierarchy of such a tree: the root holding every class, in dataset order.
grouping::Hierarchy oneNodeHierarchy(const std::vector<std::string>& classNames);

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

/// evaluateCached, and the split's summary stored in eval.json (what `hiernet eval` and the report show).
evaluation::HierNetEvaluation evaluateAndRecord(
    LoadedHierNetRun& loaded, data::Split split, const std::shared_ptr<BackboneClassifier>& transferredBackbone = nullptr);

} // namespace hiernet::runs
