#include "cli/Arguments.h"
#include "cli/Commands.h"

#include "training/Checkpoint.h"
#include "training/Device.h"

#include <ATen/Parallel.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace hiernet::cli {

int runDevices(const std::vector<std::string>& args, const CommandContext& context)
{
    Arguments a(args, { "json" });
    const bool json = a.flag("json");
    a.finish();
    const auto devices = training::cudaDevices();
    const auto reason = training::cudaUnavailableReason();
    if (json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& d : devices)
            list.push_back({ { "id", d.id() }, { "name", d.name }, { "memory_bytes", d.totalMemoryBytes },
                { "compute_capability", std::to_string(d.computeMajor) + "." + std::to_string(d.computeMinor) } });
        nlohmann::json out
            = { { "libtorch", training::libtorchVersion() }, { "cpu_threads", at::get_num_threads() }, { "cuda", list } };
        if (!reason.empty())
            out["cuda_unavailable"] = reason;
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    std::cout << "LibTorch " << training::libtorchVersion() << "\ncpu: " << at::get_num_threads() << " threads\n";
    if (devices.empty())
        std::cout << "cuda: none (" << reason << ")\n";
    for (const auto& d : devices) {
        char memory[32];
        std::snprintf(memory, sizeof memory, "%.1f GiB", double(d.totalMemoryBytes) / double(1LL << 30));
        std::cout << d.id() << ": " << d.name << ", " << memory << ", compute capability " << d.computeMajor << "."
                  << d.computeMinor << "\n";
    }
    return 0;
}

} // namespace hiernet::cli
