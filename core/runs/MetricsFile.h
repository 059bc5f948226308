#pragma once
#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hiernet::runs {

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
    /// Training time of the line's phase when it was written (resumed runs carry on from their checkpoint's);
    /// runs of older versions have none.
    std::optional<double> seconds;

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
