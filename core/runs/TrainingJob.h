#pragma once
#include "data/Dataset.h"
#include "data/Preprocessing.h"
#include "runs/RunDirectory.h"
#include "training/ClassifierModel.h"
#include "training/Trainer.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace hiernet::distributed {
class Communicator;
}

namespace hiernet::runs {

/// What backbone and HierNet training jobs share: progress callbacks, thread-safe pause/cancel that
/// reach the trainer whenever it exists, and the wiring of a Trainer to a run directory
/// (metrics.jsonl lines, checkpoint, status). A job of a data-parallel run is given the communicator to the
/// other ranks when it is made (null: one process), and hands it to its trainer.
class TrainingJob {
public:
    virtual ~TrainingJob() = default;

    std::function<void(const training::TrainingProgress&)> onProgress;
    std::function<void(const training::ValidationReport&)> onValidation;
    std::function<void(const std::string&)> onMessage;

    virtual training::TrainingResult run() = 0;
    /// Stops the training after the step in flight with a checkpoint (also before it starts); `reason` (e.g.
    /// "SIGTERM") goes into run.json's message.
    void requestCancel(const std::string& reason = {});
    void setPaused(bool paused);
    bool cancelRequested() const { return m_cancel; }
    const std::string& directory() const { return m_directory; }
    const std::shared_ptr<distributed::Communicator>& communicator() const { return m_communicator; }
    /// A single process, or rank 0: the one that writes the run directory.
    bool leads() const;

protected:
    /// The run.json fields every training run records: config, model, dataset, seed, LibTorch version, device.
    static nlohmann::json runInfo(const nlohmann::json& config, const nlohmann::json& model, const data::Dataset& dataset,
        std::uint64_t seed, c10::Device device);
    void say(const std::string& message) const;
    /// Seeds torch's generators (the weights' initialisation); the data order and augmentation are seeded per step.
    static void seedTorch(std::uint64_t seed);
    /// The device the trainer settings name, for this rank.
    c10::Device device(const training::TrainerConfig& config) const;
    /// Refuses a new run in a directory that holds one (rank 0 looks: the others may come after it made the run).
    void checkDirectoryIsFree() const;
    /// The run directory this process trains into: rank 0 of a data-parallel run (or a single process)
    /// creates it (or opens it to resume); the other ranks wait for that, then follow it read-only.
    RunDirectory openRun(bool resume, const std::string& kind, const nlohmann::json& info) const;
    /// Trains `model` with `config`, logging into `run` under `phase` ("" for the main training), and
    /// sets the run's status from the outcome. Rethrows failures after marking the run failed.
    training::TrainingResult train(RunDirectory& run, training::ClassifierModel& model, const data::ImageSet& train,
        const data::ImageSet& val, const data::Preprocessor& preprocessor, const training::TrainerConfig& config,
        c10::Device device, const std::string& checkpoint, const std::string& phase = {});

    std::string m_directory;
    std::shared_ptr<distributed::Communicator> m_communicator;

private:
    void forgetTrainer();

    std::mutex m_mutex;
    training::Trainer* m_trainer = nullptr;
    std::atomic<bool> m_cancel { false };
    std::string m_cancelReason; ///< guarded by m_mutex
    std::atomic<bool> m_paused { false };
};

} // namespace hiernet::runs
