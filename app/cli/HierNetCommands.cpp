#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "grouping/PaperSettings.h"

#include "evaluation/ImageFilter.h"
#include "evaluation/HierNetEvaluation.h"
#include "evaluation/RouteExplanation.h"
#include "grouping/Cpm.h"
#include "grouping/HierarchyBuilder.h"
#include "runs/BackboneRun.h"
#include "runs/HierNetRun.h"
#include "training/Evaluation.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
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
              << "  errors of the fast path: " << e.misrouted << " misrouted, " << e.wrongInGroup << " wrong class in the right group\n"
              << "  node accuracy:\n";
    for (const auto& node : e.nodes)
        std::cout << "    " << std::left << std::setw(24) << node.name << std::right << std::setw(7) << 100 * node.accuracy() << "%  of "
                  << std::setw(6) << node.images << " images" << (node.misroutedHere ? ", " + std::to_string(node.misroutedHere) + " misrouted here" : "")
                  << "\n";
}

} // namespace

int evalHierNet(const std::string& directory, data::Split split, bool json, const std::string& device)
{
    auto loaded = runs::loadHierNetRun(directory, device);
    const auto e = evaluation::evaluateHierNet(*loaded.model->net, loaded.dataset.split(split), loaded.preprocessor, loaded.device);
    auto summary = evaluation::summaryJson(e);
    nlohmann::json eval = io::fileExists(loaded.run.file("eval.json")) ? loaded.run.readJson("eval.json") : nlohmann::json::object();
    eval[data::toString(split)] = summary;
    loaded.run.writeJson("eval.json", eval);
    if (json) {
        summary["run"] = directory;
        summary["kind"] = "hiernet";
        summary["split"] = data::toString(split);
        std::cout << summary.dump(2) << "\n";
    } else {
        printHierNetEvaluation(e, directory + " on " + data::toString(split));
    }
    return 0;
}

