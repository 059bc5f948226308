#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "cli/ProgressBar.h"
#include "cli/StopSignals.h"

#include "distributed/Communicator.h"
#include "evaluation/CoarseRouting.h"
#include "evaluation/HierarchicalScores.h"
#include "evaluation/MistakeSeverity.h"
#include "grouping/Hierarchy.h"
#include "runs/BackboneRun.h"
#include "runs/HierNetRun.h"
#include "runs/RunFolder.h"
#include "grouping/Cpm.h"
#include "grouping/SyntheticCpm.h"
#include "util/Error.h"
#include "util/FileIo.h"
#include "util/NumericArray.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <iomanip>
#include <iostream>
#include <optional>
#include <sstream>

namespace hiernet::cli {
namespace {

template <typename T> std::vector<T> parseList(const std::string& option, const std::string& text)
{
    std::vector<T> out;
    std::istringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        out.push_back(T(std::is_integral<T>::value ? double(parseInteger(option, item)) : parseNumber(option, item)));
    return out;
}

} // namespace

std::set<std::string> trainerFlags(std::set<std::string> more)
{
    more.insert({ "channels-last", "no-channels-last", "bf16", "cuda-graphs", "data-on-host", "sync-bn" });
    return more;
}

models::LayerConventions layerConventionsFrom(Arguments& a, const models::LayerConventions& defaults)
{
    models::LayerConventions layers;
    layers.batchNorm = a.text("batch-norm", defaults.batchNorm);
    layers.initialization = a.text("init", defaults.initialization);
    layers.validate();
    return layers;
}

training::TrainerConfig trainerConfigFrom(Arguments& a, const TrainerDefaults& defaults)
{
    training::TrainerConfig c;
    c.schedule = a.text("schedule", defaults.schedule);
    c.iterations = a.integer("iterations", 0);
    c.epochs = a.number("epochs", 0);
    // One length for the quick preset, the studio's too (training/LrSchedule.h).
    if (c.schedule == "quick" && c.iterations == 0 && c.epochs == 0)
        c.epochs = defaults.quickEpochs;
    c.batchSize = int(a.integer("batch", 128));
    c.seed = std::uint64_t(a.integer("seed", 0));
    c.device = a.text("device", "auto");
    c.weightDecay = a.number("weight-decay", c.weightDecay);
    c.momentum = a.number("momentum", c.momentum);
    // The `quick` preset is for two CPU cores and minutes: flips only (translation costs accuracy over a few
    // epochs) and NHWC (faster convolutions). Chosen after the schedule is final (a table's is not quick).
    const bool quick = c.schedule == "quick";
    c.augmentation = a.text("augment", !defaults.augmentation.empty() ? defaults.augmentation : quick ? "flip" : c.augmentation);
    c.channelsLast = a.flag("channels-last") || (quick && !a.flag("no-channels-last"));
    if (a.flag("channels-last") && a.flag("no-channels-last"))
        throw Error("--channels-last and --no-channels-last contradict each other");
    c.bf16 = a.flag("bf16");
    c.cudaGraphs = a.flag("cuda-graphs");
    c.dataOnDevice = !a.flag("data-on-host");
    c.syncBatchNorm = a.flag("sync-bn");
    c.validateEvery = a.integer("validate-every", 0);
    c.checkpointEvery = a.integer("checkpoint-every", 0);
    if (a.has("boundaries"))
        c.boundaries = parseList<std::int64_t>("boundaries", a.text("boundaries", ""));
    if (a.has("rates"))
        c.rates = parseList<double>("rates", a.text("rates", ""));
    if ((a.has("boundaries") || a.has("rates")) && c.schedule != "custom")
        throw Error("--boundaries/--rates need --schedule custom");
    return c;
}

training::TrainingResult trainWithProgress(runs::TrainingJob& job)
{
    // In a data-parallel run rank 0 speaks for all; the others print only their errors.
    const bool speaks = job.leads();
    ProgressBar bar;
    job.onMessage = [speaks](const std::string& m) {
        if (speaks)
            std::cerr << m << "\n";
    };
    job.onProgress = [&](const training::TrainingProgress& p) {
        if (speaks)
            bar.update(p);
    };
    job.onValidation = [&](const training::ValidationReport& v) { bar.validation(v); };
    training::TrainingResult result;
    {
        const StopWatch stopOnSignal(job); // SIGINT, SIGTERM, SIGHUP, SIGUSR1: the step in flight, then a checkpoint
        result = job.run();
    }
    // Rank 0 writes the run's results after training; the others read them only after this.
    distributed::barrier(job.communicator().get(), "waiting for rank 0 to write the results of " + job.directory());
    if (speaks) {
        bar.finish();
        std::cerr << result.message << "\n";
    }
    return result;
}

int exitCodeOf(const training::TrainingResult& result)
{
    switch (result.outcome) {
    case training::TrainingOutcome::Finished:
        return 0;
    case training::TrainingOutcome::Cancelled:
        return stoppedExitCode(); // 128 + the signal that stopped it
    case training::TrainingOutcome::Diverged:
        return 3;
    }
    return 3;
}

int runTrainingJob(runs::TrainingJob& job)
{
    const auto result = trainWithProgress(job);
    if (!job.leads())
        return exitCodeOf(result);
    const auto run = runs::RunFolder::open(job.directory());
    const auto& info = run.info();
    if (result.outcome == training::TrainingOutcome::Finished) {
        std::cout << std::fixed << std::setprecision(2);
        if (run.isHierNet())
            std::cout << "validation conditional top-1 " << 100.0 * info.valConditionalTop1.value_or(0) << "%, routing top-1 "
                      << 100.0 * info.valRoutingTop1.value_or(0) << "%";
        else
            std::cout << "validation top-1 " << 100.0 * info.valTop1.value_or(0) << "%";
        std::cout << "  run: " << job.directory() << "\n";
    } else if (result.outcome == training::TrainingOutcome::Cancelled) {
        std::cout << "resume with: hiernet " << (run.isHierNet() ? "train-hiernet" : "train-backbone") << " --resume "
                  << job.directory() << "\n";
    }
    return exitCodeOf(result);
}

int runTrainBackbone(const std::vector<std::string>& args, const CommandContext& context)
{
    Arguments a(args, trainerFlags());
    if (a.has("resume")) {
        const auto dir = a.text("resume", "");
        a.finish();
        auto job = runs::BackboneTrainingJob::resume(dir, context.communicator);
        return runTrainingJob(*job);
    }
    // --continue-from RUN: its weights, data, split and network, trained on with the options given here.
    const auto continueFrom = a.text("continue-from", "");
    auto config = continueFrom.empty() ? runs::BackboneRunConfig() : runs::BackboneRunConfig::continuing(continueFrom);
    config.dataset = a.text("data", continueFrom.empty() ? "fashion-mnist" : config.dataset);
    config.kind = models::parseBlockKind(a.text("arch", models::toString(config.kind)));
    config.n = int(a.integer("n", config.n));
    config.splitSeed = std::uint64_t(a.integer("split-seed", std::int64_t(config.splitSeed)));
    config.layers = layerConventionsFrom(a, config.layers);
    config.trainer = trainerConfigFrom(a);
    const auto out = a.required("out");
    a.finish();
    runs::BackboneTrainingJob job(out, config, context.communicator);
    return runTrainingJob(job);
}

namespace {

/// Class names, one per line (blank lines skipped); none when `file` is empty.
std::vector<std::string> readClassNames(const std::string& file)
{
    std::vector<std::string> names;
    if (file.empty())
        return names;
    std::istringstream lines(io::readText(file));
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!line.empty())
            names.push_back(line);
    }
    return names;
}

