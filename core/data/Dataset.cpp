#include "data/Dataset.h"
#include "data/Preprocessing.h"

#include "data/DatasetCatalogue.h"
#include "data/Loaders.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <torch/torch.h>

namespace hiernet::data {
namespace {

const std::vector<std::string> kFashionMnistNames
    = { "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot" };

std::string firstExisting(const std::string& directory, const std::vector<std::string>& names)
{
    for (const auto& name : names) {
        const auto path = directory + "/" + name;
        if (io::fileExists(path))
            return path;
    }
    throw Error(directory + ": none of " + names.front() + " / " + names.back() + " found");
}

void requireDirectory(const std::string& directory)
{
    if (!io::isDirectory(directory))
        throw Error(directory + ": dataset folder not found");
}

void loadIdx(Dataset& ds, const std::string& dir, const std::vector<std::string>& defaultNames)
{
    requireDirectory(dir);
    const auto namesFile = dir + "/classes.txt";
    ds.classNames = io::fileExists(namesFile) ? detail::readNameList(namesFile) : defaultNames;
    const auto n = ds.numClasses();
    auto idxFile = [&dir](const std::string& stem, const std::string& kind) {
        return firstExisting(
            dir, { stem + "-" + kind + "-ubyte.gz", stem + "-" + kind + "-ubyte", stem + "-" + kind + ".ubyte.gz" });
    };
    ds.train = detail::readIdxPair(idxFile("train", "images-idx3"), idxFile("train", "labels-idx1"), n);
    ds.officialTest = detail::readIdxPair(idxFile("t10k", "images-idx3"), idxFile("t10k", "labels-idx1"), n);
}

void loadCifar10(Dataset& ds, const std::string& dir)
{
    requireDirectory(dir);
    ds.classNames = detail::readNameList(dir + "/batches.meta.txt");
    std::vector<std::string> trainFiles;
    for (int i = 1; i <= 5; ++i)
        trainFiles.push_back(dir + "/data_batch_" + std::to_string(i) + ".bin");
    ds.train = detail::readCifar10Batches(trainFiles, ds.numClasses());
    ds.officialTest = detail::readCifar10Batches({ dir + "/test_batch.bin" }, ds.numClasses());
}

void loadCifar100(Dataset& ds, const std::string& dir)
{
    requireDirectory(dir);
    ds.classNames = detail::readNameList(dir + "/fine_label_names.txt");
    ds.coarseClassNames = detail::readNameList(dir + "/coarse_label_names.txt");
    const auto fine = ds.numClasses(), coarse = std::int64_t(ds.coarseClassNames.size());
    ds.train = detail::readCifar100File(dir + "/train.bin", fine, coarse);
    ds.officialTest = detail::readCifar100File(dir + "/test.bin", fine, coarse);
}

void loadFolder(Dataset& ds, const std::string& dir, std::uint64_t seed)
{
    requireDirectory(dir);
    if (io::isDirectory(dir + "/train") && io::isDirectory(dir + "/test")) {
        ds.train = detail::readImageFolder(dir + "/train", ds.classNames);
        std::vector<std::string> testNames;
        ds.officialTest = detail::readImageFolder(dir + "/test", testNames);
        if (testNames != ds.classNames)
            throw Error(dir + "/test: class folders differ from " + dir + "/train");
        return;
    }
    // One pool of images: hold a seeded, stratified fifth out as the "official" test set.
    auto all = detail::readImageFolder(dir, ds.classNames);
    std::vector<std::int64_t> heldOut, rest;
    detail::stratifiedSplit(all.labels, ds.numClasses(), seed, 0.2, heldOut, rest);
    ds.train = all.subset(rest);
    ds.officialTest = all.subset(heldOut);
}

} // namespace

std::string toString(Split split)
{
    switch (split) {
    case Split::Train:
        return "train";
    case Split::Val:
        return "val";
    case Split::Test:
        return "test";
    }
    return "?";
}

Split parseSplit(const std::string& text)
{
    if (text == "train")
        return Split::Train;
    if (text == "val" || text == "validation")
        return Split::Val;
    if (text == "test")
        return Split::Test;
    throw Error("unknown split '" + text + "' (expected train, val or test)");
}

std::int64_t ImageSet::size() const
{
    return labels.defined() ? labels.size(0) : 0;
}

ImageSet ImageSet::subset(const std::vector<std::int64_t>& indices) const
{
    const auto index = torch::tensor(indices, torch::kInt64).to(labels.device());
    ImageSet out;
    out.images = images.index_select(0, index.to(images.device()));
    out.labels = labels.index_select(0, index);
    if (coarseLabels.defined())
        out.coarseLabels = coarseLabels.index_select(0, index.to(coarseLabels.device()));
    return out;
}

ImageSet Dataset::split(Split which) const
{
    switch (which) {
    case Split::Train:
        return train;
    case Split::Val:
        return officialTest.subset(valIndices);
    case Split::Test:
        return officialTest.subset(testIndices);
    }
    return {};
}

std::vector<std::int64_t> Dataset::imageShape() const
{
    return { train.images.size(1), train.images.size(2), train.images.size(3) };
}

std::vector<std::int64_t> Dataset::classCounts(Split which) const
{
    const auto labels = split(which).labels;
    const auto counts = torch::bincount(labels, {}, numClasses()).to(torch::kInt64);
    return std::vector<std::int64_t>(counts.data_ptr<std::int64_t>(), counts.data_ptr<std::int64_t>() + counts.numel());
}

std::vector<double> Dataset::channelMean() const
{
    const auto& images = train.images;
    const double perChannel = double(images.size(0)) * double(images.size(2)) * double(images.size(3));
    const auto mean = pixelSums(images).sum({ 1, 2 }).div(perChannel).div(255.0).contiguous();
    return std::vector<double>(mean.data_ptr<double>(), mean.data_ptr<double>() + mean.numel());
}

DatasetSpec DatasetSpec::parse(const std::string& text)
{
    DatasetSpec spec;
    if (text == "fashion-mnist") {
        spec.format = Format::FashionMnist;
        spec.directory = defaultFashionMnistDirectory();
        return spec;
    }
    const auto colon = text.find(':');
    const auto kind = text.substr(0, colon);
    if (colon == std::string::npos && (text == "cifar10" || text == "cifar100")) {
        // A downloaded dataset, by name: its folder in the data directory (hiernet data get).
        const auto downloaded = findDownloadableDataset(text);
        spec.format = text == "cifar10" ? Format::Cifar10 : Format::Cifar100;
        spec.directory = installedDatasetPath(downloaded, defaultDataDirectory());
        spec.byName = true;
        return spec;
    }
    if (colon == std::string::npos || colon + 1 == text.size())
        throw Error("dataset '" + text
            + "': expected fashion-mnist, cifar10, cifar100 (downloaded), idx:DIR, cifar10:DIR, cifar100:DIR or folder:DIR");
    spec.directory = text.substr(colon + 1);
    if (kind == "idx")
        spec.format = Format::Idx;
    else if (kind == "fashion-mnist")
        spec.format = Format::FashionMnist;
    else if (kind == "cifar10")
        spec.format = Format::Cifar10;
    else if (kind == "cifar100")
        spec.format = Format::Cifar100;
    else if (kind == "folder")
        spec.format = Format::Folder;
    else
        throw Error("dataset '" + text + "': unknown format '" + kind + "' (expected idx, cifar10, cifar100 or folder)");
    return spec;
}

std::string DatasetSpec::toString() const
{
    switch (format) {
    case Format::FashionMnist:
        return directory == defaultFashionMnistDirectory() ? "fashion-mnist" : "fashion-mnist:" + directory;
    case Format::Idx:
        return "idx:" + directory;
    case Format::Cifar10:
        return byName ? "cifar10" : "cifar10:" + directory;
    case Format::Cifar100:
        return byName ? "cifar100" : "cifar100:" + directory;
    case Format::Folder:
        return "folder:" + directory;
    }
    return directory;
}

std::string defaultFashionMnistDirectory()
{
    return "/usr/share/datasets/fashion-mnist";
}

Dataset loadDataset(const std::string& specText, std::uint64_t splitSeed)
{
    const auto spec = DatasetSpec::parse(specText);
    if (spec.byName && !io::isDirectory(spec.directory))
        throw Error("dataset '" + specText + "' is not downloaded yet (looked for " + spec.directory + "): run `hiernet data get "
            + specText + "` or use File › Get dataset… in the studio");
    Dataset ds;
    ds.spec = specText;
    switch (spec.format) {
    case DatasetSpec::Format::FashionMnist:
        ds.name = "Fashion-MNIST";
        if (!io::isDirectory(spec.directory))
            throw Error(spec.directory + ": Fashion-MNIST not found; install Debian's dataset-fashion-mnist package");
        loadIdx(ds, spec.directory, kFashionMnistNames);
        break;
    case DatasetSpec::Format::Idx: {
        ds.name = "IDX " + spec.directory;
        std::vector<std::string> digits;
        for (int i = 0; i < 10; ++i)
            digits.push_back(std::to_string(i));
        loadIdx(ds, spec.directory, digits);
        break;
    }
    case DatasetSpec::Format::Cifar10:
        ds.name = "CIFAR-10";
        loadCifar10(ds, spec.directory);
        break;
    case DatasetSpec::Format::Cifar100:
        ds.name = "CIFAR-100";
        loadCifar100(ds, spec.directory);
        break;
    case DatasetSpec::Format::Folder:
        ds.name = "Folder " + spec.directory;
        loadFolder(ds, spec.directory, splitSeed);
        break;
    }
    if (ds.train.size() == 0)
        throw Error(specText + ": the train set is empty");
    if (ds.officialTest.size() == 0)
        throw Error(specText + ": the test set is empty");
    if (ds.officialTest.images.sizes().slice(1) != ds.train.images.sizes().slice(1))
        throw Error(specText + ": train and test images differ in shape");

    if (spec.format == DatasetSpec::Format::Cifar100 && ds.officialTest.size() == 10000 && ds.numClasses() == 100) {
        detail::paperCifar100Split(ds.valIndices, ds.testIndices);
        ds.splitDescription = "paper split (CIFAR-100 validation/test halves)";
    } else {
        detail::stratifiedSplit(ds.officialTest.labels, ds.numClasses(), splitSeed, 0.5, ds.valIndices, ds.testIndices);
        ds.splitDescription = "stratified halves of the official test set, seed " + std::to_string(splitSeed);
    }
    return ds;
}

} // namespace hiernet::data
