#include "runs/RunFiles.h"

#include "grouping/Cpm.h"
#include "grouping/GroupingQuality.h"
#include "grouping/Hierarchy.h"

#include "runs/RunWriter.h"
#include "util/FileIo.h"

#include <filesystem>
#include <fstream>

namespace hiernet::runs {

namespace {

template <typename T> T valueOr(const nlohmann::json& object, const char* key, T fallback)
{
    if (!object.is_object() || !object.contains(key) || object[key].is_null())
        return fallback;
    try {
        return object[key].get<T>();
    } catch (const nlohmann::json::exception&) {
        return fallback; // a field of another type reads as absent
    }
}

std::optional<double> optionalNumber(const nlohmann::json& object, const char* key)
{
    if (object.is_object() && object.contains(key) && object[key].is_number())
        return object[key].get<double>();
    return std::nullopt;
}

const nlohmann::json& member(const nlohmann::json& object, const char* key)
{
    static const nlohmann::json empty = nlohmann::json::object();
    return object.is_object() && object.contains(key) && object[key].is_object() ? object[key] : empty;
}

} // namespace

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
    return hiernet.totalIterations + valueOr<std::int64_t>(hiernet.config, "root_pretrain_iterations", 0);
}

bool isSameBudgetBaseline(const RunInfo& candidate, const RunInfo& hiernet)
{
    const auto backbone = valueOr<std::string>(hiernet.config, "backbone_run", {});
    const auto from = valueOr<std::string>(candidate.config, "continue_from", {});
    if (candidate.kind != "backbone" || hiernet.kind != "hiernet" || backbone.empty() || from.empty())
        return false;
    std::error_code error;
    const bool same = std::filesystem::weakly_canonical(from, error) == std::filesystem::weakly_canonical(backbone, error);
    return same && !error && candidate.totalIterations == hierNetTrainingIterations(hiernet);
}

MetricLine MetricLine::fromJson(const nlohmann::json& json)
{
    MetricLine line;
    const auto type = valueOr<std::string>(json, "type", {});
    line.type = type == "train" ? Type::Train : type == "val" ? Type::Validation : Type::Other;
    line.phase = valueOr<std::string>(json, "phase", {});
    line.iteration = valueOr<std::int64_t>(json, "iteration", 0);
    line.epoch = valueOr<double>(json, "epoch", 0);
    line.loss = valueOr<double>(json, "loss", 0);
    line.trainAccuracy = valueOr<double>(json, "train_accuracy", 0);
    line.learningRate = valueOr<double>(json, "lr", 0);
    line.imagesPerSecond = valueOr<double>(json, "images_per_second", 0);
    line.deviceMemoryBytes = valueOr<double>(json, "device_memory_bytes", 0);
    line.accuracy = valueOr<double>(json, "accuracy", 0);
    line.top5 = valueOr<double>(json, "top5", 0);
    line.conditionalAccuracy = optionalNumber(json, "conditional_accuracy");
    line.routingAccuracy = optionalNumber(json, "routing_accuracy");
    for (const auto& [name, value] : member(json, "node_accuracy").items())
        if (value.is_number())
            line.nodeAccuracy.emplace_back(name, value.get<double>());
    return line;
}

MetricsTail::MetricsTail(std::string path)
    : m_path(std::move(path))
{
}

MetricsTail::Chunk MetricsTail::readNew()
{
    Chunk chunk;
    std::ifstream in(m_path, std::ios::binary);
    if (!in)
        return chunk;
    in.seekg(0, std::ios::end);
    const auto size = std::uint64_t(in.tellg());
    if (size < m_offset) {
        m_offset = 0;
        m_lines = 0;
        chunk.restarted = true;
    }
    if (size == m_offset)
        return chunk;
    in.seekg(std::streamoff(m_offset));
    std::string text(size - m_offset, '\0');
    in.read(text.data(), std::streamsize(text.size()));
    text.resize(std::size_t(in.gcount()));
    const auto end = text.rfind('\n');
    if (end == std::string::npos)
        return chunk; // only part of a line so far
    std::size_t start = 0;
    while (start <= end) {
        const auto newline = text.find('\n', start);
        const auto line = text.substr(start, newline - start);
        start = newline + 1;
        ++m_lines;
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        try {
            const auto json = nlohmann::json::parse(line);
            if (!json.is_object())
                throw std::runtime_error("not an object");
            chunk.lines.push_back(MetricLine::fromJson(json));
        } catch (const std::exception&) {
            chunk.problems.push_back(m_path + ", line " + std::to_string(m_lines) + ": not a JSON object");
        }
    }
    m_offset += end + 1;
    return chunk;
}

std::optional<RootPromise> rootPromise(const std::string& hiernetDirectory)
{
    const auto info = readRunInfo(hiernetDirectory);
    if (!info || info->kind != "hiernet")
        return std::nullopt;
    const auto cpmFile = info->config.value("backbone_run", std::string()) + "/cpm.json";
    const auto hierarchyFile = hiernetDirectory + "/hierarchy.json";
    if (!io::fileExists(cpmFile) || !io::fileExists(hierarchyFile))
        return std::nullopt;
    const auto cpm = grouping::loadCpm(cpmFile);
    const auto hierarchy = grouping::Hierarchy::load(hierarchyFile, cpm.classes);
    std::vector<std::vector<int>> groups;
    for (int g : hierarchy.node(0).children)
        groups.push_back(hierarchy.classesUnder(g));
    RootPromise promise;
    promise.estimate = grouping::assessGrouping(cpm, groups).rootEstimate;
    MetricsTail tail(hiernetDirectory + "/metrics.jsonl");
    for (const auto& line : tail.readNew().lines)
        if (line.type == MetricLine::Type::Validation && line.phase.empty())
            for (const auto& [name, accuracy] : line.nodeAccuracy)
                if (name == hierarchy.node(0).name)
                    promise.measured = accuracy;
    return promise;
}

} // namespace hiernet::runs
