#pragma once
#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>

#include <functional>
#include <memory>

namespace torch::nn {
class Module;
}

namespace hiernet::training {

class ClassifierModel;

/// Puts the 4-D parameters (convolution weights) of `module` in channels-last (NHWC) memory order.
/// set_data keeps each parameter the same tensor, so optimisers and checkpoints see no difference.
void useChannelsLast(torch::nn::Module& module);
class Sgd;

/// The numbers one step leaves, on the training device: reading them waits for the device, so the
/// trainer collects them and reads a window at once.
struct StepOutput {
    at::Tensor loss; ///< mean NLL of the batch, float32 scalar
    at::Tensor correct; ///< number of top-1 hits in the batch, int64 scalar
};

/// The parts of one eager step, in order (TrainingStep::setPhaseObserver).
enum class StepPhase { ZeroGrad, Forward, Backward, Update };

/// Speed switches of a training step; each gives the same training up to rounding (tests check it).
struct StepOptions {
    bool bf16 = false; ///< forward under bf16 autocast; loss, gradients' accumulation and SGD stay fp32
    bool cudaGraphs = false; ///< capture the whole step (forward, backward, SGD) once and replay it (CUDA only)
    int warmupSteps = 3; ///< eager steps before the capture (SGD makes its momentum buffers on the first)
};

/// One SGD step of a ClassifierModel: zero the gradients, forward, NLL loss, backward, update.
/// With `cudaGraphs`, the step after the warm-up is captured into a CUDA graph on a side stream and
/// every later step copies its batch into the graph's static input and replays it, so a step costs
/// a handful of launches instead of hundreds; the learning rate follows the schedule through
/// Sgd's device tensors. The batch shape must then stay the same.
///
///     StepOptions options;
///     options.bf16 = true;
///     TrainingStep step(model, sgd, device, options);
///     auto out = step.run(x, y, lr);   // out.loss stays on the device
class TrainingStep {
public:
    /// Throws hiernet::Error when `cudaGraphs` is asked for on a device or build without CUDA.
    TrainingStep(ClassifierModel& model, Sgd& sgd, c10::Device device, StepOptions options);
    ~TrainingStep();
    TrainingStep(const TrainingStep&) = delete;
    TrainingStep& operator=(const TrainingStep&) = delete;

    StepOutput run(const at::Tensor& input, const at::Tensor& labels, double learningRate, double weightDecayFactor = 1.0);
    /// Called between the backward pass and the update (a data-parallel run averages the gradients there).
    void setAfterBackward(std::function<void()> afterBackward) { m_afterBackward = std::move(afterBackward); }

    /// Told as each part of an eager step begins (the op counts of `hiernet bench train --count-ops`); empty to stop.
    void setPhaseObserver(std::function<void(StepPhase)> observer) { m_phaseObserver = std::move(observer); }

    const StepOptions& options() const { return m_options; }

private:
    StepOutput eagerStep(const at::Tensor& input, const at::Tensor& labels);
    void enter(StepPhase phase)
    {
        if (m_phaseObserver)
            m_phaseObserver(phase);
    }

    ClassifierModel& m_model;
    Sgd& m_sgd;
    c10::Device m_device;
    StepOptions m_options;
    int m_stepsRun = 0;
    std::function<void()> m_afterBackward;
    std::function<void(StepPhase)> m_phaseObserver;
    struct Graph;
    std::unique_ptr<Graph> m_graph; ///< the captured step and its static buffers (CUDA builds only)
};

} // namespace hiernet::training
