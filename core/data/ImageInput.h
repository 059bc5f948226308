#pragma once
#include "data/Dataset.h"

#include <ATen/core/Tensor.h>

#include <string>
#include <utility>
#include <vector>

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

/// The files named, each folder's files (sorted, not recursive) in its place: what `hiernet predict` and the Explore
/// page's Open images… take.
std::vector<std::string> imageFilesIn(const std::vector<std::string>& paths);

/// A user's image files as a model's inputs.
struct ImageInputs {
    at::Tensor images; ///< uint8 N×channels×height×width (undefined when none decoded)
    std::vector<std::string> files; ///< the decoded ones, in order
    std::vector<std::pair<std::string, std::string>> skipped; ///< file and why (not an image, unreadable, too large)
};
/// imageFilesIn(paths), each decoded and made into a channels×height×width input (imageAsInput).
ImageInputs loadImageInputs(const std::vector<std::string>& paths, int channels, int height, int width);

} // namespace hiernet::data
