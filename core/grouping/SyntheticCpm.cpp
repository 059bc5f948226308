#include "grouping/SyntheticCpm.h"

#include <algorithm>
#include <random>

namespace hiernet::grouping {

namespace {

template <typename Value> std::vector<Value> generate(int n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const int clusters = std::max(1, n / 8);
    std::vector<int> cluster(static_cast<std::size_t>(n));
    for (auto& c : cluster)
        c = int(rng() % std::uint64_t(clusters));
    std::vector<Value> cpm(std::size_t(n) * n);
    std::vector<double> row(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        double sum = 0;
        for (int j = 0; j < n; ++j) {
            double v = 0.02 * unit(rng) * unit(rng);
            if (i == j)
                v = 2.0 + unit(rng);
            else if (cluster[std::size_t(i)] == cluster[std::size_t(j)])
                v += 0.3 * unit(rng);
            row[std::size_t(j)] = v;
            sum += v;
        }
        for (int j = 0; j < n; ++j)
            cpm[std::size_t(i) * n + j] = Value(row[std::size_t(j)] / sum);
    }
    return cpm;
}

} // namespace

std::vector<double> syntheticCpm(int n, std::uint64_t seed)
{
    return generate<double>(n, seed);
}

std::vector<float> syntheticCpmFloat(int n, std::uint64_t seed)
{
    return generate<float>(n, seed);
}

} // namespace hiernet::grouping
