#pragma once
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hiernet::runs {

/// run.json as lists and pages show it (README "Run directories"). Fields a run does not have yet keep
/// their defaults: a run being created has no accuracy, a CLI run of an older version may lack a field.
struct RunInfo {
    std::string kind; ///< "backbone" or "hiernet"
    std::string
        status; ///< created, running, interrupted (running, but its writer is gone), finished, cancelled, diverged, failed
    std::string message; ///< for failed: the error
    std::string datasetSpec;
    std::string datasetName;
    std::vector<std::string> classes;
    std::string arch; ///< "resnet" or "elu-resnet"
    int n = 0;
    int layers = 0;
    std::string device;
    int worldSize = 1; ///< processes of a data-parallel run (each on its own device); 1 otherwise
    std::string backend; ///< their c10d backend ("gloo", "nccl"); empty for one process
    int batchSize = 128; ///< the global batch (over all processes)
    std::int64_t totalIterations = 0;
    std::int64_t checkpointIteration = 0;
    std::int64_t iterationsPerEpoch = 0;
    std::optional<double> valTop1; ///< backbone runs
    std::optional<double> valRoutingTop1; ///< HierNet runs
    std::optional<double> valConditionalTop1; ///< HierNet runs
    nlohmann::json model; ///< the model spec as written
    nlohmann::json config; ///< the run's configuration as written
    std::string backboneRun; ///< a HierNet's: the backbone run it was transferred from ("" = none)
    std::string continueFrom; ///< a backbone's: the run it continued from (a same-budget baseline's backbone)
    std::int64_t rootPretrainIterations = 0; ///< a HierNet's root pre-training

    /// "resnet-20"; empty when the run has no model yet.
    std::string modelName() const;
    /// The validation accuracy lists show: routing (fast) top-1 for a HierNet, top-1 for a backbone.
    std::optional<double> validationAccuracy() const { return kind == "hiernet" ? valRoutingTop1 : valTop1; }

    static RunInfo fromJson(const nlohmann::json& json);
};

/// DIR/run.json; std::nullopt when the file is missing or is not a JSON object (a list of runs skips such
/// folders; RunDirectory::open says what is wrong).
std::optional<RunInfo> readRunInfo(const std::string& directory);

/// The iterations a HierNet run trained after the transfer: its main training and its root pre-training.
std::int64_t hierNetTrainingIterations(const RunInfo& hiernet);
/// A run found near another, with its run.json read.
struct FoundRun {
    std::string directory;
    RunInfo info;
};
/// The same-budget baseline of the HierNet run in `hiernetDirectory`: where `hiernet reproduce` puts it
/// (../backbone-same-budget), else a sibling folder, else one of `candidates` (the runs a list knows).
std::optional<FoundRun> findSameBudgetBaseline(
    const std::string& hiernetDirectory, const RunInfo& hiernet, const std::vector<std::string>& candidates = {});
/// Whether `candidate` is the same-budget baseline of the HierNet run `hiernet`: a backbone run continued
/// from the HierNet's backbone (`train-backbone --continue-from`) for as many iterations as the HierNet trained.
bool isSameBudgetBaseline(const RunInfo& candidate, const RunInfo& hiernet);

} // namespace hiernet::runs
