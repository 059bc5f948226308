#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace hiernet::data {

/// A dataset that can be downloaded: its official archive (URL, MD5, size), the folder the archive unpacks into
/// and the files that folder must hold. The list lives in resources/data/downloadable_datasets.json.
struct DownloadableDataset {
    std::string name; ///< as typed: "cifar10"
    std::string title; ///< as shown: "CIFAR-10"
    std::string format; ///< the dataset spec's format: "cifar10" (spec "cifar10:FOLDER")
    std::string url; ///< the official archive
    std::string archive; ///< its file name, also the name a mirror serves it under
    std::string md5; ///< lower-case hex
    std::int64_t bytes = 0; ///< the archive's size
    std::string folder; ///< the folder the archive holds, e.g. "cifar-10-batches-bin"
    std::vector<std::string> files; ///< what that folder must hold
};

/// The datasets that can be downloaded: the embedded list, or the file HIERNET_DATASET_CATALOGUE names (the same
/// JSON form — an institution's own archives, or a test's generated ones). Throws hiernet::Error naming the file
/// and the field when that file is not a valid catalogue.
std::vector<DownloadableDataset> downloadableDatasets();
/// The downloadable dataset of that name; throws hiernet::Error listing the known names otherwise.
DownloadableDataset findDownloadableDataset(const std::string& name);
/// Parses a catalogue (the embedded one's form); `origin` names it in errors.
std::vector<DownloadableDataset> parseDatasetCatalogue(const std::string& json, const std::string& origin);

/// Where downloaded datasets live unless told otherwise: $XDG_DATA_HOME/hiernet/datasets, or
/// ~/.local/share/hiernet/datasets.
std::string defaultDataDirectory();
/// The folder a dataset unpacks into under `dataDirectory`.
std::string installedDatasetPath(const DownloadableDataset& dataset, const std::string& dataDirectory);
/// Whether that folder holds every file the dataset needs.
bool isDatasetInstalled(const DownloadableDataset& dataset, const std::string& dataDirectory);
/// The spec that opens a dataset installed in `dataDirectory`: its bare name ("cifar10") in the default data
/// directory, "cifar10:FOLDER" elsewhere.
std::string installedDatasetSpec(const DownloadableDataset& dataset, const std::string& dataDirectory);

} // namespace hiernet::data
