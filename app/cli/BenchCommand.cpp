#include "cli/Arguments.h"
#include "cli/Commands.h"

#include "grouping/GroupingEngine.h"
#include "grouping/ReferenceGrouping.h"
#include "grouping/SyntheticCpm.h"
#include "util/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <iomanip>
#include <iostream>

namespace hiernet::cli {
namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

int benchGrouping(Arguments& a)
{
    const int n = int(a.integer("classes", 1000));
    const int repeats = int(a.integer("repeats", 11));
    const int gMax = int(a.integer("g-max", 50));
    const bool json = a.flag("json");
    const bool oracle = a.flag("oracle");
    a.finish();
    if (n < 2 || repeats < 1)
        throw Error("--classes must be ≥ 2 and --repeats ≥ 1");
    const auto cpm = grouping::syntheticCpm(n, 42);

    std::vector<double> sequence, cut;
    grouping::GroupingEngine engine(cpm, n);
    for (int r = 0; r < repeats; ++r) {
        // A new g_max each time: the engine recomputes its whole merge sequence.
        const auto start = Clock::now();
        engine.setMaxGroupSize(gMax + (r % 2));
        sequence.push_back(millisecondsSince(start));
    }
    engine.setMaxGroupSize(gMax);
    const auto& merges = engine.merges();
    std::size_t groupCount = 0;
    for (int r = 0; r < std::max(repeats, 50); ++r) {
        const double pMin = merges.empty() ? 0.0 : merges[std::size_t(r * 7919) % merges.size()].proximity * 0.999;
        const auto start = Clock::now();
        groupCount += engine.groups(pMin).size();
        cut.push_back(millisecondsSince(start));
    }
    double oracleMs = -1;
    if (oracle) {
        const auto start = Clock::now();
        grouping::referenceGrouping(cpm, n, 0.0075, gMax);
        oracleMs = millisecondsSince(start);
    }
    nlohmann::json result = {{"benchmark", "grouping"},   {"classes", n},
                             {"g_max", gMax},             {"merges", merges.size()},
                             {"new_g_max_ms", median(sequence)}, {"new_p_min_ms", median(cut)},
                             {"repeats", repeats}};
    if (oracle)
        result["oracle_ms"] = oracleMs;
    if (json) {
        std::cout << result.dump(2) << "\n";
    } else {
        std::cout << std::fixed << std::setprecision(3) << "grouping, " << n << " classes, g_max " << gMax << ": "
                  << merges.size() << " merges\n  new g_max (whole merge sequence): " << median(sequence)
                  << " ms (median of " << repeats << ")\n  new p_min (cut):                  " << median(cut) << " ms\n";
        if (oracle)
            std::cout << "  straightforward oracle, one p_min:  " << oracleMs << " ms\n";
    }
    return groupCount > 0 ? 0 : 1;
}

} // namespace

int runBench(const std::vector<std::string>& args)
{
    Arguments a(args, {"json", "oracle"});
    const auto& pos = a.positional();
    if (pos.size() != 1)
        throw Error("usage: hiernet bench grouping|train ... (see --help)");
    if (pos[0] == "grouping")
        return benchGrouping(a);
    throw Error("unknown benchmark '" + pos[0] + "' (expected grouping)");
}

} // namespace hiernet::cli
