#include "data/Preprocessing.h"

#include "util/Error.h"

#include <torch/torch.h>

namespace hiernet::data {

Preprocessor::Preprocessor(const at::Tensor& trainImagesUint8, AugmentationOptions options)
    : m_options(options)
{
    // Accumulate in float64 so that 50,000 images do not lose precision.
    m_mean = trainImagesUint8.to(torch::kFloat64).mean(0).div(255.0).to(torch::kFloat32);
}

Preprocessor Preprocessor::withAugmentation(AugmentationOptions options) const
{
    Preprocessor copy = *this;
    copy.m_options = options;
    return copy;
}

at::Tensor Preprocessor::normalize(const at::Tensor& batchUint8) const
{
    return batchUint8.to(torch::kFloat32).div(255.0) - m_mean.to(batchUint8.device());
}

at::Tensor Preprocessor::augment(const at::Tensor& batchUint8, std::uint64_t seed, std::uint64_t step, std::int64_t firstDraw,
                                 std::int64_t drawCount) const
{
    auto unit = augmentUnit(batchUint8.to(torch::kFloat32).div(255.0), seed, step, firstDraw, drawCount);
    return unit - m_mean.to(unit.device());
}

at::Tensor Preprocessor::augmentUnit(const at::Tensor& batch, std::uint64_t seed, std::uint64_t step, std::int64_t firstDraw,
                                     std::int64_t drawCount) const
{
    const auto n = batch.size(0), h = batch.size(2), w = batch.size(3);
    const auto drawn = drawCount < 0 ? n : drawCount;
    if (firstDraw < 0 || firstDraw + n > drawn)
        throw Error("augmentation: images " + std::to_string(firstDraw) + " to " + std::to_string(firstDraw + n) + " of a draw for "
                    + std::to_string(drawn) + " images");
    // Random draws come from a CPU generator keyed by (seed, step): the same on every device and
    // independent of how many batches were drawn before (which makes resuming exact).
    auto generator = at::detail::createCPUGenerator(seed * 0x9E3779B97F4A7C15ULL + step + 1);
    const auto cpuLong = torch::TensorOptions().dtype(torch::kInt64);
    const auto padY = std::int64_t(double(h) * m_options.maxShift), padX = std::int64_t(double(w) * m_options.maxShift);
    // Draw on the CPU in a fixed order (flip, then row and column shifts), then send all draws in one
    // asynchronous copy: a blocking copy per draw would make every step wait for the GPU.
    std::vector<at::Tensor> draws;
    if (m_options.flip)
        draws.push_back(torch::randint(0, 2, {drawn}, generator, cpuLong).narrow(0, firstDraw, n));
    if (padY > 0 || padX > 0) {
        draws.push_back(torch::randint(0, 2 * padY + 1, {drawn}, generator, cpuLong).narrow(0, firstDraw, n));
        draws.push_back(torch::randint(0, 2 * padX + 1, {drawn}, generator, cpuLong).narrow(0, firstDraw, n));
    }
    if (draws.empty())
        return batch;
    const auto onDevice = torch::stack(draws).to(batch.device(), /*non_blocking=*/true);
    auto out = batch;
    std::int64_t next = 0;
    if (m_options.flip) {
        const auto flipMask = onDevice[next++].to(torch::kBool);
        out = torch::where(flipMask.view({n, 1, 1, 1}), out.flip({3}), out);
    }
    if (padY > 0 || padX > 0) {
        const auto shiftY = onDevice[next], shiftX = onDevice[next + 1];
        auto padded = torch::constant_pad_nd(out, {padX, padX, padY, padY}, m_options.fillValue);
        const auto c = batch.size(1), paddedW = padded.size(3);
        const auto longOnDevice = torch::TensorOptions().dtype(torch::kInt64).device(batch.device());
        // Crop each image at its own offset: gather rows, then columns.
        auto rows = (torch::arange(h, longOnDevice).view({1, 1, h, 1}) + shiftY.view({n, 1, 1, 1})).expand({n, c, h, paddedW});
        auto cropped = padded.gather(2, rows);
        auto cols = (torch::arange(w, longOnDevice).view({1, 1, 1, w}) + shiftX.view({n, 1, 1, 1})).expand({n, c, h, w});
        out = cropped.gather(3, cols);
    }
    return out;
}

} // namespace hiernet::data
