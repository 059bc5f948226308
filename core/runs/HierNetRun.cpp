#include "runs/HierNetRun.h"

#include "distributed/Communicator.h"
#include "runs/BackboneRun.h"
#include "training/Checkpoint.h"
#include "training/Device.h"
#include "util/Error.h"
#include "util/FileIo.h"

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

nlohmann::json HierNetRunConfig::toJson() const
{
    return { { "dataset", dataset }, { "split_seed", splitSeed }, { "arch", models::toString(kind) }, { "n", n },
        { "batch_norm", layers.batchNorm }, { "initialization", layers.initialization }, { "layout", layout.toJson() },
        { "backbone_run", backboneRun }, { "seed_leaf_heads", seedLeafHeads },
        { "root_pretrain_iterations", rootPretrainIterations }, { "root_pretrain_frozen_trunk", rootPretrainFrozenTrunk },
        { "fused_siblings", fusedSiblings }, { "trainer", trainer.toJson() } };
}

std::unique_ptr<training::ClassifierModel> rootPretrainingModel(models::HierNet net, bool frozenTrunk)
{
    if (frozenTrunk)
        return std::make_unique<RootClassifier>(std::move(net));
    return std::make_unique<RootNetwork>(std::move(net));
}

HierNetRunConfig HierNetRunConfig::continuing(const std::string& backboneDirectory)
{
    const auto backbone = BackboneRunConfig::continuing(backboneDirectory); // a trained backbone run, or why not
    HierNetRunConfig config;
    config.dataset = backbone.dataset;
    config.splitSeed = backbone.splitSeed;
    config.kind = backbone.kind;
    config.n = backbone.n;
    config.layers = backbone.layers;
    config.layout = models::TreeLayout::paperDefaults(config.kind, config.n);
    // Absolute, so that the run finds its backbone from any working directory (the studio's is not the CLI's).
    config.backboneRun = std::filesystem::absolute(backboneDirectory).lexically_normal().string();
    return config;
}

HierNetRunConfig HierNetRunConfig::fromJson(const nlohmann::json& json)
{
    HierNetRunConfig c;
    c.dataset = json.at("dataset").get<std::string>();
    c.splitSeed = json.value("split_seed", std::uint64_t(0));
    c.kind = models::parseBlockKind(json.at("arch").get<std::string>());
    c.n = json.at("n").get<int>();
    c.layers = layerConventionsFrom(json);
    c.layout = models::TreeLayout::fromJson(json.at("layout"));
    c.backboneRun = json.value("backbone_run", std::string());
    c.seedLeafHeads = json.value("seed_leaf_heads", false);
    c.rootPretrainIterations = json.value("root_pretrain_iterations", std::int64_t(0));
    // Runs written before the whole-network variant pre-trained over the frozen trunk.
    c.rootPretrainFrozenTrunk = json.value("root_pretrain_frozen_trunk", !json.contains("root_pretrain_frozen_trunk"));
    c.fusedSiblings = json.value("fused_siblings", false);
    c.trainer = training::TrainerConfig::fromJson(json.at("trainer"));
    return c;
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

HierNetTrainingJob::HierNetTrainingJob(std::string directory, HierNetRunConfig config, grouping::Hierarchy hierarchy)
    : m_config(std::move(config))
    , m_hierarchy(std::move(hierarchy))
{
    m_directory = std::move(directory);
    m_config.trainer.validate();
    models::BackboneSpec probe { m_config.kind, m_config.n, 1, int(m_hierarchy.classNames().size()) };
    probe.conventions = m_config.layers;
    models::validateLayout(probe, m_hierarchy, m_config.layout);
    if (m_config.rootPretrainIterations < 0)
        throw Error("root pre-training iterations cannot be negative");
    if (!m_config.backboneRun.empty()) {
        const auto backbone = RunDirectory::open(m_config.backboneRun);
        if (backbone.kind() != "backbone")
            throw Error(m_config.backboneRun + ": is a " + backbone.kind() + " run, not a backbone run to transfer from");
    }
    // Rank 0 alone checks what is there: the other ranks may look after it has created the run.
    if (distributed::isWriter() && io::fileExists(m_directory + "/run.json"))
        throw Error(m_directory + ": already holds a run (run.json); choose another directory, or resume it");
}

std::unique_ptr<HierNetTrainingJob> HierNetTrainingJob::resume(const std::string& directory)
{
    const auto run = RunDirectory::open(directory);
    if (run.kind() != "hiernet")
        throw Error(directory + ": is a " + run.kind() + " run, not a HierNet run");
    std::unique_ptr<HierNetTrainingJob> job(new HierNetTrainingJob);
    job->m_directory = directory;
    job->m_config = HierNetRunConfig::fromJson(run.info().at("config"));
    job->m_hierarchy = grouping::Hierarchy::load(run.file("hierarchy.json"));
    job->m_resume = true;
    if (distributed::isWriter())
        run.checkNoLiveWriter(); // two processes training one run would overwrite each other's checkpoints
    return job;
}

training::TrainingResult HierNetTrainingJob::run()
{
    const auto device = training::resolveDevice(m_config.trainer.device); // a missing GPU is said before a long data load
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
    torch::manual_seed(m_config.trainer.seed);
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
        run.writeJson("eval.json", { { "val", evaluation::summaryJson(val) } });
        run.update({ { "val_conditional_top1", val.conditionalTop1 }, { "val_routing_top1", val.routingTop1 } });
    }
    return result;
}

