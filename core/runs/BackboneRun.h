#pragma once
#include "data/Dataset.h"
#include "data/Preprocessing.h"
#include "models/Backbone.h"
#include "runs/RunConfigs.h"
#include "runs/RunDirectory.h"
#include "runs/LoadedRun.h"
#include "runs/RunFolder.h"
#include "runs/TrainingJob.h"
#include "training/ClassifierModel.h"
#include "training/Evaluation.h"
#include "training/Trainer.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace hiernet::runs {

/// The backbone spec a dataset needs (input channels and classes from the data); validates n.
models::BackboneSpec backboneSpecFor(
    models::BlockKind kind, int n, const data::Dataset& dataset, const models::LayerConventions& layers = {});
/// A Backbone as a ClassifierModel: log-softmax of its logits.
class BackboneClassifier : public training::ClassifierModel {
public:
    explicit BackboneClassifier(const models::BackboneSpec& spec);
    torch::nn::Module& module() override;
    at::Tensor logProbabilities(const at::Tensor& input) override;
    models::Backbone net;
};

/// Trains a backbone into a run directory: run.json, metrics.jsonl, checkpoint.pt, and at the end the
/// validation CPM (cpm.json) and evaluation (eval.json). Cancel keeps a checkpoint; resume() goes on from it.
///
///     BackboneTrainingJob job("runs/r8", config);
///     job.onProgress = …;
///     auto result = job.run();
class BackboneTrainingJob : public TrainingJob {
public:
    /// A new run; throws hiernet::Error when the directory already holds one or an option is bad.
    BackboneTrainingJob(
        std::string directory, BackboneRunConfig config, std::shared_ptr<distributed::Communicator> communicator = nullptr);
    /// Continues the run in `directory` from its checkpoint, with its saved config.
    static std::unique_ptr<BackboneTrainingJob> resume(
        const std::string& directory, std::shared_ptr<distributed::Communicator> communicator = nullptr);

    training::TrainingResult run() override;
    const BackboneRunConfig& config() const { return m_config; }

private:
    BackboneTrainingJob() = default;

    BackboneRunConfig m_config;
    bool m_resume = false;
};

/// A finished (or stopped) backbone run, loaded for evaluation.
using LoadedBackboneRun = LoadedRun<BackboneRunConfig, BackboneClassifier>;
/// Throws hiernet::Error naming the file for a missing or unreadable run or checkpoint.
LoadedBackboneRun loadBackboneRun(const std::string& directory, const std::string& device = "auto");
LoadedBackboneRun loadBackboneRun(RunFolder folder, const std::string& device = "auto");

/// The trained network of a backbone run for a dataset already loaded (a HierNet's, which the backbone must
/// have been trained on: the same dataset and split seed), on `device`. Throws hiernet::Error naming the run
/// when it is not such a backbone run or its checkpoint does not load.
std::shared_ptr<BackboneClassifier> loadBackboneModel(
    const std::string& directory, const data::Dataset& dataset, std::uint64_t splitSeed, c10::Device device);

/// A backbone evaluation as eval.json holds it: top1, top5, loss, count.
nlohmann::json evaluationSummary(const training::EvaluationResult& result);
/// Evaluates a loaded run on a split and writes cpm.json (for val) and the split's entry in eval.json.
training::EvaluationResult evaluateBackboneRun(LoadedBackboneRun& loaded, data::Split split, bool writeResults);

} // namespace hiernet::runs
