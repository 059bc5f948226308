#pragma once
#include "data/Dataset.h"
#include "data/Preprocessing.h"
#include "runs/RunConfigs.h"
#include "runs/RunFolder.h"
#include "training/Checkpoint.h"

#include <c10/core/Device.h>

#include <memory>
#include <string>

namespace hiernet::runs {

/// A run loaded for evaluation: its folder, configuration, data and trained network on its device.
template <typename Config, typename Model> struct LoadedRun {
    RunFolder folder;
    Config config;
    data::Dataset dataset;
    data::Preprocessor preprocessor;
    std::shared_ptr<Model> model;
    c10::Device device = c10::Device(c10::kCPU);
};

/// What loading a run's network needs, read in the order that says what is wrong before the long data load:
/// the checkpoint, the device, then the dataset.
struct RunInputs {
    training::TensorDict checkpoint;
    c10::Device device = c10::Device(c10::kCPU);
    data::Dataset dataset;
};
RunInputs readRunInputs(const RunFolder& folder, const RunModelConfig& config, const std::string& deviceName);

/// The run loaded: the checkpoint's weights into `model`, moved to the device, beside the data's preprocessor.
template <typename Config, typename Model>
LoadedRun<Config, Model> loadedRun(RunFolder folder, Config config, RunInputs inputs, std::shared_ptr<Model> model)
{
    training::loadModuleState(model->module(), inputs.checkpoint, folder.checkpointPath());
    model->module().to(inputs.device);
    data::Preprocessor preprocessor(inputs.dataset.train.images);
    return { std::move(folder), std::move(config), std::move(inputs.dataset), std::move(preprocessor), std::move(model),
        inputs.device };
}

} // namespace hiernet::runs
