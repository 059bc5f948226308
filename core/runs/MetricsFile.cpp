#include "runs/MetricsFile.h"

#include "runs/JsonFields.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace hiernet::runs {

using namespace json_fields;

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
    line.seconds = optionalNumber(json, "seconds");
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

} // namespace hiernet::runs
