#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "distributed/Communicator.h"
#include "grouping/PaperSettings.h"

#include "evaluation/ImageFilter.h"
#include "evaluation/HierNetEvaluation.h"
#include "evaluation/MistakeSeverity.h"
#include "evaluation/RouteExplanation.h"
#include "grouping/Cpm.h"
#include "grouping/HierarchyBuilder.h"
#include "runs/BackboneRun.h"
#include "runs/HierNetRun.h"
#include "runs/PaperResults.h"
#include "runs/RunFiles.h"
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

void printHierNetEvaluation(const evaluation::HierNetEvaluation& e, const std::string& what)
{
    std::cout << std::fixed << std::setprecision(2) << what << " (" << e.count << " images)\n"
              << "  conditional (slow): top-1 " << 100 * e.conditionalTop1 << "%, top-5 " << 100 * e.conditionalTop5 << "%\n"
              << "  routing (fast):     top-1 " << 100 * e.routingTop1 << "%, top-5 " << 100 * e.routingTop5 << "%\n"
              << "  errors of the fast path: " << e.misrouted << " misrouted, " << e.wrongInGroup
              << " wrong class in the right group\n"
              << "  node accuracy:\n";
    for (const auto& node : e.nodes)
        std::cout << "    " << std::left << std::setw(24) << node.name << std::right << std::setw(7) << 100 * node.accuracy()
                  << "%  of " << std::setw(6) << node.images << " images"
                  << (node.misroutedHere ? ", " + std::to_string(node.misroutedHere) + " misrouted here" : "") << "\n";
}

} // namespace

int evalHierNet(const std::string& directory, data::Split split, bool json, const std::string& device)
{
    auto loaded = runs::loadHierNetRun(directory, device);
    // The Explore page's cached evaluation: the backbone's predictions on the same images come with it.
    const auto e = runs::evaluateCached(loaded, split);
    auto summary = evaluation::summaryJson(e);
    nlohmann::json eval
        = io::fileExists(loaded.run.file("eval.json")) ? loaded.run.readJson("eval.json") : nlohmann::json::object();
    eval[data::toString(split)] = summary;
    loaded.run.writeJson("eval.json", eval);
    // What the backbone's CPM promised of the root, beside what the root does on this split.
    const auto promise = runs::rootPromise(directory);
    const auto root = std::find_if(e.nodes.begin(), e.nodes.end(),
        [&](const auto& node) { return node.name == loaded.model->net->hierarchy().node(0).name; });
    if (json) {
        summary["run"] = directory;
        summary["kind"] = "hiernet";
        summary["split"] = data::toString(split);
        if (promise)
            summary["root_estimate"] = promise->estimate;
        std::cout << summary.dump(2) << "\n";
    } else {
        printHierNetEvaluation(e, directory + " on " + data::toString(split));
        if (promise && root != e.nodes.end())
            std::cout << "  root " << 100 * root->accuracy() << "%; the backbone's CPM promised " << 100 * promise->estimate
                      << "% before training\n";
        std::cout << evaluation::severityTable(e.severities());
        if (e.backbone.empty()) {
            std::string noBackbone;
            runs::loadTransferredBackbone(loaded, &noBackbone);
            std::cout << "  (no backbone row: " << noBackbone << ")\n";
        }
    }
    return 0;
}

