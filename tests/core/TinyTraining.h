// The tiny learnable data set, backbone and trainer settings that the training tests share (CPU and CUDA).
#pragma once
#include "data/Dataset.h"
#include "models/Backbone.h"
#include "training/Trainer.h"

#include <ATen/ATen.h>

#include <string>

namespace hiernet::tiny {

/// `count` random 1×8×8 images of 4 classes whose class shows in the mean brightness (learnable).
inline data::ImageSet imageSet(std::uint64_t seed, int count = 64)
{
    at::manual_seed(seed);
    const auto labels = at::arange(count, at::kLong) % 4;
    auto images = (at::rand({ count, 1, 8, 8 }) * 80 + labels.view({ count, 1, 1, 1 }).to(at::kFloat) * 50).to(at::kByte);
    return { images, labels, {} };
}

/// 12 iterations of batch 16 (4 an epoch), the rate dropping after 6, a report every step.
inline training::TrainerConfig trainerConfig(const std::string& device = "cpu")
{
    training::TrainerConfig c;
    c.schedule = "custom";
    c.boundaries = { 6 };
    c.rates = { 0.05, 0.02 };
    c.iterations = 12;
    c.batchSize = 16;
    c.device = device;
    c.logEvery = 1;
    c.seed = 5;
    return c;
}

/// A ResNet-8 for 1-channel images of 4 classes.
inline models::BackboneSpec backboneSpec()
{
    return { models::BlockKind::ResNet, 1, 1, 4 };
}

} // namespace hiernet::tiny
