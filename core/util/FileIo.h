#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace hiernet::io {

/// Reads a whole file; `.gz` files (and plain files, zlib reads both) are decompressed, up to `maxBytes`
/// (a small file must not expand into all memory). Throws hiernet::Error naming the file when it cannot be
/// opened, read or is larger.
std::vector<std::uint8_t> readMaybeGzipped(const std::string& path, std::size_t maxBytes = std::size_t(4) << 30);

/// Reads a whole text file. Throws hiernet::Error naming the file.
std::string readText(const std::string& path);

/// Writes a file atomically: a temporary file beside it, synced, then renamed over the old one, so a
/// crash or a full disk never leaves a half-written file in place of a good one. Throws hiernet::Error
/// naming the file and the cause ("No space left on device", "Permission denied"); the old file is kept.
void writeAtomically(const std::string& path, const std::string& contents);
/// Appends `line` and a newline in one write. Throws hiernet::Error naming the file and the cause.
void appendLine(const std::string& path, const std::string& line);

bool fileExists(const std::string& path);
bool isDirectory(const std::string& path);

} // namespace hiernet::io
