#include "training/OpCounter.h"

#include "training/TrainingStep.h"
#include "util/Error.h"

#include <ATen/record_function.h>
#include <torch/torch.h>

#include <atomic>
#include <cstring>
#include <string_view>

namespace hiernet::training {
namespace {

std::atomic<bool> counterAlive { false };
std::atomic<std::int64_t> opCount { 0 };
std::atomic<std::int64_t> nodeCount { 0 };
thread_local int depth = 0; ///< ops entered and not left on this thread (autograd runs its nodes on its own threads)

/// Views and metadata: no kernel behind them.
bool isViewOrMetadata(std::string_view name)
{
    static const char* const names[] = { "aten::view", "aten::_unsafe_view", "aten::view_as", "aten::_reshape_alias",
        "aten::as_strided", "aten::alias", "aten::narrow", "aten::slice", "aten::select", "aten::expand", "aten::expand_as",
        "aten::permute", "aten::transpose", "aten::t", "aten::unsqueeze", "aten::squeeze", "aten::unflatten", "aten::unbind",
        "aten::split", "aten::split_with_sizes", "aten::chunk", "aten::detach", "aten::detach_", "aten::lift_fresh",
        "aten::empty", "aten::empty_like", "aten::empty_strided", "aten::resize_", "aten::set_", "aten::result_type",
        "aten::size", "aten::stride", "aten::is_same_size", "aten::_has_compatible_shallow_copy_type", "aten::requires_grad_",
        "aten::retain_grad", "aten::is_nonzero", "aten::_nnz", "aten::diagonal", "aten::movedim", "aten::numpy_T",
        "aten::view_as_real", "aten::_unsafe_split" };
    for (const char* n : names)
        if (name == n)
            return true;
    return false;
}

/// Ops that do nothing themselves or call the op that copies only when needed: the copy counts, not them.
bool isLookedThrough(std::string_view name)
{
    return name == "aten::to" || name == "aten::contiguous" || name == "aten::reshape" || name == "aten::flatten"
        || name == "aten::type_as" || name == "aten::_backward";
}

std::unique_ptr<at::ObserverContext> onStart(const at::RecordFunction& fn)
{
    if (fn.scope() == at::RecordScope::BACKWARD_FUNCTION) {
        nodeCount.fetch_add(1, std::memory_order_relaxed);
        ++depth;
        return nullptr;
    }
    const std::string_view name = fn.name();
    if (isLookedThrough(name))
        return nullptr;
    if (depth == 0 && !isViewOrMetadata(name))
        opCount.fetch_add(1, std::memory_order_relaxed);
    ++depth;
    return nullptr;
}

void onEnd(const at::RecordFunction& fn, at::ObserverContext*)
{
    if (fn.scope() != at::RecordScope::BACKWARD_FUNCTION && isLookedThrough(fn.name()))
        return;
    --depth;
}

} // namespace

OpCounter::OpCounter()
{
    if (counterAlive.exchange(true))
        throw Error("only one op counter can count at a time");
    opCount = 0;
    nodeCount = 0;
    m_handle = at::addGlobalCallback(at::RecordFunctionCallback(onStart, onEnd)
                                         .needsInputs(false)
                                         .scopes({ at::RecordScope::FUNCTION, at::RecordScope::BACKWARD_FUNCTION }));
}

OpCounter::~OpCounter()
{
    at::removeCallback(m_handle);
    counterAlive = false;
}

OpCounter::Counts OpCounter::take()
{
    return { opCount.exchange(0), nodeCount.exchange(0) };
}

StepOpCounts countStepOps(
    TrainingStep& step, const torch::nn::Module& module, const at::Tensor& input, const at::Tensor& labels, double learningRate)
{
    if (step.options().cudaGraphs)
        throw Error(
            "counting ops needs an eager step: a replayed CUDA graph dispatches nothing to count (leave out --cuda-graphs)");
    StepOpCounts counts;
    counts.parameterTensors = std::int64_t(module.parameters().size());
    OpCounter counter;
    StepPhase current = StepPhase::ZeroGrad;
    auto book = [&](StepPhase next) {
        const auto taken = counter.take();
        if (current == StepPhase::Forward)
            counts.forwardOps += taken.ops;
        else if (current == StepPhase::Backward)
            counts.backwardNodes += taken.autogradNodes;
        else
            counts.optimizerOps += taken.ops;
        current = next;
    };
    step.setPhaseObserver(book);
    counter.take(); // what came before the step
    step.run(input, labels, learningRate);
    book(StepPhase::ZeroGrad);
    step.setPhaseObserver({});
    return counts;
}

} // namespace hiernet::training
