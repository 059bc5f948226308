#pragma once
#include "runs/RunFolder.h"
#include "runs/SweepRecord.h"

#include <optional>
#include <string>
#include <vector>

namespace hiernet::runs {

/// A curve of one run against both x axes: the iteration and the training time (metrics.jsonl's "seconds", or for
/// older runs the time its throughput implies).
struct RunCurve {
    std::vector<double> iteration;
    std::vector<double> seconds;
    std::vector<double> value;
};

/// One run as the Compare page and a sweep's report show it: its row of figures and its validation curves.
struct ComparedRun {
    std::string directory;
    std::string label; ///< the sweep point's name(s), else the folder's name
    SweepRow row;
    RunCurve validationTop1; ///< a HierNet's fast (routing) top-1, a backbone's top-1
    RunCurve validationLoss;
};

/// Runs side by side: each run once (sweep points that share a run are one), all of one dataset.
struct Comparison {
    std::string dataset;
    std::optional<SweepRecord> sweep; ///< when a sweep folder is compared
    std::string sweepDirectory;
    std::vector<ComparedRun> runs;
};

/// A run folder's row for a comparison: its kind, validation accuracies (run.json), test accuracies and mistake
/// severity (eval.json, where `hiernet eval` or the report stored them), groups, parameters, iterations, throughput.
SweepRow comparisonRow(const RunFolder& run);
/// The mean training throughput of a run's main training (metrics.jsonl's train lines); none without them.
std::optional<double> meanImagesPerSecond(const RunFolder& run);
/// The run's main-training validation curves (top-1 and loss).
void readValidationCurves(const RunFolder& run, ComparedRun& into);

/// The runs in `directories`, in that order; throws hiernet::Error naming a folder that is not a run, or two runs
/// of different datasets (both named, and their datasets).
Comparison compareRuns(const std::vector<std::string>& directories);
/// A sweep folder's runs (its points' runs that exist, the backbone, the same-budget backbone) with its record;
/// throws hiernet::Error naming sweep.json when it does not read.
Comparison compareSweep(const std::string& directory);

} // namespace hiernet::runs
