#include "cli/Arguments.h"
#include "cli/Commands.h"

#include "runs/RunInfo.h"
#include "util/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace hiernet::cli {

namespace {

std::string defaultRunsFolder()
{
    const char* home = std::getenv("HOME");
    return home ? std::string(home) + "/hiernet-runs" : std::string("hiernet-runs");
}

} // namespace

int runRuns(const std::vector<std::string>& args, const CommandContext& context)
{
    Arguments a(args, { "json" });
    const bool json = a.flag("json");
    a.finish();
    if (a.positional().size() > 1)
        throw Error("give one runs folder (got " + std::to_string(a.positional().size()) + ")");
    const std::string folder = a.positional().empty() ? defaultRunsFolder() : a.positional()[0];
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        throw Error(folder + ": runs folder not found");
    std::vector<std::string> directories;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
        if (entry.is_directory(ec) && std::filesystem::exists(entry.path() / "run.json", ec))
            directories.push_back(entry.path().string());
    std::sort(directories.begin(), directories.end());

    nlohmann::json list = nlohmann::json::array();
    for (const auto& directory : directories) {
        const auto info = runs::readRunInfo(directory);
        nlohmann::json row = { { "directory", directory }, { "status", info ? info->status : "unreadable run.json" } };
        if (info) {
            row["kind"] = info->kind;
            row["model"] = info->modelName();
            row["dataset"] = info->datasetName;
            row["checkpoint_iteration"] = info->checkpointIteration;
            row["total_iterations"] = info->totalIterations;
            if (const auto accuracy = info->validationAccuracy())
                row["val_top1"] = *accuracy;
        }
        list.push_back(row);
    }
    if (json) {
        std::cout << list.dump(2) << "\n";
        return 0;
    }
    if (list.empty()) {
        std::cout << "no runs in " << folder << "\n";
        return 0;
    }
    const auto nameOf = [](const nlohmann::json& row) {
        return std::filesystem::path(row.value("directory", std::string())).filename().string();
    };
    int width = 3;
    for (const auto& row : list)
        width = std::max(width, int(nameOf(row).size()));
    std::printf(
        "%-*s %-8s %-12s %-14s %-12s %11s %8s\n", width, "run", "kind", "model", "dataset", "status", "iterations", "val");
    for (const auto& row : list) {
        const std::string name = nameOf(row);
        char iterations[32] = "";
        if (row.contains("total_iterations"))
            std::snprintf(iterations, sizeof iterations, "%lld/%lld", row.value("checkpoint_iteration", 0LL),
                row.value("total_iterations", 0LL));
        char accuracy[16] = "";
        if (row.contains("val_top1"))
            std::snprintf(accuracy, sizeof accuracy, "%.2f%%", 100 * row["val_top1"].get<double>());
        std::printf("%-*s %-8s %-12s %-14s %-12s %11s %8s\n", width, name.c_str(), row.value("kind", std::string()).c_str(),
            row.value("model", std::string()).c_str(), row.value("dataset", std::string()).c_str(),
            row.value("status", std::string()).c_str(), iterations, accuracy);
    }
    return 0;
}

} // namespace hiernet::cli
