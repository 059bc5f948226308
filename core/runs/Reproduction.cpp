#include "runs/Reproduction.h"

#include "distributed/Communicator.h"
#include "evaluation/HierNetEvaluation.h"
#include "grouping/Cpm.h"
#include "grouping/HierarchyBuilder.h"
#include "runs/BackboneRun.h"
#include "runs/HierNetRun.h"
#include "runs/PaperResults.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <chrono>
#include <filesystem>
#include <iomanip>
#include <sstream>

namespace hiernet::runs {
namespace {

using Clock = std::chrono::steady_clock;

double minutesSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count() / 60;
}

} // namespace

Reproduction::Reproduction(
    ReproductionSettings settings, std::string out, std::shared_ptr<distributed::Communicator> communicator)
    : m_settings(std::move(settings))
    , m_out(std::move(out))
    , m_communicator(std::move(communicator))
{
    if (m_settings.gMax < 1)
        throw Error("--g-max must be at least 1");
}

void Reproduction::say(const std::string& text) const
{
    if (onStage)
        onStage(text);
}

grouping::Hierarchy Reproduction::group() const
{
    const auto cpm = grouping::loadCpm(backboneDirectory() + "/cpm.json");
    auto hierarchy = grouping::buildHierarchy(cpm, { { m_settings.pMin, m_settings.gMax } });
    if (distributed::leads(m_communicator.get()))
        hierarchy.save(m_out + "/hierarchy.json");
    if (hierarchy.node(0).children.size() < 2)
        say("note: the grouping gave a single group; the HierNet then equals the backbone with an extra node");
    return hierarchy;
}

HierNetRunConfig Reproduction::hierNetConfig() const
{
    auto config = HierNetRunConfig::continuing(backboneDirectory());
    config.trainer = m_settings.hiernetTrainer;
    config.fusedSiblings = m_settings.fusedSiblings;
    config.seedLeafHeads = m_settings.seedLeafHeads;
    // The paper code's option: the root network pre-trained on group labels with the main schedule, as long as the main training.
    config.rootPretrainIterations
        = m_settings.rootPretrain >= 0 ? m_settings.rootPretrain : RunFolder::open(backboneDirectory()).info().totalIterations;
    return config;
}

ReproductionOutcome Reproduction::run()
{
    std::filesystem::create_directories(m_out);
    const auto started = Clock::now();
    const auto& s = m_settings;
    say("== 1/5 backbone");
    if (auto r = trainStage<BackboneTrainingJob>(backboneDirectory(), "cpm.json",
            [&] { return std::make_unique<BackboneTrainingJob>(backboneDirectory(), s.backbone, m_communicator); });
        r.outcome != training::TrainingOutcome::Finished)
        return { r, nullptr };
    m_minutes["backbone"] = minutesSince(started);

    std::ostringstream grouping;
    grouping << "== 2/5 grouping (p_min " << s.pMin << ", g_max " << s.gMax << ")";
    say(grouping.str());
    const auto hierarchy = group();

    say("== 3/5 HierNet with transfer");
    const auto config = hierNetConfig();
    if (auto r = trainStage<HierNetTrainingJob>(hierNetDirectory(), "eval.json",
            [&] { return std::make_unique<HierNetTrainingJob>(hierNetDirectory(), config, hierarchy, m_communicator); });
        r.outcome != training::TrainingOutcome::Finished)
        return { r, nullptr };
    m_minutes["hiernet"] = minutesSince(started) - m_minutes["backbone"].get<double>();

    // Transfer gives the HierNet the backbone's training plus its own: the backbone trained on for as many
    // iterations (root pre-training included) tells the hierarchy's effect from the extra training.
    const auto budget = hierNetTrainingIterations(RunFolder::open(hierNetDirectory()).info());
    say("== 4/5 backbone trained on for the HierNet's " + std::to_string(budget) + " iterations (same budget)");
    const auto beforeSameBudget = Clock::now();
    auto sameBudget = BackboneRunConfig::continuing(backboneDirectory());
    sameBudget.trainer = s.hiernetTrainer; // what the HierNet trained with, for as long
    sameBudget.trainer.epochs = 0;
    sameBudget.trainer.iterations = budget;
    if (auto r = trainStage<BackboneTrainingJob>(sameBudgetDirectory(), "cpm.json",
            [&] { return std::make_unique<BackboneTrainingJob>(sameBudgetDirectory(), sameBudget, m_communicator); });
        r.outcome != training::TrainingOutcome::Finished)
        return { r, nullptr };
    m_minutes["backbone_same_budget"] = minutesSince(beforeSameBudget);
    if (!distributed::leads(m_communicator.get()))
        return { {}, nullptr }; // rank 0 evaluates and writes the results
    say("== 5/5 test split");
    return { {}, evaluateOnTest(hierarchy, config, budget) };
}

