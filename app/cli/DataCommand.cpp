#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "cli/StopSignals.h"

#include "data/Dataset.h"
#include "data/DatasetCatalogue.h"
#include "data/DatasetInfo.h"
#include "util/Error.h"
#include "util/FileIo.h"

#ifdef HIERNET_WITH_DOWNLOAD
#include "download/DatasetDownload.h"
#endif

#include <nlohmann/json.hpp>

#include <iostream>
#include <unistd.h>

namespace hiernet::cli {
namespace {

int runInfo(Arguments& a)
{
    const auto& pos = a.positional();
    if (pos.size() != 2)
        throw Error("usage: hiernet data info DATASET [--json]");
    const bool json = a.flag("json");
    const auto seed = a.integer("split-seed", 0);
    a.finish();
    const auto dataset = data::loadDataset(pos[1], std::uint64_t(seed));
    if (json)
        std::cout << data::datasetInfo(dataset).dump(2) << "\n";
    else
        std::cout << data::datasetInfoText(dataset);
    return 0;
}

/// What gets a dataset that is not there: this command, or by hand in a build without the downloader.
std::string howToGet(const data::DownloadableDataset& dataset)
{
#ifdef HIERNET_WITH_DOWNLOAD
    return "hiernet data get " + dataset.name;
#else
    return "download " + dataset.url + " by hand and open it as " + dataset.format + ":FOLDER";
#endif
}

/// Every dataset that opens by name or can be downloaded, with where it is.
int runList(Arguments& a)
{
    const auto directory = a.text("dir", data::defaultDataDirectory());
    const bool json = a.flag("json");
    a.finish();
    nlohmann::json list = nlohmann::json::array();
    const auto fashion = data::defaultFashionMnistDirectory();
    list.push_back({ { "name", "fashion-mnist" }, { "title", "Fashion-MNIST" }, { "installed", io::isDirectory(fashion) },
        { "path", fashion }, { "spec", "fashion-mnist" }, { "how", "Debian package dataset-fashion-mnist" } });
    for (const auto& d : data::downloadableDatasets())
        list.push_back({ { "name", d.name }, { "title", d.title }, { "installed", data::isDatasetInstalled(d, directory) },
            { "path", data::installedDatasetPath(d, directory) }, { "spec", data::installedDatasetSpec(d, directory) },
            { "how", howToGet(d) }, { "bytes", d.bytes } });
    if (json) {
        std::cout << list.dump(2) << "\n";
        return 0;
    }
    std::cout << "data folder: " << directory << "\n";
    for (const auto& d : list) {
        const bool installed = d["installed"];
        std::cout << "  " << d["name"].get<std::string>() << "\t" << (installed ? "installed  " : "not there  ")
                  << (installed ? "open as " + d["spec"].get<std::string>() + "  (" + d["path"].get<std::string>() + ")"
                                : "get with: " + d["how"].get<std::string>())
                  << "\n";
    }
    return 0;
}

int runGet(Arguments& a)
{
    const auto& pos = a.positional();
    if (pos.size() != 2)
        throw Error("usage: hiernet data get cifar10|cifar100 [--dir DIR] [--mirror URL]");
    const auto directory = a.text("dir", data::defaultDataDirectory());
    const auto mirror = a.text("mirror", "");
    a.finish();
    const auto dataset = data::findDownloadableDataset(pos[1]);
#ifdef HIERNET_WITH_DOWNLOAD
    const download::DatasetInstall install(dataset, directory, mirror);
    installStopSignals();
    const bool terminal = ::isatty(STDERR_FILENO);
    download::GetObserver observer;
    bool drawn = false; // a progress line is on the terminal: the next line starts below it
    observer.step = [&drawn](const std::string& step) {
        std::cerr << (drawn ? "\n" : "") << step << "\n";
        drawn = false;
    };
    observer.progress = [&dataset, terminal, &drawn](const download::TransferProgress& progress) {
        // A terminal gets one line redrawn in place; a log gets no progress lines.
        if (terminal)
            std::cerr << "\r" << download::progressLine(dataset.archive, progress) << "\033[K" << std::flush;
        drawn = terminal;
    };
    observer.cancelled = [] { return stopSignal() != 0; };
    try {
        const bool fetched = download::getDataset(install, download::fetchWithCurl, observer);
        std::cout << dataset.title << (fetched ? " is ready in " : " is already in ") << install.installedPath()
                  << "\nopen it as: " << data::installedDatasetSpec(dataset, directory) << "\n";
        return 0;
    } catch (const download::Cancelled& stopped) {
        std::cerr << (drawn ? "\n" : "") << "hiernet data get: " << stopped.what() << "\n";
        return stoppedExitCode();
    } catch (const Error&) {
        if (drawn)
            std::cerr << "\n";
        throw;
    }
#else
    throw Error("this hiernet was built without the downloader (libcurl, libarchive and OpenSSL): " + howToGet(dataset));
#endif
}

} // namespace

int runData(const std::vector<std::string>& args, const CommandContext&)
{
    Arguments a(args, { "json" });
    const auto& pos = a.positional();
    const auto what = pos.empty() ? std::string() : pos[0];
    if (what == "info")
        return runInfo(a);
    if (what == "list")
        return runList(a);
    if (what == "get")
        return runGet(a);
    throw Error("usage: hiernet data info|list|get … (see hiernet help data)");
}

} // namespace hiernet::cli
