#include "training/Sgd.h"

#include "util/Error.h"

#include <torch/torch.h>
#include <torch/version.h>

// LibTorch 2.1 added the multi-tensor ops whose scalar is a tensor (`_foreach_mul.Tensor`): on a GPU the rate
// then stays on the device and a captured CUDA graph follows the schedule. On the CPU (and with Debian's 1.13,
// which is CPU only) the rates are host numbers.
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 1)
#define HIERNET_FOREACH_TENSOR_SCALAR 1
#endif

namespace hiernet::training {

Sgd::Sgd(std::vector<std::pair<std::string, at::Tensor>> namedParameters, double momentum, double weightDecay,
    bool decoupledWeightDecay)
    : m_parameters(std::move(namedParameters))
    , m_momentum(m_parameters.size())
    , m_momentumFactor(momentum)
    , m_weightDecay(weightDecay)
    , m_decoupled(decoupledWeightDecay)
{
    const auto device = m_parameters.empty() ? c10::Device(c10::kCPU) : m_parameters.front().second.device();
    const auto options = torch::TensorOptions().dtype(torch::kFloat32).device(device);
    m_negativeRate = torch::zeros({}, options);
    m_decay = torch::full({}, weightDecay, options);
}

namespace {
std::vector<std::pair<std::string, at::Tensor>> namedParameters(const torch::nn::Module& module)
{
    std::vector<std::pair<std::string, at::Tensor>> out;
    for (const auto& p : module.named_parameters())
        out.emplace_back(p.key(), p.value());
    return out;
}

} // namespace

Sgd::Sgd(const torch::nn::Module& module, double momentum, double weightDecay, bool decoupledWeightDecay)
    : Sgd(namedParameters(module), momentum, weightDecay, decoupledWeightDecay)
{
}

void Sgd::step(double learningRate, double weightDecayFactor)
{
    setRates(learningRate, weightDecayFactor);
    applyStep();
}

void Sgd::setRates(double learningRate, double weightDecayFactor)
{
    // The parameters may have moved to another device since construction.
    if (!m_parameters.empty() && m_negativeRate.device() != m_parameters.front().second.device()) {
        m_negativeRate = m_negativeRate.to(m_parameters.front().second.device());
        m_decay = m_decay.to(m_parameters.front().second.device());
    }
    m_negativeRate.fill_(-learningRate);
    m_decay.fill_(m_weightDecay * weightDecayFactor);
    // As the float32 tensors hold them, so that both paths update alike.
    m_hostNegativeRate = double(float(-learningRate));
    m_hostDecay = double(float(m_weightDecay * weightDecayFactor));
}

void Sgd::applyStep()
{
    torch::NoGradGuard noGrad;
    // Parameters with a gradient, split by whether their momentum buffer exists (it does after the first step).
    std::vector<at::Tensor> params, grads, momentum;
    std::vector<std::size_t> first;
    for (std::size_t i = 0; i < m_parameters.size(); ++i) {
        const auto& p = m_parameters[i].second;
        if (!p.grad().defined())
            continue;
        if (!m_momentum[i].defined()) {
            first.push_back(i);
            continue;
        }
        params.push_back(p);
        grads.push_back(p.grad());
        momentum.push_back(m_momentum[i]);
    }
    for (std::size_t i : first)
        m_momentum[i] = firstStep(m_parameters[i].second);
    if (params.empty())
        return;
#ifdef HIERNET_FOREACH_TENSOR_SCALAR
    if (params.front().is_cuda() || m_deviceRates) {
        updateWithDeviceRates(params, grads, momentum);
        return;
    }
#endif
    updateWithHostRates(params, grads, momentum);
}

void Sgd::updateWithDeviceRates(
    std::vector<at::Tensor>& params, std::vector<at::Tensor>& grads, std::vector<at::Tensor>& momentum)
{
#ifdef HIERNET_FOREACH_TENSOR_SCALAR
    // Rates read from their device tensors (a captured graph follows the schedule): six multi-tensor ops.
    std::vector<at::Tensor> direction = grads;
    if (m_weightDecay != 0) {
        auto decay = at::_foreach_mul(params, m_decay);
        if (m_decoupled) {
            at::_foreach_sub_(params, decay);
        } else {
            at::_foreach_add_(decay, grads);
            direction = std::move(decay);
        }
    }
    at::_foreach_mul_(momentum, m_momentumFactor);
    at::_foreach_add_(momentum, direction);
    at::_foreach_add_(params, at::_foreach_mul(momentum, m_negativeRate));
#else
    (void)params, (void)grads, (void)momentum;
    throw Error("SGD with device-tensor rates needs LibTorch 2.1 or later");
#endif
}

void Sgd::updateWithHostRates(std::vector<at::Tensor>& params, std::vector<at::Tensor>& grads, std::vector<at::Tensor>& momentum)
{
    // On the CPU (no graph to capture) the rates are plain numbers: four multi-tensor ops, as the loop's four kernels.
    if (m_weightDecay != 0 && m_decoupled)
        at::_foreach_add_(params, params, -m_hostDecay); // p −= wd·p
    const auto direction = m_weightDecay != 0 && !m_decoupled ? at::_foreach_add(grads, params, m_hostDecay) : grads;
    at::_foreach_mul_(momentum, m_momentumFactor);
    at::_foreach_add_(momentum, direction);
    at::_foreach_add_(params, momentum, m_hostNegativeRate);
}

at::Tensor Sgd::firstStep(at::Tensor& p)
{
    at::Tensor d;
    if (m_decoupled) {
        if (m_weightDecay != 0)
            p.sub_(p * m_decay); // p −= wd·p, before and apart from the gradient step
        d = p.grad();
    } else {
        d = m_weightDecay != 0 ? p * m_decay + p.grad() : p.grad();
    }
    auto buffer = d.clone();
    p.add_(buffer * m_negativeRate);
    return buffer;
}

void Sgd::useDeviceRates(bool on)
{
#ifndef HIERNET_FOREACH_TENSOR_SCALAR
    if (on)
        throw Error("SGD with device-tensor rates needs LibTorch 2.1 or later (this is " + std::to_string(TORCH_VERSION_MAJOR)
            + "." + std::to_string(TORCH_VERSION_MINOR) + ")");
#endif
    m_deviceRates = on;
}

bool Sgd::hasMomentum() const
{
    for (std::size_t i = 0; i < m_parameters.size(); ++i)
        if (m_parameters[i].second.grad().defined() && !m_momentum[i].defined())
            return false;
    return true;
}

void Sgd::zeroGrad()
{
    std::vector<at::Tensor> grads;
    for (auto& [name, p] : m_parameters)
        if (p.grad().defined())
            grads.push_back(p.grad());
    if (!grads.empty())
        at::_foreach_zero_(grads);
}

std::map<std::string, at::Tensor> Sgd::state() const
{
    std::map<std::string, at::Tensor> out;
    for (std::size_t i = 0; i < m_parameters.size(); ++i)
        if (m_momentum[i].defined())
            out[m_parameters[i].first] = m_momentum[i];
    return out;
}

void Sgd::loadState(const std::map<std::string, at::Tensor>& state)
{
    for (std::size_t i = 0; i < m_parameters.size(); ++i) {
        const auto it = state.find(m_parameters[i].first);
        if (it == state.end()) {
            m_momentum[i] = at::Tensor();
            continue;
        }
        if (it->second.sizes() != m_parameters[i].second.sizes())
            throw Error("checkpoint: momentum of '" + m_parameters[i].first + "' has the wrong shape");
        m_momentum[i] = it->second.to(m_parameters[i].second.device()).clone();
    }
}

} // namespace hiernet::training
