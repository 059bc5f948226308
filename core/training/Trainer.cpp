#include "training/Trainer.h"

#include "models/SavedLayout.h"

#include "distributed/Communicator.h"
#include "training/Checkpoint.h"
#include "training/DataParallel.h"
#include "training/Device.h"
#include "training/Evaluation.h"
#include "training/Sgd.h"
#include "training/TrainingStep.h"
#include "util/Error.h"

#include <torch/torch.h>

#include <chrono>
#include <optional>
#include <fstream>
#include <cmath>
#include <sstream>

namespace hiernet::training {

nlohmann::json TrainerConfig::toJson() const
{
    nlohmann::json json = { { "schedule", schedule }, { "iterations", iterations }, { "epochs", epochs },
        { "batch_size", batchSize }, { "momentum", momentum }, { "weight_decay", weightDecay }, { "seed", seed },
        { "device", device }, { "augmentation", augmentation }, { "channels_last", channelsLast }, { "bf16", bf16 },
        { "cuda_graphs", cudaGraphs }, { "data_on_device", dataOnDevice }, { "sync_batch_norm", syncBatchNorm },
        { "validate_every", validateEvery }, { "checkpoint_every", checkpointEvery }, { "log_every", logEvery } };
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
    c.bf16 = json.value("bf16", c.bf16);
    c.cudaGraphs = json.value("cuda_graphs", c.cudaGraphs);
    c.dataOnDevice = json.value("data_on_device", c.dataOnDevice);
    c.syncBatchNorm = json.value("sync_batch_norm", c.syncBatchNorm);
    c.validateEvery = json.value("validate_every", c.validateEvery);
    c.checkpointEvery = json.value("checkpoint_every", c.checkpointEvery);
    c.logEvery = json.value("log_every", c.logEvery);
    c.boundaries = json.value("boundaries", c.boundaries);
    c.rates = json.value("rates", c.rates);
    return c;
}

void TrainerConfig::validate(int ranks) const
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
    if (augmentation != "flip-translate" && augmentation != "flip-translate-bilinear" && augmentation != "flip"
        && augmentation != "none")
        throw Error(
            "unknown augmentation '" + augmentation + "' (expected flip-translate, flip-translate-bilinear, flip or none)");
    makeSchedule(1); // checks the schedule's name and custom values
    if (cudaGraphs && !resolveDevice(device).is_cuda())
        throw Error("CUDA graphs (--cuda-graphs) need a CUDA device; device '" + device + "' trains on the CPU here");
    if (ranks > 1) {
        if (cudaGraphs)
            throw Error("CUDA graphs (--cuda-graphs) and data-parallel training (" + std::to_string(ranks)
                + " processes) do not go together: the gradient averaging cannot be captured; train without --cuda-graphs");
        if (batchSize % ranks != 0)
            throw Error("batch size " + std::to_string(batchSize) + " does not split evenly over " + std::to_string(ranks)
                + " processes; give a batch size that is a multiple of " + std::to_string(ranks));
    }
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
    case TrainingOutcome::Finished:
        return "finished";
    case TrainingOutcome::Cancelled:
        return "cancelled";
    case TrainingOutcome::Diverged:
        return "diverged";
    }
    return "?";
}

namespace detail {

/// Loss and hits of the steps since the last read. They stay on the device until read, so that a
/// step never waits for the GPU; a read happens at log points and before anything is saved.
class StepWindow {
public:
    void add(std::int64_t iteration, const StepOutput& out)
    {
        if (m_losses.empty())
            m_firstIteration = iteration;
        m_losses.push_back(out.loss);
        m_correct.push_back(out.correct);
    }

    /// What the pending steps add to the sums.
    struct Pending {
        std::int64_t badIteration = -1; ///< of the first non-finite loss, or -1
        double badLoss = 0;
        double lossSum = 0, correctSum = 0;
        std::int64_t steps = 0;
    };

