#include "data/Loaders.h"

#include "util/Error.h"
#include "util/FileIo.h"

#include <torch/torch.h>

#include <sstream>

namespace hiernet::data::detail {
namespace {

std::uint32_t readBigEndian32(const std::vector<std::uint8_t>& bytes, std::size_t offset)
{
    return (std::uint32_t(bytes[offset]) << 24) | (std::uint32_t(bytes[offset + 1]) << 16)
        | (std::uint32_t(bytes[offset + 2]) << 8) | std::uint32_t(bytes[offset + 3]);
}

void checkLabels(const std::string& path, const at::Tensor& labels, std::int64_t numClasses, const char* what)
{
    if (labels.numel() == 0)
        return;
    const auto maxLabel = labels.max().item<std::int64_t>();
    if (maxLabel >= numClasses) {
        const auto where = (labels >= numClasses).nonzero()[0][0].item<std::int64_t>();
        std::ostringstream msg;
        msg << path << ": " << what << " " << labels[where].item<std::int64_t>() << " of record " << where
            << " is out of range (the dataset has " << numClasses << " classes)";
        throw Error(msg.str());
    }
}

} // namespace

ImageSet readIdxPair(const std::string& imagesPath, const std::string& labelsPath, std::int64_t numClasses)
{
    const auto images = io::readMaybeGzipped(imagesPath);
    if (images.size() < 16)
        throw Error(imagesPath + ": truncated IDX header (" + std::to_string(images.size()) + " bytes)");
    const auto magic = readBigEndian32(images, 0);
    if (magic != 0x803) {
        std::ostringstream msg;
        msg << imagesPath << ": wrong magic number 0x" << std::hex << magic << " (an IDX image file has 0x803)";
        throw Error(msg.str());
    }
    const std::int64_t n = readBigEndian32(images, 4), h = readBigEndian32(images, 8), w = readBigEndian32(images, 12);
    if (h == 0 || w == 0 || h > 4096 || w > 4096)
        throw Error(imagesPath + ": implausible image size " + std::to_string(h) + "x" + std::to_string(w));
    const std::size_t expected = 16 + std::size_t(n) * std::size_t(h) * std::size_t(w);
    if (images.size() < expected)
        throw Error(imagesPath + ": truncated: header promises " + std::to_string(n) + " images of " + std::to_string(h) + "x"
            + std::to_string(w) + " (" + std::to_string(expected) + " bytes) but the file has " + std::to_string(images.size())
            + " bytes");

    const auto labels = io::readMaybeGzipped(labelsPath);
    if (labels.size() < 8)
        throw Error(labelsPath + ": truncated IDX header (" + std::to_string(labels.size()) + " bytes)");
    const auto labelMagic = readBigEndian32(labels, 0);
    if (labelMagic != 0x801) {
        std::ostringstream msg;
        msg << labelsPath << ": wrong magic number 0x" << std::hex << labelMagic << " (an IDX label file has 0x801)";
        throw Error(msg.str());
    }
    const std::int64_t nLabels = readBigEndian32(labels, 4);
    if (nLabels != n)
        throw Error(labelsPath + ": holds " + std::to_string(nLabels) + " labels but " + imagesPath + " holds "
            + std::to_string(n) + " images");
    if (labels.size() < 8 + std::size_t(n))
        throw Error(labelsPath + ": truncated: header promises " + std::to_string(n) + " labels but the file has "
            + std::to_string(labels.size() - 8) + " label bytes");

    ImageSet set;
    set.images = torch::from_blob(const_cast<std::uint8_t*>(images.data()) + 16, { n, 1, h, w }, torch::kUInt8).clone();
    set.labels = torch::from_blob(const_cast<std::uint8_t*>(labels.data()) + 8, { n }, torch::kUInt8).to(torch::kInt64);
    checkLabels(labelsPath, set.labels, numClasses, "label");
    return set;
}

ImageSet readCifar10Batches(const std::vector<std::string>& paths, std::int64_t numClasses)
{
    constexpr std::size_t recordSize = 1 + 3072;
    std::vector<at::Tensor> images, labels;
    for (const auto& path : paths) {
        const auto bytes = io::readMaybeGzipped(path);
        if (bytes.empty() || bytes.size() % recordSize != 0)
            throw Error(path + ": size " + std::to_string(bytes.size())
                + " bytes is not a whole number of CIFAR-10 records (3073 bytes each); the file is truncated or not CIFAR-10");
        const std::int64_t n = std::int64_t(bytes.size() / recordSize);
        auto records = torch::from_blob(const_cast<std::uint8_t*>(bytes.data()), { n, std::int64_t(recordSize) }, torch::kUInt8);
        auto fileLabels = records.select(1, 0).to(torch::kInt64);
        checkLabels(path, fileLabels, numClasses, "label");
        images.push_back(records.slice(1, 1).reshape({ n, 3, 32, 32 }).clone());
        labels.push_back(fileLabels);
    }
    return ImageSet { torch::cat(images), torch::cat(labels), {} };
}

ImageSet readCifar100File(const std::string& path, std::int64_t numFine, std::int64_t numCoarse)
{
    constexpr std::size_t recordSize = 2 + 3072;
    const auto bytes = io::readMaybeGzipped(path);
    if (bytes.empty() || bytes.size() % recordSize != 0)
        throw Error(path + ": size " + std::to_string(bytes.size())
            + " bytes is not a whole number of CIFAR-100 records (3074 bytes each); the file is truncated or not CIFAR-100");
    const std::int64_t n = std::int64_t(bytes.size() / recordSize);
    auto records = torch::from_blob(const_cast<std::uint8_t*>(bytes.data()), { n, std::int64_t(recordSize) }, torch::kUInt8);
    ImageSet set;
    set.coarseLabels = records.select(1, 0).to(torch::kInt64);
    set.labels = records.select(1, 1).to(torch::kInt64);
    checkLabels(path, set.coarseLabels, numCoarse, "coarse label");
    checkLabels(path, set.labels, numFine, "fine label");
    set.images = records.slice(1, 2).reshape({ n, 3, 32, 32 }).clone();
    return set;
}

std::vector<std::string> readNameList(const std::string& path)
{
    if (!io::fileExists(path))
        throw Error(path + ": class name file not found");
    std::istringstream in(io::readText(path));
    std::vector<std::string> names;
    std::string line;
    while (std::getline(in, line)) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.pop_back();
        if (!line.empty())
            names.push_back(line);
    }
    if (names.empty())
        throw Error(path + ": holds no class names");
    return names;
}

} // namespace hiernet::data::detail