/// `hiernet cpm --from-predictions`: the CPM of a model trained elsewhere, from its saved probabilities.
int cpmFromPredictions(Arguments& a)
{
    const auto probabilities = a.required("from-predictions");
    const auto labels = a.required("labels");
    const auto namesFile = a.text("classes", "");
    const auto out = a.required("out");
    const auto split = a.text("split", "val");
    a.finish();
    const auto names = readClassNames(namesFile);
    std::vector<std::string> warnings;
    auto cpm = grouping::cpmFromPredictions(
        io::readNumericArray(probabilities), io::readNumericArray(labels), names, probabilities, &warnings);
    cpm.split = split;
    grouping::saveCpm(cpm, out, { { "from_predictions", probabilities }, { "labels", labels } });
    for (const auto& warning : warnings)
        std::cerr << "warning: " << warning << "\n";
    double images = 0, right = 0;
    for (int i = 0; i < cpm.size(); ++i)
        for (int j = 0; j < cpm.size(); ++j) {
            images += cpm.confusion[std::size_t(i * cpm.size() + j)];
            right += i == j ? cpm.confusion[std::size_t(i * cpm.size() + j)] : 0.0;
        }
    std::cout << "wrote " << out << " (" << cpm.size() << " classes, " << images << " images, top-1 " << std::fixed
              << std::setprecision(2) << 100 * right / images << "%)\n";
    return 0;
}

