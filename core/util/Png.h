#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace hiernet::io {

/// Writes 8-bit RGB pixels (row-major, width×height×3 bytes) as a PNG file, atomically (zlib; no Qt in the
/// core). Throws hiernet::Error naming the file when the sizes disagree or the write fails.
void writePngRgb(const std::string& path, const std::vector<std::uint8_t>& rgb, int width, int height);

} // namespace hiernet::io
