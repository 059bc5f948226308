#pragma once
// Format readers behind loadDataset(); internal to the core.
#include "data/Dataset.h"

namespace hiernet::data::detail {

/// One IDX image file (magic 0x803, N×H×W uint8) and its label file (magic 0x801); labels must be < numClasses.
ImageSet readIdxPair(const std::string& imagesPath, const std::string& labelsPath, std::int64_t numClasses);

/// CIFAR-10 binary batch files (1 label byte + 3072 pixel bytes per record).
ImageSet readCifar10Batches(const std::vector<std::string>& paths, std::int64_t numClasses);

/// A CIFAR-100 binary file (coarse byte, fine byte, 3072 pixel bytes per record).
ImageSet readCifar100File(const std::string& path, std::int64_t numFine, std::int64_t numCoarse);

/// Non-empty lines of a names file (CIFAR meta files, classes.txt).
std::vector<std::string> readNameList(const std::string& path);

/// Folder of class folders; sets class names from the sub-folder names (sorted).
ImageSet readImageFolder(const std::string& directory, std::vector<std::string>& classNames);

/// Per class, a seeded shuffle cut in two: `first` gets floor(count × firstFraction) of each class,
/// `second` the rest; both sorted.
void stratifiedSplit(const at::Tensor& labels, std::int64_t numClasses, std::uint64_t seed, double firstFraction,
    std::vector<std::int64_t>& first, std::vector<std::int64_t>& second);

/// The paper's CIFAR-100 validation/test split of the official test file (positions in file order).
void paperCifar100Split(std::vector<std::int64_t>& val, std::vector<std::int64_t>& test);

} // namespace hiernet::data::detail
