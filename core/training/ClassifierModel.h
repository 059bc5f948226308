#pragma once
#include <ATen/core/Tensor.h>

namespace torch::nn {
class Module;
}

namespace hiernet::training {

/// What the trainer and the evaluation need of a model: its parameters, and log-probabilities over
/// all classes (dataset order) for a preprocessed batch. Backbones and HierNets both fit.
class ClassifierModel
{
public:
    virtual ~ClassifierModel() = default;
    virtual torch::nn::Module& module() = 0;
    virtual at::Tensor logProbabilities(const at::Tensor& input) = 0;
};

} // namespace hiernet::training
