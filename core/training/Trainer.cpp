#include "training/Trainer.h"

#include "training/Checkpoint.h"
#include "training/Evaluation.h"
#include "training/Sgd.h"
#include "util/Error.h"

#include <torch/torch.h>

#include <chrono>
#include <fstream>
#include <cmath>
#include <sstream>

namespace hiernet::training {

nlohmann::json TrainerConfig::toJson() const
{
    nlohmann::json json = {{"schedule", schedule},       {"iterations", iterations},     {"epochs", epochs},
                           {"batch_size", batchSize},    {"momentum", momentum},         {"weight_decay", weightDecay},
                           {"seed", seed},               {"device", device},             {"augmentation", augmentation},
                           {"channels_last", channelsLast},
                           {"validate_every", validateEvery}, {"checkpoint_every", checkpointEvery}, {"log_every", logEvery}};
    if (schedule == "custom") {
        json["boundaries"] = boundaries;
        json["rates"] = rates;
    }
    return json;
}

TrainerConfig TrainerConfig::fromJson(const nlohmann::json& json)
{
    TrainerConfig c;
    c.schedule = json.value("schedule", c.schedule);
    c.iterations = json.value("iterations", c.iterations);
    c.epochs = json.value("epochs", c.epochs);
    c.batchSize = json.value("batch_size", c.batchSize);
    c.momentum = json.value("momentum", c.momentum);
    c.weightDecay = json.value("weight_decay", c.weightDecay);
    c.seed = json.value("seed", c.seed);
    c.device = json.value("device", c.device);
    c.augmentation = json.value("augmentation", c.augmentation);
    c.channelsLast = json.value("channels_last", c.channelsLast);
    c.validateEvery = json.value("validate_every", c.validateEvery);
    c.checkpointEvery = json.value("checkpoint_every", c.checkpointEvery);
    c.logEvery = json.value("log_every", c.logEvery);
    c.boundaries = json.value("boundaries", c.boundaries);
    c.rates = json.value("rates", c.rates);
    return c;
}

void TrainerConfig::validate() const
{
    if (batchSize < 1)
        throw Error("batch size " + std::to_string(batchSize) + " must be at least 1");
    if (iterations < 0)
        throw Error("iterations " + std::to_string(iterations) + " cannot be negative");
    if (!(epochs >= 0) || !std::isfinite(epochs))
        throw Error("epochs must be a non-negative number");
    if (iterations > 0 && epochs > 0)
        throw Error("give either iterations or epochs, not both");
    if (momentum < 0 || momentum >= 1)
        throw Error("momentum " + std::to_string(momentum) + " must be in [0, 1)");
    if (weightDecay < 0)
        throw Error("weight decay cannot be negative");
    if (validateEvery < 0 || checkpointEvery < 0 || logEvery < 1)
        throw Error("validation, checkpoint and log periods must be positive");
    if (augmentation != "flip-translate" && augmentation != "flip" && augmentation != "none")
        throw Error("unknown augmentation '" + augmentation + "' (expected flip-translate, flip or none)");
    makeSchedule(1); // checks the schedule's name and custom values
}

LrSchedule TrainerConfig::makeSchedule(std::int64_t iterationsPerEpoch) const
{
    const auto total = iterations > 0 ? iterations : std::int64_t(std::llround(epochs * double(iterationsPerEpoch)));
    if (schedule == "custom")
        return LrSchedule::custom(boundaries, rates, total);
    return LrSchedule::named(schedule, total, iterationsPerEpoch);
}

std::string toString(TrainingOutcome outcome)
{
    switch (outcome) {
    case TrainingOutcome::Finished: return "finished";
    case TrainingOutcome::Cancelled: return "cancelled";
    case TrainingOutcome::Diverged: return "diverged";
    }
    return "?";
}

Trainer::Trainer(ClassifierModel& model, const data::ImageSet& train, const data::ImageSet& val,
                 const data::Preprocessor& preprocessor, TrainerConfig config, c10::Device device)
    : m_model(model)
    , m_preprocessor(preprocessor)
    , m_config(std::move(config))
    , m_device(device)
{
    m_config.validate();
    if (train.size() == 0)
        throw Error("the train set is empty");
    // Keep the uint8 images on the training device: batches are gathered and augmented there.
    m_train = {train.images.to(device), train.labels.to(device), {}};
    m_val = val;
    auto augmentation = preprocessor.options();
    augmentation.flip = true;
    augmentation.maxShift = m_config.augmentation == "flip-translate" ? augmentation.maxShift : 0.0;
    m_augmenter = preprocessor.withAugmentation(augmentation);
    m_iterationsPerEpoch = std::max<std::int64_t>(1, train.size() / std::min<std::int64_t>(m_config.batchSize, train.size()));
    m_schedule = m_config.makeSchedule(m_iterationsPerEpoch);
    if (m_schedule.totalIterations() < 1)
        throw Error("the run would train for 0 iterations; give --iterations or --epochs");
}

void Trainer::requestCancel()
{
    m_cancel = true;
    setPaused(false);
}

void Trainer::setPaused(bool paused)
{
    {
        std::lock_guard<std::mutex> lock(m_pauseMutex);
        m_paused = paused;
    }
    m_pauseChanged.notify_all();
}

void Trainer::waitWhilePaused()
{
    std::unique_lock<std::mutex> lock(m_pauseMutex);
    m_pauseChanged.wait(lock, [this] { return !m_paused || m_cancel; });
}

void Trainer::saveCheckpoint(std::int64_t iteration, Sgd& sgd)
{
    if (m_checkpointPath.empty())
        return;
    auto state = moduleState(m_model.module());
    for (const auto& [name, buffer] : sgd.state())
        state["sgd." + name] = buffer;
    state["trainer.iteration"] = torch::tensor(iteration, torch::kInt64);
    state["trainer.seed"] = torch::tensor(std::int64_t(m_config.seed), torch::kInt64);
    saveTensors(m_checkpointPath, state);
    if (onCheckpoint)
        onCheckpoint(iteration);
}

std::int64_t Trainer::loadCheckpoint(Sgd& sgd)
{
    const auto state = loadTensors(m_checkpointPath);
    loadModuleState(m_model.module(), state, m_checkpointPath);
    std::map<std::string, at::Tensor> momentum;
    for (const auto& [key, value] : state)
        if (key.rfind("sgd.", 0) == 0)
            momentum[key.substr(4)] = value;
    sgd.loadState(momentum);
    const auto it = state.find("trainer.iteration");
    if (it == state.end())
        throw Error(m_checkpointPath + ": no training iteration stored; not a training checkpoint");
    return it->second.item<std::int64_t>();
}

ValidationReport Trainer::validate(std::int64_t iteration)
{
    ValidationReport report;
    report.iteration = iteration;
    if (m_val.size() == 0)
        return report;
    const auto result = evaluate(m_model, m_val, m_preprocessor, m_device);
    report.loss = result.loss;
    report.accuracy = result.top1;
    report.top5 = result.top5;
    report.extras = m_model.validationExtras(m_val, m_preprocessor, m_device);
    if (onValidation)
        onValidation(report);
    return report;
}

TrainingResult Trainer::run()
{
    auto& module = m_model.module();
    module.to(m_device);
    if (m_config.channelsLast) {
        // set_data keeps each parameter the same tensor, so the optimiser and checkpoints see no difference.
        torch::NoGradGuard noGrad;
        for (auto& p : module.parameters())
            if (p.dim() == 4)
                p.set_data(p.data().contiguous(at::MemoryFormat::ChannelsLast));
    }
    std::vector<std::pair<std::string, at::Tensor>> parameters;
    for (const auto& p : module.named_parameters())
        parameters.emplace_back(p.key(), p.value());
    Sgd sgd(parameters, m_config.momentum, m_config.weightDecay);

    std::int64_t iteration = 0;
    if (!m_checkpointPath.empty() && std::ifstream(m_checkpointPath).good())
        iteration = loadCheckpoint(sgd);
    std::int64_t lastCheckpoint = iteration;

    const auto total = m_schedule.totalIterations();
    const auto perEpoch = m_iterationsPerEpoch;
    const auto batch = std::min<std::int64_t>(m_config.batchSize, m_train.size());
    const auto validateEvery = m_config.validateEvery > 0 ? m_config.validateEvery : perEpoch;
    const auto checkpointEvery = m_config.checkpointEvery > 0 ? m_config.checkpointEvery : perEpoch;

    module.train();
    at::Tensor order;
    std::int64_t orderEpoch = -1;
    double windowLoss = 0, windowCorrect = 0;
    std::int64_t windowSteps = 0, speedImages = 0;
    auto windowStart = std::chrono::steady_clock::now();
    double imagesPerSecond = 0;

    while (iteration < total) {
        if (m_paused)
            waitWhilePaused();
        if (m_cancel) {
            saveCheckpoint(iteration, sgd);
            return {TrainingOutcome::Cancelled, iteration, "stopped at iteration " + std::to_string(iteration) + "; checkpoint saved"};
        }
        const auto epoch = iteration / perEpoch;
        if (epoch != orderEpoch) {
            // The order of an epoch depends only on (seed, epoch): resuming mid-epoch finds the same batches.
            auto generator = at::detail::createCPUGenerator(m_config.seed * 1000003ULL + std::uint64_t(epoch));
            order = torch::randperm(m_train.size(), generator, torch::TensorOptions().dtype(torch::kInt64)).to(m_device);
            orderEpoch = epoch;
        }
        const auto index = order.slice(0, (iteration % perEpoch) * batch, (iteration % perEpoch + 1) * batch);
        const auto rawImages = m_train.images.index_select(0, index);
        const auto labels = m_train.labels.index_select(0, index);
        auto input = m_config.augmentation != "none" ? m_augmenter.augment(rawImages, m_config.seed, std::uint64_t(iteration))
                                      : m_preprocessor.normalize(rawImages);
        if (m_config.channelsLast)
            input = input.contiguous(at::MemoryFormat::ChannelsLast);
        const auto logp = m_model.logProbabilities(input);
        const auto loss = torch::nll_loss(logp, labels);
        const double lossValue = loss.item<double>();
        const double lr = m_schedule.learningRate(iteration);
        if (!std::isfinite(lossValue)) {
            std::ostringstream msg;
            msg << "training diverged: the loss became " << lossValue << " at iteration " << iteration << " (learning rate " << lr
                << "); the last good checkpoint (iteration " << lastCheckpoint << ") is kept — try a lower learning rate";
            return {TrainingOutcome::Diverged, iteration, msg.str()};
        }
        sgd.zeroGrad();
        loss.backward();
        sgd.step(lr, m_schedule.weightDecayFactor(iteration));
        ++iteration;

        windowLoss += lossValue;
        windowCorrect += logp.argmax(1).eq(labels).sum().item<double>();
        ++windowSteps;
        speedImages += batch;
        if (iteration % m_config.logEvery == 0 || iteration == total) {
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - windowStart).count();
            imagesPerSecond = seconds > 0 ? double(speedImages) / seconds : 0;
            if (onProgress) {
                TrainingProgress p;
                p.iteration = iteration;
                p.total = total;
                p.epoch = double(iteration) / double(perEpoch);
                p.loss = windowLoss / double(windowSteps);
                p.trainAccuracy = windowCorrect / double(windowSteps * batch);
                p.learningRate = lr;
                p.imagesPerSecond = imagesPerSecond;
                p.etaSeconds = imagesPerSecond > 0 ? double((total - iteration) * batch) / imagesPerSecond : 0;
                onProgress(p);
            }
            windowLoss = windowCorrect = 0;
            windowSteps = speedImages = 0;
            windowStart = std::chrono::steady_clock::now();
        }
        if (iteration % validateEvery == 0 || iteration == total) {
            validate(iteration);
            // Validation time is not training speed: restart the speed window.
            speedImages = 0;
            windowStart = std::chrono::steady_clock::now();
        }
        if (iteration % checkpointEvery == 0 || iteration == total) {
            saveCheckpoint(iteration, sgd);
            lastCheckpoint = iteration;
        }
    }
    return {TrainingOutcome::Finished, iteration, "finished " + std::to_string(iteration) + " iterations"};
}

} // namespace hiernet::training
