#pragma once
#include "data/Dataset.h"
#include "data/Preprocessing.h"
#include "training/ClassifierModel.h"
#include "training/LrSchedule.h"

#include <c10/core/Device.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <mutex>
#include <string>
#include <vector>

namespace c10 {
class Error;
}

namespace hiernet::distributed {
class Communicator;
}

namespace hiernet::training {

struct TrainerConfig {
    std::string schedule = "quick"; ///< paper, reference, quick or custom
    std::int64_t iterations = 0; ///< 0: from `epochs`, else the schedule's own length
    double epochs = 0;
    std::vector<std::int64_t> boundaries; ///< custom schedule
    std::vector<double> rates; ///< custom schedule
    int batchSize = 128;
    double momentum = 0.9;
    double weightDecay = 1e-4;
    std::uint64_t seed = 0;
    std::string device = "auto";
    /// flip-translate (paper: flips, whole-pixel shifts), flip-translate-bilinear (the paper code's continuous
    /// shifts, resampled bilinearly), flip, or none
    std::string augmentation = "flip-translate";
    bool channelsLast = false; ///< 4-D weights and input batches in NHWC memory order (same results)
    bool bf16 = false; ///< forward pass under bf16 autocast (same training up to rounding)
    bool cudaGraphs = false; ///< whole training step captured as a CUDA graph (CUDA only)
    bool dataOnDevice = true; ///< train set kept on the training device, batches gathered and augmented there
    /// Data-parallel runs: batch norm with the statistics of the global batch (torch.nn.SyncBatchNorm), so
    /// that N ranks train exactly as one process; off, each rank normalises with its share (as PyTorch DDP).
    bool syncBatchNorm = false;
    std::int64_t validateEvery = 0; ///< iterations; 0: once per epoch
    std::int64_t checkpointEvery = 0; ///< iterations; 0: once per epoch
    std::int64_t logEvery = 20;

    nlohmann::json toJson() const;
    static TrainerConfig fromJson(const nlohmann::json& json);
    /// Throws hiernet::Error naming the bad value; `ranks`: the processes of a data-parallel run.
    void validate(int ranks = 1) const;
    LrSchedule makeSchedule(std::int64_t iterationsPerEpoch) const;
};

struct TrainingProgress {
    std::int64_t iteration = 0; ///< iterations done
    std::int64_t total = 0;
    double epoch = 0;
    double loss = 0; ///< mean over the iterations since the last report
    double trainAccuracy = 0; ///< same window
    double learningRate = 0;
    double imagesPerSecond = 0;
    double etaSeconds = 0;
    std::int64_t deviceMemoryBytes = 0; ///< device memory this process holds (CUDA; 0 on the CPU)
};

struct ValidationReport {
    std::int64_t iteration = 0;
    double loss = 0;
    double accuracy = 0;
    double top5 = 0;
    nlohmann::json extras = nlohmann::json::object(); ///< model-specific figures (ClassifierModel::validationExtras)
};

enum class TrainingOutcome { Finished, Cancelled, Diverged };

struct TrainingResult {
    TrainingOutcome outcome = TrainingOutcome::Finished;
    std::int64_t iteration = 0;
    std::string message;
};
std::string toString(TrainingOutcome outcome);

/// Trains a ClassifierModel with SGD on a schedule, from a seeded data order and augmentation that
/// depend only on (seed, iteration) — so a run resumed from its checkpoint ends exactly where the
/// uninterrupted run would (on CPU). Thread-safe controls: requestCancel(), setPaused().
///
/// Data parallel: given a communicator of more than one rank (as PyTorch passes a process group), the global
/// batch `batchSize` is split evenly over the ranks — each takes its share of the same seeded order and
/// augmentation draws — and the gradients are averaged over them before each update, so the schedule
/// and the global batch stay those of one process. Rank 0 loads the checkpoint and hands its state to
/// the others, validates and saves; the loss, accuracy and speed reported are the global batch's, and
/// a cancel reaches all ranks at the next log point.
///
///     Trainer trainer(model, ds.train, ds.split(Split::Val), prep, config, device);
///     trainer.setCheckpointPath(run.checkpointPath());
///     trainer.onProgress = [](const TrainingProgress& p) { … };
///     auto result = trainer.run();   // resumes when the checkpoint exists
class Trainer {
public:
    Trainer(ClassifierModel& model, const data::ImageSet& train, const data::ImageSet& val,
        const data::Preprocessor& preprocessor, TrainerConfig config, c10::Device device,
        std::shared_ptr<distributed::Communicator> communicator = nullptr);

