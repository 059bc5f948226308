#include "util/Png.h"

#include "util/Error.h"
#include "util/FileIo.h"

#include <stb/stb_image_write.h>

namespace hiernet::io {

void writePngRgb(const std::string& path, const std::vector<std::uint8_t>& rgb, int width, int height)
{
    if (width <= 0 || height <= 0 || rgb.size() != std::size_t(width) * std::size_t(height) * 3)
        throw Error(path + ": cannot write a " + std::to_string(width) + "×" + std::to_string(height) + " PNG from "
            + std::to_string(rgb.size()) + " bytes");
    // stb encodes into memory; the file is then written atomically like every other file of a run.
    std::string png;
    const auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data), std::size_t(size));
    };
    if (!stbi_write_png_to_func(append, &png, width, height, 3, rgb.data(), width * 3))
        throw Error(path + ": the PNG could not be encoded");
    writeAtomically(path, png);
}

} // namespace hiernet::io
