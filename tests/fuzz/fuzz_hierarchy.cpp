// Hierarchy files in both forms (groups of class names, nested). Input: byte 0 bit 0 = checked against
// a dataset's ten classes, the rest is the file.
#include "FuzzInput.h"
#include "grouping/Hierarchy.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::string path = fuzz::writeFile("hierarchy.json", data + 1, size - 1);
    static const std::vector<std::string> classes
        = { "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot" };
    fuzz::expectCleanError([&] {
        const auto hierarchy
            = (data[0] & 1) ? hiernet::grouping::Hierarchy::load(path, classes) : hiernet::grouping::Hierarchy::load(path);
        hierarchy.statistics();
        hierarchy.leafGroups();
    });
    return 0;
}
