#include "runs/RunFolder.h"

#include "grouping/Cpm.h"
#include "grouping/GroupingQuality.h"
#include "grouping/Hierarchy.h"
#include "runs/JsonFields.h"
#include "runs/LoadedRun.h"
#include "runs/RunDirectory.h"
#include "training/Device.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <filesystem>
#include <limits>

namespace hiernet::runs {

RunFolder RunFolder::open(const std::string& directory)
{
    RunFolder folder;
    folder.m_directory = directory;
    folder.m_stamp = runFileStamp(directory); // before the read: a file replaced after it is read again
    folder.m_json = RunDirectory::readInfo(directory);
    folder.m_info = RunInfo::fromJson(folder.m_json);
    // A run being created, or one from another version, may lack a readable config: it still opens (lists and
    // monitors show what there is); asking for the typed config then says what is wrong.
    try {
        if (!folder.m_json.contains("config"))
            throw Error("it has none");
        if (folder.isBackbone())
            folder.m_backboneConfig = BackboneRunConfig::fromJson(folder.m_json["config"]);
        else if (folder.isHierNet())
            folder.m_hierNetConfig = HierNetRunConfig::fromJson(folder.m_json["config"]);
    } catch (const std::exception& e) {
        folder.m_configProblem = folder.file("run.json") + ": no readable \"config\" (" + e.what() + ")";
    }
    return folder;
}

const HierNetRunConfig& RunFolder::hierNetConfig() const
{
    if (!isHierNet())
        throw Error(m_directory + ": is a " + m_info.kind + " run, not a HierNet run");
    if (!m_hierNetConfig)
        throw Error(m_configProblem);
    return *m_hierNetConfig;
}

const BackboneRunConfig& RunFolder::backboneConfig() const
{
    if (!isBackbone())
        throw Error(m_directory + ": is a " + m_info.kind + " run, not a backbone run");
    if (!m_backboneConfig)
        throw Error(m_configProblem);
    return *m_backboneConfig;
}

CheckpointStamp RunFolder::checkpointStamp() const
{
    const auto iteration = json_fields::valueOr<std::int64_t>(m_json, "checkpoint_iteration", -1); // a field of another type: −1
    return CheckpointStamp::of(checkpointPath(), iteration);
}

std::vector<MetricLine> RunFolder::metrics() const
{
    MetricsTail tail(file("metrics.jsonl"));
    return tail.readNew().lines;
}

std::optional<RunFolder> RunFolder::transferredBackbone(std::string* why) const
{
    auto say = [why](const std::string& text) -> std::optional<RunFolder> {
        if (why)
            *why = text;
        return std::nullopt;
    };
    if (!isHierNet() || m_info.backboneRun.empty())
        return say("the HierNet was not transferred from a backbone");
    try {
        return open(m_info.backboneRun);
    } catch (const std::exception& error) {
        return say(error.what());
    }
}

std::optional<RunFolder> RunFolder::sameBudgetBaseline(const std::vector<std::string>& candidates) const
{
    if (!isHierNet())
        return std::nullopt;
    const auto found = findSameBudgetBaseline(m_directory, m_info, candidates);
    if (!found)
        return std::nullopt;
    try {
        return open(found->directory);
    } catch (const std::exception&) {
        return std::nullopt; // replaced between the search and now
    }
}

std::optional<RootPromise> rootPromise(const std::string& directory, const RunInfo& info)
{
    if (info.kind != "hiernet")
        return std::nullopt;
    const auto cpmFile = info.backboneRun + "/cpm.json";
    const auto hierarchyFile = directory + "/hierarchy.json";
    if (info.backboneRun.empty() || !io::fileExists(cpmFile) || !io::fileExists(hierarchyFile))
        return std::nullopt;
    const auto cpm = grouping::loadCpm(cpmFile);
    const auto hierarchy = grouping::Hierarchy::load(hierarchyFile, cpm.classes);
    std::vector<std::vector<int>> groups;
    for (int g : hierarchy.node(0).children)
        groups.push_back(hierarchy.classesUnder(g));
    RootPromise promise;
    promise.estimate = grouping::assessGrouping(cpm, groups).rootEstimate;
    MetricsTail tail(directory + "/metrics.jsonl");
    for (const auto& line : tail.readNew().lines)
        if (line.type == MetricLine::Type::Validation && line.phase.empty())
            for (const auto& [name, accuracy] : line.nodeAccuracy)
                if (name == hierarchy.node(0).name)
                    promise.measured = accuracy;
    return promise;
}

std::int64_t runFileStamp(const std::string& directory)
{
    namespace fs = std::filesystem;
    std::error_code error;
    const auto path = fs::path(directory) / "run.json";
    const auto size = fs::file_size(path, error);
    if (error)
        return -1;
    const auto time = fs::last_write_time(path, error);
    if (error)
        return -1;
    // Mixed in unsigned arithmetic (no overflow), kept non-negative: −1 says "missing".
    const auto mixed = std::uint64_t(time.time_since_epoch().count()) * 1000003u + std::uint64_t(size);
    return std::int64_t(mixed & std::uint64_t(std::numeric_limits<std::int64_t>::max()));
}

nlohmann::json RunFolder::configJson() const
{
    if (m_backboneConfig)
        return m_backboneConfig->toJson();
    if (m_hierNetConfig)
        return m_hierNetConfig->toJson();
    return nlohmann::json::object();
}

RunInputs readRunInputs(const RunFolder& folder, const RunModelConfig& config, const std::string& deviceName)
{
    RunInputs inputs;
    inputs.checkpoint = training::loadTensors(folder.checkpointPath());
    inputs.device = training::resolveDevice(deviceName);
    inputs.dataset = data::loadDataset(config.dataset, config.splitSeed);
    return inputs;
}

} // namespace hiernet::runs