    std::function<void(const TrainingProgress&)> onProgress;
    std::function<void(const ValidationReport&)> onValidation;
    std::function<void(std::int64_t iteration)> onCheckpoint;
    /// Once, before the first step: the iteration training starts at (the checkpoint's, or 0).
    std::function<void(std::int64_t iteration)> onStart;

    /// Where checkpoints go; when the file exists, run() continues from it.
    void setCheckpointPath(const std::string& path) { m_checkpointPath = path; }
    /// Trains until the schedule ends, cancel, or a non-finite loss.
    TrainingResult run();

    /// Stops after the step in flight with a checkpoint; `reason` (e.g. "SIGTERM") goes into the result's message.
    void requestCancel(const std::string& reason = {});
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    const LrSchedule& schedule() const { return m_schedule; }
    std::int64_t iterationsPerEpoch() const { return m_iterationsPerEpoch; }

private:
    struct Loop; ///< one run()'s state between its steps (Trainer.cpp)
    /// The iteration to start at: rank 0's checkpoint (0 without one), handed with its state to every rank.
    std::int64_t start(class Sgd& sgd);
    /// This rank's share of the global batch at `iteration`, augmented, on the device.
    std::pair<at::Tensor, at::Tensor> batchAt(Loop& loop, std::int64_t iteration);
    /// Reads the pending steps (summed over the ranks, with their stop requests); the first non-finite loss.
    std::pair<std::int64_t, double> readWindow(Loop& loop);
    /// A non-finite loss, or (`beforeSaving`) non-finite parameters: the result that ends the run.
    std::optional<TrainingResult> divergence(Loop& loop, bool beforeSaving);
    void reportProgress(Loop& loop, double learningRate);
    /// After a step: log, validate and save where the periods say; a divergence ends the run.
    std::optional<TrainingResult> afterStep(Loop& loop, double learningRate);
    TrainingResult stopWithCheckpoint(Loop& loop);
    TrainingResult train(Loop& loop);
    /// Parameters and floating buffers (batch-norm statistics) all finite.
    bool parametersFinite();
    /// A data-parallel run: rank 0's iteration, weights, buffers and momentum go to every rank.
    std::int64_t startTogether(std::int64_t iteration, class Sgd& sgd);
    /// A data-parallel run: rank 0's buffers (batch-norm running statistics) go to every rank.
    void shareBuffers();
    void saveCheckpoint(std::int64_t iteration, class Sgd& sgd);
    std::int64_t loadCheckpoint(class Sgd& sgd);
    ValidationReport validate(std::int64_t iteration);
    /// Names the device, the iteration and the batch size, suggests a smaller one and says which checkpoint is kept.
    std::string outOfMemoryMessage(std::int64_t iteration, std::int64_t lastCheckpoint, const c10::Error& error) const;
    void waitWhilePaused();

    ClassifierModel& m_model;
    data::ImageSet m_train;
    data::ImageSet m_val;
    const data::Preprocessor& m_preprocessor;
    data::Preprocessor m_augmenter; ///< the same mean image, with this run's augmentation
    TrainerConfig m_config;
    c10::Device m_device;
    std::shared_ptr<distributed::Communicator> m_communicator; ///< set when this process is one rank of several
    std::int64_t m_iterationsPerEpoch = 1;
    LrSchedule m_schedule;
    std::string m_checkpointPath;

    std::atomic<bool> m_cancel { false };
    std::atomic<bool> m_paused { false };
    std::string m_cancelReason; ///< guarded by m_pauseMutex
    std::mutex m_pauseMutex;
    std::condition_variable m_pauseChanged;
};

} // namespace hiernet::training
