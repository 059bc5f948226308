// Downloaded datasets (hiernet data get, File › Get dataset…): the catalogue a user or an institution points
// HIERNET_DATASET_CATALOGUE at, and the .tar.gz a mirror serves, unpacked once its checksum matches that catalogue.
// Input: byte 0 bit 0 = a catalogue (JSON), else an archive unpacked as CIFAR-10's folder; the rest is the file.
#include "FuzzInput.h"
#include "data/DatasetCatalogue.h"
#include "download/ArchiveUnpack.h"

#include <filesystem>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    if (data[0] & 1) {
        fuzz::expectCleanError([&] {
            hiernet::data::parseDatasetCatalogue(
                std::string(reinterpret_cast<const char*>(data + 1), size - 1), "catalogue.json");
        });
        return 0;
    }
    const auto archive = fuzz::writeFile("cifar-10-binary.tar.gz", data + 1, size - 1);
    const auto unpacked = fuzz::scratch() + "/unpacked";
    std::filesystem::remove_all(unpacked);
    fuzz::expectCleanError([&] { hiernet::download::unpackFolder(archive, "cifar-10-batches-bin", unpacked, {}); });
    std::filesystem::remove_all(unpacked);
    return 0;
}
