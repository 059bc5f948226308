// Arrays from other tools (hiernet cpm --from-predictions, a CPM as .npy): NumPy .npy and CSV tables of numbers.
// Input: byte 0 bit 0 = CSV, bit 1 = read the array as probabilities beside a label per row; the rest is the file.
#include "FuzzInput.h"
#include "grouping/Cpm.h"
#include "util/NumericArray.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const bool csv = data[0] & 1, predictions = data[0] & 2;
    const std::string path = fuzz::writeFile(csv ? "array.csv" : "array.npy", data + 1, size - 1);
    fuzz::expectCleanError([&] {
        const auto array = hiernet::io::readNumericArray(path);
        if (predictions) {
            hiernet::io::NumericArray labels { { array.rows() }, std::vector<double>(array.rows(), 0.0) };
            hiernet::grouping::cpmFromPredictions(array, labels, {}, path);
        } else {
            hiernet::grouping::loadCpm(path);
        }
    });
    return 0;
}
