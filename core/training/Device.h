#pragma once
#include <c10/core/Device.h>

#include <string>

namespace hiernet::training {

/// "auto" (CUDA when this LibTorch has it and a GPU is there), "cpu", "cuda" or "cuda:N".
/// Throws hiernet::Error for CUDA on a build or machine without it.
c10::Device resolveDevice(const std::string& name);
bool cudaAvailable();

} // namespace hiernet::training
