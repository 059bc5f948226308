#include "data/DatasetCatalogue.h"

#include "util/Error.h"
#include "util/FileIo.h"

#include <nlohmann/json.hpp>

#include <cstdlib>

namespace hiernet::data {
namespace detail {
extern const char* const kDownloadableDatasetsJson;
}

namespace {

std::string stringField(const nlohmann::json& entry, const char* key, const std::string& where)
{
    if (!entry.contains(key) || !entry[key].is_string() || entry[key].get<std::string>().empty())
        throw Error(where + ": '" + key + "' must be a non-empty string");
    return entry[key].get<std::string>();
}

DownloadableDataset parseEntry(const nlohmann::json& entry, const std::string& where)
{
    if (!entry.is_object())
        throw Error(where + ": expected an object");
    DownloadableDataset d;
    d.name = stringField(entry, "name", where);
    d.title = stringField(entry, "title", where);
    d.format = stringField(entry, "format", where);
    d.url = stringField(entry, "url", where);
    d.archive = stringField(entry, "archive", where);
    d.md5 = stringField(entry, "md5", where);
    d.folder = stringField(entry, "folder", where);
    if (d.md5.size() != 32 || d.md5.find_first_not_of("0123456789abcdef") != std::string::npos)
        throw Error(where + ": 'md5' must be 32 lower-case hex digits, not '" + d.md5 + "'");
    if (d.format != "cifar10" && d.format != "cifar100")
        throw Error(where + ": 'format' must be cifar10 or cifar100, not '" + d.format + "'");
    for (const auto* name : { &d.archive, &d.folder })
        if (name->find('/') != std::string::npos || *name == "." || *name == "..")
            throw Error(where + ": '" + *name + "' must be a plain file name");
    if (!entry.contains("bytes") || !entry["bytes"].is_number_integer() || entry["bytes"].get<std::int64_t>() <= 0)
        throw Error(where + ": 'bytes' must be a positive integer");
    d.bytes = entry["bytes"].get<std::int64_t>();
    if (!entry.contains("files") || !entry["files"].is_array() || entry["files"].empty())
        throw Error(where + ": 'files' must be a non-empty list of file names");
    for (const auto& file : entry["files"]) {
        if (!file.is_string() || file.get<std::string>().empty() || file.get<std::string>().find('/') != std::string::npos)
            throw Error(where + ": every entry of 'files' must be a plain file name");
        d.files.push_back(file.get<std::string>());
    }
    return d;
}

} // namespace

std::vector<DownloadableDataset> parseDatasetCatalogue(const std::string& json, const std::string& origin)
{
    const auto root = nlohmann::json::parse(json, nullptr, false);
    if (root.is_discarded())
        throw Error(origin + ": not valid JSON");
    if (!root.is_object() || !root.contains("datasets") || !root["datasets"].is_array())
        throw Error(origin + ": expected an object with a 'datasets' list");
    std::vector<DownloadableDataset> datasets;
    for (std::size_t i = 0; i < root["datasets"].size(); ++i) {
        auto dataset = parseEntry(root["datasets"][i], origin + ": datasets[" + std::to_string(i) + "]");
        for (const auto& known : datasets)
            if (known.name == dataset.name)
                throw Error(origin + ": the dataset '" + dataset.name + "' is listed twice");
        datasets.push_back(std::move(dataset));
    }
    return datasets;
}

std::vector<DownloadableDataset> downloadableDatasets()
{
    const char* file = std::getenv("HIERNET_DATASET_CATALOGUE");
    if (file && *file)
        return parseDatasetCatalogue(io::readText(file), file);
    return parseDatasetCatalogue(detail::kDownloadableDatasetsJson, "the embedded dataset catalogue");
}

DownloadableDataset findDownloadableDataset(const std::string& name)
{
    std::string known;
    for (const auto& dataset : downloadableDatasets()) {
        if (dataset.name == name)
            return dataset;
        known += (known.empty() ? "" : ", ") + dataset.name;
    }
    throw Error("'" + name + "' is not a dataset that can be downloaded (known: " + known + ")");
}

std::string defaultDataDirectory()
{
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg == '/')
        return std::string(xdg) + "/hiernet/datasets";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/share/hiernet/datasets";
}

std::string installedDatasetPath(const DownloadableDataset& dataset, const std::string& dataDirectory)
{
    return dataDirectory + "/" + dataset.folder;
}

bool isDatasetInstalled(const DownloadableDataset& dataset, const std::string& dataDirectory)
{
    const auto folder = installedDatasetPath(dataset, dataDirectory);
    for (const auto& file : dataset.files)
        if (!io::fileExists(folder + "/" + file))
            return false;
    return true;
}

std::string installedDatasetSpec(const DownloadableDataset& dataset, const std::string& dataDirectory)
{
    if (dataDirectory == defaultDataDirectory())
        return dataset.name;
    return dataset.format + ":" + installedDatasetPath(dataset, dataDirectory);
}

} // namespace hiernet::data
