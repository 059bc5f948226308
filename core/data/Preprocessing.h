#pragma once
#include <ATen/core/Generator.h>
#include <ATen/core/Tensor.h>

#include <cstdint>

namespace hiernet::data {

struct AugmentationOptions {
    bool flip = true; ///< random horizontal flip
    double maxShift = 0.125; ///< random translation, fraction of each side
    double fillValue = 0.5; ///< grey for the pixels shifted in
    /// Continuous translation (the paper code's Keras RandomTranslation): shifts drawn uniformly in
    /// [−maxShift, maxShift]·side and resampled bilinearly; otherwise whole pixels, up to ⌊maxShift·side⌋.
    bool bilinear = false;
};

/// The sum over the images (dim 0) of a uint8 set, in float64, a chunk of images at a time: exact (the sums are
/// integers far below 2^53, so equal to any other order of adding), without a float64 copy of the whole set
/// (340 MB for Fashion-MNIST's training images, which a studio opening it would briefly hold).
at::Tensor pixelSums(const at::Tensor& imagesUint8);

/// Each image n shifted by (shiftY[n], shiftX[n]) pixels (float, any fraction; down and right when positive),
/// resampled bilinearly: output(y, x) = input(y − dy, x − dx), with `fill` for whatever lies outside the image.
at::Tensor translateBilinear(const at::Tensor& batch, const at::Tensor& shiftY, const at::Tensor& shiftX, double fill);

/// Paper preprocessing (DESIGN.md §3) as batched tensor ops on whatever device the batch is on:
/// pixels/255, random flip and translation (grey fill) for training, then subtract the train set's
/// per-pixel mean image.
///
///     Preprocessor prep(ds.train.images);
///     auto x = prep.augment(batchUint8, seed, step);   // float N×C×H×W
class Preprocessor {
public:
    Preprocessor() = default;
    explicit Preprocessor(const at::Tensor& trainImagesUint8, AugmentationOptions options = {});

    /// uint8 batch → float, mean image subtracted (evaluation).
    at::Tensor normalize(const at::Tensor& batchUint8) const;
    /// uint8 batch → augmented float batch, mean subtracted. Seeded: the same (seed, step) gives the same batch.
    /// A rank of a data-parallel run passes its share's place in the global batch: the draws are made for
    /// `drawCount` images and this batch takes those from `firstDraw` on, so that the shares together are
    /// augmented exactly as the global batch of one process is (-1: the batch is the whole draw).
    at::Tensor augment(const at::Tensor& batchUint8, std::uint64_t seed, std::uint64_t step, std::int64_t firstDraw = 0,
        std::int64_t drawCount = -1) const;
    /// Flip and translation on a float [0,1] batch, before mean subtraction.
    at::Tensor augmentUnit(const at::Tensor& batchUnit, std::uint64_t seed, std::uint64_t step, std::int64_t firstDraw = 0,
        std::int64_t drawCount = -1) const;

    /// The same normalisation with other augmentation settings.
    Preprocessor withAugmentation(AugmentationOptions options) const;

    const at::Tensor& meanImage() const { return m_mean; }
    const AugmentationOptions& options() const { return m_options; }

private:
    at::Tensor augmentContinuous(
        const at::Tensor& batch, at::Generator& generator, std::int64_t firstDraw, std::int64_t drawn) const;

    at::Tensor m_mean; ///< float C×H×W in [0,1]
    AugmentationOptions m_options;
};

} // namespace hiernet::data
