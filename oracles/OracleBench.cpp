// hiernet-oracle-bench: the paper's grouping written literally (the tests' oracle) timed beside the grouping
// engine on the same synthetic CPM. A development tool: built with the tests, never installed or packaged.
//
//     hiernet-oracle-bench [CLASSES] [G_MAX]
#include "grouping/GroupingEngine.h"
#include "grouping/PaperSettings.h"
#include "grouping/SyntheticCpm.h"
#include "oracles/ReferenceGrouping.h"

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>

namespace {

template <typename F> double milliseconds(F&& f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv)
{
    using namespace hiernet::grouping;
    const int n = argc > 1 ? std::atoi(argv[1]) : 300;
    const int gMax = argc > 2 ? std::atoi(argv[2]) : kPaperGMax;
    if (n < 2 || gMax < 1) {
        std::cerr << "usage: hiernet-oracle-bench [CLASSES ≥ 2] [G_MAX ≥ 1]\n";
        return 2;
    }
    const auto cpm = syntheticCpm(n, 42);
    std::size_t engineGroups = 0, oracleGroups = 0;
    const double engineMs = milliseconds([&] {
        GroupingEngine engine(cpm, n);
        engine.setMaxGroupSize(gMax);
        engineGroups = engine.groups(kPaperPMin).size();
    });
    const double oracleMs = milliseconds([&] { oracleGroups = referenceGrouping(cpm, n, kPaperPMin, gMax).size(); });
    std::cout << n << " classes, g_max " << gMax << ", p_min " << kPaperPMin << ": engine " << engineMs << " ms (" << engineGroups
              << " groups), literal oracle " << oracleMs << " ms (" << oracleGroups << " groups)\n";
    return engineGroups == oracleGroups ? 0 : 1;
}
