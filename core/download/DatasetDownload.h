#pragma once
#include "download/DatasetInstall.h"
#include "download/TransferProgress.h"

#include <functional>
#include <string>

namespace hiernet::download {

using ProgressCallback = std::function<void(const TransferProgress&)>;

/// Fetches `url` into `path`, appending to what `path` already holds with an HTTP range request (a server that
/// answers with the whole file instead replaces it). Throws hiernet::Error naming the cause — offline, a proxy,
/// an HTTP status, a transfer cut short ("run again to resume": what arrived stays), a full disk — or Cancelled.
/// `expectedBytes` is the size to show while the server has not said it (0: unknown).
using Fetcher = std::function<void(const std::string& url, const std::string& path, std::int64_t expectedBytes,
    const ProgressCallback& progress, const CancelCheck& cancelled)>;

/// The fetcher of the command line: libcurl (http_proxy, https_proxy and no_proxy as curl reads them).
void fetchWithCurl(const std::string& url, const std::string& path, std::int64_t expectedBytes, const ProgressCallback& progress,
    const CancelCheck& cancelled);

/// What getDataset reports while it works.
struct GetObserver {
    std::function<void(const std::string& step)> step; ///< "downloading URL", "checking …", "unpacking …"
    ProgressCallback progress;
    CancelCheck cancelled;
};

/// Downloads (or resumes), checks and unpacks one dataset: the one order of steps for the CLI and the studio.
/// Returns false when it was installed already (nothing done). Throws as the steps do; a cancel throws Cancelled
/// and keeps the partial download for a later resume.
bool getDataset(const DatasetInstall& install, const Fetcher& fetch, const GetObserver& observer);

} // namespace hiernet::download
