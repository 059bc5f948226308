#include "runs/Sweep.h"

#include "distributed/Communicator.h"
#include "evaluation/HierNetEvaluation.h"
#include "grouping/GroupingQuality.h"
#include "grouping/HierarchyBuilder.h"
#include "runs/BackboneRun.h"
#include "runs/HierNetRun.h"
#include "runs/RunComparison.h"
#include "runs/RunFolder.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <chrono>
#include <filesystem>
#include <sstream>

namespace hiernet::runs {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::vector<grouping::GroupingLevel> groupingLevels(const SweepPoint& point)
{
    return std::vector<grouping::GroupingLevel>(std::size_t(point.levels), { point.pMin, point.gMax, point.balance });
}

/// Levels of groups a tree has under its root (1: the classes' groups hang from the root).
int groupLevels(const grouping::Hierarchy& hierarchy)
{
    int deepest = 0;
    for (int h = 1; h < int(hierarchy.nodes().size()); ++h)
        if (!hierarchy.node(h).isClass())
            deepest = std::max(deepest, hierarchy.depthOf(h));
    return deepest;
}

} // namespace

nlohmann::json SweepSettings::identity() const
{
    const auto t = trainer.toJson();
    nlohmann::json training = nlohmann::json::object();
    for (const char* key :
        { "schedule", "iterations", "epochs", "batch_size", "momentum", "weight_decay", "seed", "augmentation" })
        training[key] = t.at(key);
    return { { "backbone", backbone }, { "grid", grid.toJson() }, { "trainer", training },
        { "layout", layout ? layout->toJson() : nlohmann::json(nullptr) }, { "fused_siblings", fusedSiblings },
        { "seed_leaf_heads", seedLeafHeads }, { "root_pretrain_iterations", rootPretrain } };
}

SweepSettings SweepSettings::ofSweep(const std::string& directory)
{
    const auto record = SweepRecord::load(directory);
    const auto& identity = record.settings.value("identity", nlohmann::json());
    if (!identity.is_object() || !identity.contains("grid") || !record.settings.contains("trainer"))
        throw Error(directory + "/sweep.json: holds no sweep settings to continue from");
    SweepSettings s;
    try {
        s.backbone = identity.at("backbone").get<std::string>();
        s.grid = SweepGrid::fromJson(identity.at("grid"));
        s.trainer = training::TrainerConfig::fromJson(record.settings.at("trainer"));
        if (identity.contains("layout") && identity["layout"].is_object())
            s.layout = models::TreeLayout::fromJson(identity["layout"]);
        s.fusedSiblings = identity.value("fused_siblings", false);
        s.seedLeafHeads = identity.value("seed_leaf_heads", false);
        s.rootPretrain = identity.value("root_pretrain_iterations", std::int64_t(0));
    } catch (const nlohmann::json::exception& e) {
        throw Error(directory + "/sweep.json: its settings do not read (" + e.what() + ")");
    }
    return s;
}

Sweep::Sweep(SweepSettings settings, std::string out, std::shared_ptr<distributed::Communicator> communicator)
    : m_settings(std::move(settings))
    , m_out(std::move(out))
    , m_communicator(std::move(communicator))
{
    m_settings.grid.validate();
    const auto backbone = RunFolder::open(m_settings.backbone);
    if (!backbone.isBackbone())
        throw Error(m_settings.backbone + ": a " + backbone.info().kind
            + " run, not a backbone run (a sweep groups a trained backbone's CPM)");
    if (backbone.info().status != "finished")
        throw Error(m_settings.backbone + ": the backbone run is " + backbone.info().status
            + ", not finished (hiernet train-backbone --resume " + m_settings.backbone + " finishes it)");
    if (!io::fileExists(backbone.file("cpm.json")))
        throw Error(backbone.file("cpm.json") + ": missing; the sweep groups it (hiernet cpm " + m_settings.backbone + ")");
    m_settings.backbone = std::filesystem::absolute(m_settings.backbone).lexically_normal().string();
    m_dataset = backbone.info().datasetName;
    m_cpm = grouping::loadCpm(backbone.file("cpm.json"));
    const auto& config = backbone.backboneConfig();
    const models::BackboneSpec spec { config.kind, config.n, backbone.info().model.value("in_channels", 1),
        int(backbone.info().classes.size()), config.layers };
    const auto defaultLayout = m_settings.layout ? *m_settings.layout : models::TreeLayout::paperDefaults(config.kind, config.n);
    m_points = m_settings.grid.points();
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        m_hierarchies.push_back(grouping::buildHierarchy(m_cpm, groupingLevels(m_points[i])));
        std::size_t same = i;
        for (std::size_t j = 0; j < i && same == i; ++j)
            if (m_trainedBy[j] == j && m_hierarchies[j] == m_hierarchies[i])
                same = j;
        m_trainedBy.push_back(same);
        m_layouts.push_back(layoutFor(m_hierarchies[i], m_points[i], defaultLayout));
        try {
            models::validateLayout(spec, m_hierarchies[i], m_layouts[i]);
        } catch (const Error& e) {
            throw Error("point " + m_points[i].name() + ": " + e.what());
        }
    }
    checkOutputFolder();
    m_record = startingRecord();
}

