// CPM files for grouping: cpm.json or a CSV matrix. Input: byte 0 bit 0 = CSV, the rest is the file;
// a CPM that loads is grouped too (the values reach the engine).
#include "FuzzInput.h"
#include "grouping/Cpm.h"
#include "grouping/GroupingEngine.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::string path = fuzz::writeFile((data[0] & 1) ? "cpm.csv" : "cpm.json", data + 1, size - 1);
    fuzz::expectCleanError([&] {
        const auto cpm = hiernet::grouping::loadCpm(path);
        hiernet::grouping::GroupingEngine engine(cpm.values, cpm.size());
        engine.setMaxGroupSize(3);
        engine.groups(0.01);
    });
    return 0;
}
