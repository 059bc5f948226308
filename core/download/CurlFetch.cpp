#include "download/DatasetDownload.h"

#include <curl/curl.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hiernet::download {
namespace {

struct Transfer {
    CURL* curl = nullptr;
    int fd = -1;
    std::string path;
    std::int64_t offset = 0; ///< bytes kept from before this transfer
    std::int64_t written = 0;
    std::int64_t expectedBytes = 0;
    bool statusChecked = false;
    int writeErrno = 0;
    RateMeter meter;
    ProgressCallback progress;
    CancelCheck cancelled;
    std::chrono::steady_clock::time_point lastReport;
};

size_t writeBody(char* data, size_t size, size_t count, void* user)
{
    auto& t = *static_cast<Transfer*>(user);
    if (!t.statusChecked) {
        t.statusChecked = true;
        long status = 0;
        curl_easy_getinfo(t.curl, CURLINFO_RESPONSE_CODE, &status);
        // 206: the rest, as asked. 200: the server sends the whole file — it replaces the part (file:// says 0).
        if (t.offset > 0 && status != 206 && status != 0) {
            if (::ftruncate(t.fd, 0) != 0) {
                t.writeErrno = errno;
                return 0;
            }
            t.offset = 0;
        }
    }
    const size_t bytes = size * count;
    for (size_t done = 0; done < bytes;) {
        const auto n = ::write(t.fd, data + done, bytes - done);
        if (n <= 0) {
            t.writeErrno = n < 0 ? errno : EIO;
            return 0;
        }
        done += size_t(n);
    }
    t.written += std::int64_t(bytes);
    return bytes;
}

int reportProgress(void* user, curl_off_t total, curl_off_t now, curl_off_t, curl_off_t)
{
    auto& t = *static_cast<Transfer*>(user);
    if (t.cancelled && t.cancelled())
        return 1;
    const auto time = std::chrono::steady_clock::now();
    if (t.progress && time - t.lastReport >= std::chrono::milliseconds(100)) {
        t.lastReport = time;
        const std::int64_t whole = total > 0 ? t.offset + std::int64_t(total) : t.expectedBytes;
        t.progress(t.meter.sample(t.offset + std::int64_t(now), whole > 0 ? whole : -1, time));
    }
    return 0;
}

std::string proxyFor(const std::string& url)
{
    const bool https = url.rfind("https://", 0) == 0;
    for (const char* name : { https ? "https_proxy" : "http_proxy", https ? "HTTPS_PROXY" : "", "all_proxy", "ALL_PROXY" })
        if (*name && std::getenv(name) && *std::getenv(name))
            return std::string(std::getenv(name)) + " (from " + name + ")";
    return {};
}

/// The message for a transfer that failed, with what to do about it.
std::string failure(const Transfer& t, CURLcode code, const std::string& url, const char* detail)
{
    const auto received = t.offset + t.written;
    const std::string curlSays = std::string(" (") + (*detail ? detail : curl_easy_strerror(code)) + ")";
    const auto proxy = proxyFor(url);
    long status = 0;
    curl_easy_getinfo(t.curl, CURLINFO_RESPONSE_CODE, &status);
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return url + ": cannot resolve the server's name — offline? (or use --mirror with a reachable copy)" + curlSays;
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_PROXY:
        return url + ": the proxy " + proxy + " failed" + curlSays;
    case CURLE_COULDNT_CONNECT:
        if (!proxy.empty())
            return url + ": cannot connect through the proxy " + proxy + curlSays;
        return url + ": cannot connect — offline, or the server is down" + curlSays;
    case CURLE_HTTP_RETURNED_ERROR:
        if (status == 407)
            return url + ": the proxy " + proxy + " wants credentials (HTTP 407)";
        return url + ": the server answered HTTP " + std::to_string(status)
            + (status == 404 ? " (not found: does the mirror hold this archive under this name?)" : "");
    case CURLE_WRITE_ERROR:
        if (t.writeErrno)
            return t.path + ": cannot write (" + std::strerror(t.writeErrno) + "); " + std::to_string(received)
                + " bytes kept for a resume";
        break;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_GOT_NOTHING:
        return url + ": the transfer stopped after " + formatBytes(received) + curlSays
            + "; what arrived is kept — run again to resume";
    default:
        break;
    }
    return url + ": download failed" + curlSays + "; " + std::to_string(received) + " bytes kept for a resume";
}

} // namespace

void fetchWithCurl(const std::string& url, const std::string& path, std::int64_t expectedBytes, const ProgressCallback& progress,
    const CancelCheck& cancelled)
{
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    if (!initialised)
        throw Error("libcurl could not be initialised");
    Transfer t;
    t.path = path;
    t.expectedBytes = expectedBytes;
    t.progress = progress;
    t.cancelled = cancelled;
    t.fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (t.fd < 0)
        throw Error(path + ": cannot create (" + std::strerror(errno) + ")");
    struct stat info { };
    t.offset = ::fstat(t.fd, &info) == 0 && S_ISREG(info.st_mode) ? std::int64_t(info.st_size) : 0;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    t.curl = curl.get();
    char detail[CURL_ERROR_SIZE] = {};
    const auto range = std::to_string(t.offset) + "-";
    curl_easy_setopt(t.curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(t.curl, CURLOPT_ERRORBUFFER, detail);
    curl_easy_setopt(t.curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(t.curl, CURLOPT_MAXREDIRS, 10L);
    curl_easy_setopt(t.curl, CURLOPT_FAILONERROR, 1L);
    curl_easy_setopt(t.curl, CURLOPT_CONNECTTIMEOUT, 30L);
    curl_easy_setopt(t.curl, CURLOPT_LOW_SPEED_LIMIT, 1L); // a stalled transfer ends after a minute
    curl_easy_setopt(t.curl, CURLOPT_LOW_SPEED_TIME, 60L);
    curl_easy_setopt(t.curl, CURLOPT_USERAGENT, "hiernet");
    if (t.offset > 0)
        curl_easy_setopt(t.curl, CURLOPT_RANGE, range.c_str());
    curl_easy_setopt(t.curl, CURLOPT_WRITEFUNCTION, &writeBody);
    curl_easy_setopt(t.curl, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(t.curl, CURLOPT_XFERINFOFUNCTION, &reportProgress);
    curl_easy_setopt(t.curl, CURLOPT_XFERINFODATA, &t);
    curl_easy_setopt(t.curl, CURLOPT_NOPROGRESS, 0L);
    const auto code = curl_easy_perform(t.curl);
    const bool closed = ::close(t.fd) == 0;
    if (code != CURLE_OK && t.offset + t.written == 0)
        ::unlink(path.c_str()); // nothing arrived: no empty part file left behind
    long status = 0;
    curl_easy_getinfo(t.curl, CURLINFO_RESPONSE_CODE, &status);
    if (code == CURLE_ABORTED_BY_CALLBACK)
        throw Cancelled("download cancelled after " + formatBytes(t.offset + t.written) + "; run again to resume");
    // 416: the part already holds the whole archive (or more): the checksum decides.
    if (code == CURLE_HTTP_RETURNED_ERROR && status == 416 && t.offset > 0)
        return;
    if (code != CURLE_OK)
        throw Error(failure(t, code, url, detail));
    if (!closed)
        throw Error(path + ": cannot write (" + std::strerror(errno) + ")");
    if (progress)
        progress(t.meter.sample(t.offset + t.written, t.offset + t.written));
}

} // namespace hiernet::download
