#include "training/TrainingStep.h"

#include "training/Autocast.h"
#include "training/ClassifierModel.h"
#include "training/Sgd.h"
#include "util/Error.h"

#include <torch/torch.h>

#ifdef HIERNET_WITH_CUDA
#include <ATen/cuda/CUDAGraph.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#endif

namespace hiernet::training {

struct TrainingStep::Graph {
#ifdef HIERNET_WITH_CUDA
    at::cuda::CUDAGraph graph;
#endif
    at::Tensor input; ///< the captured step reads its batch from here
    at::Tensor labels;
    StepOutput output; ///< and writes its loss and hits here (overwritten by every replay)
};

void useChannelsLast(torch::nn::Module& module)
{
    torch::NoGradGuard noGrad;
    for (auto& p : module.parameters())
        if (p.dim() == 4)
            p.set_data(p.data().contiguous(at::MemoryFormat::ChannelsLast));
}

TrainingStep::TrainingStep(ClassifierModel& model, Sgd& sgd, c10::Device device, StepOptions options)
    : m_model(model)
    , m_sgd(sgd)
    , m_device(device)
    , m_options(options)
{
    if (!m_options.cudaGraphs)
        return;
#ifdef HIERNET_WITH_CUDA
    if (!device.is_cuda())
        throw Error("CUDA graphs need a CUDA device; this step runs on " + device.str());
#else
    throw Error("CUDA graphs need a LibTorch built with CUDA; this one has none (the step runs on " + device.str() + ")");
#endif
    if (m_options.warmupSteps < 1)
        throw Error("a CUDA graph needs at least one eager warm-up step (SGD creates its momentum buffers there)");
}

TrainingStep::~TrainingStep() = default;

StepOutput TrainingStep::eagerStep(const at::Tensor& input, const at::Tensor& labels)
{
    enter(StepPhase::ZeroGrad);
    m_sgd.zeroGrad();
    enter(StepPhase::Forward);
    at::Tensor logp;
    {
        // Cached weight casts would outlive a captured graph's pool: no cache while capturing.
        AutocastGuard autocast(m_device.type(), m_options.bf16, /*cacheCasts=*/!m_options.cudaGraphs);
        logp = m_model.logProbabilities(input);
    }
    logp = logp.to(torch::kFloat32); // the loss in fp32 (no-op without autocast)
    const auto loss = torch::nll_loss(logp, labels);
    StepOutput out { loss.detach(), logp.detach().argmax(1).eq(labels).sum() };
    enter(StepPhase::Backward);
    loss.backward();
    if (m_afterBackward)
        m_afterBackward();
    enter(StepPhase::Update);
    m_sgd.applyStep();
    return out;
}

StepOutput TrainingStep::run(const at::Tensor& input, const at::Tensor& labels, double learningRate, double weightDecayFactor)
{
    m_sgd.setRates(learningRate, weightDecayFactor);
    if (!m_options.cudaGraphs) {
        ++m_stepsRun;
        return eagerStep(input, labels);
    }
#ifdef HIERNET_WITH_CUDA
    if (!m_graph) {
        // Warm-up and capture on a side stream, as torch.cuda.graph does: the legacy default stream
        // cannot be captured, and lazily made cuBLAS/cuDNN state must exist before the capture.
        const auto index = m_device.index();
        auto current = c10::cuda::getCurrentCUDAStream(index);
        auto side = c10::cuda::getStreamFromPool(false, index);
        current.synchronize();
        StepOutput warm;
        {
            c10::cuda::CUDAStreamGuard onSide(side);
            if (m_stepsRun < m_options.warmupSteps) {
                warm = eagerStep(input, labels);
                ++m_stepsRun;
            } else {
                auto graph = std::make_unique<Graph>();
                graph->input = input.clone(); // keeps the batch's memory format (channels-last)
                graph->labels = labels.clone();
                side.synchronize();
                graph->graph.capture_begin();
                graph->output = eagerStep(graph->input, graph->labels);
                graph->graph.capture_end();
                m_graph = std::move(graph);
            }
        }
        side.synchronize();
        if (!m_graph)
            return warm;
        // The capture recorded the step without running it: replay it once for this batch.
        m_graph->graph.replay();
        ++m_stepsRun;
        return { m_graph->output.loss.clone(), m_graph->output.correct.clone() };
    }
    if (input.sizes() != m_graph->input.sizes() || labels.sizes() != m_graph->labels.sizes())
        throw Error("a captured training step needs batches of one shape; this batch differs from the captured one");
    m_graph->input.copy_(input, /*non_blocking=*/true);
    m_graph->labels.copy_(labels, /*non_blocking=*/true);
    m_graph->graph.replay();
    ++m_stepsRun;
    // Copies, because the next replay overwrites the graph's outputs.
    return { m_graph->output.loss.clone(), m_graph->output.correct.clone() };
#else
    throw Error("CUDA graphs need a LibTorch built with CUDA");
#endif
}

} // namespace hiernet::training
