#pragma once
#include "runs/CheckpointStamp.h"
#include "runs/EvalFile.h"
#include "runs/MetricsFile.h"
#include "runs/RunConfigs.h"
#include "runs/RunInfo.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace hiernet::runs {

/// The root's accuracy on the validation split next to what the backbone's CPM promised of it before
/// training (grouping::assessGrouping on the run's first-level groups): how far to trust the promise.
struct RootPromise {
    double estimate = 0; ///< from the backbone run's cpm.json
    std::optional<double> measured; ///< the last validation of the main training (node "root")
};

/// For a HierNet run (its directory and run.json read): what its backbone's CPM promised of the root beside
/// what the root measured; std::nullopt when it is not a HierNet run or its backbone has no cpm.json.
std::optional<RootPromise> rootPromise(const std::string& directory, const RunInfo& info);

/// run.json's modification time and size in one number: run.json is replaced atomically, so a new stamp means a
/// new whole file (a follower re-reads it only then). −1 when it is missing.
std::int64_t runFileStamp(const std::string& directory);

/// A run folder opened for reading (README "Run directories"): run.json parsed once into its summary and
/// its typed configuration, and every rule about the folder's files and its relatives — the checkpoint's
/// stamp, eval.json, the backbone a HierNet was transferred from, its same-budget baseline — in one place.
/// The pages, the CLI and the report read runs through it; RunDirectory is the writer's side.
///
///     const auto run = RunFolder::open("runs/hiernet");
///     if (run.isHierNet()) use(run.hierNetConfig().layout);
///     auto top1 = run.eval().number("test", "routing_top1");
class RunFolder {
public:
    /// Throws hiernet::Error naming run.json when the folder or the file is missing, or it is not a run's.
    static RunFolder open(const std::string& directory);

    const std::string& directory() const { return m_directory; }
    std::string file(const std::string& name) const { return m_directory + "/" + name; }
    std::string checkpointPath() const { return file("checkpoint.pt"); }
    /// run.json as written.
    const nlohmann::json& json() const { return m_json; }
    const RunInfo& info() const { return m_info; }
    bool isHierNet() const { return m_info.kind == "hiernet"; }
    bool isBackbone() const { return m_info.kind == "backbone"; }
    /// Whether run.json holds a configuration of its kind that reads (a run being created may not).
    bool hasConfig() const { return m_backboneConfig || m_hierNetConfig; }
    /// The typed configuration; throws hiernet::Error naming run.json for a run of the other kind or without one.
    const HierNetRunConfig& hierNetConfig() const;
    const BackboneRunConfig& backboneConfig() const;
    /// The typed configuration as JSON, every setting present (defaults filled in for older runs).
    nlohmann::json configJson() const;
    /// runFileStamp() of run.json as it was read.
    std::int64_t stamp() const { return m_stamp; }

    CheckpointStamp checkpointStamp() const;
    EvalFile eval() const { return EvalFile(file("eval.json")); }
    /// metrics.jsonl's whole lines (a half-written last one left out).
    std::vector<MetricLine> metrics() const;

    /// A HierNet run's backbone (config.backbone_run), opened; std::nullopt with the reason in `why` when it
    /// has none or the folder does not open (moved, deleted).
    std::optional<RunFolder> transferredBackbone(std::string* why = nullptr) const;
    /// A HierNet run's same-budget baseline (findSameBudgetBaseline), opened.
    std::optional<RunFolder> sameBudgetBaseline(const std::vector<std::string>& candidates = {}) const;
    /// A HierNet run's root promise; std::nullopt when its backbone has no cpm.json.
    std::optional<RootPromise> rootPromise() const { return runs::rootPromise(m_directory, m_info); }

private:
    std::string m_directory;
    nlohmann::json m_json;
    RunInfo m_info;
    std::int64_t m_stamp = -1;
    std::optional<BackboneRunConfig> m_backboneConfig;
    std::optional<HierNetRunConfig> m_hierNetConfig;
    std::string m_configProblem;
};

} // namespace hiernet::runs
