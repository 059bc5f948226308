#include "cli/Arguments.h"
#include "cli/Commands.h"

#include "grouping/GroupingEngine.h"
#include "grouping/Hierarchy.h"
#include "grouping/PaperSettings.h"
#include "models/HierNet.h"
#include "runs/BackboneRun.h"
#include "runs/HierNetRun.h"
#include "cli/DataParallel.h"
#include "distributed/Communicator.h"
#include "training/DataParallel.h"
#include "training/Device.h"
#include "training/OpCounter.h"
#include "training/Sgd.h"
#include "training/TrainingStep.h"
#include "data/Preprocessing.h"
#include "util/Threads.h"
#include "util/PeakMemory.h"
#include "grouping/SyntheticCpm.h"
#include "util/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <iomanip>
#include <iostream>
#include <optional>

#include <torch/torch.h>

namespace hiernet::cli {
namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

int benchGrouping(Arguments& a)
{
    const int n = int(a.integer("classes", 1000));
    const int repeats = int(a.integer("repeats", 11));
    const int gMax = int(a.integer("g-max", grouping::kPaperGMax));
    const bool json = a.flag("json");
    a.finish();
    if (n < 2 || repeats < 1)
        throw Error("--classes must be ≥ 2 and --repeats ≥ 1");
    // A float CPM, freed once the engine has its pair sums: at 10,000 classes the process peaks at the pair
    // sums and their working copy (2 × 400 MB), not at a double CPM besides.
    auto engine = grouping::GroupingEngine::fromFloat(grouping::syntheticCpmFloat(n, 42), n);
    std::vector<double> sequence, cut;
    for (int r = 0; r < repeats; ++r) {
        // A new g_max each time: the engine recomputes its whole merge sequence.
        const auto start = Clock::now();
        engine.setMaxGroupSize(gMax + (r % 2));
        sequence.push_back(millisecondsSince(start));
    }
    engine.setMaxGroupSize(gMax);
    const auto& merges = engine.merges();
    std::size_t groupCount = 0;
    for (int r = 0; r < std::max(repeats, 50); ++r) {
        const double pMin = merges.empty() ? 0.0 : merges[std::size_t(r * 7919) % merges.size()].proximity * 0.999;
        const auto start = Clock::now();
        groupCount += engine.groups(pMin).size();
        cut.push_back(millisecondsSince(start));
    }
    nlohmann::json result = { { "benchmark", "grouping" }, { "classes", n }, { "g_max", gMax }, { "merges", merges.size() },
        { "new_g_max_ms", median(sequence) }, { "new_p_min_ms", median(cut) }, { "repeats", repeats },
        { "peak_rss_mb", peakResidentMegabytes() } };
    if (json) {
        std::cout << result.dump(2) << "\n";
    } else {
        std::cout << std::fixed << std::setprecision(3) << "grouping, " << n << " classes, g_max " << gMax << ": "
                  << merges.size() << " merges\n  new g_max (whole merge sequence): " << median(sequence) << " ms (median of "
                  << repeats << ")\n  new p_min (cut):                  " << median(cut)
                  << " ms\n  peak resident memory:             " << peakResidentMegabytes() << " MB\n";
    }
    return groupCount > 0 ? 0 : 1;
}

/// Classes c0…c(K−1) dealt round-robin into `groups` leaf groups (the benchmarks' synthetic tree).
grouping::Hierarchy roundRobinHierarchy(int classes, int groups)
{
    if (groups < 1 || groups > classes)
        throw Error(
            "--groups " + std::to_string(groups) + ": must be in 1…" + std::to_string(classes) + " (the number of classes)");
    std::vector<std::string> names;
    std::vector<std::vector<int>> members(static_cast<std::size_t>(groups));
    for (int c = 0; c < classes; ++c) {
        names.push_back(
            std::string("c").append(std::to_string(c))); // not "c" + …: GCC 12 -Wstringop-overflow false positive in C++20
        members[std::size_t(c % groups)].push_back(c);
    }
    return grouping::Hierarchy::fromGroups(names, members);
}

/// --count-ops in the JSON output: per phase, and the total per step.
nlohmann::json opCountsJson(const training::StepOpCounts& ops)
{
    return { { "ops_per_step", ops.total() }, { "forward_ops", ops.forwardOps }, { "backward_autograd_nodes", ops.backwardNodes },
        { "optimizer_ops", ops.optimizerOps }, { "parameter_tensors", ops.parameterTensors } };
}

/// The options of `hiernet bench train`, checked.
struct TrainBenchOptions {
    models::BackboneSpec spec;
    std::string model = "backbone";
    int image = 32;
    int batch = 128;
    int warmup = 5;
    int steps = 20;
    std::string device = "auto";
    bool channelsLast = false;
    bool fused = false;
    training::StepOptions step;
    bool withData = false;
    bool dataOnHost = false;
    int groups = 7;
    int threads = 1;
    bool json = false;
    bool syncBatchNorm = false;
    bool countOps = false;
};

TrainBenchOptions trainBenchOptionsFrom(Arguments& a, const distributed::Communicator* communicator)
{
    TrainBenchOptions o;
    o.spec.kind = models::parseBlockKind(a.text("arch", "resnet"));
    o.spec.n = int(a.integer("n", 3));
    o.spec.numClasses = int(a.integer("classes", 10));
    o.spec.inChannels = int(a.integer("channels", 3));
    o.model = a.text("model", "backbone");
    o.image = int(a.integer("image", 32));
    o.batch = int(a.integer("batch", 128));
    o.warmup = int(a.integer("warmup", 5));
    o.steps = int(a.integer("steps", 20));
    o.device = a.text("device", "auto");
    o.channelsLast = a.flag("channels-last") && !a.flag("no-channels-last");
    o.fused = a.flag("fused");
    o.step.bf16 = a.flag("bf16");
    o.step.cudaGraphs = a.flag("cuda-graphs");
    o.withData = a.flag("with-data");
    o.dataOnHost = a.flag("data-on-host");
    o.groups = int(a.integer("groups", 7));
    o.threads = useThreads(int(a.integer("threads", threadsPerProcess())));
    o.json = a.flag("json");
    o.syncBatchNorm = a.flag("sync-bn");
    o.countOps = a.flag("count-ops");
    a.finish();
    if (o.countOps && o.step.cudaGraphs)
        throw Error(
            "--count-ops counts an eager step: a replayed CUDA graph dispatches nothing to count (leave out --cuda-graphs)");
    const int ranks = distributed::worldSize(communicator);
    if (o.batch % ranks != 0)
        throw Error("--batch " + std::to_string(o.batch) + " does not split evenly over " + std::to_string(ranks) + " processes");
    if (communicator && o.step.cudaGraphs)
        throw Error("--cuda-graphs and --nproc do not go together: the gradient averaging cannot be captured");
    if (o.syncBatchNorm && !communicator)
        throw Error("--sync-bn synchronises batch norm over the processes of --nproc N (N > 1)");
    if (o.model != "backbone" && o.model != "hiernet")
        throw Error("--model " + o.model + ": expected backbone or hiernet");
    if (o.fused && o.model != "hiernet")
        throw Error("--fused fuses a HierNet's sibling branches; use it with --model hiernet");
    if (o.batch < 1 || o.steps < 1 || o.warmup < 0 || o.image < 4)
        throw Error("--batch and --steps must be ≥ 1, --warmup ≥ 0, --image ≥ 4");
    if (o.dataOnHost && !o.withData)
        throw Error("--data-on-host says where --with-data keeps its images; give --with-data too");
    o.spec.validate();
    return o;
}

/// The benchmark's network (a backbone, or a HierNet over round-robin groups) and its name.
std::pair<std::unique_ptr<training::ClassifierModel>, std::string> benchModel(const TrainBenchOptions& o)
{
    torch::manual_seed(0);
    if (o.model != "hiernet")
        return { std::make_unique<runs::BackboneClassifier>(o.spec), o.spec.name() };
    auto tree = std::make_unique<runs::HierNetClassifier>(
        o.spec, roundRobinHierarchy(o.spec.numClasses, o.groups), models::TreeLayout::paperDefaults(o.spec.kind, o.spec.n));
    tree->net->setFusedSiblings(o.fused);
    return { std::move(tree), "hiernet-" + o.spec.name() + "-" + std::to_string(o.groups) + "-groups" };
}

/// Synthetic input like bench-ref: one fixed batch, or (--with-data) a uint8 set of 16 batches from which every
/// step gathers, flips and shifts this rank's share of its batch as the trainer does.
class SyntheticBatches {
public:
    SyntheticBatches(const TrainBenchOptions& o, c10::Device device, int rank, int ranks)
        : m_options(o)
        , m_device(device)
        , m_dataDevice(o.dataOnHost ? c10::Device(c10::kCPU) : device)
        , m_share(o.batch / ranks)
        , m_offset(rank * m_share)
        , m_images(torch::randint(0, 256, { o.withData ? 16 * o.batch : o.batch, o.spec.inChannels, o.image, o.image },
              torch::TensorOptions().dtype(torch::kUInt8).device(m_dataDevice)))
        , m_labels(torch::randint(
              0, o.spec.numClasses, { m_images.size(0) }, torch::TensorOptions().dtype(torch::kInt64).device(m_dataDevice)))
        , m_preprocessor(m_images)
        , m_fixedInput(m_preprocessor.normalize(m_images).narrow(0, m_offset, m_share).to(device))
        , m_fixedLabels(m_labels.narrow(0, m_offset, m_share).to(device))
    {
    }

