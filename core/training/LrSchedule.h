#pragma once
#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace hiernet::training {

/// The `quick` preset's length when neither epochs nor iterations are given: what `hiernet train-backbone`
/// and the studio's Backbone page train (ResNet-8 on Fashion-MNIST: ≥ 90.5 % validation top-1 in under five
/// minutes on two CPU cores), and what `train-hiernet` and the HierNet page train after the transfer.
constexpr double kQuickBackboneEpochs = 6;
constexpr double kQuickHierNetEpochs = 2;

/// Learning rate (and weight-decay factor) per iteration.
///
/// - `paper`: 0.01 for 2000 iterations, 0.1 until 32K, 0.01 until 48K, 0.001 until 64K (He et al.).
/// - `reference`: the paper's code for HierNets and the n = 18 backbone: 200 epochs, boundaries
///   2000/34000/50000 with the same rates, and decoupled weight decay (SGDW) that follows the rate: wd·lr/0.1,
///   i.e. 1e-5/1e-4/1e-5/1e-6 for wd 1e-4.
/// - `paper-backbone`: the paper's code for the backbones with n < 18 (resnet_cifar100.py): no warm-up,
///   0.1 until 32K, 0.01 until 48K, 0.001 after, 200 epochs, SGDW as `reference` (1e-4/1e-5/1e-6).
/// - `quick`: 100 warm-up iterations, then cosine from 0.1 to 0 over the run: a small net gets useful
///   accuracy on two CPU cores in minutes.
/// - `custom`: piecewise constant from `boundaries` and `rates` (one more rate than boundaries).
class LrSchedule {
public:
    /// `iterations` (0: the schedule's own length) and `iterationsPerEpoch` (for `reference`).
    static LrSchedule named(const std::string& name, std::int64_t iterations, std::int64_t iterationsPerEpoch);
    static LrSchedule custom(std::vector<std::int64_t> boundaries, std::vector<double> rates, std::int64_t iterations);

    double learningRate(std::int64_t iteration) const;
    /// Multiplier on the configured weight decay at this iteration.
    double weightDecayFactor(std::int64_t iteration) const;
    /// Whether the weight decay is decoupled from the gradient step (SGDW; `reference`, `paper-backbone`).
    bool decoupledWeightDecay() const { return m_scaleWeightDecay; }
    std::int64_t totalIterations() const { return m_total; }
    const std::string& name() const { return m_name; }
    const std::vector<std::int64_t>& boundaries() const { return m_boundaries; }
    const std::vector<double>& rates() const { return m_rates; }
    nlohmann::json toJson() const;

private:
    std::string m_name;
    std::vector<std::int64_t> m_boundaries;
    std::vector<double> m_rates;
    std::int64_t m_total = 0;
    bool m_cosine = false;
    bool m_scaleWeightDecay = false;
};

} // namespace hiernet::training
