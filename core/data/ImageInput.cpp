#include "data/ImageInput.h"

#include <filesystem>

#include <algorithm>

#include <stb/stb_image.h>
#include <torch/torch.h>

#include <cmath>
#include <fstream>
#include <memory>

namespace hiernet::data {

namespace {

/// stb reads a binary PGM/PPM cut short as if the missing pixels were black; such a file is refused instead.
bool pnmHoldsItsPixels(const std::string& path, int width, int height)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    const auto size = std::uint64_t(std::max<std::streamoff>(0, in.tellg()));
    in.seekg(0);
    char magic[2] = {};
    in.read(magic, 2);
    if (magic[0] != 'P' || (magic[1] != '5' && magic[1] != '6'))
        return true; // not a binary PNM: stb checks the others
    return size >= std::uint64_t(width) * std::uint64_t(height) * (magic[1] == '5' ? 1u : 3u);
}

} // namespace

bool decodeImageFile(const std::string& path, DecodedImage& out, std::string* why, int maxSide)
{
    auto fail = [why](const std::string& reason) {
        if (why)
            *why = reason;
        return false;
    };
    int width = 0, height = 0, channels = 0;
    if (!stbi_info(path.c_str(), &width, &height, &channels))
        return fail(std::string("not an image this build reads (") + stbi_failure_reason() + ")");
    if (width < 1 || height < 1 || width > maxSide || height > maxSide)
        return fail(std::to_string(width) + "×" + std::to_string(height) + " pixels is larger than " + std::to_string(maxSide)
            + " on a side");
    if (!pnmHoldsItsPixels(path, width, height))
        return fail(
            "a PGM/PPM file shorter than its header's " + std::to_string(width) + "×" + std::to_string(height) + " pixels");
    const int wanted = channels <= 2 ? 1 : 3; // alpha is dropped
    std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
        stbi_load(path.c_str(), &width, &height, &channels, wanted), stbi_image_free);
    if (!pixels)
        return fail(std::string("cannot be decoded (") + stbi_failure_reason() + ")");
    out.width = width;
    out.height = height;
    out.channels = wanted;
    out.pixels.assign(pixels.get(), pixels.get() + std::size_t(width) * std::size_t(height) * std::size_t(wanted));
    return true;
}

at::Tensor imageAsInput(const DecodedImage& image, int channels, int height, int width)
{
    auto x = torch::from_blob(
        const_cast<std::uint8_t*>(image.pixels.data()), { image.height, image.width, image.channels }, torch::kUInt8)
                 .permute({ 2, 0, 1 })
                 .to(torch::kFloat32)
                 .unsqueeze(0);
    if (image.channels == 3 && channels == 1) {
        const auto weights = torch::tensor({ 0.299f, 0.587f, 0.114f }).view({ 1, 3, 1, 1 });
        x = (x * weights).sum(1, true);
    } else if (image.channels == 1 && channels == 3) {
        x = x.expand({ 1, 3, image.height, image.width });
    }
    const double scale = std::max(double(height) / image.height, double(width) / image.width);
    const auto newHeight = std::max<std::int64_t>(height, std::lround(image.height * scale));
    const auto newWidth = std::max<std::int64_t>(width, std::lround(image.width * scale));
    if (newHeight != image.height || newWidth != image.width)
        x = torch::nn::functional::interpolate(x,
            torch::nn::functional::InterpolateFuncOptions()
                .size(std::vector<std::int64_t> { newHeight, newWidth })
                .mode(torch::kBilinear)
                .align_corners(false)
                .antialias(scale < 1.0));
    const auto top = (newHeight - height) / 2, left = (newWidth - width) / 2;
    x = x.slice(2, top, top + height).slice(3, left, left + width);
    return x.round().clamp(0, 255).to(torch::kUInt8).contiguous();
}

std::vector<std::string> imageFilesIn(const std::vector<std::string>& paths)
{
    std::vector<std::string> files;
    for (const auto& path : paths) {
        std::error_code error;
        if (!std::filesystem::is_directory(path, error)) {
            files.push_back(path);
            continue;
        }
        std::vector<std::string> inFolder;
        for (const auto& entry : std::filesystem::directory_iterator(path, error))
            if (entry.is_regular_file())
                inFolder.push_back(entry.path().string());
        std::sort(inFolder.begin(), inFolder.end());
        files.insert(files.end(), inFolder.begin(), inFolder.end());
    }
    return files;
}

ImageInputs loadImageInputs(const std::vector<std::string>& paths, int channels, int height, int width)
{
    ImageInputs out;
    std::vector<at::Tensor> inputs;
    for (const auto& file : imageFilesIn(paths)) {
        DecodedImage image;
        std::string why;
        if (!decodeImageFile(file, image, &why)) {
            out.skipped.emplace_back(file, why);
            continue;
        }
        inputs.push_back(imageAsInput(image, channels, height, width));
        out.files.push_back(file);
    }
    if (!inputs.empty())
        out.images = at::cat(inputs, 0);
    return out;
}

} // namespace hiernet::data
