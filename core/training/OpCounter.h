#pragma once
#include <ATen/core/Tensor.h>

#include <cstdint>

namespace torch::nn {
class Module;
}

namespace hiernet::training {

class TrainingStep;

/// Counts what the code run while it is alive dispatches, through a global at::RecordFunction callback:
/// top-level ATen ops (an op called inside another is part of it) and autograd nodes. Views and metadata
/// ops (view, narrow, select, expand, detach, …) launch no kernel and are not counted; ops that only
/// forward to another when they must copy (to, contiguous, reshape, …) are looked through, so the copy
/// counts where it happens. One counter at a time in a process.
///
///     OpCounter counter;
///     net->forward(x);
///     auto counts = counter.take();   // counts.ops, counts.autogradNodes since construction or the last take()
class OpCounter {
public:
    struct Counts {
        std::int64_t ops = 0;
        std::int64_t autogradNodes = 0;
    };

    /// Throws hiernet::Error when another OpCounter is alive.
    OpCounter();
    ~OpCounter();
    OpCounter(const OpCounter&) = delete;
    OpCounter& operator=(const OpCounter&) = delete;

    /// The counts since construction or the previous take(), and starts again from zero.
    Counts take();

private:
    std::uint64_t m_handle = 0;
};

/// One eager training step, phase by phase: forward (model, loss and the step's statistics), backward
/// (autograd nodes; the ops inside a node are the node's), optimizer (zero_grad and the SGD update).
struct StepOpCounts {
    std::int64_t forwardOps = 0;
    std::int64_t backwardNodes = 0;
    std::int64_t optimizerOps = 0;
    std::int64_t parameterTensors = 0;
    /// forwardOps + backwardNodes + optimizerOps: what a step dispatches.
    std::int64_t total() const { return forwardOps + backwardNodes + optimizerOps; }
};

/// Runs one step of `step` on (input, labels) and counts it; run a few steps first so that the counted one
/// is like every later step (momentum buffers made, lazy state created). Throws hiernet::Error for a step
/// that replays a CUDA graph (a replay dispatches nothing to count).
StepOpCounts countStepOps(
    TrainingStep& step, const torch::nn::Module& module, const at::Tensor& input, const at::Tensor& labels, double learningRate);

} // namespace hiernet::training