/// `hiernet cpm --synthetic N`: a CPM with hidden clusters (the benchmarks' kind), to try the studio or the grouping at
/// any number of classes without a trained model.
int syntheticCpmFile(Arguments& a)
{
    const auto n = a.integer("synthetic", 1000);
    const auto seed = a.integer("seed", 42);
    auto names = readClassNames(a.text("classes", ""));
    const auto out = a.required("out");
    a.finish();
    if (n < 2 || n > 20000)
        throw Error("--synthetic must be 2 … 20000 classes (got " + std::to_string(n) + ")");
    if (!names.empty() && names.size() != std::size_t(n))
        throw Error("--classes names " + std::to_string(names.size()) + " classes; --synthetic asks for " + std::to_string(n));
    grouping::Cpm cpm;
    cpm.values = grouping::syntheticCpm(int(n), std::uint64_t(seed));
    for (int i = 0; i < n; ++i)
        cpm.classes.push_back(names.empty() ? "class " + std::to_string(i) : names[std::size_t(i)]);
    grouping::saveCpm(cpm, out, { { "synthetic", { { "classes", n }, { "seed", seed } } } });
    std::cout << "wrote " << out << " (" << n << " classes, synthetic, seed " << seed << ")\n";
    return 0;
}

} // namespace

int runCpm(const std::vector<std::string>& args, const CommandContext& context)
{
    Arguments a(args, {});
    if (a.has("from-predictions"))
        return cpmFromPredictions(a);
    if (a.has("synthetic"))
        return syntheticCpmFile(a);
    if (a.positional().size() != 1)
        throw Error(
            "usage: hiernet cpm RUNDIR [--split val]  |  hiernet cpm --from-predictions P.npy --labels L.npy "
            "[--classes names.txt] --out cpm.json  |  hiernet cpm --synthetic N [--seed S] [--classes names.txt] --out cpm.json");
    const auto split = data::parseSplit(a.text("split", "val"));
    const auto device = a.text("device", "auto");
    a.finish();
    if (split != data::Split::Val)
        throw Error("the CPM is made on the validation split (the test split is reported once); use --split val");
    auto loaded = runs::loadBackboneRun(a.positional()[0], device);
    const auto result = runs::evaluateBackboneRun(loaded, split, true);
    std::cout << "wrote " << loaded.folder.file("cpm.json") << " (" << result.numClasses << " classes, " << result.count
              << " images, top-1 " << std::fixed << std::setprecision(2) << 100 * result.top1 << "%)\n";
    return 0;
}

