#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "distributed/Communicator.h"
#include "grouping/PaperSettings.h"

#include "evaluation/CoarseRouting.h"
#include "evaluation/ImageFilter.h"
#include "evaluation/HierNetEvaluation.h"
#include "evaluation/MistakeSeverity.h"
#include "evaluation/RouteExplanation.h"
#include "grouping/Cpm.h"
#include "grouping/HierarchyBuilder.h"
#include "runs/BackboneRun.h"
#include "runs/HierNetRun.h"
#include "runs/PaperResults.h"
#include "runs/Reproduction.h"
#include "runs/RunFolder.h"
#include "training/Evaluation.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace hiernet::cli {
namespace {

std::vector<int> parseInts(const std::string& option, const std::string& text)
{
    std::vector<int> out;
    std::istringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        out.push_back(int(parseInteger(option, item)));
    return out;
}

/// `text` padded with spaces to `width` characters (UTF-8: a group name's "·" is one character, not two bytes).
std::string padded(const std::string& text, std::size_t width)
{
    const auto characters = std::size_t(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
    return text + std::string(characters < width ? width - characters : 0, ' ');
}

void printHierNetEvaluation(const evaluation::HierNetEvaluation& e, const std::string& what)
{
    std::cout << std::fixed << std::setprecision(2) << what << " (" << e.count << " images)\n"
              << "  conditional (slow): top-1 " << 100 * e.conditionalTop1 << "%, top-5 " << 100 * e.conditionalTop5 << "%\n"
              << "  routing (fast):     top-1 " << 100 * e.routingTop1 << "%, top-5 " << 100 * e.routingTop5 << "%\n"
              << "  errors of the fast path: " << e.misrouted << " misrouted, " << e.wrongInGroup
              << " wrong class in the right group\n"
              << "  node accuracy:\n";
    for (const auto& node : e.nodes)
        std::cout << "    " << padded(node.name, 24) << std::setw(7) << 100 * node.accuracy() << "%  of " << std::setw(6)
                  << node.images << " images"
                  << (node.misroutedHere ? ", " + std::to_string(node.misroutedHere) + " misrouted here" : "") << "\n";
}

/// The hierarchical scores of the fast and slow answers and of the backbone, and the coarse routing's curve (with τ).
void printHierarchicalScores(const evaluation::HierNetEvaluation& e, std::optional<double> coarseThreshold)
{
    const auto h = e.hierarchical();
    std::vector<std::pair<std::string, evaluation::HierarchicalScores>> rows;
    for (const auto& [predictor, scores] : h.rows())
        rows.emplace_back(predictor == evaluation::Predictor::Backbone ? "backbone"
                : predictor == evaluation::Predictor::HierNetFast      ? "HierNet fast"
                                                                       : "HierNet slow",
            scores);
    std::cout << evaluation::hierarchicalTable(rows) << "  fast and slow answers disagree on " << std::fixed
              << std::setprecision(2) << 100 * h.fastSlowDisagreement << "% of the images\n";
    auto thresholds = evaluation::standardThresholds();
    if (coarseThreshold && std::find(thresholds.begin(), thresholds.end(), *coarseThreshold) == thresholds.end()) {
        thresholds.push_back(*coarseThreshold);
        std::sort(thresholds.begin(), thresholds.end());
    }
    std::cout << evaluation::coverageTable(evaluation::coverageCurve(e, thresholds));
}

} // namespace

int evalHierNet(
    runs::RunFolder folder, data::Split split, bool json, const std::string& device, std::optional<double> coarseThreshold)
{
    auto loaded = runs::loadHierNetRun(std::move(folder), device);
    const auto& directory = loaded.folder.directory();
    // The Explore page's cached evaluation (the backbone's predictions on the same images come with it), in eval.json.
    const auto e = runs::evaluateAndRecord(loaded, split);
    auto summary = evaluation::summaryJson(e);
    // What the backbone's CPM promised of the root, beside what the root does on this split.
    const auto promise = loaded.folder.rootPromise();
    const auto root = std::find_if(e.nodes.begin(), e.nodes.end(),
        [&](const auto& node) { return node.name == loaded.model->net->hierarchy().node(0).name; });
    if (json) {
        summary["run"] = directory;
        summary["kind"] = "hiernet";
        summary["split"] = data::toString(split);
        if (promise)
            summary["root_estimate"] = promise->estimate;
        if (coarseThreshold)
            summary["coarse_threshold"] = evaluation::coverageAt(e, *coarseThreshold).toJson();
        std::cout << summary.dump(2) << "\n";
        return 0;
    }
    printHierNetEvaluation(e, directory + " on " + data::toString(split));
    if (promise && root != e.nodes.end())
        std::cout << "  root " << 100 * root->accuracy() << "%; the backbone's CPM promised " << 100 * promise->estimate
                  << "% before training\n";
    std::cout << evaluation::severityTable(e.severities());
    printHierarchicalScores(e, coarseThreshold);
    if (e.backbone.empty()) {
        std::string noBackbone;
        runs::loadTransferredBackbone(loaded, &noBackbone);
        std::cout << "  (no backbone row: " << noBackbone << ")\n";
    }
    return 0;
}

int runTrainHierNet(const std::vector<std::string>& args, const CommandContext& context)
{
    Arguments a(args, trainerFlags({ "seed-leaf-heads", "fused-siblings", "root-pretrain-frozen" }));
    if (a.has("resume")) {
        const auto dir = a.text("resume", "");
        a.finish();
        return runTrainingJob(*runs::HierNetTrainingJob::resume(dir, context.communicator));
    }
    const auto backbone = a.text("backbone", "");
    auto config = backbone.empty() ? runs::HierNetRunConfig() : runs::HierNetRunConfig::continuing(backbone);
    config.dataset = a.text("data", config.dataset);
    config.kind = models::parseBlockKind(a.text("arch", models::toString(config.kind)));
    config.n = int(a.integer("n", config.n));
    config.splitSeed = std::uint64_t(a.integer("split-seed", std::int64_t(config.splitSeed)));
    config.layout = models::TreeLayout::paperDefaults(config.kind, config.n);
    if (a.has("splits"))
        config.layout.splitPoints = parseInts("splits", a.text("splits", ""));
    if (a.has("extra"))
        config.layout.additionalBlocks = parseInts("extra", a.text("extra", ""));
    config.seedLeafHeads = a.flag("seed-leaf-heads");
    config.rootPretrainIterations = a.integer("root-pretrain", 0);
    config.rootPretrainFrozenTrunk = a.flag("root-pretrain-frozen");
    if (config.rootPretrainFrozenTrunk && config.rootPretrainIterations <= 0)
        throw Error("--root-pretrain-frozen needs --root-pretrain K (the iterations of the pre-training)");
    config.fusedSiblings = a.flag("fused-siblings");
    config.trainer = trainerConfigFrom(a, { "quick", training::kQuickHierNetEpochs, "" });
    const auto hierarchyFile = a.required("hierarchy");
    const auto out = a.required("out");
    a.finish();
    const auto dataset = data::loadDataset(config.dataset, config.splitSeed);
    auto hierarchy = grouping::Hierarchy::load(hierarchyFile, dataset.classNames);
    runs::HierNetTrainingJob job(out, config, hierarchy, context.communicator);
    return runTrainingJob(job);
}

int runRoute(const std::vector<std::string>& args, const CommandContext& context)
{
    Arguments a(args, { "json", "first-misrouted" });
    if (a.positional().size() != 1)
        throw Error("usage: hiernet route RUNDIR [--split test] --index I [--json]");
    const auto split = data::parseSplit(a.text("split", "test"));
    const auto index = a.integer("index", -1);
    const bool json = a.flag("json");
    const auto device = a.text("device", "auto");
    const bool firstMisrouted = a.flag("first-misrouted");
    a.finish();
    auto loaded = runs::loadHierNetRun(a.positional()[0], device);
    const auto images = loaded.dataset.split(split);
    std::int64_t chosen = index;
    if (firstMisrouted) {
        evaluation::ImageFilter misrouted;
        misrouted.outcome = evaluation::ImageFilter::Outcome::Misrouted;
        const auto found = evaluation::filterImages(runs::evaluateCached(loaded, split), misrouted); // the Explore page's cache
        if (!found.empty())
            chosen = found.front();
        if (chosen < 0)
            throw Error("no image of the " + data::toString(split) + " split is misrouted");
    }
    if (chosen < 0 || chosen >= images.size())
        throw Error("--index " + std::to_string(chosen) + " is outside the " + data::toString(split) + " split (0…"
            + std::to_string(images.size() - 1) + ")");
    const auto x = loaded.preprocessor.normalize(images.images[chosen].unsqueeze(0).to(loaded.device))[0];
    auto explanation = evaluation::explainRoute(*loaded.model->net, x, images.labels[chosen].item<std::int64_t>());
    explanation.index = chosen;
    if (json)
        std::cout << evaluation::toJson(explanation, loaded.dataset.classNames).dump(2) << "\n";
    else
        std::cout << evaluation::toText(explanation, loaded.dataset.classNames);
    return 0;
}

namespace {

/// One row's table in the terminal, beside the files it wrote.
void printRow(const nlohmann::json& r, const std::string& out)
{
    const auto& test = r.at("test");
    const auto backbone = r.at("iterations").at("backbone").get<std::int64_t>();
    const auto budget = r.at("iterations").at("hiernet").get<std::int64_t>();
    const auto groups = r.at("groups").get<std::size_t>();
    auto percent = [&](const char* key) { return 100 * test.at(key).get<double>(); };
    std::cout << std::fixed << std::setprecision(2) << "\n"
              << r.at("dataset").get<std::string>() << ", " << r.at("model").get<std::string>() << ", " << groups
              << (groups == 1 ? " group" : " groups") << " (p_min " << std::defaultfloat << r.at("p_min").get<double>()
              << std::fixed << ", g_max " << r.at("g_max").get<int>() << "), test split of "
              << r.at("test_images").get<std::int64_t>() << " images\n\n"
              << "| model | training iterations | top-1 |\n|---|---|---|\n"
              << "| backbone | " << backbone << " | " << percent("backbone") << " |\n"
              << "| backbone trained on (same budget as the HierNet) | " << backbone << " + " << budget << " | "
              << percent("backbone_same_budget") << " |\n"
              << "| HierNet slow (conditional) | " << backbone << " + " << budget << " | " << percent("hiernet_slow") << " |\n"
              << "| HierNet fast (routing) | " << backbone << " + " << budget << " | " << percent("hiernet_fast") << " |\n\n"
              << "HierNet fast − backbone: " << percent("hiernet_fast") - percent("backbone") << " points at the paper's budget, "
              << percent("hiernet_fast") - percent("backbone_same_budget") << " at the same budget\n"
              << "hierarchy: " << out << "/hierarchy.json; results: " << out << "/results.json\n";
}

/// One row in `out` with the terminal's progress bars; 0, or the exit code of a training that stopped.
int reproduceRow(
    const runs::ReproductionSettings& settings, const std::string& out, const CommandContext& context, nlohmann::json& results)
{
    runs::Reproduction row(settings, out, context.communicator);
    const bool speaks = distributed::leads(context.communicator.get());
    row.onStage = [speaks](const std::string& stage) {
        if (speaks)
            std::cerr << stage << "\n";
    };
    row.train = [](runs::TrainingJob& job) { return trainWithProgress(job); };
    const auto outcome = row.run();
    if (!outcome.finished())
        return exitCodeOf(outcome.stopped);
    results = outcome.results;
    if (speaks)
        printRow(results, out);
    return 0;
}

} // namespace

namespace {

/// The settings of `hiernet reproduce`: a table trains what the published runs trained unless told otherwise
/// (README, "Reproducing the tables"): the paper code's schedules (set per row), its continuous translation,
/// Keras' batch norm and initialisation, and no root pre-training.
runs::ReproductionSettings reproductionSettingsFrom(Arguments& a, std::int64_t table)
{
    runs::ReproductionSettings s;
    s.backbone.dataset = a.text("data", "fashion-mnist");
    s.backbone.kind = models::parseBlockKind(a.text("arch", table == 2 ? "elu-resnet" : "resnet"));
    s.backbone.n = int(a.integer("n", table ? 3 : 1));
    s.backbone.trainer = trainerConfigFrom(a,
        table ? TrainerDefaults { "reference", training::kQuickBackboneEpochs, "flip-translate-bilinear" } : TrainerDefaults {});
    s.hiernetTrainer = s.backbone.trainer;
    s.backbone.layers
        = layerConventionsFrom(a, table ? models::LayerConventions { "keras", "keras" } : models::LayerConventions {});
    s.fusedSiblings = a.flag("fused-siblings");
    s.seedLeafHeads = a.flag("seed-leaf-heads");
    s.rootPretrain = a.integer("root-pretrain", table ? 0 : -1);
    s.pMin = a.number("p-min", table == 2 ? grouping::kPaperPMinEluResNet : grouping::kPaperPMin);
    s.gMax = int(a.integer("g-max", grouping::kPaperGMax));
    return s;
}

/// The rows of Table `table`, one folder each (n3, n5, …): a row that finished is read back, a stopped one
/// continues. With `tableSchedules` each row's backbone trains on the paper code's schedule for its n.
int reproduceTable(int table, const runs::ReproductionSettings& s, std::vector<int> rows, bool tableSchedules,
    const std::string& out, const CommandContext& context)
{
    if (rows.empty())
        for (const auto& row : table == 2 ? runs::kPaperTable2 : runs::kPaperTable1)
            rows.push_back(row.n);
    const bool speaks = distributed::leads(context.communicator.get());
    if (speaks && s.backbone.dataset.rfind("cifar100:", 0) != 0)
        std::cerr << "note: the paper's values are CIFAR-100's; this table is on " << s.backbone.dataset << "\n";
    std::vector<nlohmann::json> done;
    for (int n : rows) {
        if (speaks)
            std::cerr << "==== Table " << table << ", n = " << n << "\n";
        auto row = s;
        row.backbone.n = n;
        // The paper code: backbones with n < 18 without warm-up (paper-backbone), n = 18 and every HierNet with it.
        if (tableSchedules)
            row.backbone.trainer.schedule = n < 18 ? "paper-backbone" : "reference";
        nlohmann::json results;
        if (const int code = reproduceRow(row, out + "/n" + std::to_string(n), context, results); code != 0) {
            if (speaks)
                runs::writePaperTable(table, done, out);
            return code;
        }
        done.push_back(results); // rank 0 writes the table
    }
    if (speaks)
        std::cout << "\n"
                  << runs::writePaperTable(table, done, out) << "\ntable: " << out << "/table.md, " << out << "/table.csv\n";
    return 0;
}

} // namespace

int runReproduce(const std::vector<std::string>& args, const CommandContext& context)
{
    Arguments a(args, trainerFlags({ "fused-siblings", "seed-leaf-heads" }));
    const auto table = a.integer("table", 0);
    if (table != 0 && table != 1 && table != 2)
        throw Error("--table " + std::to_string(table) + ": the paper has Table 1 (ResNet) and Table 2 (ELU-ResNet)");
    const bool nGiven = a.has("n");
    const bool scheduleGiven = a.has("schedule");
    const auto settings = reproductionSettingsFrom(a, table);
    std::vector<int> rows;
    if (a.has("rows"))
        rows = parseInts("rows", a.text("rows", ""));
    const auto out = a.required("out");
    a.finish();
    if (settings.gMax < 1)
        throw Error("--g-max must be at least 1");
    if (table == 0) {
        nlohmann::json results;
        return reproduceRow(settings, out, context, results);
    }
    if (rows.empty() && nGiven)
        rows.push_back(settings.backbone.n);
    return reproduceTable(int(table), settings, rows, !scheduleGiven, out, context);
}

} // namespace hiernet::cli
