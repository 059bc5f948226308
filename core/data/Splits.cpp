#include "data/Loaders.h"

#include "util/Error.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <random>

namespace hiernet::data::detail {

extern const char* const kPaperCifar100SplitJson;

void stratifiedSplit(const at::Tensor& labels, std::int64_t numClasses, std::uint64_t seed, double firstFraction,
    std::vector<std::int64_t>& first, std::vector<std::int64_t>& second)
{
    const auto labelsCpu = labels.to(torch::kCPU).contiguous();
    const auto* label = labelsCpu.data_ptr<std::int64_t>();
    std::vector<std::vector<std::int64_t>> perClass(static_cast<std::size_t>(numClasses));
    for (std::int64_t i = 0; i < labelsCpu.numel(); ++i)
        perClass[std::size_t(label[i])].push_back(i);
    // Own Fisher-Yates on mt19937_64 so that the split is the same with every standard library.
    std::mt19937_64 rng(seed);
    first.clear();
    second.clear();
    for (auto& members : perClass) {
        for (std::size_t i = members.size(); i > 1; --i)
            std::swap(members[i - 1], members[std::size_t(rng() % i)]);
        const auto half = std::size_t(double(members.size()) * firstFraction);
        first.insert(first.end(), members.begin(), members.begin() + std::ptrdiff_t(half));
        second.insert(second.end(), members.begin() + std::ptrdiff_t(half), members.end());
    }
    std::sort(first.begin(), first.end());
    std::sort(second.begin(), second.end());
}

void paperCifar100Split(std::vector<std::int64_t>& val, std::vector<std::int64_t>& test)
{
    const auto json = nlohmann::json::parse(kPaperCifar100SplitJson);
    auto positions = [](const nlohmann::json& names) {
        std::vector<std::int64_t> out;
        for (const auto& name : names)
            out.push_back(std::stoll(name.get<std::string>().substr(5))); // "test_NNNNN"
        std::sort(out.begin(), out.end());
        return out;
    };
    val = positions(json.at("val"));
    test = positions(json.at("test"));
}

} // namespace hiernet::data::detail
