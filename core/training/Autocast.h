#pragma once
#include <c10/core/DeviceType.h>
#include <c10/core/ScalarType.h>

namespace hiernet::training {

/// bf16 autocast on one device type for the guard's lifetime, like Python's `torch.autocast`
/// (per thread; nested guards restore what was there). Matrix products and convolutions run in
/// bf16, reductions and losses stay in fp32. Keeps LibTorch's API differences (1.13 vs 2.4+) in one place.
///
///     { AutocastGuard bf16(c10::kCUDA, true); logp = model.logProbabilities(x); }
class AutocastGuard {
public:
    AutocastGuard(c10::DeviceType device, bool enabled, bool cacheCasts = true);
    ~AutocastGuard();
    AutocastGuard(const AutocastGuard&) = delete;
    AutocastGuard& operator=(const AutocastGuard&) = delete;

private:
    c10::DeviceType m_device;
    bool m_enabled;
    bool m_wasEnabled = false;
    bool m_wasCaching = true;
    c10::ScalarType m_previousType = c10::ScalarType::BFloat16;
};

} // namespace hiernet::training
