#include "util/Png.h"

#include "util/Error.h"
#include "util/FileIo.h"

#include <zlib.h>

namespace hiernet::io {
namespace {

void putBigEndian32(std::string& out, std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(char((value >> shift) & 0xff));
}

void putChunk(std::string& out, const char* type, const std::string& data)
{
    putBigEndian32(out, std::uint32_t(data.size()));
    const std::string typed = std::string(type, 4) + data;
    out += typed;
    putBigEndian32(out, std::uint32_t(crc32(0, reinterpret_cast<const Bytef*>(typed.data()), uInt(typed.size()))));
}

} // namespace

void writePngRgb(const std::string& path, const std::vector<std::uint8_t>& rgb, int width, int height)
{
    if (width <= 0 || height <= 0 || rgb.size() != std::size_t(width) * std::size_t(height) * 3)
        throw Error(path + ": cannot write a " + std::to_string(width) + "×" + std::to_string(height) + " PNG from "
            + std::to_string(rgb.size()) + " bytes");
    // Each row is preceded by its filter type (0: none).
    std::vector<std::uint8_t> raw;
    raw.reserve(std::size_t(height) * (std::size_t(width) * 3 + 1));
    for (int y = 0; y < height; ++y) {
        raw.push_back(0);
        const auto* row = rgb.data() + std::size_t(y) * std::size_t(width) * 3;
        raw.insert(raw.end(), row, row + std::size_t(width) * 3);
    }
    uLongf packedSize = compressBound(uLong(raw.size()));
    std::string packed(packedSize, '\0');
    if (compress2(reinterpret_cast<Bytef*>(packed.data()), &packedSize, raw.data(), uLong(raw.size()), 6) != Z_OK)
        throw Error(path + ": cannot compress the image");
    packed.resize(packedSize);

    std::string png("\x89PNG\r\n\x1a\n", 8);
    std::string header;
    putBigEndian32(header, std::uint32_t(width));
    putBigEndian32(header, std::uint32_t(height));
    header += std::string("\x08\x02\x00\x00\x00", 5); // 8 bits, RGB, deflate, no filter, no interlace
    putChunk(png, "IHDR", header);
    putChunk(png, "IDAT", packed);
    putChunk(png, "IEND", "");
    writeAtomically(path, png);
}

} // namespace hiernet::io