int runTrainHierNet(const std::vector<std::string>& args)
{
    Arguments a(args, trainerFlags({ "seed-leaf-heads", "fused-siblings", "root-pretrain-frozen" }));
    if (a.has("resume")) {
        const auto dir = a.text("resume", "");
        a.finish();
        return runTrainingJob(*runs::HierNetTrainingJob::resume(dir));
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
    runs::HierNetTrainingJob job(out, config, hierarchy);
    return runTrainingJob(job);
}

int runRoute(const std::vector<std::string>& args)
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

/// What one row of a reproduction is made with.
struct ReproduceSettings {
    runs::BackboneRunConfig backbone;
    training::TrainerConfig hiernetTrainer; ///< the HierNet's, and the same-budget backbone's
    bool fusedSiblings = false;
    bool seedLeafHeads = false; ///< the paper's code starts the leaf heads fresh
    std::int64_t rootPretrain = -1; ///< −1: as long as the main training (the paper code's option)
    double pMin = grouping::kPaperPMin;
    int gMax = grouping::kPaperGMax;
    bool tableSchedules = false; ///< each row's backbone schedule by its n (the paper code's), the HierNets `reference`
};

/// Where a reproduction says which stage it is at: stderr, except on the ranks other than 0 of a data-parallel run.
std::ostream& stageLog()
{
    static std::ostream silent(nullptr);
    return distributed::isWriter() ? std::cerr : silent;
}

template <typename Job> int runOrResume(const std::string& directory, const std::function<std::unique_ptr<Job>()>& make)
{
    const bool exists = io::fileExists(directory + "/run.json");
    // Every rank looks before rank 0 can create the run, so that all take the same path.
    distributed::barrier("deciding whether to resume " + directory);
    auto job = exists ? Job::resume(directory) : make();
    return runTrainingJob(*job);
}

/// backbone → CPM → grouping → HierNet (the paper's protocol) → the backbone trained on for the HierNet's
/// iterations → the test split. Each finished step is kept in `out` and skipped when run again. Writes
/// out/results.json; 0, or the exit code of a training that stopped.
int reproduceRow(const ReproduceSettings& s, const std::string& out, nlohmann::json& results)
{
    std::filesystem::create_directories(out);
    const auto started = std::chrono::steady_clock::now();
    auto minutes = [&started] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() / 60; };

    stageLog() << "== 1/5 backbone\n";
    const auto backboneDir = out + "/backbone";
    if (!io::fileExists(backboneDir + "/cpm.json"))
        if (const int code = runOrResume<runs::BackboneTrainingJob>(
                backboneDir, [&] { return std::make_unique<runs::BackboneTrainingJob>(backboneDir, s.backbone); }))
            return code;
    const double backboneMinutes = minutes();

    stageLog() << "== 2/5 grouping (p_min " << s.pMin << ", g_max " << s.gMax << ")\n";
    const auto cpm = grouping::loadCpm(backboneDir + "/cpm.json");
    const auto hierarchy = grouping::buildHierarchy(cpm, { { s.pMin, s.gMax } });
    if (distributed::isWriter())
        hierarchy.save(out + "/hierarchy.json");
    if (hierarchy.node(0).children.size() < 2)
        stageLog() << "note: the grouping gave a single group; the HierNet then equals the backbone with an extra node\n";

    stageLog() << "== 3/5 HierNet with transfer\n";
    auto config = runs::HierNetRunConfig::continuing(backboneDir);
    config.trainer = s.hiernetTrainer;
    config.fusedSiblings = s.fusedSiblings;
    config.seedLeafHeads = s.seedLeafHeads;
    // The paper code's option: the root network pre-trained on group labels with the main schedule, as long as the main training.
    config.rootPretrainIterations
        = s.rootPretrain >= 0 ? s.rootPretrain : runs::readRunInfo(backboneDir).value_or(runs::RunInfo {}).totalIterations;
    const auto hiernetDir = out + "/hiernet";
    if (!io::fileExists(hiernetDir + "/eval.json"))
        if (const int code = runOrResume<runs::HierNetTrainingJob>(
                hiernetDir, [&] { return std::make_unique<runs::HierNetTrainingJob>(hiernetDir, config, hierarchy); }))
            return code;
    const double totalTrainMinutes = minutes();

    // Transfer gives the HierNet the backbone's training plus its own: the backbone trained on for as many
    // iterations (root pre-training included) tells the hierarchy's effect from the extra training.
    const auto hiernetInfo = runs::readRunInfo(hiernetDir).value_or(runs::RunInfo {});
    const std::int64_t budget = runs::hierNetTrainingIterations(hiernetInfo);
    stageLog() << "== 4/5 backbone trained on for the HierNet's " << budget << " iterations (same budget)\n";
    const auto sameBudgetDir = out + "/backbone-same-budget";
    if (!io::fileExists(sameBudgetDir + "/cpm.json")) {
        auto sameBudget = runs::BackboneRunConfig::continuing(backboneDir);
        sameBudget.trainer = s.hiernetTrainer; // what the HierNet trained with, for as long
        sameBudget.trainer.epochs = 0;
        sameBudget.trainer.iterations = budget;
        if (const int code = runOrResume<runs::BackboneTrainingJob>(
                sameBudgetDir, [&] { return std::make_unique<runs::BackboneTrainingJob>(sameBudgetDir, sameBudget); }))
            return code;
    }
    const double sameBudgetMinutes = minutes() - totalTrainMinutes;
    if (!distributed::isWriter())
        return 0; // rank 0 evaluates and writes the results

    stageLog() << "== 5/5 test split\n";
    const auto& device = s.backbone.trainer.device;
    auto loadedBackbone = runs::loadBackboneRun(backboneDir, device);
    const auto backboneTest = runs::evaluateBackboneRun(loadedBackbone, data::Split::Test, true);
    auto loadedSameBudget = runs::loadBackboneRun(sameBudgetDir, device);
    const auto sameBudgetTest = runs::evaluateBackboneRun(loadedSameBudget, data::Split::Test, true);
    auto loadedHierNet = runs::loadHierNetRun(hiernetDir, device);
    const auto hiernetTest = evaluation::evaluateHierNet(*loadedHierNet.model->net,
        loadedHierNet.dataset.split(data::Split::Test), loadedHierNet.preprocessor, loadedHierNet.device);
    auto eval = loadedHierNet.run.readJson("eval.json");
    eval["test"] = evaluation::summaryJson(hiernetTest);
    loadedHierNet.run.writeJson("eval.json", eval);

    const auto stats = hierarchy.statistics();
    const auto backboneIterations = loadedBackbone.run.info().value("total_iterations", std::int64_t(0));
    results = { { "dataset", loadedBackbone.dataset.name },
        { "model", models::BackboneSpec { s.backbone.kind, s.backbone.n, 1, 1 }.name() }, { "n", s.backbone.n },
        { "schedule", s.backbone.trainer.schedule }, { "hiernet_schedule", s.hiernetTrainer.schedule },
        { "augmentation", s.backbone.trainer.augmentation }, { "batch_norm", s.backbone.layers.batchNorm },
        { "initialization", s.backbone.layers.initialization }, { "p_min", s.pMin }, { "g_max", s.gMax },
        { "groups", stats.firstLevelSizes.size() }, { "layout", config.layout.toJson() },
        { "root_pretrain_iterations", config.rootPretrainIterations }, { "seed_leaf_heads", config.seedLeafHeads },
        { "iterations", { { "backbone", backboneIterations }, { "hiernet", budget } } },
        { "test",
            { { "backbone", backboneTest.top1 }, { "backbone_same_budget", sameBudgetTest.top1 },
                { "hiernet_slow", hiernetTest.conditionalTop1 }, { "hiernet_fast", hiernetTest.routingTop1 },
                { "hiernet_root", hiernetTest.nodes.empty() ? 0.0 : hiernetTest.nodes.front().accuracy() } } },
        { "test_images", backboneTest.count },
        { "minutes",
            { { "backbone", backboneMinutes }, { "hiernet", totalTrainMinutes - backboneMinutes },
                { "backbone_same_budget", sameBudgetMinutes } } } };
    io::writeAtomically(out + "/results.json", results.dump(2) + "\n");
    std::cout << std::fixed << std::setprecision(2) << "\n"
              << loadedBackbone.dataset.name << ", " << results["model"].get<std::string>() << ", "
              << stats.firstLevelSizes.size() << (stats.firstLevelSizes.size() == 1 ? " group" : " groups") << " (p_min "
              << std::defaultfloat << s.pMin << std::fixed << ", g_max " << s.gMax << "), test split of " << backboneTest.count
              << " images\n\n"
              << "| model | training iterations | top-1 |\n|---|---|---|\n"
              << "| backbone | " << backboneIterations << " | " << 100 * backboneTest.top1 << " |\n"
              << "| backbone trained on (same budget as the HierNet) | " << backboneIterations << " + " << budget << " | "
              << 100 * sameBudgetTest.top1 << " |\n"
              << "| HierNet slow (conditional) | " << backboneIterations << " + " << budget << " | "
              << 100 * hiernetTest.conditionalTop1 << " |\n"
              << "| HierNet fast (routing) | " << backboneIterations << " + " << budget << " | " << 100 * hiernetTest.routingTop1
              << " |\n\n"
              << "HierNet fast − backbone: " << 100 * (hiernetTest.routingTop1 - backboneTest.top1)
              << " points at the paper's budget, " << 100 * (hiernetTest.routingTop1 - sameBudgetTest.top1)
              << " at the same budget\n"
              << "hierarchy: " << out << "/hierarchy.json; results: " << out << "/results.json\n";
    return 0;
}

