#include "oracles/ReferenceGrouping.h"

#include <cmath>
#include <limits>

namespace hiernet::grouping {

std::vector<std::vector<int>> referenceGrouping(const std::vector<double>& cpm, int n, double pMin, int gMax, double balance)
{
    std::vector<std::vector<int>> groups;
    for (int i = 0; i < n; ++i)
        groups.push_back({ i });
    auto proximity = [&](const std::vector<int>& a, const std::vector<int>& b) {
        double sum = 0;
        for (int x : a)
            for (int y : b)
                sum += cpm[std::size_t(x) * n + y] + cpm[std::size_t(y) * n + x];
        const double linkage = sum / (double(a.size()) * double(b.size()));
        return balance == 0 ? linkage : linkage * std::pow(2.0 / double(a.size() + b.size()), balance);
    };
    while (true) {
        double best = -std::numeric_limits<double>::infinity();
        std::size_t bestI = 0, bestJ = 0;
        bool found = false;
        for (std::size_t i = 0; i < groups.size(); ++i)
            for (std::size_t j = i + 1; j < groups.size(); ++j) {
                if (int(groups[i].size() + groups[j].size()) > gMax)
                    continue;
                const double p = proximity(groups[i], groups[j]);
                if (p > pMin && p > best) { // strict: the first pair in enumeration order wins ties
                    best = p;
                    bestI = i;
                    bestJ = j;
                    found = true;
                }
            }
        if (!found)
            return groups;
        auto merged = groups[bestI];
        merged.insert(merged.end(), groups[bestJ].begin(), groups[bestJ].end());
        groups.erase(groups.begin() + std::ptrdiff_t(bestJ));
        groups.erase(groups.begin() + std::ptrdiff_t(bestI));
        groups.push_back(merged);
    }
}

} // namespace hiernet::grouping
