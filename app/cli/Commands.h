#pragma once
#include <string>
#include <vector>

namespace hiernet::cli {

/// One `hiernet` sub-command: its name, a one-line summary, its usage text, and what it does.
struct Command
{
    std::string name;
    std::string summary;
    std::string usage;
    int (*run)(const std::vector<std::string>& args);
};

const std::vector<Command>& commands();

int runDataInfo(const std::vector<std::string>& args);
int runGroup(const std::vector<std::string>& args);
int runBench(const std::vector<std::string>& args);
int runTrainBackbone(const std::vector<std::string>& args);
int runCpm(const std::vector<std::string>& args);
int runEval(const std::vector<std::string>& args);

} // namespace hiernet::cli
