#include "runs/RunInfo.h"

#include "runs/JsonFields.h"
#include "runs/WriterLiveness.h"
#include "util/FileIo.h"

#include <algorithm>
#include <filesystem>

namespace hiernet::runs {

using namespace json_fields;

std::string RunInfo::modelName() const
{
    return arch.empty() ? std::string() : arch + "-" + std::to_string(layers);
}

RunInfo RunInfo::fromJson(const nlohmann::json& json)
{
    RunInfo info;
    info.kind = valueOr<std::string>(json, "kind", {});
    info.status = effectiveStatus(json); // "interrupted" for a running run whose writer is gone
    info.message = valueOr<std::string>(json, "message", {});
    info.device = valueOr<std::string>(json, "device", {});
    info.worldSize = valueOr<int>(json, "world_size", 1);
    info.backend = valueOr<std::string>(json, "backend", {});
    info.totalIterations = valueOr<std::int64_t>(json, "total_iterations", 0);
    info.checkpointIteration = valueOr<std::int64_t>(json, "checkpoint_iteration", 0);
    info.iterationsPerEpoch = valueOr<std::int64_t>(json, "iterations_per_epoch", 0);
    info.valTop1 = optionalNumber(json, "val_top1");
    info.valRoutingTop1 = optionalNumber(json, "val_routing_top1");
    info.valConditionalTop1 = optionalNumber(json, "val_conditional_top1");
    const auto& dataset = member(json, "dataset");
    info.datasetName = valueOr<std::string>(dataset, "name", {});
    info.classes = valueOr<std::vector<std::string>>(dataset, "classes", {});
    info.model = member(json, "model");
    info.arch = valueOr<std::string>(info.model, "arch", {});
    info.n = valueOr<int>(info.model, "n", 0);
    info.layers = valueOr<int>(info.model, "layers", 0);
    info.config = member(json, "config");
    info.datasetSpec = valueOr<std::string>(info.config, "dataset", valueOr<std::string>(dataset, "spec", {}));
    info.batchSize = valueOr<int>(member(info.config, "trainer"), "batch_size", 128);
    info.backboneRun = valueOr<std::string>(info.config, "backbone_run", {});
    info.continueFrom = valueOr<std::string>(info.config, "continue_from", {});
    info.rootPretrainIterations = valueOr<std::int64_t>(info.config, "root_pretrain_iterations", 0);
    return info;
}

std::optional<RunInfo> readRunInfo(const std::string& directory)
{
    const auto path = directory + "/run.json";
    if (!io::fileExists(path))
        return std::nullopt;
    try {
        const auto json = nlohmann::json::parse(io::readText(path));
        if (!json.is_object())
            return std::nullopt;
        return RunInfo::fromJson(json);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::int64_t hierNetTrainingIterations(const RunInfo& hiernet)
{
    return hiernet.totalIterations + hiernet.rootPretrainIterations;
}

bool isSameBudgetBaseline(const RunInfo& candidate, const RunInfo& hiernet)
{
    const auto& backbone = hiernet.backboneRun;
    const auto& from = candidate.continueFrom;
    if (candidate.kind != "backbone" || hiernet.kind != "hiernet" || backbone.empty() || from.empty())
        return false;
    std::error_code error;
    const bool same = std::filesystem::weakly_canonical(from, error) == std::filesystem::weakly_canonical(backbone, error);
    return same && !error && candidate.totalIterations == hierNetTrainingIterations(hiernet);
}

std::optional<FoundRun> findSameBudgetBaseline(
    const std::string& hiernetDirectory, const RunInfo& hiernet, const std::vector<std::string>& candidates)
{
    namespace fs = std::filesystem;
    std::vector<std::string> paths { (fs::path(hiernetDirectory) / ".." / "backbone-same-budget").string() };
    std::error_code error;
    auto self = fs::absolute(hiernetDirectory, error).lexically_normal();
    if (self.filename().empty()) // "runs/hiernet/"
        self = self.parent_path();
    const auto parent = self.parent_path();
    std::vector<std::string> siblings;
    for (fs::directory_iterator it(parent.empty() ? fs::path(".") : parent, error), end; !error && it != end; it.increment(error))
        if (it->is_directory(error) && it->path() != self) // the run itself is not read again
            siblings.push_back(it->path().string());
    std::sort(siblings.begin(), siblings.end()); // the same answer on every file system
    paths.insert(paths.end(), siblings.begin(), siblings.end());
    paths.insert(paths.end(), candidates.begin(), candidates.end());
    for (const auto& path : paths)
        if (auto info = readRunInfo(path); info && isSameBudgetBaseline(*info, hiernet))
            return FoundRun { fs::path(path).lexically_normal().string(), std::move(*info) };
    return std::nullopt;
}

} // namespace hiernet::runs
