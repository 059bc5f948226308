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
#include "distributed/GradientReducer.h"
#include "distributed/RankStatistics.h"
#include "models/BatchNorm.h"
#include "training/Device.h"
#include "training/OpCounter.h"
#include "training/Sgd.h"
#include "training/TrainingStep.h"
#include "data/Preprocessing.h"
#include "util/Threads.h"
#include "oracles/ReferenceGrouping.h"
#include "oracles/SyntheticCpm.h"
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
    const bool oracle = a.flag("oracle");
    a.finish();
    if (n < 2 || repeats < 1)
        throw Error("--classes must be ≥ 2 and --repeats ≥ 1");
    const auto cpm = grouping::syntheticCpm(n, 42);

    std::vector<double> sequence, cut;
    grouping::GroupingEngine engine(cpm, n);
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
    double oracleMs = -1;
    if (oracle) {
        const auto start = Clock::now();
        grouping::referenceGrouping(cpm, n, grouping::kPaperPMin, gMax);
        oracleMs = millisecondsSince(start);
    }
    nlohmann::json result = { { "benchmark", "grouping" }, { "classes", n }, { "g_max", gMax }, { "merges", merges.size() },
        { "new_g_max_ms", median(sequence) }, { "new_p_min_ms", median(cut) }, { "repeats", repeats } };
    if (oracle)
        result["oracle_ms"] = oracleMs;
    if (json) {
        std::cout << result.dump(2) << "\n";
    } else {
        std::cout << std::fixed << std::setprecision(3) << "grouping, " << n << " classes, g_max " << gMax << ": "
                  << merges.size() << " merges\n  new g_max (whole merge sequence): " << median(sequence) << " ms (median of "
                  << repeats << ")\n  new p_min (cut):                  " << median(cut) << " ms\n";
        if (oracle)
            std::cout << "  straightforward oracle, one p_min:  " << oracleMs << " ms\n";
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

int benchTrain(Arguments& a)
{
    models::BackboneSpec spec;
    spec.kind = models::parseBlockKind(a.text("arch", "resnet"));
    spec.n = int(a.integer("n", 3));
    spec.numClasses = int(a.integer("classes", 10));
    spec.inChannels = int(a.integer("channels", 3));
    const auto model = a.text("model", "backbone");
    const int image = int(a.integer("image", 32));
    const int batch = int(a.integer("batch", 128));
    const int warmup = int(a.integer("warmup", 5));
    const int steps = int(a.integer("steps", 20));
    const auto deviceName = a.text("device", "auto");
    const bool channelsLast = a.flag("channels-last") && !a.flag("no-channels-last");
    const bool fused = a.flag("fused");
    training::StepOptions stepOptions;
    stepOptions.bf16 = a.flag("bf16");
    stepOptions.cudaGraphs = a.flag("cuda-graphs");
    const bool withData = a.flag("with-data");
    const bool dataOnHost = a.flag("data-on-host");
    const int groups = int(a.integer("groups", 7));
    const int threads = useThreads(int(a.integer("threads", threadsPerProcess())));
    const bool json = a.flag("json");
    const bool syncBatchNorm = a.flag("sync-bn");
    const bool countOps = a.flag("count-ops");
    a.finish();
    if (countOps && stepOptions.cudaGraphs)
        throw Error(
            "--count-ops counts an eager step: a replayed CUDA graph dispatches nothing to count (leave out --cuda-graphs)");
    // --nproc N: this process is one of N ranks, each stepping its share of the global batch.
    auto* communicator = distributed::worldSize() > 1 ? distributed::defaultCommunicator() : nullptr;
    const int ranks = communicator ? communicator->size() : 1;
    const int rank = communicator ? communicator->rank() : 0;
    if (batch % ranks != 0)
        throw Error("--batch " + std::to_string(batch) + " does not split evenly over " + std::to_string(ranks) + " processes");
    if (communicator && stepOptions.cudaGraphs)
        throw Error("--cuda-graphs and --nproc do not go together: the gradient averaging cannot be captured");
    if (syncBatchNorm && !communicator)
        throw Error("--sync-bn synchronises batch norm over the processes of --nproc N (N > 1)");
    const int share = batch / ranks;
    if (model != "backbone" && model != "hiernet")
        throw Error("--model " + model + ": expected backbone or hiernet");
    if (fused && model != "hiernet")
        throw Error("--fused fuses a HierNet's sibling branches; use it with --model hiernet");
    if (batch < 1 || steps < 1 || warmup < 0 || image < 4)
        throw Error("--batch and --steps must be ≥ 1, --warmup ≥ 0, --image ≥ 4");
    if (dataOnHost && !withData)
        throw Error("--data-on-host says where --with-data keeps its images; give --with-data too");
    spec.validate();
    const auto device = training::resolveDevice(deviceName);

    torch::manual_seed(0);
    std::unique_ptr<training::ClassifierModel> classifier;
    std::string name = spec.name();
    if (model == "hiernet") {
        auto tree = std::make_unique<runs::HierNetClassifier>(
            spec, roundRobinHierarchy(spec.numClasses, groups), models::TreeLayout::paperDefaults(spec.kind, spec.n));
        tree->net->setFusedSiblings(fused);
        name = "hiernet-" + spec.name() + "-" + std::to_string(groups) + "-groups";
        classifier = std::move(tree);
    } else {
        classifier = std::make_unique<runs::BackboneClassifier>(spec);
    }
    auto& net = classifier->module();
    net.to(device);
    if (channelsLast)
        training::useChannelsLast(net);
    // Synthetic input like bench-ref: one fixed batch, or (--with-data) a uint8 set of 16 batches from
    // which every step gathers, flips and shifts its batch as the trainer does.
    const auto dataDevice = dataOnHost ? c10::Device(c10::kCPU) : device;
    const auto images = torch::randint(0, 256, { withData ? 16 * batch : batch, spec.inChannels, image, image },
        torch::TensorOptions().dtype(torch::kUInt8).device(dataDevice));
    const auto labels
        = torch::randint(0, spec.numClasses, { images.size(0) }, torch::TensorOptions().dtype(torch::kInt64).device(dataDevice));
    const data::Preprocessor preprocessor(images);
    const auto fixedInput = preprocessor.normalize(images).narrow(0, rank * share, share).to(device);
    const auto fixedLabels = labels.narrow(0, rank * share, share).to(device);
    auto batchAt = [&](std::int64_t i) -> std::pair<at::Tensor, at::Tensor> {
        if (!withData)
            return { fixedInput, fixedLabels };
        const auto index = torch::arange(share, torch::TensorOptions().dtype(torch::kInt64).device(dataDevice))
                               .add_((i * 7 % 16) * batch + rank * share);
        const auto x = preprocessor.augment(images.index_select(0, index), 0, std::uint64_t(i), rank * share, batch).to(device);
        return { x, labels.index_select(0, index).to(device) };
    };

    training::Sgd sgd(net, 0.9, 1e-4);
    training::TrainingStep trainingStep(*classifier, sgd, device, stepOptions);
    std::unique_ptr<distributed::GradientReducer> reducer;
    if (communicator) {
        reducer = std::make_unique<distributed::GradientReducer>(*communicator, net.parameters());
        trainingStep.setAfterBackward([&reducer] { reducer->finishBackward(); });
    }
    std::unique_ptr<distributed::RankStatistics> statistics;
    if (syncBatchNorm)
        statistics = std::make_unique<distributed::RankStatistics>(*communicator);
    const models::SyncBatchNormGuard syncGuard(statistics.get());
    net.train();
    std::int64_t stepIndex = 0;
    auto step = [&] {
        auto [x, y] = batchAt(stepIndex++);
        if (channelsLast)
            x = x.contiguous(at::MemoryFormat::ChannelsLast);
        return trainingStep.run(x, y, 0.01).loss;
    };
    // Warm-up includes the capture of the CUDA graph (--cuda-graphs) and the first momentum step.
    for (int i = 0; i < std::max(warmup, stepOptions.cudaGraphs ? stepOptions.warmupSteps + 2 : 0); ++i)
        step();
    (void)step().item<double>(); // synchronise before timing
    std::optional<training::StepOpCounts> ops;
    if (countOps) {
        auto [x, y] = batchAt(stepIndex++);
        ops = training::countStepOps(trainingStep, net, channelsLast ? x.contiguous(at::MemoryFormat::ChannelsLast) : x, y, 0.01);
    }
    distributed::barrier("starting the benchmark together");
    const auto start = Clock::now();
    at::Tensor last;
    for (int i = 0; i < steps; ++i)
        last = step();
    (void)last.item<double>();
    distributed::barrier("ending the benchmark together");
    const double seconds = millisecondsSince(start) / 1000.0;
    if (rank != 0)
        return 0; // rank 0 reports the global batch's speed
    const double imagesPerSecond = double(batch) * steps / seconds;
    nlohmann::json result = { { "benchmark", "train" }, { "model", name }, { "parameters", models::parameterCount(net) },
        { "batch", batch }, { "image", { spec.inChannels, image, image } }, { "classes", spec.numClasses },
        { "device", device.str() }, { "threads", threads }, { "channels_last", channelsLast }, { "fused_siblings", fused },
        { "bf16", stepOptions.bf16 }, { "cuda_graphs", stepOptions.cudaGraphs }, { "with_data", withData },
        { "data_on_host", dataOnHost }, { "processes", ranks }, { "sync_batch_norm", syncBatchNorm }, { "steps", steps },
        { "images_per_second", imagesPerSecond } };
    if (ops)
        result.update(opCountsJson(*ops));
    if (json) {
        std::cout << result.dump(2) << "\n";
        return 0;
    }
    std::cout << name << " training, batch " << batch << ", " << spec.inChannels << "x" << image << "x" << image << " on "
              << device.str() << " (" << threads << " threads" << (channelsLast ? ", channels-last" : "")
              << (fused ? ", fused siblings" : "") << (stepOptions.bf16 ? ", bf16" : "")
              << (stepOptions.cudaGraphs ? ", CUDA graph" : "")
              << (withData ? (dataOnHost ? ", data on host" : ", data on device") : "")
              << (ranks > 1 ? ", " + std::to_string(ranks) + " processes (" + communicator->backend() + ", "
                             + std::to_string(share) + " images each" + (syncBatchNorm ? ", synchronised batch norm" : "") + ")"
                            : std::string())
              << "): " << std::fixed << std::setprecision(0) << imagesPerSecond << " images/s\n";
    if (ops)
        std::cout << "  one step dispatches " << ops->total() << " ops: forward " << ops->forwardOps << ", backward "
                  << ops->backwardNodes << " autograd nodes, optimizer " << ops->optimizerOps << " (zero_grad and update); "
                  << ops->parameterTensors << " parameter tensors\n";
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

int runBench(const std::vector<std::string>& args)
{
    Arguments a(args,
        trainerFlags(
            { "json", "oracle", "fused", "with-data", "count-ops" })); // the trainer's speed switches, as the training commands
    const auto& pos = a.positional();
    if (pos.size() != 1)
        throw Error("usage: hiernet bench grouping|train ... (see --help)");
    if (pos[0] != "train" && distributed::worldSize() > 1)
        throw Error("--nproc is for hiernet bench train (the " + pos[0] + " benchmark runs in one process)");
    if (pos[0] == "grouping")
        return benchGrouping(a);
    if (pos[0] == "train")
        return benchTrain(a);
    if (pos[0] == "infer")
        return benchInfer(a);
    throw Error("unknown benchmark '" + pos[0] + "' (expected grouping, train or infer)");
}

} // namespace hiernet::cli