models::TreeLayout Sweep::layoutFor(
    const grouping::Hierarchy& hierarchy, const SweepPoint& point, models::TreeLayout layout) const
{
    const auto needed = std::size_t(groupLevels(hierarchy));
    if (layout.splitPoints.size() < needed)
        throw Error("point " + point.name() + ": its tree has " + std::to_string(needed) + " levels of groups and needs "
            + std::to_string(needed) + " split points, but the layout gives " + std::to_string(layout.splitPoints.size())
            + " (give --splits with one per level, and --extra)");
    // A point whose grouping came out shallower than its levels uses the first split points.
    layout.splitPoints.resize(needed);
    if (layout.additionalBlocks.size() > needed)
        layout.additionalBlocks.resize(needed);
    return layout;
}

void Sweep::checkOutputFolder() const
{
    if (!std::filesystem::exists(m_out))
        return;
    if (!io::isDirectory(m_out))
        throw Error(m_out + ": exists and is not a folder");
    if (io::fileExists(m_out + "/run.json"))
        throw Error(m_out + ": holds a run (run.json), not a sweep; give the sweep a folder of its own");
    if (SweepRecord::isSweepFolder(m_out)) {
        const auto existing = SweepRecord::load(m_out);
        if (existing.settings.value("identity", nlohmann::json()) != m_settings.identity())
            throw Error(m_out + ": holds another sweep (of " + existing.backboneRun() + ", grid "
                + existing.settings.value("identity", nlohmann::json()).value("grid", nlohmann::json()).dump()
                + ", or other training settings); give another --out, or the same options to continue it");
        return;
    }
    if (!std::filesystem::is_empty(m_out))
        throw Error(m_out + ": is not empty and holds no sweep (sweep.json); give an empty or new folder");
}

SweepRecord Sweep::startingRecord() const
{
    SweepRecord record;
    if (SweepRecord::isSweepFolder(m_out))
        record = SweepRecord::load(m_out); // a sweep continued: its finished rows are kept
    record.settings = { { "backbone", m_settings.backbone }, { "dataset", m_dataset }, { "trainer", m_settings.trainer.toJson() },
        { "identity", m_settings.identity() } };
    std::vector<SweepRow> rows;
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        const auto name = m_points[i].name();
        auto found = std::find_if(record.points.begin(), record.points.end(), [&](const auto& r) { return r.name == name; });
        SweepRow row = found != record.points.end() ? *found : SweepRow();
        row.name = name;
        row.point = m_points[i];
        row.run = pointRun(i);
        row.sharesWith = m_trainedBy[i] == i ? std::string() : m_points[m_trainedBy[i]].name();
        const auto stats = m_hierarchies[i].statistics();
        row.groups = int(stats.firstLevelSizes.size());
        row.groupSizes = stats.firstLevelSizes;
        std::vector<std::vector<int>> groups(stats.firstLevelSizes.size());
        const auto partition = m_hierarchies[i].firstLevelPartition();
        for (int c = 0; c < int(partition.size()); ++c)
            groups[std::size_t(partition[std::size_t(c)])].push_back(c);
        row.rootEstimate = grouping::assessGrouping(m_cpm, groups).rootEstimate;
        if (!row.finished())
            row.status = "pending";
        rows.push_back(row);
    }
    record.points = rows;
    record.status = "running";
    return record;
}

void Sweep::say(const std::string& text) const
{
    if (onStage)
        onStage(text);
}

void Sweep::save()
{
    if (!distributed::leads(m_communicator.get()))
        return;
    m_record.write(m_out);
    if (onRecord)
        onRecord(m_record);
}

namespace {

/// A backbone run's row: its validation top-1 from run.json, its test top-1 from eval.json (evaluated and stored
/// there once when missing).
SweepRow backboneRowOf(const std::string& directory, const std::string& kind, const std::string& device)
{
    auto run = RunFolder::open(directory);
    auto test = run.eval().number("test", "top1");
    if (!test) {
        auto loaded = loadBackboneRun(directory, device);
        test = evaluateBackboneRun(loaded, data::Split::Test, true).top1;
    }
    SweepRow row;
    row.kind = kind;
    row.name = kind == "backbone" ? "backbone" : "backbone-same-budget";
    row.run = directory;
    row.status = "finished";
    row.valFast = row.valSlow = run.info().valTop1;
    row.testFast = row.testSlow = test;
    row.parameters = run.json().value("parameters", std::int64_t(0));
    row.iterations = run.info().totalIterations;
    row.imagesPerSecond = meanImagesPerSecond(run);
    return row;
}

} // namespace

