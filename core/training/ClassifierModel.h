#pragma once
#include "data/Dataset.h"

#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>
#include <nlohmann/json.hpp>

namespace torch::nn {
class Module;
}

namespace hiernet::data {
class Preprocessor;
}

namespace hiernet::training {

/// What the trainer and the evaluation need of a model: its parameters, and log-probabilities over
/// all classes (dataset order) for a preprocessed batch. Backbones and HierNets both fit.
class ClassifierModel {
public:
    virtual ~ClassifierModel() = default;
    virtual torch::nn::Module& module() = 0;
    virtual at::Tensor logProbabilities(const at::Tensor& input) = 0;
    /// Further validation figures for metrics.jsonl (HierNet: routing and per-node accuracy).
    virtual nlohmann::json validationExtras(const data::ImageSet& val, const data::Preprocessor& preprocessor, c10::Device device)
    {
        return nlohmann::json::object();
    }
};

} // namespace hiernet::training