int runTrainHierNet(const std::vector<std::string>& args)
{
    Arguments a(args, trainerFlags({"no-seed-leaf-heads", "fused-siblings"}));
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
    config.seedLeafHeads = !a.flag("no-seed-leaf-heads");
    config.rootPretrainIterations = a.integer("root-pretrain", 0);
    config.fusedSiblings = a.flag("fused-siblings");
    config.trainer = trainerConfigFrom(a);
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
    Arguments a(args, {"json", "first-misrouted"});
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

int runReproduce(const std::vector<std::string>& args)
{
    Arguments a(args, trainerFlags({"fused-siblings"}));
    const auto table = a.integer("table", 0);
    if (table != 0 && table != 1 && table != 2)
        throw Error("--table " + std::to_string(table) + ": the paper has Table 1 (ResNet) and Table 2 (ELU-ResNet)");
    runs::BackboneRunConfig backbone;
    backbone.dataset = a.text("data", "fashion-mnist");
    backbone.kind = models::parseBlockKind(a.text("arch", table == 2 ? "elu-resnet" : "resnet"));
    backbone.n = int(a.integer("n", table ? 3 : 1));
    backbone.trainer = trainerConfigFrom(a);
    const bool fusedSiblings = a.flag("fused-siblings");
    const double pMin = a.number("p-min", table == 2 ? grouping::kPaperPMinEluResNet : grouping::kPaperPMin);
    const int gMax = int(a.integer("g-max", grouping::kPaperGMax));
    const auto out = a.required("out");
    a.finish();
    if (gMax < 1)
        throw Error("--g-max must be at least 1");
    std::filesystem::create_directories(out);
    const auto started = std::chrono::steady_clock::now();
    auto minutes = [&started] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() / 60; };

    std::cerr << "== 1/4 backbone\n";
    const auto backboneDir = out + "/backbone";
    if (!io::fileExists(backboneDir + "/cpm.json")) {
        std::unique_ptr<runs::BackboneTrainingJob> job = io::fileExists(backboneDir + "/run.json")
                                                             ? runs::BackboneTrainingJob::resume(backboneDir)
                                                             : std::make_unique<runs::BackboneTrainingJob>(backboneDir, backbone);
        if (const int code = runTrainingJob(*job))
            return code;
    }
    const double backboneMinutes = minutes();

    std::cerr << "== 2/4 grouping (p_min " << pMin << ", g_max " << gMax << ")\n";
    const auto cpm = grouping::loadCpm(backboneDir + "/cpm.json");
    const auto hierarchy = grouping::buildHierarchy(cpm, {{pMin, gMax}});
    hierarchy.save(out + "/hierarchy.json");
    if (hierarchy.node(0).children.size() < 2)
        std::cerr << "note: the grouping gave a single group; the HierNet then equals the backbone with an extra node\n";

    std::cerr << "== 3/4 HierNet with transfer\n";
    runs::HierNetRunConfig config;
    config.dataset = backbone.dataset;
    config.kind = backbone.kind;
    config.n = backbone.n;
    config.backboneRun = backboneDir;
    config.layout = models::TreeLayout::paperDefaults(backbone.kind, backbone.n);
    config.trainer = backbone.trainer;
    config.fusedSiblings = fusedSiblings;
    const auto hiernetDir = out + "/hiernet";
    if (!io::fileExists(hiernetDir + "/eval.json")) {
        std::unique_ptr<runs::HierNetTrainingJob> job = io::fileExists(hiernetDir + "/run.json")
                                                            ? runs::HierNetTrainingJob::resume(hiernetDir)
                                                            : std::make_unique<runs::HierNetTrainingJob>(hiernetDir, config, hierarchy);
        if (const int code = runTrainingJob(*job))
            return code;
    }
    const double totalTrainMinutes = minutes();

    std::cerr << "== 4/4 test split\n";
    auto loadedBackbone = runs::loadBackboneRun(backboneDir, backbone.trainer.device);
    const auto backboneTest = runs::evaluateBackboneRun(loadedBackbone, data::Split::Test, true);
    auto loadedHierNet = runs::loadHierNetRun(hiernetDir, backbone.trainer.device);
    const auto hiernetTest = evaluation::evaluateHierNet(*loadedHierNet.model->net, loadedHierNet.dataset.split(data::Split::Test),
                                                         loadedHierNet.preprocessor, loadedHierNet.device);
    auto eval = loadedHierNet.run.readJson("eval.json");
    eval["test"] = evaluation::summaryJson(hiernetTest);
    loadedHierNet.run.writeJson("eval.json", eval);

    const auto stats = hierarchy.statistics();
    nlohmann::json results = {{"dataset", loadedBackbone.dataset.name},
                              {"model", models::BackboneSpec{backbone.kind, backbone.n, 1, 1}.name()},
                              {"p_min", pMin},
                              {"g_max", gMax},
                              {"groups", stats.firstLevelSizes.size()},
                              {"layout", config.layout.toJson()},
                              {"test", {{"backbone", backboneTest.top1}, {"hiernet_slow", hiernetTest.conditionalTop1},
                                        {"hiernet_fast", hiernetTest.routingTop1}}},
                              {"minutes", {{"backbone", backboneMinutes}, {"hiernet", totalTrainMinutes - backboneMinutes}}}};
    io::writeAtomically(out + "/results.json", results.dump(2) + "\n");
    std::cout << std::fixed << std::setprecision(2) << "\n"
              << loadedBackbone.dataset.name << ", " << results["model"].get<std::string>() << ", " << stats.firstLevelSizes.size()
              << " groups (p_min " << pMin << ", g_max " << gMax << "), test split of " << backboneTest.count << " images\n\n"
              << "| model | top-1 |\n|---|---|\n"
              << "| backbone | " << 100 * backboneTest.top1 << " |\n"
              << "| HierNet slow (conditional) | " << 100 * hiernetTest.conditionalTop1 << " |\n"
              << "| HierNet fast (routing) | " << 100 * hiernetTest.routingTop1 << " |\n\n"
              << "hierarchy: " << out << "/hierarchy.json; results: " << out << "/results.json\n";
    return 0;
}

} // namespace hiernet::cli
