#pragma once
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace hiernet::data {

/// Which part of a dataset: the official train set, or one half of the official test set.
enum class Split { Train, Val, Test };
std::string toString(Split split);
/// Parses "train", "val" or "test"; throws hiernet::Error naming the value otherwise.
Split parseSplit(const std::string& text);

/// Images with their labels: uint8 N×C×H×W, int64 N (and int64 N coarse labels where the format has them).
struct ImageSet {
    at::Tensor images;
    at::Tensor labels;
    at::Tensor coarseLabels; ///< undefined when the format has no coarse labels

    std::int64_t size() const;
    /// The images at the given positions, in that order.
    ImageSet subset(const std::vector<std::int64_t>& indices) const;
};

/// A loaded dataset: train set, official test set, and the split of the official test set into
/// validation (backbone evaluation, CPM, grouping) and test (reported once) halves.
///
///     auto ds = hiernet::data::loadDataset("fashion-mnist");
///     ImageSet val = ds.split(Split::Val);
struct Dataset {
    std::string spec; ///< as given, e.g. "cifar100:/data/cifar-100-binary"
    std::string name; ///< short name for titles, e.g. "Fashion-MNIST"
    std::vector<std::string> classNames;
    std::vector<std::string> coarseClassNames; ///< empty when the format has none
    ImageSet train;
    ImageSet officialTest;
    std::vector<std::int64_t> valIndices; ///< positions in officialTest
    std::vector<std::int64_t> testIndices; ///< positions in officialTest
    std::string splitDescription; ///< how val/test were made, e.g. "paper split (CIFAR-100)"

    ImageSet split(Split which) const;
    std::int64_t numClasses() const { return static_cast<std::int64_t>(classNames.size()); }
    /// [C, H, W] of every image.
    std::vector<std::int64_t> imageShape() const;
    /// Number of images of each class in a split.
    std::vector<std::int64_t> classCounts(Split which) const;
    /// Per-channel mean of the train images, in [0, 1].
    std::vector<double> channelMean() const;
};

/// How a dataset is named on the command line and in the GUI.
struct DatasetSpec {
    enum class Format { FashionMnist, Idx, Cifar10, Cifar100, Folder };
    Format format = Format::FashionMnist;
    std::string directory;
    bool byName = false; ///< "cifar10" or "cifar100" alone: downloaded into the default data directory

    /// Parses "fashion-mnist", "cifar10", "cifar100", "idx:DIR", "cifar10:DIR", "cifar100:DIR" or "folder:DIR".
    static DatasetSpec parse(const std::string& text);
    std::string toString() const;
};

/// Where Debian's dataset-fashion-mnist package puts its files.
std::string defaultFashionMnistDirectory();

/// Loads a dataset by spec and makes its val/test split (seeded where it is not the paper's).
/// Throws hiernet::Error naming the file and problem on bad input.
Dataset loadDataset(const std::string& spec, std::uint64_t splitSeed = 0);

/// A decoded image for the folder loader: channels 1 (grey) or 3 (RGB), row-major HWC bytes.
struct DecodedImage {
    int width = 0;
    int height = 0;
    int channels = 0;
    std::vector<std::uint8_t> pixels;
};
/// Decodes one image file or returns false when it cannot. The core decodes with stb (PNG, JPEG, BMP, PGM/PPM, …); the
/// app installs a decoder built on Qt's image readers (PNG, JPEG, …).
using ImageDecoder = std::function<bool(const std::string& path, DecodedImage& out)>;
void setFolderImageDecoder(ImageDecoder decoder);

} // namespace hiernet::data