    /// Reads the pending steps (their finite losses and their hits) and forgets them.
    Pending read()
    {
        Pending pending;
        if (m_losses.empty())
            return pending;
        const auto losses = torch::stack(m_losses).to(torch::kCPU, torch::kFloat64);
        pending.correctSum = torch::stack(m_correct).sum().item<double>();
        const auto values = losses.accessor<double, 1>();
        for (std::int64_t i = 0; i < values.size(0); ++i) {
            if (!std::isfinite(values[i])) {
                pending.badIteration = m_firstIteration + i;
                pending.badLoss = values[i];
                break;
            }
            pending.lossSum += values[i];
        }
        pending.steps = values.size(0);
        m_losses.clear();
        m_correct.clear();
        return pending;
    }

    void addToSums(const Pending& pending)
    {
        lossSum += pending.lossSum;
        correctSum += pending.correctSum;
        steps += pending.steps;
    }

    void resetSums()
    {
        lossSum = correctSum = 0;
        steps = 0;
    }

    double lossSum = 0, correctSum = 0;
    std::int64_t steps = 0;

private:
    std::vector<at::Tensor> m_losses, m_correct;
    std::int64_t m_firstIteration = 0;
};

} // namespace detail

namespace {

/// The caching CUDA allocator throws OutOfMemoryError; the CPU allocator a plain error with this text.
bool isOutOfMemory(const c10::Error& e)
{
    if (dynamic_cast<const c10::OutOfMemoryError*>(&e))
        return true;
    const std::string text = e.what_without_backtrace();
    return text.find("DefaultCPUAllocator: can't allocate memory") != std::string::npos
        || text.find("DefaultCPUAllocator: not enough memory") != std::string::npos;
}

} // namespace

Trainer::Trainer(ClassifierModel& model, const data::ImageSet& train, const data::ImageSet& val,
    const data::Preprocessor& preprocessor, TrainerConfig config, c10::Device device,
    std::shared_ptr<distributed::Communicator> communicator)
    : m_model(model)
    , m_preprocessor(preprocessor)
    , m_config(std::move(config))
    , m_device(device)
{
    m_config.validate(distributed::worldSize(communicator.get()));
    if (train.size() == 0)
        throw Error("the train set is empty");
    if (communicator && communicator->size() > 1) {
        m_communicator = std::move(communicator); // validate() checked the batch size and the switches against the ranks
        const auto ranks = m_communicator->size();
        if (train.size() < m_config.batchSize && train.size() % ranks != 0)
            throw Error("the train set's " + std::to_string(train.size()) + " images (the batch, as the set is smaller than "
                + std::to_string(m_config.batchSize) + ") do not split evenly over " + std::to_string(ranks) + " processes");
    }
    // With dataOnDevice the uint8 images live on the training device: batches are gathered and
    // augmented there, and only the order and the augmentation draws cross the bus.
    const auto dataDevice = m_config.dataOnDevice ? device : c10::Device(c10::kCPU);
    m_train = { train.images.to(dataDevice), train.labels.to(dataDevice), {} };
    m_val = val;
    auto augmentation = preprocessor.options();
    augmentation.flip = m_config.augmentation != "none";
    augmentation.bilinear = m_config.augmentation == "flip-translate-bilinear";
    augmentation.maxShift = m_config.augmentation == "flip-translate" || augmentation.bilinear ? augmentation.maxShift : 0.0;
    m_augmenter = preprocessor.withAugmentation(augmentation);
    m_iterationsPerEpoch = std::max<std::int64_t>(1, train.size() / std::min<std::int64_t>(m_config.batchSize, train.size()));
    m_schedule = m_config.makeSchedule(m_iterationsPerEpoch);
    if (m_schedule.totalIterations() < 1)
        throw Error("the run would train for 0 iterations; give --iterations or --epochs");
}

