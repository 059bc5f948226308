#pragma once
#include "data/Dataset.h"

#include <memory>
#include <set>
#include <optional>
#include <string>
#include <vector>

#include "models/Backbone.h"
#include "training/LrSchedule.h"

namespace hiernet::training {
struct TrainerConfig;
struct TrainingResult;
} // namespace hiernet::training
namespace hiernet::runs {
class TrainingJob;
class RunFolder;
} // namespace hiernet::runs
namespace hiernet::distributed {
class Communicator;
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
/// Trains a job with a terminal progress bar (rank 0 speaks for a data-parallel run); Ctrl-C stops it with a
/// checkpoint. Every rank returns once rank 0 has written the run's results.
training::TrainingResult trainWithProgress(runs::TrainingJob& job);
/// trainWithProgress, then what the run reached (or how to resume it). Returns the exit code: 0 finished,
/// 130 stopped, 3 diverged.
int runTrainingJob(runs::TrainingJob& job);
int exitCodeOf(const training::TrainingResult& result);

/// What a command runs with besides its arguments: when this process is one rank of a data-parallel run
/// (started by --nproc or a launcher), the communicator to the others, handed to whatever trains; null otherwise.
struct CommandContext {
    std::shared_ptr<distributed::Communicator> communicator;
};

/// One `hiernet` sub-command: its name, a one-line summary, its usage text, and what it does.
struct Command {
    std::string name;
    std::string summary;
    std::string usage;
    int (*run)(const std::vector<std::string>& args, const CommandContext& context);
};

const std::vector<Command>& commands();

int runData(const std::vector<std::string>& args, const CommandContext& context);
int runDevices(const std::vector<std::string>& args, const CommandContext& context);
int runRuns(const std::vector<std::string>& args, const CommandContext& context);
int runGroup(const std::vector<std::string>& args, const CommandContext& context);
int runBench(const std::vector<std::string>& args, const CommandContext& context);
int runTrainBackbone(const std::vector<std::string>& args, const CommandContext& context);
int runCpm(const std::vector<std::string>& args, const CommandContext& context);
int runEval(const std::vector<std::string>& args, const CommandContext& context);
/// `hiernet eval` of a HierNet run; `coarseThreshold` adds the routing that stops at a group at that τ.
int evalHierNet(runs::RunFolder folder, data::Split split, bool json, const std::string& device,
    std::optional<double> coarseThreshold = std::nullopt);
int runTrainHierNet(const std::vector<std::string>& args, const CommandContext& context);
int runRoute(const std::vector<std::string>& args, const CommandContext& context);
int runExplain(const std::vector<std::string>& args, const CommandContext& context);
int runPredict(const std::vector<std::string>& args, const CommandContext& context);
int runReport(const std::vector<std::string>& args, const CommandContext& context);
int runSweep(const std::vector<std::string>& args, const CommandContext& context);
int runReproduce(const std::vector<std::string>& args, const CommandContext& context);

} // namespace hiernet::cli