/// The table of the rows done so far beside the paper's values, as Markdown and CSV in `out`.
void writeTable(int table, const std::vector<nlohmann::json>& rows, const std::string& out)
{
    std::ostringstream md, csv;
    md << std::fixed << std::setprecision(2);
    csv << std::fixed << std::setprecision(2);
    md << "Table " << table << " (" << (table == 2 ? "ELU-ResNet" : "ResNet")
       << "): test top-1 %, ours beside the paper's (HierNet paper §5.7; differences ours − paper)\n\n"
       << "| n | layers | backbone | paper | Δ | backbone, same budget | HierNet slow | paper | Δ | HierNet fast | paper | Δ | "
          "root node |\n"
       << "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    csv << "n,layers,backbone,paper_backbone,backbone_same_budget,hiernet_slow,paper_hiernet_slow,hiernet_fast,paper_hiernet_"
           "fast,root_node\n";
    for (const auto& r : rows) {
        const int n = r.at("n").get<int>();
        const auto* paper = runs::paperTableRow(table, n);
        const auto& t = r.at("test");
        const double backbone = 100 * t.at("backbone").get<double>(), same = 100 * t.at("backbone_same_budget").get<double>();
        const double slow = 100 * t.at("hiernet_slow").get<double>(), fast = 100 * t.at("hiernet_fast").get<double>();
        const double root = 100 * t.at("hiernet_root").get<double>();
        const int layers = 6 * n + 2;
        auto paperCell = [&](double ours, double value) {
            std::ostringstream cell;
            cell << std::fixed << std::setprecision(2) << value << " | " << std::showpos << ours - value;
            return cell.str();
        };
        md << "| " << n << " | " << layers << " | " << backbone << " | "
           << (paper ? paperCell(backbone, paper->backbone) : "– | –") << " | " << same << " | " << slow << " | "
           << (paper ? paperCell(slow, paper->hiernetSlow) : "– | –") << " | " << fast << " | "
           << (paper ? paperCell(fast, paper->hiernetFast) : "– | –") << " | " << root << " |\n";
        auto paperValue = [paper](double value) {
            std::ostringstream cell;
            if (paper)
                cell << std::fixed << std::setprecision(2) << value;
            return cell.str();
        };
        csv << n << "," << layers << "," << backbone << "," << paperValue(paper ? paper->backbone : 0) << "," << same << ","
            << slow << "," << paperValue(paper ? paper->hiernetSlow : 0) << "," << fast << ","
            << paperValue(paper ? paper->hiernetFast : 0) << "," << root << "\n";
    }
    io::writeAtomically(out + "/table.md", md.str());
    io::writeAtomically(out + "/table.csv", csv.str());
    std::cout << "\n" << md.str() << "\ntable: " << out << "/table.md, " << out << "/table.csv\n";
}

} // namespace