    std::pair<at::Tensor, at::Tensor> at(std::int64_t i) const
    {
        auto [x, y] = m_options.withData ? gathered(i) : std::make_pair(m_fixedInput, m_fixedLabels);
        return { m_options.channelsLast ? x.contiguous(at::MemoryFormat::ChannelsLast) : x, y };
    }

private:
    std::pair<at::Tensor, at::Tensor> gathered(std::int64_t i) const
    {
        const auto index = torch::arange(m_share, torch::TensorOptions().dtype(torch::kInt64).device(m_dataDevice))
                               .add_((i * 7 % 16) * m_options.batch + m_offset);
        const auto x = m_preprocessor.augment(m_images.index_select(0, index), 0, std::uint64_t(i), m_offset, m_options.batch);
        return { x.to(m_device), m_labels.index_select(0, index).to(m_device) };
    }

    const TrainBenchOptions& m_options;
    c10::Device m_device, m_dataDevice;
    std::int64_t m_share, m_offset;
    at::Tensor m_images, m_labels;
    data::Preprocessor m_preprocessor;
    at::Tensor m_fixedInput, m_fixedLabels;
};

/// What `bench train` measured.
struct TrainBenchResult {
    std::string name;
    std::int64_t parameters = 0;
    double imagesPerSecond = 0;
    std::optional<training::StepOpCounts> ops;
};

void printTrainBench(
    const TrainBenchOptions& o, const TrainBenchResult& r, c10::Device device, const distributed::Communicator* communicator)
{
    const int ranks = distributed::worldSize(communicator);
    if (o.json) {
        nlohmann::json result = { { "benchmark", "train" }, { "model", r.name }, { "parameters", r.parameters },
            { "batch", o.batch }, { "image", { o.spec.inChannels, o.image, o.image } }, { "classes", o.spec.numClasses },
            { "device", device.str() }, { "threads", o.threads }, { "channels_last", o.channelsLast },
            { "fused_siblings", o.fused }, { "bf16", o.step.bf16 }, { "cuda_graphs", o.step.cudaGraphs },
            { "with_data", o.withData }, { "data_on_host", o.dataOnHost }, { "processes", ranks },
            { "sync_batch_norm", o.syncBatchNorm }, { "steps", o.steps }, { "images_per_second", r.imagesPerSecond } };
        if (r.ops)
            result.update(opCountsJson(*r.ops));
        std::cout << result.dump(2) << "\n";
        return;
    }
    std::cout << r.name << " training, batch " << o.batch << ", " << o.spec.inChannels << "x" << o.image << "x" << o.image
              << " on " << device.str() << " (" << o.threads << " threads" << (o.channelsLast ? ", channels-last" : "")
              << (o.fused ? ", fused siblings" : "") << (o.step.bf16 ? ", bf16" : "") << (o.step.cudaGraphs ? ", CUDA graph" : "")
              << (o.withData ? (o.dataOnHost ? ", data on host" : ", data on device") : "")
              << (ranks > 1 ? ", " + std::to_string(ranks) + " processes (" + communicator->backend() + ", "
                             + std::to_string(o.batch / ranks) + " images each"
                             + (o.syncBatchNorm ? ", synchronised batch norm" : "") + ")"
                            : std::string())
              << "): " << std::fixed << std::setprecision(0) << r.imagesPerSecond << " images/s\n";
    if (r.ops)
        std::cout << "  one step dispatches " << r.ops->total() << " ops: forward " << r.ops->forwardOps << ", backward "
                  << r.ops->backwardNodes << " autograd nodes, optimizer " << r.ops->optimizerOps << " (zero_grad and update); "
                  << r.ops->parameterTensors << " parameter tensors\n";
}

int benchTrain(Arguments& a, const CommandContext& context)
{
    // --nproc N: this process is one of N ranks, each stepping its share of the global batch.
    auto* communicator = distributed::worldSize(context.communicator.get()) > 1 ? context.communicator.get() : nullptr;
    const auto o = trainBenchOptionsFrom(a, communicator);
    const auto device = training::resolveDevice(o.device, communicator);
    auto [classifier, name] = benchModel(o);
    auto& net = classifier->module();
    net.to(device);
    if (o.channelsLast)
        training::useChannelsLast(net);
    const SyntheticBatches batches(o, device, communicator ? communicator->rank() : 0, distributed::worldSize(communicator));

    training::Sgd sgd(net, 0.9, 1e-4);
    training::TrainingStep trainingStep(*classifier, sgd, device, o.step);
    std::optional<training::DataParallel> parallel;
    if (communicator)
        parallel.emplace(*communicator, net, trainingStep, o.syncBatchNorm);
    net.train();
    std::int64_t stepIndex = 0;
    auto step = [&] {
        auto [x, y] = batches.at(stepIndex++);
        return trainingStep.run(x, y, 0.01).loss;
    };
    // Warm-up includes the capture of the CUDA graph (--cuda-graphs) and the first momentum step.
    for (int i = 0; i < std::max(o.warmup, o.step.cudaGraphs ? o.step.warmupSteps + 2 : 0); ++i)
        step();
    (void)step().item<double>(); // synchronise before timing
    TrainBenchResult result { name, models::parameterCount(net), 0, std::nullopt };
    if (o.countOps) {
        auto [x, y] = batches.at(stepIndex++);
        result.ops = training::countStepOps(trainingStep, net, x, y, 0.01);
    }
    distributed::barrier(communicator, "starting the benchmark together");
    const auto start = Clock::now();
    at::Tensor last;
    for (int i = 0; i < o.steps; ++i)
        last = step();
    (void)last.item<double>();
    distributed::barrier(communicator, "ending the benchmark together");
    result.imagesPerSecond = double(o.batch) * o.steps / (millisecondsSince(start) / 1000.0);
    if (distributed::leads(communicator)) // rank 0 reports the global batch's speed
        printTrainBench(o, result, device, communicator);
    return 0;
}

int benchInfer(Arguments& a)
{
    models::BackboneSpec spec;
    spec.kind = models::parseBlockKind(a.text("arch", "resnet"));
    spec.n = int(a.integer("n", 3));
    spec.numClasses = int(a.integer("classes", 100));
    spec.inChannels = 3;
    const int groups = int(a.integer("groups", 7));
    const int batch = int(a.integer("batch", 256));
    const int steps = int(a.integer("steps", 10));
    const auto deviceName = a.text("device", "auto");
    const bool json = a.flag("json");
    a.finish();
    spec.validate();
    if (batch < 1 || steps < 1)
        throw Error("--batch and --steps must be ≥ 1");
    const auto hierarchy = roundRobinHierarchy(spec.numClasses, groups);
    const auto device = training::resolveDevice(deviceName);
    torch::manual_seed(0);
    models::Backbone backbone(spec);
    models::HierNet net(spec, hierarchy, models::TreeLayout::paperDefaults(spec.kind, spec.n));
    backbone->to(device);
    net->to(device);
    backbone->eval();
    net->eval();
    torch::NoGradGuard noGrad;
    const auto x = torch::randn({ batch, 3, 32, 32 }, torch::TensorOptions().device(device));
    auto measure = [&](const std::function<at::Tensor()>& forward) {
        forward().sum().item<double>(); // warm-up and synchronise
        const auto start = Clock::now();
        at::Tensor last;
        for (int i = 0; i < steps; ++i)
            last = forward();
        last.sum().item<double>();
        return double(batch) * steps / (millisecondsSince(start) / 1000.0);
    };
    const double backboneRate = measure([&] { return backbone->forward(x); });
    const double fastRate = measure([&] { return net->route(x).predictions; });
    const double fullRate = measure([&] { return net->forwardAll(x).logConditional; });
    nlohmann::json result = { { "benchmark", "infer" }, { "model", spec.name() }, { "classes", spec.numClasses },
        { "groups", groups }, { "batch", batch }, { "device", device.str() },
        { "images_per_second", { { "backbone", backboneRate }, { "hiernet_fast", fastRate }, { "hiernet_full", fullRate } } },
        { "fast_vs_backbone", fastRate / backboneRate } };
    if (json)
        std::cout << result.dump(2) << "\n";
    else
        std::cout << std::fixed << std::setprecision(0) << spec.name() << " inference, " << spec.numClasses << " classes in "
                  << groups << " groups, batch " << batch << " on " << device.str() << " (images/s):\n  backbone      "
                  << backboneRate << "\n  HierNet fast  " << fastRate
                  << "  (routing: each image along its own path)\n  HierNet full  " << fullRate
                  << "  (every node, conditional outputs)\n";
    return 0;
}

} // namespace

int runBench(const std::vector<std::string>& args, const CommandContext& context)
{
    Arguments a(args,
        trainerFlags({ "json", "fused", "with-data", "count-ops" })); // the trainer's speed switches, as the training commands
    const auto& pos = a.positional();
    if (pos.size() != 1)
        throw Error("usage: hiernet bench grouping|train ... (see --help)");
    if (pos[0] != "train" && distributed::worldSize(context.communicator.get()) > 1)
        throw Error("--nproc is for hiernet bench train (the " + pos[0] + " benchmark runs in one process)");
    if (pos[0] == "grouping")
        return benchGrouping(a);
    if (pos[0] == "train")
        return benchTrain(a, context);
    if (pos[0] == "infer")
        return benchInfer(a);
    throw Error("unknown benchmark '" + pos[0] + "' (expected grouping, train or infer)");
}

} // namespace hiernet::cli