nlohmann::json Reproduction::evaluateOnTest(
    const grouping::Hierarchy& hierarchy, const HierNetRunConfig& config, std::int64_t budget)
{
    const auto& s = m_settings;
    const auto& device = s.backbone.trainer.device;
    auto backbone = loadBackboneRun(backboneDirectory(), device);
    const auto backboneTest = evaluateBackboneRun(backbone, data::Split::Test, true);
    auto sameBudget = loadBackboneRun(sameBudgetDirectory(), device);
    const auto sameBudgetTest = evaluateBackboneRun(sameBudget, data::Split::Test, true);
    auto hiernet = loadHierNetRun(hierNetDirectory(), device);
    const auto hiernetTest = evaluation::evaluateHierNet(
        *hiernet.model->net, hiernet.dataset.split(data::Split::Test), hiernet.preprocessor, hiernet.device);
    hiernet.folder.eval().store("test", evaluation::summaryJson(hiernetTest));

    nlohmann::json results = { { "dataset", backbone.dataset.name },
        { "model", models::BackboneSpec { s.backbone.kind, s.backbone.n, 1, 1 }.name() }, { "n", s.backbone.n },
        { "schedule", s.backbone.trainer.schedule }, { "hiernet_schedule", s.hiernetTrainer.schedule },
        { "augmentation", s.backbone.trainer.augmentation }, { "batch_norm", s.backbone.layers.batchNorm },
        { "initialization", s.backbone.layers.initialization }, { "p_min", s.pMin }, { "g_max", s.gMax },
        { "groups", hierarchy.statistics().firstLevelSizes.size() }, { "layout", config.layout.toJson() },
        { "root_pretrain_iterations", config.rootPretrainIterations }, { "seed_leaf_heads", config.seedLeafHeads },
        { "iterations", { { "backbone", backbone.folder.info().totalIterations }, { "hiernet", budget } } },
        { "test",
            { { "backbone", backboneTest.top1 }, { "backbone_same_budget", sameBudgetTest.top1 },
                { "hiernet_slow", hiernetTest.conditionalTop1 }, { "hiernet_fast", hiernetTest.routingTop1 },
                { "hiernet_root", hiernetTest.nodes.empty() ? 0.0 : hiernetTest.nodes.front().accuracy() } } },
        { "test_images", backboneTest.count }, { "minutes", m_minutes } };
    io::writeAtomically(m_out + "/results.json", results.dump(2) + "\n");
    return results;
}

namespace {

std::string paperCell(const PaperTableRow* paper, double ours, double PaperTableRow::*value)
{
    if (!paper)
        return "– | –";
    std::ostringstream cell;
    cell << std::fixed << std::setprecision(2) << paper->*value << " | " << std::showpos << ours - paper->*value;
    return cell.str();
}

std::string paperValue(const PaperTableRow* paper, double PaperTableRow::*value)
{
    std::ostringstream cell;
    if (paper)
        cell << std::fixed << std::setprecision(2) << paper->*value;
    return cell.str();
}

} // namespace

std::string writePaperTable(int table, const std::vector<nlohmann::json>& rows, const std::string& out)
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
        const auto* paper = paperTableRow(table, n);
        const auto& t = r.at("test");
        const double backbone = 100 * t.at("backbone").get<double>(), same = 100 * t.at("backbone_same_budget").get<double>();
        const double slow = 100 * t.at("hiernet_slow").get<double>(), fast = 100 * t.at("hiernet_fast").get<double>();
        const double root = 100 * t.at("hiernet_root").get<double>();
        const int layers = 6 * n + 2;
        md << "| " << n << " | " << layers << " | " << backbone << " | " << paperCell(paper, backbone, &PaperTableRow::backbone)
           << " | " << same << " | " << slow << " | " << paperCell(paper, slow, &PaperTableRow::hiernetSlow) << " | " << fast
           << " | " << paperCell(paper, fast, &PaperTableRow::hiernetFast) << " | " << root << " |\n";
        csv << n << "," << layers << "," << backbone << "," << paperValue(paper, &PaperTableRow::backbone) << "," << same << ","
            << slow << "," << paperValue(paper, &PaperTableRow::hiernetSlow) << "," << fast << ","
            << paperValue(paper, &PaperTableRow::hiernetFast) << "," << root << "\n";
    }
    io::writeAtomically(out + "/table.md", md.str());
    io::writeAtomically(out + "/table.csv", csv.str());
    return md.str();
}

} // namespace hiernet::runs
