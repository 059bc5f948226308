#pragma once
#include "data/Dataset.h"

#include <ATen/core/Tensor.h>

#include <string>

namespace hiernet::data {

/// Decodes an image file with stb (Debian's libstb: PNG, JPEG, BMP, GIF's first frame, PGM/PPM, TGA, …) into grey
/// (1 channel; grey with alpha too) or RGB (3; alpha dropped). False, with the reason in `why`, for a file that is
/// not an image it reads or whose sides exceed `maxSide`.
bool decodeImageFile(const std::string& path, DecodedImage& out, std::string* why = nullptr, int maxSide = 16384);

/// A user's image as a model input: the channels converted (RGB → grey by luminance 0.299 R + 0.587 G + 0.114 B,
/// grey → RGB by repeating it), resized (bilinear, antialiased when shrinking, the aspect kept) to the smallest size
/// that covers height×width — for a square input, the shorter side to its size —, then the centre height×width crop:
/// a uint8 tensor 1×channels×height×width, normalised afterwards like the dataset's images.
at::Tensor imageAsInput(const DecodedImage& image, int channels, int height, int width);

} // namespace hiernet::data
