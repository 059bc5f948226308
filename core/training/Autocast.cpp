#include "training/Autocast.h"

#include <ATen/autocast_mode.h>
#include <torch/version.h>

namespace hiernet::training {
namespace {

#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
bool isEnabled(c10::DeviceType d)
{
    return at::autocast::is_autocast_enabled(d);
}
void setEnabled(c10::DeviceType d, bool on)
{
    at::autocast::set_autocast_enabled(d, on);
}
c10::ScalarType castType(c10::DeviceType d)
{
    return at::autocast::get_autocast_dtype(d);
}
void setCastType(c10::DeviceType d, c10::ScalarType t)
{
    at::autocast::set_autocast_dtype(d, t);
}
#else
// Before 2.4 autocast had one setter per device type.
bool isEnabled(c10::DeviceType d)
{
    return d == c10::kCPU ? at::autocast::is_cpu_enabled() : at::autocast::is_enabled();
}
void setEnabled(c10::DeviceType d, bool on)
{
    if (d == c10::kCPU)
        at::autocast::set_cpu_enabled(on);
    else
        at::autocast::set_enabled(on);
}
c10::ScalarType castType(c10::DeviceType d)
{
    return d == c10::kCPU ? at::autocast::get_autocast_cpu_dtype() : at::autocast::get_autocast_gpu_dtype();
}
void setCastType(c10::DeviceType d, c10::ScalarType t)
{
    if (d == c10::kCPU)
        at::autocast::set_autocast_cpu_dtype(t);
    else
        at::autocast::set_autocast_gpu_dtype(t);
}
#endif

} // namespace

AutocastGuard::AutocastGuard(c10::DeviceType device, bool enabled, bool cacheCasts)
    : m_device(device)
    , m_enabled(enabled)
{
    if (!m_enabled)
        return;
    m_wasEnabled = isEnabled(device);
    m_previousType = castType(device);
    m_wasCaching = at::autocast::is_autocast_cache_enabled();
    setEnabled(device, true);
    setCastType(device, c10::ScalarType::BFloat16);
    at::autocast::set_autocast_cache_enabled(cacheCasts);
    at::autocast::increment_nesting();
}

AutocastGuard::~AutocastGuard()
{
    if (!m_enabled)
        return;
    // As torch.autocast's __exit__: the cast weights live until the outermost region ends.
    if (at::autocast::decrement_nesting() == 0)
        at::autocast::clear_cache();
    setEnabled(m_device, m_wasEnabled);
    setCastType(m_device, m_previousType);
    at::autocast::set_autocast_cache_enabled(m_wasCaching);
}

} // namespace hiernet::training
