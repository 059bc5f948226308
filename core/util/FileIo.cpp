#include "util/FileIo.h"

#include "util/Error.h"

#include <zlib.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <thread>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace hiernet::io {

std::vector<std::uint8_t> readMaybeGzipped(const std::string& path, std::size_t maxBytes)
{
    if (!fileExists(path))
        throw Error(path + ": file not found");
    gzFile file = gzopen(path.c_str(), "rb");
    if (!file)
        throw Error(path + ": cannot open (" + std::strerror(errno) + ")");
    std::vector<std::uint8_t> data;
    std::uint8_t chunk[1 << 16];
    for (;;) {
        const int n = gzread(file, chunk, sizeof chunk);
        if (n < 0) {
            int code = 0;
            const std::string message = gzerror(file, &code);
            gzclose(file);
            throw Error(path + ": cannot decompress (" + message + ")");
        }
        if (n == 0)
            break;
        if (data.size() + std::size_t(n) > maxBytes) {
            gzclose(file);
            throw Error(path + ": larger than " + std::to_string(maxBytes >> 20) + " MiB"
                + " when decompressed; not a dataset file this tool reads (a gzip bomb?)");
        }
        data.insert(data.end(), chunk, chunk + n);
    }
    gzclose(file);
    return data;
}

std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path + ": cannot open for reading");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

namespace {

std::string systemError(const std::string& path, const char* what)
{
    return path + ": " + what + " (" + std::strerror(errno) + ")";
}

// Test hook (tst_interrupted_runs): HIERNET_TEST_HOLD_WRITE="NAME:MARKER:K" makes the K-th write of a
// file named NAME stop between writing its temporary file and the rename — it creates MARKER and
// sleeps — so a test can kill a process in the middle of a checkpoint write.
void holdIfAsked(const std::string& path)
{
    const char* hold = std::getenv("HIERNET_TEST_HOLD_WRITE");
    if (!hold)
        return;
    const std::string spec = hold;
    const auto first = spec.find(':'), last = spec.rfind(':');
    if (first == std::string::npos || last == first || std::filesystem::path(path).filename() != spec.substr(0, first))
        return;
    static int writes = 0;
    if (++writes != std::atoi(spec.c_str() + last + 1))
        return;
    std::ofstream(spec.substr(first + 1, last - first - 1)) << path << "\n";
    std::this_thread::sleep_for(std::chrono::minutes(10));
}

void writeAll(int fd, const std::string& contents, const std::string& path)
{
    std::size_t done = 0;
    while (done < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw Error(systemError(path, "write failed"));
        done += std::size_t(n);
    }
}

} // namespace

void writeAtomically(const std::string& path, const std::string& contents)
{
    // POSIX calls rather than a stream: a full disk or a read-only folder is reported with its cause
    // (errno), and the old file stays in place until the new one is whole on disk.
    const std::string temp = path + ".tmp";
    const auto failure = [&path, &temp](const char* step) {
        const std::string cause = std::strerror(errno);
        ::unlink(temp.c_str());
        return Error(path + ": cannot save (" + step + " " + std::filesystem::path(temp).filename().string() + ": " + cause
            + "); the previous version is kept");
    };
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw failure("creating");
    try {
        writeAll(fd, contents, temp);
        if (::fsync(fd) != 0 && errno != EINVAL) // EINVAL: a file that cannot be synced (e.g. /dev/full)
            throw Error(systemError(temp, "cannot write to disk"));
    } catch (const Error&) {
        const int cause = errno; // close() may set its own
        ::close(fd);
        errno = cause;
        throw failure("writing");
    }
    if (::close(fd) != 0)
        throw failure("writing");
    holdIfAsked(path);
    if (::rename(temp.c_str(), path.c_str()) != 0)
        throw failure("renaming");
}

void appendLine(const std::string& path, const std::string& line)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        throw Error(systemError(path, "cannot open for appending"));
    try {
        writeAll(fd, line + "\n", path);
    } catch (...) {
        ::close(fd);
        throw;
    }
    if (::close(fd) != 0)
        throw Error(systemError(path, "write failed"));
}

bool fileExists(const std::string& path)
{
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec);
}

bool isDirectory(const std::string& path)
{
    std::error_code ec;
    return std::filesystem::is_directory(path, ec);
}

} // namespace hiernet::io
