#include "runs/BackboneRun.h"

#include <filesystem>

#include "distributed/Communicator.h"
#include "grouping/Cpm.h"
#include "training/Checkpoint.h"
#include "training/Evaluation.h"
#include "training/Device.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <torch/torch.h>

namespace hiernet::runs {

models::BackboneSpec backboneSpecFor(
    models::BlockKind kind, int n, const data::Dataset& dataset, const models::LayerConventions& layers)
{
    models::BackboneSpec spec;
    spec.kind = kind;
    spec.n = n;
    spec.inChannels = int(dataset.imageShape()[0]);
    spec.numClasses = int(dataset.numClasses());
    spec.conventions = layers;
    spec.validate();
    return spec;
}

BackboneClassifier::BackboneClassifier(const models::BackboneSpec& spec)
    : net(spec)
{
}

torch::nn::Module& BackboneClassifier::module()
{
    return *net;
}

at::Tensor BackboneClassifier::logProbabilities(const at::Tensor& input)
{
    return torch::log_softmax(net->forward(input), 1);
}

namespace {

/// What cpm.json of a run holds beside the matrices.
nlohmann::json cpmExtras(const training::EvaluationResult& result, const std::string& run)
{
    return { { "run", run }, { "top1", result.top1 }, { "top5", result.top5 }, { "count", result.count } };
}

} // namespace

BackboneTrainingJob::BackboneTrainingJob(
    std::string directory, BackboneRunConfig config, std::shared_ptr<distributed::Communicator> communicator)
    : m_config(std::move(config))
{
    m_directory = std::move(directory);
    m_communicator = std::move(communicator);
    // Check everything a user typed before anything is written.
    m_config.trainer.validate(distributed::worldSize(m_communicator.get()));
    models::BackboneSpec probe;
    probe.kind = m_config.kind;
    probe.n = m_config.n;
    probe.conventions = m_config.layers;
    probe.validate();
    data::DatasetSpec::parse(m_config.dataset);
    if (!m_config.continueFrom.empty()) {
        const auto from = BackboneRunConfig::continuing(m_config.continueFrom); // a backbone run with weights
        if (from.kind != m_config.kind || from.n != m_config.n)
            throw Error("--continue-from " + m_config.continueFrom + ": it is a " + models::toString(from.kind)
                + " with n = " + std::to_string(from.n) + ", not the " + models::toString(m_config.kind)
                + " with n = " + std::to_string(m_config.n) + " asked for");
    }
    checkDirectoryIsFree();
}

std::unique_ptr<BackboneTrainingJob> BackboneTrainingJob::resume(
    const std::string& directory, std::shared_ptr<distributed::Communicator> communicator)
{
    const auto run = RunDirectory::open(directory);
    if (run.kind() != "backbone")
        throw Error(directory + ": is a " + run.kind() + " run, not a backbone run");
    const bool leads = distributed::leads(communicator.get());
    if (leads && !io::fileExists(run.checkpointPath()))
        throw Error(run.checkpointPath() + ": no checkpoint to resume from");
    std::unique_ptr<BackboneTrainingJob> job(new BackboneTrainingJob);
    job->m_directory = directory;
    job->m_communicator = std::move(communicator);
    job->m_config = BackboneRunConfig::fromJson(run.info().at("config"));
    job->m_resume = true;
    if (leads)
        run.checkNoLiveWriter(); // two processes training one run would overwrite each other's checkpoints
    return job;
}

training::TrainingResult BackboneTrainingJob::run()
{
    const auto device = this->device(m_config.trainer); // a missing GPU is said before a long data load
    say("loading " + m_config.dataset);
    const auto dataset = data::loadDataset(m_config.dataset, m_config.splitSeed);
    const auto spec = backboneSpecFor(m_config.kind, m_config.n, dataset, m_config.layers);
    RunDirectory run
        = openRun(m_resume, "backbone", runInfo(m_config.toJson(), spec.toJson(), dataset, m_config.trainer.seed, device));
    seedTorch(m_config.trainer.seed);
    BackboneClassifier model(spec);
    if (!m_config.continueFrom.empty() && !io::fileExists(run.checkpointPath())) {
        const auto from = RunFolder::open(m_config.continueFrom);
        say("starting from the weights of " + m_config.continueFrom);
        training::loadModuleState(*model.net, training::loadTensors(from.checkpointPath()), from.checkpointPath());
    }
    const data::Preprocessor preprocessor(dataset.train.images);
    run.update({ { "parameters", models::parameterCount(*model.net) } });
    say(spec.name() + " on " + dataset.name + " on " + device.str());
    const auto result = train(
        run, model, dataset.train, dataset.split(data::Split::Val), preprocessor, m_config.trainer, device, run.checkpointPath());
    if (result.outcome == training::TrainingOutcome::Finished && run.writes()) {
        say("computing the confusion probability matrix on the validation split");
        const auto val = training::evaluate(model, dataset.split(data::Split::Val), preprocessor, device);
        grouping::saveCpm(training::toCpm(val, dataset.classNames, "val"), run.file("cpm.json"), cpmExtras(val, m_directory));
        EvalFile(run.file("eval.json")).store("val", evaluationSummary(val));
        run.update({ { "val_top1", val.top1 } });
    }
    return result;
}

LoadedBackboneRun loadBackboneRun(const std::string& directory, const std::string& deviceName)
{
    return loadBackboneRun(RunFolder::open(directory), deviceName);
}

LoadedBackboneRun loadBackboneRun(RunFolder folder, const std::string& deviceName)
{
    auto config = folder.backboneConfig();
    auto inputs = readRunInputs(folder, config, deviceName);
    auto model = std::make_shared<BackboneClassifier>(backboneSpecFor(config.kind, config.n, inputs.dataset, config.layers));
    return loadedRun(std::move(folder), std::move(config), std::move(inputs), std::move(model));
}

std::shared_ptr<BackboneClassifier> loadBackboneModel(
    const std::string& directory, const data::Dataset& dataset, std::uint64_t splitSeed, c10::Device device)
{
    const auto folder = RunFolder::open(directory);
    const auto& config = folder.backboneConfig();
    if (config.dataset != dataset.spec || config.splitSeed != splitSeed)
        throw Error(directory + ": was trained on " + config.dataset + " (split seed " + std::to_string(config.splitSeed)
            + "), not on " + dataset.spec + " (split seed " + std::to_string(splitSeed) + ")");
    auto model = std::make_shared<BackboneClassifier>(backboneSpecFor(config.kind, config.n, dataset, config.layers));
    training::loadModuleState(*model->net, training::loadTensors(folder.checkpointPath()), folder.checkpointPath());
    model->net->to(device);
    return model;
}

nlohmann::json evaluationSummary(const training::EvaluationResult& result)
{
    return { { "top1", result.top1 }, { "top5", result.top5 }, { "loss", result.loss }, { "count", result.count } };
}

training::EvaluationResult evaluateBackboneRun(LoadedBackboneRun& loaded, data::Split split, bool writeResults)
{
    const auto result = training::evaluate(*loaded.model, loaded.dataset.split(split), loaded.preprocessor, loaded.device);
    if (writeResults) {
        const auto name = data::toString(split);
        if (split == data::Split::Val)
            grouping::saveCpm(training::toCpm(result, loaded.dataset.classNames, name), loaded.folder.file("cpm.json"),
                cpmExtras(result, loaded.folder.directory()));
        loaded.folder.eval().store(name, evaluationSummary(result));
    }
    return result;
}

} // namespace hiernet::runs
