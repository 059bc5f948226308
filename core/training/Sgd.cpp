#include "training/Sgd.h"

#include "util/Error.h"

#include <torch/torch.h>

namespace hiernet::training {

Sgd::Sgd(std::vector<std::pair<std::string, at::Tensor>> namedParameters, double momentum, double weightDecay)
    : m_parameters(std::move(namedParameters))
    , m_momentum(m_parameters.size())
    , m_momentumFactor(momentum)
    , m_weightDecay(weightDecay)
{
}

void Sgd::step(double learningRate, double weightDecayFactor)
{
    torch::NoGradGuard noGrad;
    const double wd = m_weightDecay * weightDecayFactor;
    for (std::size_t i = 0; i < m_parameters.size(); ++i) {
        auto& p = m_parameters[i].second;
        if (!p.grad().defined())
            continue;
        auto d = p.grad();
        if (wd != 0)
            d = d.add(p, wd);
        if (!m_momentum[i].defined())
            m_momentum[i] = d.clone();
        else
            m_momentum[i].mul_(m_momentumFactor).add_(d);
        p.add_(m_momentum[i], -learningRate);
    }
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
