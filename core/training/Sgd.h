#pragma once
#include <ATen/core/Tensor.h>

#include <map>
#include <string>
#include <vector>

namespace hiernet::training {

/// SGD with momentum and weight decay, as torch.optim.SGD (dampening 0, no Nesterov):
/// buf = momentum·buf + (grad + wd·p); p −= lr·buf. Written here so that its state (the momentum
/// buffers) is plain named tensors that checkpoints save and restore exactly.
class Sgd
{
public:
    Sgd(std::vector<std::pair<std::string, at::Tensor>> namedParameters, double momentum, double weightDecay);

    void step(double learningRate, double weightDecayFactor = 1.0);
    void zeroGrad();

    /// Momentum buffers by parameter name (undefined until the first step).
    std::map<std::string, at::Tensor> state() const;
    void loadState(const std::map<std::string, at::Tensor>& state);

private:
    std::vector<std::pair<std::string, at::Tensor>> m_parameters;
    std::vector<at::Tensor> m_momentum;
    double m_momentumFactor;
    double m_weightDecay;
};

} // namespace hiernet::training
