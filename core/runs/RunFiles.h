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
    nlohmann::json model; ///< the model spec as written
    nlohmann::json config; ///< the run's configuration as written

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
/// Whether `candidate` is the same-budget baseline of the HierNet run `hiernet`: a backbone run continued
/// from the HierNet's backbone (`train-backbone --continue-from`) for as many iterations as the HierNet trained.
bool isSameBudgetBaseline(const RunInfo& candidate, const RunInfo& hiernet);

/// The root's accuracy on the validation split next to what the backbone's CPM promised of it before
/// training (grouping::assessGrouping on the run's first-level groups): how far to trust the promise.
struct RootPromise {
    double estimate = 0; ///< from the backbone run's cpm.json
    std::optional<double> measured; ///< the last validation of the main training (node "root")
};
/// For a HierNet run directory; std::nullopt when it is not one, or its backbone has no cpm.json.
std::optional<RootPromise> rootPromise(const std::string& hiernetDirectory);

/// One line of metrics.jsonl (README "Run directories"), typed. A line from a pre-training phase
/// carries its phase name and its own iteration count.
struct MetricLine {
    enum class Type { Train, Validation, Other };
    Type type = Type::Other;
    std::string phase; ///< empty for the main training
    std::int64_t iteration = 0;
    double epoch = 0;
    double loss = 0;
    double trainAccuracy = 0;
    double learningRate = 0;
    double imagesPerSecond = 0;
    double deviceMemoryBytes = 0;
    double accuracy = 0; ///< validation top-1 (a backbone's)
    double top5 = 0;
    std::optional<double> conditionalAccuracy; ///< a HierNet's validation: slow
    std::optional<double> routingAccuracy; ///< and fast
    std::vector<std::pair<std::string, double>> nodeAccuracy; ///< a HierNet's validation, per node name

    static MetricLine fromJson(const nlohmann::json& json);
};

/// Reads metrics.jsonl as it grows: each readNew() returns the whole lines appended since the last call.
/// A last line without its newline (a writer mid-append) waits for the next call; a file that shrank
/// was rewritten, so reading starts again from its beginning (and `restarted` says so).
///
///     MetricsTail tail(run + "/metrics.jsonl");
///     for (const auto& line : tail.readNew().lines) …
class MetricsTail {
public:
    explicit MetricsTail(std::string path);

    struct Chunk {
        std::vector<MetricLine> lines;
        std::vector<std::string> problems; ///< lines that are not JSON objects, named with file and line number
        bool restarted = false;
    };
    Chunk readNew();
    std::int64_t linesRead() const { return m_lines; }
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
    std::uint64_t m_offset = 0;
    std::int64_t m_lines = 0;
};

} // namespace hiernet::runs