void Trainer::requestCancel(const std::string& reason)
{
    {
        std::lock_guard<std::mutex> lock(m_pauseMutex);
        if (m_cancelReason.empty())
            m_cancelReason = reason;
    }
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

bool Trainer::parametersFinite()
{
    torch::NoGradGuard noGrad;
    std::vector<at::Tensor> finite;
    for (const auto& p : m_model.module().parameters())
        finite.push_back(torch::isfinite(p).all());
    // Batch-norm statistics too: an overflowing batch can leave them non-finite while the weights are not.
    for (const auto& b : m_model.module().buffers())
        if (b.is_floating_point())
            finite.push_back(torch::isfinite(b).all());
    return finite.empty() || torch::stack(finite).all().item<bool>();
}

void Trainer::saveCheckpoint(std::int64_t iteration, Sgd& sgd)
{
    if (m_checkpointPath.empty())
        return;
    auto state = moduleState(m_model.module());
    // Momentum under the names the parameters are saved under (a HierNet's nodes, not its stacked siblings).
    for (const auto& [name, buffer] : models::toSavedNames(m_model.module(), sgd.state()))
        state["sgd." + name] = buffer.to(torch::kCPU).clone();
    state["trainer.iteration"] = torch::tensor(iteration, torch::kInt64);
    state["trainer.seed"] = torch::tensor(std::int64_t(m_config.seed), torch::kInt64);
    saveTensors(m_checkpointPath, state);
    if (onCheckpoint)
        onCheckpoint(iteration);
}

std::int64_t Trainer::startTogether(std::int64_t iteration, Sgd& sgd)
{
    torch::NoGradGuard noGrad;
    auto& module = m_model.module();
    const auto named = module.named_parameters();
    // Rank 0's iteration and which parameters have momentum (a resumed run); then the tensors themselves.
    auto momentum = sgd.state();
    auto header = torch::zeros({ std::int64_t(named.size()) + 1 }, torch::kInt64);
    header[0] = iteration;
    for (std::size_t i = 0; i < named.size(); ++i)
        header[std::int64_t(i) + 1] = momentum.count(named[i].key()) ? 1 : 0;
    m_communicator->broadcast({ header }, 0, "starting the ranks at rank 0's state");
    iteration = header[0].item<std::int64_t>();
    if (m_communicator->rank() != 0) {
        std::map<std::string, at::Tensor> zeros;
        for (std::size_t i = 0; i < named.size(); ++i)
            if (header[std::int64_t(i) + 1].item<std::int64_t>() != 0)
                zeros[named[i].key()] = torch::zeros_like(named[i].value());
        sgd.loadState(zeros);
        momentum = sgd.state();
    }
    std::vector<at::Tensor> state;
    for (const auto& p : module.parameters())
        state.push_back(p);
    for (const auto& b : module.buffers())
        state.push_back(b);
    for (const auto& [name, buffer] : momentum)
        state.push_back(buffer);
    m_communicator->broadcast(state, 0, "starting the ranks at rank 0's state");
    return iteration;
}

void Trainer::shareBuffers()
{
    if (!m_communicator)
        return;
    const auto buffers = m_model.module().buffers();
    m_communicator->broadcast(
        std::vector<at::Tensor>(buffers.begin(), buffers.end()), 0, "sharing rank 0's batch-norm statistics");
}

std::int64_t Trainer::loadCheckpoint(Sgd& sgd)
{
    const auto state = loadTensors(m_checkpointPath);
    loadModuleState(m_model.module(), state, m_checkpointPath);
    std::map<std::string, at::Tensor> momentum;
    for (const auto& [key, value] : state)
        if (key.rfind("sgd.", 0) == 0)
            momentum[key.substr(4)] = value;
    sgd.loadState(models::toOwnNames(m_model.module(), momentum, m_checkpointPath));
    const auto it = state.find("trainer.iteration");
    if (it == state.end())
        throw Error(m_checkpointPath + ": no training iteration stored; not a training checkpoint");
    return it->second.item<std::int64_t>();
}

std::string Trainer::outOfMemoryMessage(std::int64_t iteration, std::int64_t lastCheckpoint, const c10::Error& error) const
{
    std::ostringstream msg;
    msg << "out of memory on " << m_device.str() << " at iteration " << iteration << " with batch size " << m_config.batchSize;
    if (const auto held = deviceMemoryReserved(m_device); held > 0)
        msg << " (" << (double(held) / double(1LL << 30)) << " GiB held by this run)";
    msg << ": try a smaller batch size";
    if (m_config.batchSize > 1)
        msg << ", e.g. " << m_config.batchSize / 2;
    if (m_config.cudaGraphs)
        msg << ", or train without CUDA graphs";
    msg << ". ";
    if (m_checkpointPath.empty())
        msg << "Nothing was saved.";
    else if (lastCheckpoint > 0)
        msg << "The last checkpoint (iteration " << lastCheckpoint << ") is kept in " << m_checkpointPath << ".";
    else
        msg << "No checkpoint had been written yet.";
    msg << " (" << error.what_without_backtrace() << ")";
    return msg.str();
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

/// One run()'s state between its steps.
struct Trainer::Loop {
    Loop(Sgd& sgd, TrainingStep& step)
        : sgd(sgd)
        , step(step)
    {
    }

    Sgd& sgd;
    TrainingStep& step;
    bool leads = true; ///< a single process, or rank 0: it reads and writes the run's files
    int ranks = 1;
    int rank = 0;
    std::int64_t iteration = 0;
    std::int64_t lastCheckpoint = 0;
    std::int64_t total = 0;
    std::int64_t perEpoch = 1;
    std::int64_t batch = 1; ///< the global batch
    std::int64_t validateEvery = 1;
    std::int64_t checkpointEvery = 1;
    at::Tensor order; ///< of the epoch `orderEpoch`
    std::int64_t orderEpoch = -1;
    detail::StepWindow window;
    std::int64_t speedImages = 0;
    std::chrono::steady_clock::time_point windowStart = std::chrono::steady_clock::now();
    bool stopAgreed = false; ///< a data-parallel run: some rank was asked to stop

    void restartSpeedWindow()
    {
        speedImages = 0;
        windowStart = std::chrono::steady_clock::now();
    }
};

std::int64_t Trainer::start(Sgd& sgd)
{
    std::int64_t iteration = 0;
    const bool leads = distributed::leads(m_communicator.get());
    if (leads && !m_checkpointPath.empty() && std::ifstream(m_checkpointPath).good())
        iteration = loadCheckpoint(sgd);
    if (m_communicator)
        iteration = startTogether(iteration, sgd);
    return iteration;
}

std::pair<at::Tensor, at::Tensor> Trainer::batchAt(Loop& loop, std::int64_t iteration)
{
    const auto epoch = iteration / loop.perEpoch;
    if (epoch != loop.orderEpoch) {
        // The order of an epoch depends only on (seed, epoch): resuming mid-epoch finds the same batches.
        auto generator = at::detail::createCPUGenerator(m_config.seed * 1000003ULL + std::uint64_t(epoch));
        loop.order
            = torch::randperm(m_train.size(), generator, torch::TensorOptions().dtype(torch::kInt64)).to(m_train.images.device());
        loop.orderEpoch = epoch;
    }
    // This rank's share of the global batch, with the share's augmentation draws.
    const auto share = loop.batch / loop.ranks;
    const auto first = (iteration % loop.perEpoch) * loop.batch + loop.rank * share;
    const auto index = loop.order.slice(0, first, first + share);
    const auto rawImages = m_train.images.index_select(0, index);
    const auto labels = m_train.labels.index_select(0, index).to(m_device);
    auto input = m_config.augmentation != "none"
        ? m_augmenter.augment(rawImages, m_config.seed, std::uint64_t(iteration), loop.rank * share, loop.batch)
        : m_preprocessor.normalize(rawImages);
    input = input.to(m_device);
    if (m_config.channelsLast)
        input = input.contiguous(at::MemoryFormat::ChannelsLast);
    return { input, labels };
}

std::pair<std::int64_t, double> Trainer::readWindow(Loop& loop)
{
    // In a data-parallel run the figures are summed over the ranks, together with whether any rank diverged
    // or was asked to stop, so that all ranks take the same decision at the same iteration.
    auto pending = loop.window.read();
    if (m_communicator) {
        const auto total = m_communicator->sum(
            { pending.lossSum, pending.correctSum, pending.badIteration >= 0 ? 1.0 : 0.0, m_cancel ? 1.0 : 0.0 },
            "sharing the training figures");
        pending.lossSum = total[0] / loop.ranks;
        pending.correctSum = total[1];
        if (total[2] > 0 && pending.badIteration < 0) {
            pending.badIteration = loop.iteration;
            pending.badLoss = std::nan("");
        }
        loop.stopAgreed = total[3] > 0;
    }
    loop.window.addToSums(pending);
    return { pending.badIteration, pending.badLoss };
}

std::optional<TrainingResult> Trainer::divergence(Loop& loop, bool beforeSaving)
{
    // A non-finite loss ends the run, and so do non-finite parameters before a save: the last good
    // checkpoint is never overwritten by a diverged state.
    auto [badIteration, badLoss] = readWindow(loop);
    if (badIteration < 0) {
        if (!beforeSaving || parametersFinite())
            return std::nullopt;
        badIteration = loop.iteration;
        badLoss = std::nan("");
    }
    std::ostringstream msg;
    msg << "training diverged: the loss became " << badLoss << " at iteration " << badIteration << " (learning rate "
        << m_schedule.learningRate(badIteration) << "); the last good checkpoint (iteration " << loop.lastCheckpoint
        << ") is kept — try a lower learning rate";
    return TrainingResult { TrainingOutcome::Diverged, badIteration, msg.str() };
}

void Trainer::reportProgress(Loop& loop, double learningRate)
{
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - loop.windowStart).count();
    const double imagesPerSecond = seconds > 0 ? double(loop.speedImages) / seconds : 0;
    if (onProgress && loop.window.steps > 0) {
        TrainingProgress p;
        p.iteration = loop.iteration;
        p.total = loop.total;
        p.epoch = double(loop.iteration) / double(loop.perEpoch);
        p.loss = loop.window.lossSum / double(loop.window.steps);
        p.trainAccuracy = loop.window.correctSum / double(loop.window.steps * loop.batch);
        p.learningRate = learningRate;
        p.imagesPerSecond = imagesPerSecond;
        p.etaSeconds = imagesPerSecond > 0 ? double((loop.total - loop.iteration) * loop.batch) / imagesPerSecond : 0;
        p.deviceMemoryBytes = deviceMemoryReserved(m_device);
        onProgress(p);
    }
    loop.window.resetSums();
    loop.restartSpeedWindow();
}

std::optional<TrainingResult> Trainer::afterStep(Loop& loop, double learningRate)
{
    const auto iteration = loop.iteration;
    const bool logNow = iteration % m_config.logEvery == 0 || iteration == loop.total;
    const bool validateNow = iteration % loop.validateEvery == 0 || iteration == loop.total;
    const bool checkpointNow = iteration % loop.checkpointEvery == 0 || iteration == loop.total;
    if (!logNow && !validateNow && !checkpointNow)
        return std::nullopt;
    if (auto diverged = divergence(loop, checkpointNow))
        return diverged;
    if (logNow)
        reportProgress(loop, learningRate);
    if (validateNow) {
        if (loop.leads)
            validate(iteration);
        loop.restartSpeedWindow(); // validation time is not training speed
    }
    if (checkpointNow) {
        shareBuffers();
        if (loop.leads)
            saveCheckpoint(iteration, loop.sgd);
        loop.lastCheckpoint = iteration;
    }
    return std::nullopt;
}

TrainingResult Trainer::stopWithCheckpoint(Loop& loop)
{
    if (auto diverged = divergence(loop, true))
        return *diverged;
    shareBuffers();
    if (loop.leads)
        saveCheckpoint(loop.iteration, loop.sgd);
    std::string reason;
    {
        std::unique_lock<std::mutex> lock(m_pauseMutex);
        // A stop the ranks agreed on because another rank was asked: the same request (a signal the launcher sends
        // to every rank) usually reaches this one a moment later — wait a little for it, so that rank 0's message
        // names it even on a loaded machine.
        if (m_cancelReason.empty() && m_communicator)
            m_pauseChanged.wait_for(lock, std::chrono::seconds(2), [this] { return !m_cancelReason.empty(); });
        reason = m_cancelReason.empty() && m_communicator ? "another rank's request" : m_cancelReason;
    }
    return { TrainingOutcome::Cancelled, loop.iteration,
        "stopped" + (reason.empty() ? std::string() : " by " + reason) + " at iteration " + std::to_string(loop.iteration)
            + "; checkpoint saved" };
}

TrainingResult Trainer::train(Loop& loop)
{
    while (loop.iteration < loop.total) {
        if (m_paused)
            waitWhilePaused();
        if (m_communicator ? loop.stopAgreed : m_cancel.load())
            return stopWithCheckpoint(loop);
        const auto [input, labels] = batchAt(loop, loop.iteration);
        const double lr = m_schedule.learningRate(loop.iteration);
        loop.window.add(loop.iteration, loop.step.run(input, labels, lr, m_schedule.weightDecayFactor(loop.iteration)));
        ++loop.iteration;
        loop.speedImages += loop.batch;
        if (auto ended = afterStep(loop, lr))
            return *ended;
    }
    return { TrainingOutcome::Finished, loop.iteration, "finished " + std::to_string(loop.iteration) + " iterations" };
}

TrainingResult Trainer::run()
{
    auto& module = m_model.module();
    module.to(m_device);
    if (m_config.channelsLast)
        useChannelsLast(module);
    Sgd sgd(module, m_config.momentum, m_config.weightDecay, m_schedule.decoupledWeightDecay());
    // Only rank 0 reads and writes the run's files; in a data-parallel run it hands its state to the others.
    const auto first = start(sgd);
    if (onStart)
        onStart(first);

    StepOptions stepOptions;
    stepOptions.bf16 = m_config.bf16;
    stepOptions.cudaGraphs = m_config.cudaGraphs;
    TrainingStep step(m_model, sgd, m_device, stepOptions);
    std::optional<DataParallel> parallel;
    if (m_communicator)
        parallel.emplace(*m_communicator, module, step, m_config.syncBatchNorm);

    Loop loop(sgd, step);
    loop.leads = distributed::leads(m_communicator.get());
    loop.ranks = distributed::worldSize(m_communicator.get());
    loop.rank = m_communicator ? m_communicator->rank() : 0;
    loop.iteration = loop.lastCheckpoint = first;
    loop.total = m_schedule.totalIterations();
    loop.perEpoch = m_iterationsPerEpoch;
    loop.batch = std::min<std::int64_t>(m_config.batchSize, m_train.size());
    loop.validateEvery = m_config.validateEvery > 0 ? m_config.validateEvery : loop.perEpoch;
    loop.checkpointEvery = m_config.checkpointEvery > 0 ? m_config.checkpointEvery : loop.perEpoch;
    module.train();
    // An allocation that fails (a batch too large for the GPU) ends the run with advice; nothing is
    // saved after it, so the checkpoint on disk is the last one written.
    try {
        return train(loop);
    } catch (const c10::Error& e) {
        if (!isOutOfMemory(e))
            throw;
        throw Error(outOfMemoryMessage(loop.iteration, loop.lastCheckpoint, e));
    }
}

} // namespace hiernet::training
