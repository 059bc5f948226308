#include "training/LrSchedule.h"

#include "util/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace hiernet::training {
namespace {
constexpr std::int64_t kQuickWarmup = 100;
constexpr double kPeakRate = 0.1;
} // namespace

LrSchedule LrSchedule::named(const std::string& name, std::int64_t iterations, std::int64_t iterationsPerEpoch)
{
    if (iterations < 0)
        throw Error("the number of iterations cannot be negative");
    LrSchedule s;
    s.m_name = name;
    if (name == "paper") {
        s.m_boundaries = { 2000, 32000, 48000 };
        s.m_rates = { 0.01, 0.1, 0.01, 0.001 };
        s.m_total = iterations > 0 ? iterations : 64000;
    } else if (name == "reference") {
        s.m_boundaries = { 2000, 34000, 50000 };
        s.m_rates = { 0.01, 0.1, 0.01, 0.001 };
        s.m_total = iterations > 0 ? iterations : 200 * std::max<std::int64_t>(1, iterationsPerEpoch);
        s.m_scaleWeightDecay = true;
    } else if (name == "paper-backbone") {
        s.m_boundaries = { 32000, 48000 };
        s.m_rates = { 0.1, 0.01, 0.001 };
        s.m_total = iterations > 0 ? iterations : 200 * std::max<std::int64_t>(1, iterationsPerEpoch);
        s.m_scaleWeightDecay = true;
    } else if (name == "quick") {
        s.m_cosine = true;
        s.m_total = iterations > 0
            ? iterations
            : std::int64_t(std::llround(kQuickBackboneEpochs * double(std::max<std::int64_t>(1, iterationsPerEpoch))));
    } else {
        throw Error("unknown schedule '" + name + "' (expected paper, reference, paper-backbone, quick or custom)");
    }
    return s;
}

LrSchedule LrSchedule::custom(std::vector<std::int64_t> boundaries, std::vector<double> rates, std::int64_t iterations)
{
    if (rates.size() != boundaries.size() + 1)
        throw Error("a custom schedule needs one more rate than boundaries (got " + std::to_string(rates.size()) + " rates, "
            + std::to_string(boundaries.size()) + " boundaries)");
    if (!std::is_sorted(boundaries.begin(), boundaries.end()) || (!boundaries.empty() && boundaries.front() <= 0))
        throw Error("custom schedule boundaries must be positive and increasing");
    for (double r : rates)
        if (!(r >= 0) || !std::isfinite(r))
            throw Error("custom schedule rate " + std::to_string(r) + " is not a non-negative number");
    if (iterations <= 0)
        throw Error("a custom schedule needs --iterations or --epochs");
    LrSchedule s;
    s.m_name = "custom";
    s.m_boundaries = std::move(boundaries);
    s.m_rates = std::move(rates);
    s.m_total = iterations;
    return s;
}

double LrSchedule::learningRate(std::int64_t iteration) const
{
    if (m_cosine) {
        if (iteration < kQuickWarmup)
            return kPeakRate * double(iteration + 1) / double(kQuickWarmup);
        const double progress = double(iteration - kQuickWarmup) / double(std::max<std::int64_t>(1, m_total - kQuickWarmup));
        return 0.5 * kPeakRate * (1.0 + std::cos(M_PI * std::min(1.0, progress)));
    }
    const auto stage = std::upper_bound(m_boundaries.begin(), m_boundaries.end(), iteration) - m_boundaries.begin();
    return m_rates[std::size_t(stage)];
}

double LrSchedule::weightDecayFactor(std::int64_t iteration) const
{
    return m_scaleWeightDecay ? learningRate(iteration) / kPeakRate : 1.0;
}

nlohmann::json LrSchedule::toJson() const
{
    nlohmann::json json = { { "name", m_name }, { "iterations", m_total } };
    if (!m_cosine) {
        json["boundaries"] = m_boundaries;
        json["rates"] = m_rates;
    }
    if (m_scaleWeightDecay)
        json["weight_decay"] = "decoupled (SGDW), scaled with lr / 0.1";
    return json;
}

} // namespace hiernet::training
