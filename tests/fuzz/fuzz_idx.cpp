// IDX image and label files, plain or gzipped. Input: byte 0 bit 0 = gzip, bytes 1–2 = the label file's
// length L (little endian), then the image file, then the last L bytes the label file.
#include "FuzzInput.h"
#include "Fixtures.h"
#include "data/Loaders.h"

#include <algorithm>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 3)
        return 0;
    const bool gzip = data[0] & 1;
    const std::size_t labelLength = std::min<std::size_t>(size - 3, std::size_t(data[1]) | std::size_t(data[2]) << 8);
    const std::vector<std::uint8_t> images(data + 3, data + size - labelLength), labels(data + size - labelLength, data + size);
    const std::string imagesPath = fuzz::scratch() + (gzip ? "/images.gz" : "/images"),
                      labelsPath = fuzz::scratch() + (gzip ? "/labels.gz" : "/labels");
    fixtures::writeBytes(imagesPath, images, gzip);
    fixtures::writeBytes(labelsPath, labels, gzip);
    fuzz::expectCleanError([&] { hiernet::data::detail::readIdxPair(imagesPath, labelsPath, 10); });
    return 0;
}