int runReproduce(const std::vector<std::string>& args)
{
    Arguments a(args, trainerFlags({ "fused-siblings", "seed-leaf-heads" }));
    const auto table = a.integer("table", 0);
    if (table != 0 && table != 1 && table != 2)
        throw Error("--table " + std::to_string(table) + ": the paper has Table 1 (ResNet) and Table 2 (ELU-ResNet)");
    ReproduceSettings s;
    s.backbone.dataset = a.text("data", "fashion-mnist");
    s.backbone.kind = models::parseBlockKind(a.text("arch", table == 2 ? "elu-resnet" : "resnet"));
    const bool nGiven = a.has("n");
    s.backbone.n = int(a.integer("n", table ? 3 : 1));
    // A table trains what the published runs trained unless told otherwise (README, "Reproducing the tables"):
    // the paper code's schedules (set per row below), its continuous translation, Keras' batch norm and
    // initialisation, and no root pre-training.
    const bool scheduleGiven = a.has("schedule");
    s.backbone.trainer = trainerConfigFrom(a,
        table ? TrainerDefaults { "reference", training::kQuickBackboneEpochs, "flip-translate-bilinear" } : TrainerDefaults {});
    s.hiernetTrainer = s.backbone.trainer;
    s.backbone.layers
        = layerConventionsFrom(a, table ? models::LayerConventions { "keras", "keras" } : models::LayerConventions {});
    s.tableSchedules = table && !scheduleGiven;
    s.fusedSiblings = a.flag("fused-siblings");
    s.seedLeafHeads = a.flag("seed-leaf-heads");
    s.rootPretrain = a.integer("root-pretrain", table ? 0 : -1);
    s.pMin = a.number("p-min", table == 2 ? grouping::kPaperPMinEluResNet : grouping::kPaperPMin);
    s.gMax = int(a.integer("g-max", grouping::kPaperGMax));
    std::vector<int> rows;
    if (a.has("rows"))
        for (long long n : parseInts("rows", a.text("rows", "")))
            rows.push_back(int(n));
    const auto out = a.required("out");
    a.finish();
    if (s.gMax < 1)
        throw Error("--g-max must be at least 1");
    if (table == 0) {
        nlohmann::json results;
        return reproduceRow(s, out, results);
    }
    if (rows.empty() && nGiven)
        rows.push_back(s.backbone.n);
    if (rows.empty())
        for (const auto& row : table == 2 ? runs::kPaperTable2 : runs::kPaperTable1)
            rows.push_back(row.n);
    if (s.backbone.dataset.rfind("cifar100:", 0) != 0)
        stageLog() << "note: the paper's values are CIFAR-100's; this table is on " << s.backbone.dataset << "\n";
    // One folder per row (n3, n5, …): a row that finished is read back, a stopped one continues.
    std::vector<nlohmann::json> done;
    for (int n : rows) {
        stageLog() << "==== Table " << table << ", n = " << n << "\n";
        auto row = s;
        row.backbone.n = n;
        // The paper code: backbones with n < 18 without warm-up (paper-backbone), n = 18 and every HierNet with it.
        if (s.tableSchedules)
            row.backbone.trainer.schedule = n < 18 ? "paper-backbone" : "reference";
        nlohmann::json results;
        const int code = reproduceRow(row, out + "/n" + std::to_string(n), results);
        if (code != 0) {
            if (distributed::isWriter())
                writeTable(int(table), done, out);
            return code;
        }
        if (!distributed::isWriter())
            continue; // rank 0 writes the table
        done.push_back(results);
    }
    if (distributed::isWriter())
        writeTable(int(table), done, out);
    return 0;
}

} // namespace hiernet::cli
