#pragma once
#include "data/Dataset.h"

#include <set>
#include <string>
#include <vector>

#include "models/Backbone.h"
#include "training/LrSchedule.h"

namespace hiernet::training {
struct TrainerConfig;
}
namespace hiernet::runs {
class TrainingJob;
}

namespace hiernet::cli {

class Arguments;
/// What a command's trainer options default to where it has a preset of its own.
struct TrainerDefaults {
    std::string schedule = "quick";
    /// The quick schedule's length when neither --epochs nor --iterations is given.
    double quickEpochs = training::kQuickBackboneEpochs;
    /// "": the schedule's (flip with quick, for minutes on a CPU; the paper's flip-translate otherwise).
    std::string augmentation;
};
/// Trainer options shared by the training commands (--schedule, --iterations, --epochs, --batch, …).
training::TrainerConfig trainerConfigFrom(Arguments& a, const TrainerDefaults& defaults = {});
/// --batch-norm torch|keras and --init he-normal|keras, defaulting to `defaults`.
models::LayerConventions layerConventionsFrom(Arguments& a, const models::LayerConventions& defaults = {});
/// The trainer's on/off switches (--channels-last, --bf16, --cuda-graphs, --data-on-host) plus `more`.
std::set<std::string> trainerFlags(std::set<std::string> more = {});
/// Runs a job with a terminal progress bar; Ctrl-C stops it with a checkpoint. Returns the exit code.
int runTrainingJob(runs::TrainingJob& job);

/// One `hiernet` sub-command: its name, a one-line summary, its usage text, and what it does.
struct Command {
    std::string name;
    std::string summary;
    std::string usage;
    int (*run)(const std::vector<std::string>& args);
};

const std::vector<Command>& commands();

int runDataInfo(const std::vector<std::string>& args);
int runDevices(const std::vector<std::string>& args);
int runRuns(const std::vector<std::string>& args);
int runGroup(const std::vector<std::string>& args);
int runBench(const std::vector<std::string>& args);
int runTrainBackbone(const std::vector<std::string>& args);
int runCpm(const std::vector<std::string>& args);
int runEval(const std::vector<std::string>& args);
int evalHierNet(const std::string& directory, data::Split split, bool json, const std::string& device);
int runTrainHierNet(const std::vector<std::string>& args);
int runRoute(const std::vector<std::string>& args);
int runExplain(const std::vector<std::string>& args);
int runReport(const std::vector<std::string>& args);
int runReproduce(const std::vector<std::string>& args);

} // namespace hiernet::cli
