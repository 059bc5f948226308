#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace hiernet::io {

/// Reads a whole file; `.gz` files (and plain files, zlib reads both) are decompressed.
/// Throws hiernet::Error naming the file when it cannot be opened or read.
std::vector<std::uint8_t> readMaybeGzipped(const std::string& path);

/// Reads a whole text file. Throws hiernet::Error naming the file.
std::string readText(const std::string& path);

/// Writes a file atomically: a temporary file beside it, then rename, so a crash never leaves a
/// half-written file in place of a good one.
void writeAtomically(const std::string& path, const std::string& contents);

bool fileExists(const std::string& path);
bool isDirectory(const std::string& path);

} // namespace hiernet::io
