#pragma once
#include <ATen/core/Tensor.h>

#include <map>
#include <string>
#include <vector>

namespace torch::nn {
class Module;
}

namespace hiernet::training {

/// SGD with momentum and weight decay, as torch.optim.SGD (dampening 0, no Nesterov):
/// buf = momentum·buf + (grad + wd·p); p −= lr·buf. With decoupled weight decay (SGDW, as the paper's
/// TensorFlow code trains): p −= wd·p first, then buf = momentum·buf + grad; p −= lr·buf — the decay is
/// not scaled by the learning rate. Written here so that its state (the momentum
/// buffers) is plain named tensors that checkpoints save and restore exactly, and so that the
/// learning rate and weight decay live in device tensors: a captured CUDA graph of the step then
/// follows the schedule (torch::optim bakes the rate into the graph as a host number). A step is a handful
/// of multi-tensor ops over all parameters (`_foreach_*`, as torch.optim.SGD's foreach path; six on a GPU,
/// four on the CPU where the rates are host numbers), not four kernels per parameter.
class Sgd {
public:
    Sgd(std::vector<std::pair<std::string, at::Tensor>> namedParameters, double momentum, double weightDecay,
        bool decoupledWeightDecay = false);
    /// Over every parameter of `module`, by its name there.
    Sgd(const torch::nn::Module& module, double momentum, double weightDecay, bool decoupledWeightDecay = false);

    /// setRates + applyStep.
    void step(double learningRate, double weightDecayFactor = 1.0);
    /// Writes the rates of the next steps into their device tensors (no host synchronisation).
    void setRates(double learningRate, double weightDecayFactor = 1.0);
    /// One update with the rates set last; only device ops, so it can be captured in a CUDA graph
    /// once every momentum buffer exists (after the first step).
    void applyStep();
    /// Reads the rates from their device tensors on the CPU too (on a GPU it always does): the CUDA-graph
    /// path's update, for tests to compare. Throws hiernet::Error with a LibTorch before 2.1.
    void useDeviceRates(bool on);
    /// Zeroes every gradient in one multi-tensor op (the tensors stay, so a captured graph keeps its addresses).
    void zeroGrad();
    bool hasMomentum() const;

    /// Momentum buffers by parameter name (undefined until the first step).
    std::map<std::string, at::Tensor> state() const;
    void loadState(const std::map<std::string, at::Tensor>& state);

private:
    /// The update of a parameter without a momentum buffer yet; returns its new buffer.
    at::Tensor firstStep(at::Tensor& p);
    void updateWithDeviceRates(
        std::vector<at::Tensor>& params, std::vector<at::Tensor>& grads, std::vector<at::Tensor>& momentum);
    void updateWithHostRates(std::vector<at::Tensor>& params, std::vector<at::Tensor>& grads, std::vector<at::Tensor>& momentum);

    std::vector<std::pair<std::string, at::Tensor>> m_parameters;
    std::vector<at::Tensor> m_momentum;
    at::Tensor m_negativeRate; ///< −lr, float32 scalar on the parameters' device
    at::Tensor m_decay; ///< weight decay × its schedule factor
    double m_hostNegativeRate = 0; ///< the same, for LibTorch without tensor-scalar multi-tensor ops
    double m_hostDecay = 0;
    bool m_deviceRates = false;
    double m_momentumFactor;
    double m_weightDecay;
    bool m_decoupled;
};

} // namespace hiernet::training
