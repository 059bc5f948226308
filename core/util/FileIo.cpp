#include "util/FileIo.h"

#include "util/Error.h"

#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace hiernet::io {

std::vector<std::uint8_t> readMaybeGzipped(const std::string& path)
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

void writeAtomically(const std::string& path, const std::string& contents)
{
    const std::string temp = path + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out)
            throw Error(temp + ": cannot open for writing");
        out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
        out.flush();
        if (!out)
            throw Error(temp + ": write failed (disk full?)");
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec)
        throw Error(path + ": cannot replace with new version (" + ec.message() + ")");
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
