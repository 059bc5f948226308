#include "runs/RunComparison.h"

#include "grouping/Hierarchy.h"
#include "runs/JsonFields.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <filesystem>

namespace hiernet::runs {
namespace {

std::string folderName(const std::string& directory)
{
    auto path = std::filesystem::path(directory).lexically_normal();
    if (path.filename().empty())
        path = path.parent_path();
    return path.filename().string();
}

void append(RunCurve& curve, double iteration, double seconds, double value)
{
    curve.iteration.push_back(iteration);
    curve.seconds.push_back(seconds);
    curve.value.push_back(value);
}

std::string resolved(const std::string& sweepDirectory, const std::string& run)
{
    return std::filesystem::path(run).is_absolute() ? run : sweepDirectory + "/" + run;
}

} // namespace

SweepRow comparisonRow(const RunFolder& run)
{
    const auto& info = run.info();
    SweepRow row;
    row.kind = run.isHierNet() ? "hiernet" : "backbone";
    if (run.isBackbone() && !info.continueFrom.empty())
        row.kind = "backbone_same_budget";
    row.name = folderName(run.directory());
    row.run = run.directory();
    row.status = info.status;
    const auto eval = run.eval();
    if (run.isHierNet()) {
        row.valSlow = info.valConditionalTop1;
        row.valFast = info.valRoutingTop1;
        row.testSlow = eval.number("test", "conditional_top1");
        row.testFast = eval.number("test", "routing_top1");
        if (io::fileExists(run.file("hierarchy.json"))) {
            row.groupSizes = grouping::Hierarchy::load(run.file("hierarchy.json")).statistics().firstLevelSizes;
            row.groups = int(row.groupSizes.size());
        }
        if (const auto promise = run.rootPromise()) {
            row.rootEstimate = promise->estimate;
            row.rootMeasured = promise->measured;
        }
        const auto severity = eval.split("test").value("severity", nlohmann::json::object());
        row.meanMistakeSeverity
            = json_fields::optionalNumber(json_fields::member(severity, "hiernet_fast"), "mean_mistake_severity");
        row.iterations = hierNetTrainingIterations(info);
    } else {
        row.valSlow = row.valFast = info.valTop1;
        row.testSlow = row.testFast = eval.number("test", "top1");
        row.iterations = info.totalIterations;
    }
    row.parameters = run.json().value("parameters", std::int64_t(0));
    return row;
}

void readValidationCurves(const RunFolder& run, ComparedRun& into)
{
    const double batch = std::max(1, run.info().batchSize);
    double estimated = 0, lastIteration = 0;
    for (const auto& line : run.metrics()) {
        if (!line.phase.empty())
            continue;
        if (line.type == MetricLine::Type::Train && line.imagesPerSecond > 0) {
            estimated += (double(line.iteration) - lastIteration) * batch / line.imagesPerSecond;
            lastIteration = double(line.iteration);
            if (line.seconds)
                estimated = *line.seconds;
        }
        if (line.type != MetricLine::Type::Validation)
            continue;
        const double seconds = line.seconds.value_or(estimated);
        append(into.validationTop1, double(line.iteration), seconds, line.routingAccuracy.value_or(line.accuracy));
        append(into.validationLoss, double(line.iteration), seconds, line.loss);
    }
    if (!into.row.imagesPerSecond)
        into.row.imagesPerSecond = meanImagesPerSecond(run);
}

std::optional<double> meanImagesPerSecond(const RunFolder& run)
{
    double sum = 0;
    int count = 0;
    for (const auto& line : run.metrics())
        if (line.type == MetricLine::Type::Train && line.phase.empty() && line.imagesPerSecond > 0) {
            sum += line.imagesPerSecond;
            ++count;
        }
    return count ? std::optional<double>(sum / count) : std::nullopt;
}

Comparison compareRuns(const std::vector<std::string>& directories)
{
    Comparison comparison;
    std::string firstRun;
    for (const auto& directory : directories) {
        const auto run = RunFolder::open(directory);
        const auto& dataset = run.info().datasetName;
        if (comparison.runs.empty()) {
            comparison.dataset = dataset;
            firstRun = directory;
        } else if (dataset != comparison.dataset)
            throw Error("runs of different datasets do not compare: " + firstRun + " is on " + comparison.dataset + ", "
                + directory + " on " + dataset);
        ComparedRun compared;
        compared.directory = run.directory();
        compared.row = comparisonRow(run);
        compared.label = compared.row.name;
        readValidationCurves(run, compared);
        comparison.runs.push_back(std::move(compared));
    }
    return comparison;
}

Comparison compareSweep(const std::string& directory)
{
    Comparison comparison;
    comparison.sweep = SweepRecord::load(directory);
    comparison.sweepDirectory = directory;
    comparison.dataset = comparison.sweep->dataset();
    for (const auto& row : comparison.sweep->rows()) {
        const auto run = resolved(directory, row.run);
        if (!row.sharesWith.empty() || !io::fileExists(run + "/run.json"))
            continue; // a shared point is its trained point's run; a pending one has none yet
        const auto folder = RunFolder::open(run);
        ComparedRun compared;
        compared.directory = folder.directory();
        compared.row = row;
        compared.label = row.name;
        for (const auto& other : comparison.sweep->points)
            if (other.sharesWith == row.name)
                compared.label += " = " + other.name;
        readValidationCurves(folder, compared);
        comparison.runs.push_back(std::move(compared));
    }
    return comparison;
}

} // namespace hiernet::runs
