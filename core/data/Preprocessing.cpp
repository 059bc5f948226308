#include "data/Preprocessing.h"

#include "util/Error.h"

#include <torch/torch.h>

#include <algorithm>

namespace hiernet::data {

at::Tensor pixelSums(const at::Tensor& imagesUint8)
{
    constexpr std::int64_t chunk = 4096;
    auto sums = torch::zeros(imagesUint8.sizes().slice(1), imagesUint8.options().dtype(torch::kFloat64));
    for (std::int64_t first = 0; first < imagesUint8.size(0); first += chunk)
        sums += imagesUint8.slice(0, first, std::min(first + chunk, imagesUint8.size(0))).to(torch::kFloat64).sum(0);
    return sums;
}

Preprocessor::Preprocessor(const at::Tensor& trainImagesUint8, AugmentationOptions options)
    : m_options(options)
{
    // Accumulated in float64, exactly, so that 50,000 images do not lose precision; the mean as at::mean makes it.
    m_mean = pixelSums(trainImagesUint8).div(double(trainImagesUint8.size(0))).div(255.0).to(torch::kFloat32);
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

at::Tensor Preprocessor::augment(
    const at::Tensor& batchUint8, std::uint64_t seed, std::uint64_t step, std::int64_t firstDraw, std::int64_t drawCount) const
{
    auto unit = augmentUnit(batchUint8.to(torch::kFloat32).div(255.0), seed, step, firstDraw, drawCount);
    return unit - m_mean.to(unit.device());
}

at::Tensor translateBilinear(const at::Tensor& batch, const at::Tensor& shiftY, const at::Tensor& shiftX, double fill)
{
    const auto n = batch.size(0), h = batch.size(2), w = batch.size(3);
    const auto options = batch.options();
    // grid_sample's coordinates with align_corners: −1 … 1 over the pixel centres 0 … side − 1.
    auto normalised = [](const at::Tensor& pixels, std::int64_t side) {
        return pixels * (2.0 / double(std::max<std::int64_t>(1, side - 1))) - 1.0;
    };
    const auto ys
        = normalised(torch::arange(h, options).view({ 1, h, 1 }) - shiftY.to(options).view({ n, 1, 1 }), h).expand({ n, h, w });
    const auto xs
        = normalised(torch::arange(w, options).view({ 1, 1, w }) - shiftX.to(options).view({ n, 1, 1 }), w).expand({ n, h, w });
    const auto grid = torch::stack({ xs, ys }, 3);
    // Zero padding around (image − fill) is the fill around the image, blended bilinearly at the border.
    return torch::grid_sampler(batch - fill, grid, /*bilinear*/ 0, /*zeros*/ 0, /*align_corners=*/true) + fill;
}

at::Tensor Preprocessor::augmentContinuous(
    const at::Tensor& batch, at::Generator& generator, std::int64_t firstDraw, std::int64_t drawn) const
{
    const auto n = batch.size(0);
    const auto cpuFloat = torch::TensorOptions().dtype(torch::kFloat32);
    // Drawn in the order of whole-pixel shifts (flips, rows, columns), all sent to the device in one copy.
    std::vector<at::Tensor> draws;
    draws.push_back(m_options.flip ? torch::randint(0, 2, { drawn }, generator, cpuFloat) : torch::zeros({ drawn }, cpuFloat));
    for (const auto side : { batch.size(2), batch.size(3) })
        draws.push_back((torch::rand({ drawn }, generator, cpuFloat) * 2 - 1) * (m_options.maxShift * double(side)));
    for (auto& d : draws)
        d = d.narrow(0, firstDraw, n);
    const auto onDevice = torch::stack(draws).to(batch.device(), /*non_blocking=*/true);
    const auto flipped = torch::where(onDevice[0].to(torch::kBool).view({ n, 1, 1, 1 }), batch.flip({ 3 }), batch);
    return translateBilinear(flipped, onDevice[1], onDevice[2], m_options.fillValue);
}

at::Tensor Preprocessor::augmentUnit(
    const at::Tensor& batch, std::uint64_t seed, std::uint64_t step, std::int64_t firstDraw, std::int64_t drawCount) const
{
    const auto n = batch.size(0), h = batch.size(2), w = batch.size(3);
    const auto drawn = drawCount < 0 ? n : drawCount;
    if (firstDraw < 0 || firstDraw + n > drawn)
        throw Error("augmentation: images " + std::to_string(firstDraw) + " to " + std::to_string(firstDraw + n)
            + " of a draw for " + std::to_string(drawn) + " images");
    // Random draws come from a CPU generator keyed by (seed, step): the same on every device and
    // independent of how many batches were drawn before (which makes resuming exact).
    auto generator = at::detail::createCPUGenerator(seed * 0x9E3779B97F4A7C15ULL + step + 1);
    if (m_options.bilinear)
        return augmentContinuous(batch, generator, firstDraw, drawn);
    const auto cpuLong = torch::TensorOptions().dtype(torch::kInt64);
    const auto padY = std::int64_t(double(h) * m_options.maxShift), padX = std::int64_t(double(w) * m_options.maxShift);
    // Draw on the CPU in a fixed order (flip, then row and column shifts), then send all draws in one
    // asynchronous copy: a blocking copy per draw would make every step wait for the GPU.
    std::vector<at::Tensor> draws;
    if (m_options.flip)
        draws.push_back(torch::randint(0, 2, { drawn }, generator, cpuLong).narrow(0, firstDraw, n));
    if (padY > 0 || padX > 0) {
        draws.push_back(torch::randint(0, 2 * padY + 1, { drawn }, generator, cpuLong).narrow(0, firstDraw, n));
        draws.push_back(torch::randint(0, 2 * padX + 1, { drawn }, generator, cpuLong).narrow(0, firstDraw, n));
    }
    if (draws.empty())
        return batch;
    const auto onDevice = torch::stack(draws).to(batch.device(), /*non_blocking=*/true);
    auto out = batch;
    std::int64_t next = 0;
    if (m_options.flip) {
        const auto flipMask = onDevice[next++].to(torch::kBool);
        out = torch::where(flipMask.view({ n, 1, 1, 1 }), out.flip({ 3 }), out);
    }
    if (padY > 0 || padX > 0) {
        const auto shiftY = onDevice[next], shiftX = onDevice[next + 1];
        auto padded = torch::constant_pad_nd(out, { padX, padX, padY, padY }, m_options.fillValue);
        const auto c = batch.size(1), paddedW = padded.size(3);
        const auto longOnDevice = torch::TensorOptions().dtype(torch::kInt64).device(batch.device());
        // Crop each image at its own offset: gather rows, then columns.
        auto rows
            = (torch::arange(h, longOnDevice).view({ 1, 1, h, 1 }) + shiftY.view({ n, 1, 1, 1 })).expand({ n, c, h, paddedW });
        auto cropped = padded.gather(2, rows);
        auto cols = (torch::arange(w, longOnDevice).view({ 1, 1, 1, w }) + shiftX.view({ n, 1, 1, 1 })).expand({ n, c, h, w });
        out = cropped.gather(3, cols);
    }
    return out;
}

} // namespace hiernet::data
