#pragma once
#include "download/DatasetDownload.h"

namespace hiernet::studio {

/// The studio's download::Fetcher, on Qt Network: blocks the calling (worker) thread in its own event loop, appends
/// to the part file with an HTTP range request, honours the system's proxy settings (http_proxy, …), and throws
/// hiernet::Error naming the cause (offline, a proxy, an HTTP status, a transfer cut short, a full disk) or
/// download::Cancelled. Never call it on the GUI thread.
void fetchWithQt(const std::string& url, const std::string& path, std::int64_t expectedBytes,
    const download::ProgressCallback& progress, const download::CancelCheck& cancelled);

} // namespace hiernet::studio
