#include "runs/HierNetRun.h"

#include "distributed/Communicator.h"
#include "runs/BackboneRun.h"
#include "training/Checkpoint.h"
#include "training/Device.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <filesystem>

namespace hiernet::runs {
namespace {

/// The root node's classifier alone, trained on group labels over the frozen trunk (root pre-training).
class RootClassifier : public training::ClassifierModel {
public:
    explicit RootClassifier(models::HierNet net)
        : m_net(std::move(net))
    {
        auto root = m_net->node(0);
        m_trainable.register_module("classifier", root->classifierBlocks);
        m_trainable.register_module("head", root->head);
    }
    torch::nn::Module& module() override { return m_trainable; }
    at::Tensor logProbabilities(const at::Tensor& input) override
    {
        auto root = m_net->node(0);
        at::Tensor trunk;
        {
            torch::NoGradGuard noGrad;
            const bool wasTraining = root->is_training();
            root->eval(); // the trunk keeps its (transferred) BN statistics
            trunk = root->edge(input);
            root->train(wasTraining);
        }
        return torch::log_softmax(root->classify(trunk), 1);
    }

private:
    models::HierNet m_net;
    torch::nn::Module m_trainable;
};

/// The root node whole (stem, edge, classifier blocks, head) on group labels: the paper's root pre-training.
class RootNetwork : public training::ClassifierModel {
public:
    explicit RootNetwork(models::HierNet net)
        : m_net(std::move(net))
    {
    }
    torch::nn::Module& module() override { return *m_net->node(0); }
    at::Tensor logProbabilities(const at::Tensor& input) override
    {
        auto root = m_net->node(0);
        return torch::log_softmax(root->classify(root->edge(input)), 1);
    }

private:
    models::HierNet m_net;
};

data::ImageSet withGroupLabels(const data::ImageSet& set, const grouping::Hierarchy& hierarchy)
{
    const auto partition = hierarchy.firstLevelPartition();
    const auto map = torch::tensor(std::vector<std::int64_t>(partition.begin(), partition.end()), torch::kInt64);
    return { set.images, map.index_select(0, set.labels.to(torch::kCPU)).to(set.labels.device()), {} };
}

} // namespace

std::unique_ptr<training::ClassifierModel> rootPretrainingModel(models::HierNet net, bool frozenTrunk)
{
    if (frozenTrunk)
        return std::make_unique<RootClassifier>(std::move(net));
    return std::make_unique<RootNetwork>(std::move(net));
}

HierNetClassifier::HierNetClassifier(
    const models::BackboneSpec& spec, const grouping::Hierarchy& hierarchy, const models::TreeLayout& layout)
    : net(spec, hierarchy, layout)
{
}

torch::nn::Module& HierNetClassifier::module()
{
    return *net;
}

at::Tensor HierNetClassifier::logProbabilities(const at::Tensor& input)
{
    return net->forwardAll(input).logConditional;
}

nlohmann::json HierNetClassifier::validationExtras(
    const data::ImageSet& val, const data::Preprocessor& preprocessor, c10::Device device)
{
    const auto e = evaluation::evaluateHierNet(*net, val, preprocessor, device);
    nlohmann::json nodes = nlohmann::json::object();
    for (const auto& node : e.nodes)
        nodes[node.name] = node.accuracy();
    return { { "conditional_accuracy", e.conditionalTop1 }, { "routing_accuracy", e.routingTop1 }, { "node_accuracy", nodes } };
}

HierNetTrainingJob::HierNetTrainingJob(std::string directory, HierNetRunConfig config, grouping::Hierarchy hierarchy,
    std::shared_ptr<distributed::Communicator> communicator)
    : m_config(std::move(config))
    , m_hierarchy(std::move(hierarchy))
{
    m_directory = std::move(directory);
    m_communicator = std::move(communicator);
    m_config.trainer.validate(distributed::worldSize(m_communicator.get()));
    models::BackboneSpec probe { m_config.kind, m_config.n, 1, int(m_hierarchy.classNames().size()) };
    probe.conventions = m_config.layers;
    models::validateLayout(probe, m_hierarchy, m_config.layout);
    if (m_config.rootPretrainIterations < 0)
        throw Error("root pre-training iterations cannot be negative");
    if (!m_config.backboneRun.empty()) {
        const auto backbone = RunFolder::open(m_config.backboneRun);
        if (!backbone.isBackbone())
            throw Error(m_config.backboneRun + ": is a " + backbone.info().kind + " run, not a backbone run to transfer from");
    }
    checkDirectoryIsFree();
}

std::unique_ptr<HierNetTrainingJob> HierNetTrainingJob::resume(
    const std::string& directory, std::shared_ptr<distributed::Communicator> communicator)
{
    const auto run = RunDirectory::open(directory);
    if (run.kind() != "hiernet")
        throw Error(directory + ": is a " + run.kind() + " run, not a HierNet run");
    std::unique_ptr<HierNetTrainingJob> job(new HierNetTrainingJob);
    job->m_directory = directory;
    job->m_communicator = std::move(communicator);
    job->m_config = HierNetRunConfig::fromJson(run.info().at("config"));
    job->m_hierarchy = grouping::Hierarchy::load(run.file("hierarchy.json"));
    job->m_resume = true;
    if (job->leads())
        run.checkNoLiveWriter(); // two processes training one run would overwrite each other's checkpoints
    return job;
}

training::TrainingResult HierNetTrainingJob::run()
{
    const auto device = this->device(m_config.trainer); // a missing GPU is said before a long data load
    say("loading " + m_config.dataset);
    const auto dataset = data::loadDataset(m_config.dataset, m_config.splitSeed);
    if (m_hierarchy.classNames() != dataset.classNames)
        throw Error("the hierarchy's classes differ from " + dataset.name + "'s classes (names and order must match)");
    const auto spec = backboneSpecFor(m_config.kind, m_config.n, dataset, m_config.layers);
    RunDirectory run
        = openRun(m_resume, "hiernet", runInfo(m_config.toJson(), spec.toJson(), dataset, m_config.trainer.seed, device));
    if (!m_resume)
        run.update({ { "hierarchy", "hierarchy.json" } });
    if (!m_resume && run.writes())
        m_hierarchy.save(run.file("hierarchy.json"));
    seedTorch(m_config.trainer.seed);
    HierNetClassifier model(spec, m_hierarchy, m_config.layout);
    model.net->setFusedSiblings(m_config.fusedSiblings);
    run.update({ { "parameters", models::parameterCount(*model.net) }, { "groups", m_hierarchy.statistics().groupsPerLevel } });
    const data::Preprocessor preprocessor(dataset.train.images);
    const bool fresh = !io::fileExists(run.checkpointPath());
    if (fresh && !m_config.backboneRun.empty()) {
        say("transferring weights from " + m_config.backboneRun);
        auto backbone = loadBackboneRun(m_config.backboneRun, "cpu");
        model.net->transferFrom(*backbone.model->net, m_config.seedLeafHeads);
    }
    if (fresh && m_config.rootPretrainIterations > 0) {
        say(std::string(m_config.rootPretrainFrozenTrunk ? "pre-training the root classifier over the frozen trunk"
                                                         : "pre-training the root network")
            + " on group labels for " + std::to_string(m_config.rootPretrainIterations) + " iterations");
        const auto root = rootPretrainingModel(model.net, m_config.rootPretrainFrozenTrunk);
        auto config = m_config.trainer; // the main schedule, over the pre-training's iterations
        if (m_config.rootPretrainFrozenTrunk)
            config.schedule = "quick";
        config.epochs = 0;
        config.iterations = m_config.rootPretrainIterations;
        const auto result = train(run, *root, withGroupLabels(dataset.train, m_hierarchy),
            withGroupLabels(dataset.split(data::Split::Val), m_hierarchy), preprocessor, config, device, run.file("pretrain.pt"),
            "root_pretrain");
        if (result.outcome != training::TrainingOutcome::Finished)
            return result;
    }
    say(spec.name() + " HierNet, " + std::to_string(model.net->nodeCount()) + " tree nodes, on " + device.str());
    const auto result = train(
        run, model, dataset.train, dataset.split(data::Split::Val), preprocessor, m_config.trainer, device, run.checkpointPath());
    if (result.outcome == training::TrainingOutcome::Finished && run.writes()) {
        const auto val = evaluation::evaluateHierNet(*model.net, dataset.split(data::Split::Val), preprocessor, device);
        EvalFile(run.file("eval.json")).store("val", evaluation::summaryJson(val));
        run.update({ { "val_conditional_top1", val.conditionalTop1 }, { "val_routing_top1", val.routingTop1 } });
    }
    return result;
}

LoadedHierNetRun loadHierNetRun(const std::string& directory, const std::string& deviceName)
{
    return loadHierNetRun(RunFolder::open(directory), deviceName);
}

LoadedHierNetRun loadHierNetRun(RunFolder folder, const std::string& deviceName)
{
    auto config = folder.hierNetConfig();
    auto inputs = readRunInputs(folder, config, deviceName);
    const auto hierarchy = grouping::Hierarchy::load(folder.file("hierarchy.json"), inputs.dataset.classNames);
    auto model = std::make_shared<HierNetClassifier>(
        backboneSpecFor(config.kind, config.n, inputs.dataset, config.layers), hierarchy, config.layout);
    model->net->setFusedSiblings(config.fusedSiblings);
    return loadedRun(std::move(folder), std::move(config), std::move(inputs), std::move(model));
}

grouping::Hierarchy oneNodeHierarchy(const std::vector<std::string>& classNames)
{
    const nlohmann::json root { { "name", "root" }, { "children", classNames } };
    const nlohmann::json form { { "classes", classNames }, { "root", "root" }, { "nodes", nlohmann::json::array({ root }) } };
    return grouping::Hierarchy::fromJson(form.dump(), classNames, "the one-node tree of a backbone");
}

LoadedHierNetRun loadBackboneRunAsTree(RunFolder folder, const std::string& deviceName)
{
    auto backbone = loadBackboneRun(std::move(folder), deviceName);
    HierNetRunConfig config;
    static_cast<RunModelConfig&>(config) = backbone.config;
    config.layout = {};
    auto model = std::make_shared<HierNetClassifier>(backboneSpecFor(config.kind, config.n, backbone.dataset, config.layers),
        oneNodeHierarchy(backbone.dataset.classNames), config.layout);
    model->net->to(backbone.device);
    model->net->transferFrom(*backbone.model->net, true);
    return { std::move(backbone.folder), std::move(config), std::move(backbone.dataset), std::move(backbone.preprocessor),
        std::move(model), backbone.device };
}

std::shared_ptr<BackboneClassifier> loadTransferredBackbone(const LoadedHierNetRun& loaded, std::string* why)
{
    auto say = [why](const std::string& text) {
        if (why)
            *why = text;
        return nullptr;
    };
    if (loaded.config.backboneRun.empty())
        return say("the HierNet was not transferred from a backbone");
    try {
        return loadBackboneModel(loaded.config.backboneRun, loaded.dataset, loaded.config.splitSeed, loaded.device);
    } catch (const std::exception& error) {
        return say(error.what());
    }
}

namespace {

/// What ties a cached evaluation to the weights: the run's checkpoint and, where the run has one, its backbone's
/// (whose predictions come with the evaluation).
nlohmann::json evaluationStamp(const RunFolder& folder)
{
    auto stamp = folder.checkpointStamp().toJson();
    if (const auto backbone = folder.transferredBackbone())
        stamp["backbone"] = backbone->checkpointStamp().toJson();
    return stamp;
}

std::optional<evaluation::HierNetEvaluation> readCachedEvaluation(
    const std::string& cacheFile, const nlohmann::json& stamp, std::int64_t images)
{
    if (!io::fileExists(cacheFile))
        return std::nullopt;
    try {
        const auto json = nlohmann::json::parse(io::readText(cacheFile));
        if (json.value("stamp", nlohmann::json()) != stamp)
            return std::nullopt;
        auto cached = evaluation::evaluationFromJson(json.at("evaluation"), cacheFile);
        if (cached.count == images)
            return cached;
    } catch (const std::exception&) {
        // a damaged cache is made again
    }
    return std::nullopt;
}

} // namespace

evaluation::HierNetEvaluation evaluateCached(
    LoadedHierNetRun& loaded, data::Split split, bool* fromCache, const std::shared_ptr<BackboneClassifier>& transferredBackbone)
{
    const auto images = loaded.dataset.split(split);
    const auto cacheFile = loaded.folder.file("explore-" + data::toString(split) + ".json");
    // The backbone's checkpoint is part of the stamp; its network is loaded only when the evaluation is made.
    const auto stamp = evaluationStamp(loaded.folder);
    if (fromCache)
        *fromCache = false;
    if (auto cached = readCachedEvaluation(cacheFile, stamp, images.size())) {
        if (fromCache)
            *fromCache = true;
        return *cached;
    }
    auto result = evaluation::evaluateHierNet(*loaded.model->net, images, loaded.preprocessor, loaded.device);
    const auto backbone = transferredBackbone ? transferredBackbone : loadTransferredBackbone(loaded);
    if (backbone) {
        const auto predicted = training::evaluate(*backbone, images, loaded.preprocessor, loaded.device);
        evaluation::attachBackbone(result, predicted.predictions, predicted.confidences);
    }
    io::writeAtomically(cacheFile, nlohmann::json { { "stamp", stamp }, { "evaluation", evaluation::toJson(result) } }.dump());
    return result;
}

evaluation::HierNetEvaluation evaluateAndRecord(
    LoadedHierNetRun& loaded, data::Split split, const std::shared_ptr<BackboneClassifier>& transferredBackbone)
{
    auto result = evaluateCached(loaded, split, nullptr, transferredBackbone);
    loaded.folder.eval().store(data::toString(split), evaluation::summaryJson(result));
    return result;
}

} // namespace hiernet::runs
