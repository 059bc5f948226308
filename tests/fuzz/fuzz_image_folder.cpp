// A PGM or PPM image in an image folder (the folder loader's own decoder). Input: byte 0 bit 0 = PPM,
// the rest is the image file.
#include "FuzzInput.h"
#include "data/Loaders.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    fuzz::writeFile((data[0] & 1) ? "folder/a/image.ppm" : "folder/a/image.pgm", data + 1, size - 1);
    std::filesystem::remove(fuzz::scratch() + ((data[0] & 1) ? "/folder/a/image.pgm" : "/folder/a/image.ppm"));
    std::vector<std::string> classes;
    fuzz::expectCleanError([&] { hiernet::data::detail::readImageFolder(fuzz::scratch() + "/folder", classes); });
    return 0;
}
