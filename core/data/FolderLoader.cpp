#include "data/ImageInput.h"
#include "data/Loaders.h"

#include "util/Error.h"

#include <torch/torch.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <mutex>

namespace fs = std::filesystem;

namespace hiernet::data {
namespace {

// The core's decoder is stb's (data/ImageInput.h): PNG, JPEG, BMP, PGM/PPM, …; the studio installs Qt's readers.
bool decodeWithStb(const std::string& path, DecodedImage& out)
{
    return decodeImageFile(path, out, nullptr, 4096);
}

std::mutex decoderMutex;
ImageDecoder& currentDecoder()
{
    static ImageDecoder decoder = decodeWithStb;
    return decoder;
}

} // namespace

void setFolderImageDecoder(ImageDecoder decoder)
{
    std::lock_guard<std::mutex> lock(decoderMutex);
    currentDecoder() = decoder ? std::move(decoder) : ImageDecoder(decodeWithStb);
}

namespace detail {

ImageSet readImageFolder(const std::string& directory, std::vector<std::string>& classNames)
{
    ImageDecoder decode;
    {
        std::lock_guard<std::mutex> lock(decoderMutex);
        decode = currentDecoder();
    }
    std::error_code ec;
    if (!fs::is_directory(directory, ec))
        throw Error(directory + ": not a folder");
    std::vector<fs::path> classDirs;
    for (const auto& entry : fs::directory_iterator(directory))
        if (entry.is_directory())
            classDirs.push_back(entry.path());
    std::sort(classDirs.begin(), classDirs.end());
    if (classDirs.empty())
        throw Error(directory + ": holds no class folders (expected one sub-folder of images per class)");

    classNames.clear();
    std::vector<std::uint8_t> pixels;
    std::vector<std::int64_t> labels;
    int width = 0, height = 0, channels = 0;
    for (const auto& classDir : classDirs) {
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(classDir))
            if (entry.is_regular_file())
                files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        if (files.empty())
            throw Error(classDir.string() + ": class folder holds no images");
        const auto label = std::int64_t(classNames.size());
        classNames.push_back(classDir.filename().string());
        for (const auto& file : files) {
            DecodedImage image;
            if (!decode(file.string(), image))
                throw Error(file.string() + ": not an image this build can read");
            if (labels.empty()) {
                width = image.width;
                height = image.height;
                channels = image.channels;
            } else if (image.width != width || image.height != height || image.channels != channels) {
                throw Error(file.string() + ": image is " + std::to_string(image.width) + "x" + std::to_string(image.height) + "x"
                    + std::to_string(image.channels) + " but earlier images are " + std::to_string(width) + "x"
                    + std::to_string(height) + "x" + std::to_string(channels) + "; all images must share one size");
            }
            pixels.insert(pixels.end(), image.pixels.begin(), image.pixels.end());
            labels.push_back(label);
        }
    }
    const auto n = std::int64_t(labels.size());
    ImageSet set;
    // A copy, always: for one channel the permuted view is already contiguous, and contiguous() would hand
    // back a view of `pixels`, freed on return (found by the sanitized suite).
    set.images = torch::from_blob(pixels.data(), { n, height, width, channels }, torch::kUInt8)
                     .permute({ 0, 3, 1, 2 })
                     .clone(at::MemoryFormat::Contiguous);
    set.labels = torch::tensor(labels, torch::kInt64);
    return set;
}

} // namespace detail
} // namespace hiernet::data
