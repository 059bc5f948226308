#pragma once
#include "grouping/PaperSettings.h"
#include "runs/RunConfigs.h"
#include "runs/StageTraining.h"
#include "training/Trainer.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace hiernet::distributed {
class Communicator;
}

namespace hiernet::runs {

class TrainingJob;

/// What one row of a reproduction is made with.
struct ReproductionSettings {
    BackboneRunConfig backbone;
    training::TrainerConfig hiernetTrainer; ///< the HierNet's, and the same-budget backbone's
    bool fusedSiblings = false;
    bool seedLeafHeads = false; ///< the paper's code starts the leaf heads fresh
    std::int64_t rootPretrain = -1; ///< −1: as long as the main training (the paper code's option)
    double pMin = grouping::kPaperPMin;
    int gMax = grouping::kPaperGMax;
};

/// How a reproduction ended: every stage done (`results` holds the row, on rank 0), or a training that stopped.
struct ReproductionOutcome {
    training::TrainingResult stopped; ///< Finished when every stage is done
    nlohmann::json results; ///< results.json (rank 0 of a finished row; null otherwise)
    bool finished() const { return stopped.outcome == training::TrainingOutcome::Finished; }
};

/// One row of the paper's protocol in `out`: backbone → CPM → grouping → HierNet with transfer → the backbone
/// trained on for the HierNet's iterations (same budget) → all three on the test split, written to
/// out/results.json. Each finished stage is kept and skipped when run again; a stopped training resumes from
/// its checkpoint. Driven by `hiernet reproduce` (and the same way by a sweep).
///
///     Reproduction row(settings, "runs/repro", communicator);
///     row.onStage = [](const std::string& s) { std::cerr << s << "\n"; };
///     auto outcome = row.run();
class Reproduction {
public:
    Reproduction(
        ReproductionSettings settings, std::string out, std::shared_ptr<distributed::Communicator> communicator = nullptr);

    /// The stage begun ("1/5 backbone", …) and notes; said on every rank (a caller may speak for rank 0 only).
    std::function<void(const std::string&)> onStage;
    /// Trains one job (the CLI shows its progress and stops it on Ctrl-C); by default job.run().
    TrainFunction train;

    ReproductionOutcome run();

    std::string backboneDirectory() const { return m_out + "/backbone"; }
    std::string hierNetDirectory() const { return m_out + "/hiernet"; }
    std::string sameBudgetDirectory() const { return m_out + "/backbone-same-budget"; }

private:
    void say(const std::string& text) const;
    template <typename Job, typename Make>
    training::TrainingResult trainStage(const std::string& directory, const std::string& done, Make make)
    {
        return trainOrResume<Job>(directory, done, m_communicator, train, make);
    }
    grouping::Hierarchy group() const;
    HierNetRunConfig hierNetConfig() const;
    /// The test split for all three, eval.json entries written, and the row's results.
    nlohmann::json evaluateOnTest(const grouping::Hierarchy& hierarchy, const HierNetRunConfig& config, std::int64_t budget);

    ReproductionSettings m_settings;
    std::string m_out;
    std::shared_ptr<distributed::Communicator> m_communicator;
    nlohmann::json m_minutes = nlohmann::json::object();
};

/// Table `table` (1: ResNet, 2: ELU-ResNet) of the rows done so far beside the paper's values: writes
/// out/table.md and out/table.csv, and returns the Markdown.
std::string writePaperTable(int table, const std::vector<nlohmann::json>& rows, const std::string& out);

} // namespace hiernet::runs