LoadedHierNetRun loadHierNetRun(const std::string& directory, const std::string& deviceName)
{
    auto run = RunDirectory::open(directory);
    if (run.kind() != "hiernet")
        throw Error(directory + ": is a " + run.kind() + " run, not a HierNet run");
    auto config = HierNetRunConfig::fromJson(run.info().at("config"));
    // What is wrong with the run directory or the device is said before the dataset is loaded.
    const auto checkpoint = training::loadTensors(run.checkpointPath());
    const auto device = training::resolveDevice(deviceName);
    auto dataset = data::loadDataset(config.dataset, config.splitSeed);
    const auto hierarchy = grouping::Hierarchy::load(run.file("hierarchy.json"), dataset.classNames);
    auto model = std::make_shared<HierNetClassifier>(
        backboneSpecFor(config.kind, config.n, dataset, config.layers), hierarchy, config.layout);
    model->net->setFusedSiblings(config.fusedSiblings);
    training::loadModuleState(*model->net, checkpoint, run.checkpointPath());
    model->net->to(device);
    data::Preprocessor preprocessor(dataset.train.images);
    return { std::move(run), std::move(config), std::move(dataset), std::move(preprocessor), std::move(model), device };
}

namespace {
/// What ties a cached evaluation to a checkpoint: its iteration in run.json and the file's size and time.
nlohmann::json checkpointStamp(const RunDirectory& run)
{
    namespace fs = std::filesystem;
    std::error_code error;
    const auto path = fs::path(run.checkpointPath());
    const auto bytes = fs::file_size(path, error);
    const auto time = fs::last_write_time(path, error);
    return { { "checkpoint_iteration", run.info().value("checkpoint_iteration", std::int64_t(-1)) },
        { "checkpoint_bytes", error ? std::uintmax_t(0) : bytes },
        { "checkpoint_time", error ? std::int64_t(0) : std::int64_t(time.time_since_epoch().count()) } };
}
} // namespace

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

evaluation::HierNetEvaluation evaluateCached(
    LoadedHierNetRun& loaded, data::Split split, bool* fromCache, const std::shared_ptr<BackboneClassifier>& transferredBackbone)
{
    const auto images = loaded.dataset.split(split);
    const auto cacheFile = loaded.run.file("explore-" + data::toString(split) + ".json");
    // The backbone's checkpoint is part of the stamp; its network is loaded only when the evaluation is made.
    auto stamp = checkpointStamp(loaded.run);
    if (!loaded.config.backboneRun.empty() && io::fileExists(loaded.config.backboneRun + "/run.json")) {
        try {
            stamp["backbone"] = checkpointStamp(RunDirectory::open(loaded.config.backboneRun));
        } catch (const std::exception&) {
            // an unreadable backbone run: the evaluation goes without its predictions
        }
    }
    if (fromCache)
        *fromCache = false;
    if (io::fileExists(cacheFile)) {
        try {
            const auto json = nlohmann::json::parse(io::readText(cacheFile));
            if (json.value("stamp", nlohmann::json()) == stamp) {
                auto cached = evaluation::evaluationFromJson(json.at("evaluation"), cacheFile);
                if (cached.count == images.size()) {
                    if (fromCache)
                        *fromCache = true;
                    return cached;
                }
            }
        } catch (const std::exception&) {
            // a damaged cache is made again
        }
    }
    auto result = evaluation::evaluateHierNet(*loaded.model->net, images, loaded.preprocessor, loaded.device);
    const auto backbone = transferredBackbone ? transferredBackbone : loadTransferredBackbone(loaded);
    if (backbone)
        evaluation::attachBackbone(result, training::evaluate(*backbone, images, loaded.preprocessor, loaded.device).predictions,
            loaded.model->net->hierarchy());
    io::writeAtomically(cacheFile, nlohmann::json { { "stamp", stamp }, { "evaluation", evaluation::toJson(result) } }.dump());
    return result;
}

} // namespace hiernet::runs
