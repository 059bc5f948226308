// CIFAR-10 batches, the CIFAR-100 file and their meta (class name) files. Input: byte 0 chooses the
// reader (mod 3), the rest is the file.
#include "FuzzInput.h"
#include "data/Loaders.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::string path = fuzz::writeFile("cifar.bin", data + 1, size - 1);
    fuzz::expectCleanError([&] {
        switch (data[0] % 3) {
        case 0:
            hiernet::data::detail::readCifar10Batches({ path }, 10);
            break;
        case 1:
            hiernet::data::detail::readCifar100File(path, 100, 20);
            break;
        default:
            hiernet::data::detail::readNameList(path);
            break;
        }
    });
    return 0;
}
