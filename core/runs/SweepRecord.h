#pragma once
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hiernet::runs {

/// One point of a sweep's grid: a grouping of the backbone's CPM (README "Sweeps").
struct SweepPoint {
    double pMin = 0;
    int gMax = 0;
    double balance = 0; ///< balance-aware grouping's α (0: the paper's rule)
    int levels = 1; ///< grouping levels, each with this p_min, g_max and α
    /// The point's folder name: "p0.005-g20", with "-a1" for α ≠ 0 and "-l2" for more than one level.
    std::string name() const;
};

/// The grid a sweep trains: every combination of its lists, p_min outermost.
struct SweepGrid {
    std::vector<double> pMin;
    std::vector<int> gMax;
    std::vector<double> balance { 0.0 };
    std::vector<int> levels { 1 };

    std::vector<SweepPoint> points() const;
    /// Throws hiernet::Error naming the option and value: an empty list, p_min outside [0, 1], g_max < 1, α < 0,
    /// levels outside 1…4, or a value given twice.
    void validate() const;
    nlohmann::json toJson() const;
    static SweepGrid fromJson(const nlohmann::json& json);
};

/// "0.0025,0.005,0.01" as numbers; throws hiernet::Error naming `option` for an empty list or an item that does not
/// parse as a whole.
std::vector<double> parseNumberList(const std::string& option, const std::string& text);
std::vector<int> parseIntegerList(const std::string& option, const std::string& text);

/// One row of sweep.json / sweep.csv: a point of the grid, or the backbone or its same-budget continuation.
struct SweepRow {
    std::string kind = "hiernet"; ///< "hiernet", "backbone" or "backbone_same_budget"
    std::string name;
    std::string run; ///< the run's directory, relative to the sweep folder
    std::string sharesWith; ///< a point whose grouping came out identical: the point trained for both
    std::string status = "pending"; ///< pending, training, finished, stopped
    SweepPoint point;
    int groups = 0;
    std::vector<int> groupSizes;
    std::optional<double> rootEstimate; ///< the backbone's CPM's promise of the root's accuracy
    std::optional<double> rootMeasured; ///< the root on the validation split after training
    std::optional<double> valSlow, valFast, testSlow, testFast; ///< top-1 (a backbone's one answer in both)
    std::optional<double> meanMistakeSeverity; ///< of the fast answers' test mistakes
    std::int64_t parameters = 0;
    std::int64_t iterations = 0;
    std::optional<double> seconds; ///< wall time of the training and its evaluations
    std::optional<double> imagesPerSecond; ///< training throughput (the main training's mean)

    bool finished() const { return status == "finished"; }
    nlohmann::json toJson() const;
    static SweepRow fromJson(const nlohmann::json& json);
};

/// A sweep folder's sweep.json: the settings it was started with, the backbone's and the same-budget backbone's
/// rows, and one row per point, written as points finish (sweep.csv beside it holds the same rows).
///
///     auto record = SweepRecord::load("sweeps/fmnist");
///     for (const auto& row : record.points) if (row.finished()) plot(row.groups, *row.testFast);
struct SweepRecord {
    nlohmann::json settings; ///< backbone, dataset, grid, trainer: what identifies the sweep
    std::string status = "running"; ///< running, finished, stopped
    std::optional<SweepRow> backbone;
    std::optional<SweepRow> sameBudget;
    std::vector<SweepRow> points;

    std::string dataset() const;
    std::string backboneRun() const;
    /// The rows in CSV's order: the points, then the backbone and the same-budget backbone.
    std::vector<SweepRow> rows() const;
    std::string csv() const;
    nlohmann::json toJson() const;
    /// Writes sweep.json and sweep.csv into `directory`, each atomically.
    void write(const std::string& directory) const;

    /// Throws hiernet::Error naming the file when it is missing, not JSON or not a sweep's.
    static SweepRecord load(const std::string& directory);
    /// Whether `directory` holds a sweep.json.
    static bool isSweepFolder(const std::string& directory);
};

} // namespace hiernet::runs