int runEval(const std::vector<std::string>& args, const CommandContext& context)
{
    Arguments a(args, { "json" });
    if (a.positional().size() != 1)
        throw Error("usage: hiernet eval RUNDIR [--split val|test] [--json] [--coarse-threshold T]");
    const auto split = data::parseSplit(a.text("split", "val"));
    const bool json = a.flag("json");
    const auto device = a.text("device", "auto");
    const auto hierarchyFile = a.text("hierarchy", "");
    std::optional<double> coarseThreshold;
    if (a.has("coarse-threshold")) {
        coarseThreshold = a.number("coarse-threshold", 0.0);
        evaluation::checkThreshold(*coarseThreshold, "--coarse-threshold");
    }
    a.finish();
    auto folder = runs::RunFolder::open(a.positional()[0]);
    if (folder.isHierNet()) {
        if (!hierarchyFile.empty())
            throw Error("--hierarchy is for backbone runs: a HierNet run is measured against its own hierarchy.json");
        return evalHierNet(std::move(folder), split, json, device, coarseThreshold);
    }
    if (coarseThreshold)
        throw Error("--coarse-threshold is for HierNet runs: a backbone answers a class and has no route to stop on");
    auto loaded = runs::loadBackboneRun(std::move(folder), device);
    const auto result = runs::evaluateBackboneRun(loaded, split, true);
    // Mistake severity against a hierarchy: the height of the lowest common ancestor of true and predicted class.
    std::optional<evaluation::SeveritySummary> severity;
    std::optional<evaluation::HierarchicalScores> scores;
    int maxSeverity = 0;
    if (!hierarchyFile.empty()) {
        const auto hierarchy = grouping::Hierarchy::load(hierarchyFile, loaded.dataset.classNames);
        const evaluation::MistakeSeverity measure(hierarchy);
        const auto labels = loaded.dataset.split(split).labels.to(torch::kCPU).contiguous();
        const std::vector<std::int64_t> truth(labels.data_ptr<std::int64_t>(), labels.data_ptr<std::int64_t>() + labels.numel());
        maxSeverity = measure.maximum();
        severity = evaluation::summarizeSeverities(measure.of(truth, result.predictions), maxSeverity);
        scores = evaluation::hierarchicalScoresOfClasses(hierarchy, truth, result.predictions);
    }
    if (json) {
        nlohmann::json out { { "run", loaded.folder.directory() }, { "kind", "backbone" }, { "split", data::toString(split) },
            { "count", result.count }, { "top1", result.top1 }, { "top5", result.top5 }, { "loss", result.loss } };
        if (severity) {
            out["severity"] = severity->toJson();
            out["severity"]["maximum"] = maxSeverity;
            out["severity"]["hierarchy"] = hierarchyFile;
            out["hierarchical"] = scores->toJson();
        }
        std::cout << out.dump(2) << "\n";
    } else {
        std::cout << std::fixed << std::setprecision(2) << loaded.folder.directory() << " on " << data::toString(split) << " ("
                  << result.count << " images): top-1 " << 100 * result.top1 << "%, top-5 " << 100 * result.top5 << "%, loss "
                  << std::setprecision(4) << result.loss << "\n";
        if (severity) {
            std::cout << "  mistake severity in " << hierarchyFile << " (height of the lowest common ancestor; 0 = right, "
                      << maxSeverity << " = across the root): mean over mistakes " << std::setprecision(3)
                      << severity->meanMistakeSeverity << ", over all images " << severity->meanSeverity
                      << ", images per severity ";
            for (std::size_t s = 0; s < severity->histogram.size(); ++s)
                std::cout << (s ? "/" : "") << severity->histogram[s];
            std::cout << "\n" << evaluation::hierarchicalTable({ { "backbone", *scores } });
        }
    }
    return 0;
}

} // namespace hiernet::cli