SweepOutcome Sweep::run()
{
    // Every rank checked the folder in its constructor before rank 0 writes into it.
    distributed::barrier(m_communicator.get(), "checking the sweep folder " + m_out);
    if (distributed::leads(m_communicator.get()))
        std::filesystem::create_directories(m_out + "/points");
    if (!m_record.backbone && distributed::leads(m_communicator.get()))
        m_record.backbone = backboneRowOf(m_settings.backbone, "backbone", m_settings.trainer.device);
    save();
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        auto& row = m_record.points[i];
        if (row.finished())
            continue;
        std::ostringstream stage;
        stage << "== point " << i + 1 << "/" << m_points.size() << " " << m_points[i].name() << ": " << row.groups
              << (row.groups == 1 ? " group" : " groups");
        if (m_trainedBy[i] != i) {
            say(stage.str() + ", the same grouping as " + row.sharesWith + ": trained once, shared");
            finishPoint(i, 0);
            continue;
        }
        say(stage.str());
        const auto started = Clock::now();
        row.status = "training";
        save();
        if (auto r = trainPoint(i); r.outcome != training::TrainingOutcome::Finished) {
            row.status = "stopped";
            m_record.status = "stopped";
            save();
            return { r, m_record };
        }
        finishPoint(i, secondsSince(started));
        if (!m_record.sameBudget)
            if (auto r = trainSameBudget(hierNetTrainingIterations(RunFolder::open(pointDirectory(i)).info()));
                r.outcome != training::TrainingOutcome::Finished) {
                m_record.status = "stopped";
                save();
                return { r, m_record };
            }
    }
    m_record.status = "finished";
    save();
    return { {}, m_record };
}

training::TrainingResult Sweep::trainPoint(std::size_t i)
{
    const auto directory = pointDirectory(i);
    auto config = HierNetRunConfig::continuing(m_settings.backbone);
    config.trainer = m_settings.trainer;
    config.layout = m_layouts[i];
    config.fusedSiblings = m_settings.fusedSiblings;
    config.seedLeafHeads = m_settings.seedLeafHeads;
    config.rootPretrainIterations = m_settings.rootPretrain;
    const auto& hierarchy = m_hierarchies[i];
    return trainOrResume<HierNetTrainingJob>(directory, "eval.json", m_communicator, train,
        [&] { return std::make_unique<HierNetTrainingJob>(directory, config, hierarchy, m_communicator); });
}

void Sweep::finishPoint(std::size_t i, double seconds)
{
    auto& row = m_record.points[i];
    if (m_trainedBy[i] != i) {
        const auto& trained = m_record.points[m_trainedBy[i]];
        row = SweepRow(trained); // the same run: the same figures
        row.name = m_points[i].name();
        row.point = m_points[i];
        row.sharesWith = trained.name;
        save();
        return;
    }
    if (distributed::leads(m_communicator.get())) {
        const auto evaluationStarted = Clock::now();
        auto loaded = loadHierNetRun(pointDirectory(i), m_settings.trainer.device);
        const auto test = evaluateAndRecord(loaded, data::Split::Test);
        const auto summary = evaluation::summaryJson(test);
        const auto& run = loaded.folder;
        row.valSlow = run.info().valConditionalTop1;
        row.valFast = run.info().valRoutingTop1;
        row.testSlow = test.conditionalTop1;
        row.testFast = test.routingTop1;
        if (const auto promise = run.rootPromise())
            row.rootMeasured = promise->measured;
        const auto& fast = summary.value("severity", nlohmann::json::object()).value("hiernet_fast", nlohmann::json::object());
        if (fast.contains("mean_mistake_severity") && fast["mean_mistake_severity"].is_number())
            row.meanMistakeSeverity = fast["mean_mistake_severity"].get<double>();
        row.parameters = run.json().value("parameters", std::int64_t(0));
        row.iterations = hierNetTrainingIterations(run.info());
        row.seconds = row.seconds.value_or(0) + seconds + secondsSince(evaluationStarted);
        row.imagesPerSecond = meanImagesPerSecond(run);
    }
    row.status = "finished";
    save();
}

training::TrainingResult Sweep::trainSameBudget(std::int64_t budget)
{
    say("== the backbone trained on for the HierNets' " + std::to_string(budget) + " iterations (same budget)");
    auto config = BackboneRunConfig::continuing(m_settings.backbone);
    config.trainer = m_settings.trainer; // what the HierNets trained with, for as long
    config.trainer.epochs = 0;
    config.trainer.iterations = budget;
    const auto directory = sameBudgetDirectory();
    const auto started = Clock::now();
    auto result = trainOrResume<BackboneTrainingJob>(directory, "cpm.json", m_communicator, train,
        [&] { return std::make_unique<BackboneTrainingJob>(directory, config, m_communicator); });
    if (result.outcome == training::TrainingOutcome::Finished && distributed::leads(m_communicator.get())) {
        auto row = backboneRowOf(directory, "backbone_same_budget", m_settings.trainer.device);
        row.run = "backbone-same-budget";
        row.seconds = secondsSince(started);
        m_record.sameBudget = row;
        save();
    }
    return result;
}

} // namespace hiernet::runs
