#include "training/Sgd.h"

#include "util/Error.h"

#include <torch/torch.h>

namespace hiernet::training {

Sgd::Sgd(std::vector<std::pair<std::string, at::Tensor>> namedParameters, double momentum, double weightDecay, bool decoupledWeightDecay)
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
}

void Sgd::applyStep()
{
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i < m_parameters.size(); ++i) {
        auto& p = m_parameters[i].second;
        if (!p.grad().defined())
            continue;
        at::Tensor d;
        if (m_decoupled) {
            if (m_weightDecay != 0)
                p.addcmul_(p, m_decay, -1); // p −= wd·p, before and apart from the gradient step
            d = p.grad();
        } else {
            d = m_weightDecay != 0 ? torch::addcmul(p.grad(), p, m_decay) : p.grad();
        }
        if (!m_momentum[i].defined())
            m_momentum[i] = d.clone();
        else
            m_momentum[i].mul_(m_momentumFactor).add_(d);
        p.addcmul_(m_momentum[i], m_negativeRate);
    }
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
    for (auto& [name, p] : m_parameters)
        if (p.grad().defined()) {
            p.grad().detach_();
            p.grad().zero_();
        }
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
