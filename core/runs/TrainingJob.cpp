#include "runs/TrainingJob.h"

#include "runs/MetricsFile.h"

#include "distributed/Communicator.h"
#include "runs/WriterLiveness.h"
#include "training/Device.h"
#include "util/Error.h"
#include "util/FileIo.h"
#include "training/Checkpoint.h"

#include <chrono>

#include <c10/util/Exception.h>
#include <torch/utils.h>

namespace hiernet::runs {
namespace {

std::string failureMessage(const std::exception& e)
{
    if (const auto* torchError = dynamic_cast<const c10::Error*>(&e))
        return torchError->what_without_backtrace();
    return e.what();
}

} // namespace

nlohmann::json TrainingJob::runInfo(const nlohmann::json& config, const nlohmann::json& model, const data::Dataset& dataset,
    std::uint64_t seed, c10::Device device)
{
    return { { "config", config }, { "model", model },
        { "dataset",
            { { "spec", dataset.spec }, { "name", dataset.name }, { "classes", dataset.classNames },
                { "split", dataset.splitDescription } } },
        { "seed", seed }, { "libtorch", training::libtorchVersion() }, { "device", device.str() } };
}

void TrainingJob::say(const std::string& message) const
{
    if (onMessage)
        onMessage(message);
}

bool TrainingJob::leads() const
{
    return distributed::leads(m_communicator.get());
}

void TrainingJob::seedTorch(std::uint64_t seed)
{
    torch::manual_seed(seed);
}

c10::Device TrainingJob::device(const training::TrainerConfig& config) const
{
    return training::resolveDevice(config.device, m_communicator.get());
}

void TrainingJob::checkDirectoryIsFree() const
{
    if (leads() && io::fileExists(m_directory + "/run.json"))
        throw Error(m_directory + ": already holds a run (run.json); choose another directory, or resume it");
}

RunDirectory TrainingJob::openRun(bool resume, const std::string& kind, const nlohmann::json& info) const
{
    if (!leads()) {
        distributed::barrier(m_communicator.get(), "waiting for rank 0 to open " + m_directory);
        return RunDirectory::follow(m_directory);
    }
    auto run = resume ? RunDirectory::open(m_directory) : RunDirectory::create(m_directory, kind, info);
    distributed::barrier(m_communicator.get(), "telling the other ranks that " + m_directory + " is open");
    return run;
}

void TrainingJob::forgetTrainer()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_trainer = nullptr;
}

void TrainingJob::requestCancel(const std::string& reason)
{
    m_cancel = true;
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_cancelReason.empty())
        m_cancelReason = reason;
    if (m_trainer)
        m_trainer->requestCancel(reason);
}

void TrainingJob::setPaused(bool paused)
{
    m_paused = paused;
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_trainer)
        m_trainer->setPaused(paused);
}

namespace {

/// metrics.jsonl's line for a window of training iterations; `seconds`: the phase's training time so far.
nlohmann::json trainingLine(const training::TrainingProgress& p, double seconds)
{
    nlohmann::json line = { { "type", "train" }, { "iteration", p.iteration }, { "epoch", p.epoch }, { "loss", p.loss },
        { "train_accuracy", p.trainAccuracy }, { "lr", p.learningRate }, { "images_per_second", p.imagesPerSecond },
        { "seconds", seconds } };
    if (p.deviceMemoryBytes > 0)
        line["device_memory_bytes"] = p.deviceMemoryBytes;
    return line;
}

/// metrics.jsonl's line for a validation (the model's extras, a HierNet's node accuracies, included).
nlohmann::json validationLine(const training::ValidationReport& v, double seconds)
{
    nlohmann::json line = { { "type", "val" }, { "iteration", v.iteration }, { "loss", v.loss }, { "accuracy", v.accuracy },
        { "top5", v.top5 }, { "seconds", seconds } };
    if (v.extras.is_object())
        line.update(v.extras);
    return line;
}

} // namespace

