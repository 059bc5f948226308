#include "runs/RunConfigs.h"

#include "runs/RunFolder.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <filesystem>

namespace hiernet::runs {

void RunModelConfig::writeModel(nlohmann::json& json) const
{
    json.update({ { "dataset", dataset }, { "split_seed", splitSeed }, { "arch", models::toString(kind) }, { "n", n },
        { "batch_norm", layers.batchNorm }, { "initialization", layers.initialization }, { "trainer", trainer.toJson() } });
}

void RunModelConfig::readModel(const nlohmann::json& json)
{
    dataset = json.at("dataset").get<std::string>();
    splitSeed = json.value("split_seed", std::uint64_t(0));
    kind = models::parseBlockKind(json.at("arch").get<std::string>());
    n = json.at("n").get<int>();
    layers = layerConventionsFrom(json);
    trainer = training::TrainerConfig::fromJson(json.at("trainer"));
}

nlohmann::json BackboneRunConfig::toJson() const
{
    nlohmann::json json = { { "continue_from", continueFrom } };
    writeModel(json);
    return json;
}

BackboneRunConfig BackboneRunConfig::fromJson(const nlohmann::json& json)
{
    BackboneRunConfig c;
    c.readModel(json);
    c.continueFrom = json.value("continue_from", std::string());
    return c;
}

BackboneRunConfig BackboneRunConfig::continuing(const std::string& backboneDirectory)
{
    const auto run = RunFolder::open(backboneDirectory);
    if (!run.isBackbone())
        throw Error(backboneDirectory + ": is a " + run.info().kind + " run, not a backbone run to continue from");
    auto config = run.backboneConfig(); // or why it has none
    if (!io::fileExists(run.checkpointPath()))
        throw Error(run.checkpointPath() + ": no trained weights to continue from");
    config.continueFrom
        = std::filesystem::absolute(backboneDirectory).lexically_normal().string(); // found from any working directory
    return config;
}

models::LayerConventions layerConventionsFrom(const nlohmann::json& config)
{
    models::LayerConventions layers;
    layers.batchNorm = config.value("batch_norm", layers.batchNorm);
    layers.initialization = config.value("initialization", layers.initialization);
    return layers;
}

nlohmann::json HierNetRunConfig::toJson() const
{
    nlohmann::json json = { { "layout", layout.toJson() }, { "backbone_run", backboneRun }, { "seed_leaf_heads", seedLeafHeads },
        { "root_pretrain_iterations", rootPretrainIterations }, { "root_pretrain_frozen_trunk", rootPretrainFrozenTrunk },
        { "fused_siblings", fusedSiblings } };
    writeModel(json);
    return json;
}

HierNetRunConfig HierNetRunConfig::continuing(const std::string& backboneDirectory)
{
    const auto backbone = BackboneRunConfig::continuing(backboneDirectory); // a trained backbone run, or why not
    HierNetRunConfig config;
    static_cast<RunModelConfig&>(config) = backbone; // its data, split, network and layer conventions
    config.trainer = {}; // the trainer's settings at their defaults
    config.layout = models::TreeLayout::paperDefaults(config.kind, config.n);
    // Absolute, so that the run finds its backbone from any working directory (the studio's is not the CLI's).
    config.backboneRun = std::filesystem::absolute(backboneDirectory).lexically_normal().string();
    return config;
}

HierNetRunConfig HierNetRunConfig::fromJson(const nlohmann::json& json)
{
    HierNetRunConfig c;
    c.readModel(json);
    c.layout = models::TreeLayout::fromJson(json.at("layout"));
    c.backboneRun = json.value("backbone_run", std::string());
    c.seedLeafHeads = json.value("seed_leaf_heads", false);
    c.rootPretrainIterations = json.value("root_pretrain_iterations", std::int64_t(0));
    // Runs written before the whole-network variant pre-trained over the frozen trunk.
    c.rootPretrainFrozenTrunk = json.value("root_pretrain_frozen_trunk", !json.contains("root_pretrain_frozen_trunk"));
    c.fusedSiblings = json.value("fused_siblings", false);
    return c;
}

} // namespace hiernet::runs
