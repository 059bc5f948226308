#pragma once
#include <ATen/core/Tensor.h>

#include <QImage>

namespace hiernet::studio {

/// Image `index` of a contiguous uint8 N×C×H×W CPU tensor (C = 1 or 3) as a QImage that owns its
/// pixels (safe to send to the GUI thread).
QImage imageFromTensor(const at::Tensor& images, std::int64_t index);

} // namespace hiernet::studio