training::TrainingResult TrainingJob::train(RunDirectory& run, training::ClassifierModel& model, const data::ImageSet& trainSet,
    const data::ImageSet& val, const data::Preprocessor& preprocessor, const training::TrainerConfig& config, c10::Device device,
    const std::string& checkpoint, const std::string& phase)
{
    training::Trainer trainer(model, trainSet, val, preprocessor, config, device, m_communicator);
    trainer.setCheckpointPath(checkpoint);
    auto tagged = [&phase](nlohmann::json line) {
        if (!phase.empty())
            line["phase"] = phase;
        return line;
    };
    auto lastHeartbeat = std::chrono::steady_clock::now();
    // The phase's training time, carried over from the lines a resumed run kept (the Compare page's wall-time axis).
    auto phaseStart = std::chrono::steady_clock::now();
    double secondsBefore = 0;
    auto seconds
        = [&] { return secondsBefore + std::chrono::duration<double>(std::chrono::steady_clock::now() - phaseStart).count(); };
    trainer.onProgress = [&](const training::TrainingProgress& p) {
        run.appendMetric(tagged(trainingLine(p, seconds())));
        if (const auto now = std::chrono::steady_clock::now(); now - lastHeartbeat >= heartbeatInterval) {
            run.update({ { "heartbeat", nowIso8601() } }); // readers on other machines tell a live run by it
            lastHeartbeat = now;
        }
        if (onProgress)
            onProgress(p);
    };
    trainer.onValidation = [&](const training::ValidationReport& v) {
        run.appendMetric(tagged(validationLine(v, seconds())));
        if (onValidation)
            onValidation(v);
    };
    const std::string checkpointKey = phase.empty() ? "checkpoint_iteration" : phase + "_checkpoint_iteration";
    trainer.onCheckpoint = [&](std::int64_t iteration) { run.update({ { checkpointKey, iteration } }); };
    trainer.onStart = [&](std::int64_t iteration) {
        // A resumed run: what the stopped writer logged after its checkpoint is logged again from here.
        run.dropMetricsAfter(phase, iteration);
        secondsBefore = 0;
        for (const auto& line : MetricsTail(run.file("metrics.jsonl")).readNew().lines)
            if (line.phase == phase && line.seconds)
                secondsBefore = *line.seconds;
        phaseStart = std::chrono::steady_clock::now();
        if (iteration > 0)
            run.update({ { checkpointKey, iteration } }); // the checkpoint's own, should run.json lag behind it
    };
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_trainer = &trainer;
        if (m_cancel)
            trainer.requestCancel(m_cancelReason);
        trainer.setPaused(m_paused);
    }
    if (phase.empty())
        run.update({ { "total_iterations", trainer.schedule().totalIterations() },
            { "iterations_per_epoch", trainer.iterationsPerEpoch() }, { "schedule", trainer.schedule().toJson() } });
    // The writer lets readers tell a killed run ("interrupted") from a live one; world_size says how many
    // processes train it (data parallel).
    const auto* communicator = m_communicator.get();
    nlohmann::json started = { { "writer", currentWriter() }, { "heartbeat", nowIso8601() },
        { "world_size", distributed::worldSize(communicator) } };
    if (communicator) {
        started["backend"] = communicator->backend();
        say("data parallel over " + std::to_string(communicator->size()) + " processes (" + communicator->backend()
            + "): global batch " + std::to_string(config.batchSize) + " = " + std::to_string(communicator->size()) + " × "
            + std::to_string(config.batchSize / communicator->size()) + ", the learning-rate schedule of one process, batch norm "
            + (config.syncBatchNorm ? "over the global batch" : "per process"));
    }
    run.update(started);
    run.setStatus("running", phase.empty() ? std::string() : phase);
    training::TrainingResult result;
    try {
        result = trainer.run();
    } catch (const std::exception& e) {
        forgetTrainer();
        run.setStatus("failed", failureMessage(e));
        throw;
    } catch (...) {
        forgetTrainer();
        run.setStatus("failed");
        throw;
    }
    forgetTrainer();
    if (result.outcome != training::TrainingOutcome::Finished || phase.empty())
        run.setStatus(training::toString(result.outcome), result.message);
    return result;
}

} // namespace hiernet::runs
