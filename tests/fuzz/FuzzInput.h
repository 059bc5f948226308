#pragma once
// What the fuzz targets share. The readers take paths, as users give them, so each input is written to
// a file of this process's own; and bad input may end only in hiernet::Error — the clear message that
// names the file — so any other exception, a crash, a leak or a hang is a finding.
#include "util/Error.h"

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace fuzz {

/// /tmp/hiernet-fuzz-PID/, made once.
inline const std::string& scratch()
{
    static const std::string dir = [] {
        const auto path = std::filesystem::temp_directory_path() / ("hiernet-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(path);
        return path.string();
    }();
    return dir;
}

/// Writes bytes to scratch()/name (sub-folders made) and returns the path.
inline std::string writeFile(const std::string& name, const std::uint8_t* data, std::size_t size)
{
    const auto path = std::filesystem::path(scratch()) / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data), std::streamsize(size));
    return path.string();
}

/// Runs a reader on bad input: hiernet::Error is the expected answer, anything else escapes (a finding).
template <typename Read> void expectCleanError(Read&& read)
{
    try {
        read();
    } catch (const hiernet::Error&) {
    }
}

} // namespace fuzz
